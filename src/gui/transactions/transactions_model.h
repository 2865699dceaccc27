// Every stored transaction as a table, smooth at millions of rows. After a filter or sort
// change the loader reads the sort keys once (keys only) and keeps the first key of every
// page of kPageRows rows, so the row count is exact, the scroll bar true, and any page —
// the middle, the end — loads with one keyset query (never OFFSET) when the view asks for
// it. Pages are cached (a bounded number, least recently used dropped); rows not loaded
// yet show "…" for the moment it takes. Display text is built in data(), card numbers
// masked.
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QThread>
#include <atomic>
#include <list>
#include <memory>

#include "storage/transaction_query.h"

namespace fd {

class TransactionsLoader;

class TransactionsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kPageRows = 200;
    static constexpr int kCachedPages = 64;
    enum Role { SortRole = Qt::UserRole, RowIdRole, RowRole };

    explicit TransactionsModel(QObject* parent = nullptr);
    ~TransactionsModel() override;

    void setDatabase(const QString& path);
    void setFilter(const TransactionFilter& filter);
    const TransactionFilter& filter() const { return filter_; }
    const TransactionSort& sortOrder() const { return sort_; }
    // Re-reads the layout (new rows) keeping filter and sort.
    void refresh();
    bool isLoading() const { return requested_ > shown_; }
    // The row if its page is loaded.
    const TxRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void layoutLoaded(qint64 total);  // after each filter, sort or refresh
    void loadFailed(const QString& message);

private:
    void requestLayout();
    void applyLayout(int generation, qint64 total,
                     std::shared_ptr<const std::vector<TxKey>> starts);
    void applyPage(int generation, int page, std::shared_ptr<const std::vector<TxRow>> rows);
    const std::vector<TxRow>* pageFor(int page) const;  // requests it when missing

    QThread thread_;
    TransactionsLoader* loader_;
    std::unique_ptr<QObject> loaderOwner_;
    std::shared_ptr<std::atomic<int>> latest_;
    TransactionFilter filter_;
    TransactionSort sort_;
    int requested_ = 0;  // newest generation asked for
    int shown_ = 0;      // generation whose layout is shown
    qint64 total_ = 0;
    std::shared_ptr<const std::vector<TxKey>> starts_;
    mutable QHash<int, std::shared_ptr<const std::vector<TxRow>>> pages_;
    mutable std::list<int> recent_;  // pages, most recently used first
    mutable QSet<int> pending_;
};

// Text, alignment and colour of a cell; shared with the detail dialog and exports.
QString transactionCellText(const TxRow& row, TxColumn column);
QString riskLevelName(int level);

}  // namespace fd
