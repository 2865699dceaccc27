// The Transactions model's database work, on a thread of its own with its own read-only
// connection: page boundaries (keys only) after a filter or sort change, then pages on
// demand. Results carry the generation they were asked for, so stale ones are ignored.
#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <atomic>
#include <memory>
#include <vector>

#include "storage/database.h"
#include "storage/transaction_query.h"

namespace fd {

class TransactionsLoader : public QObject {
    Q_OBJECT

public:
    explicit TransactionsLoader(std::shared_ptr<const std::atomic<int>> latest)
        : latest_(std::move(latest)) {}

    // Called through queued invocations from the model (never directly across threads).
    void open(const QString& path);
    void layout(int generation, TransactionFilter filter, TransactionSort sort, int pageRows);
    void load(int generation, int page, TransactionFilter filter, TransactionSort sort, TxKey from,
              int pageRows);

signals:
    void layoutReady(int generation, qint64 total,
                     std::shared_ptr<const std::vector<TxKey>> starts);
    void pageReady(int generation, int page, std::shared_ptr<const std::vector<TxRow>> rows);
    void failed(const QString& message);

private:
    bool stale(int generation) const { return generation < latest_->load(); }
    bool ensureOpen();

    QString path_;
    std::shared_ptr<const std::atomic<int>> latest_;  // the model's newest generation
    std::unique_ptr<Database> db_;
};

}  // namespace fd
