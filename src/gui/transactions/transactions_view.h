// The Transactions view: the filter bar over the lazy table, a row count, and a detail
// dialog on double-click (or Enter).
#pragma once

#include <QWidget>

#include "storage/transaction_query.h"

class QLabel;
class QTableView;

namespace fd {

class TransactionFilterBar;
class TransactionsModel;

class TransactionsView : public QWidget {
    Q_OBJECT

public:
    explicit TransactionsView(QWidget* parent = nullptr);

    void setDatabase(const QString& path);
    void refresh();  // new rows arrived: re-count, keep filter, sort and position
    TransactionFilter filter() const;
    TransactionSort sortOrder() const;
    TransactionsModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    // Opens the detail dialog of a loaded row (returns it for tests; it deletes on close).
    QWidget* openDetail(int row);

private:
    QString databasePath_;
    TransactionFilterBar* filterBar_;
    TransactionsModel* model_;
    QTableView* table_;
    QLabel* count_;
    QMetaObject::Connection keepPosition_;  // restores the scroll position after a refresh
};

}  // namespace fd
