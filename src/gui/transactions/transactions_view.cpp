#include "transactions_view.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include "transaction_detail_dialog.h"
#include "transaction_filter_bar.h"
#include "transactions_model.h"

namespace fd {

TransactionsView::TransactionsView(QWidget* parent)
    : QWidget(parent),
      filterBar_(new TransactionFilterBar(this)),
      model_(new TransactionsModel(this)),
      table_(new QTableView(this)),
      count_(new QLabel(this)) {
    table_->setObjectName(QStringLiteral("transactionsTable"));
    table_->setAccessibleName(tr("Transactions"));
    count_->setObjectName(QStringLiteral("transactionsCount"));
    table_->setModel(model_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(static_cast<int>(TxColumn::Time), Qt::DescendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    // Uniform rows: the view never measures a million of them.
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int widths[] = {150, 130, 110, 110, 80, 120, 70, 90, 60, 70, 60};
    for (int c = 0; c < kTxColumnCount; ++c) table_->setColumnWidth(c, widths[c]);
    table_->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(filterBar_);
    layout->addWidget(table_, 1);
    layout->addWidget(count_);
    connect(filterBar_, &TransactionFilterBar::filterChanged, model_,
            &TransactionsModel::setFilter);
    connect(model_, &TransactionsModel::layoutLoaded, this, [this](qint64 total) {
        count_->setText(tr("%Ln transaction(s)", nullptr, static_cast<int>(total)));
    });
    connect(model_, &TransactionsModel::loadFailed, this,
            [this](const QString& message) { count_->setText(message); });
    connect(table_, &QTableView::activated, this,
            [this](const QModelIndex& index) { openDetail(index.row()); });
}

void TransactionsView::setDatabase(const QString& path) {
    databasePath_ = path;
    count_->setText(tr("Counting…"));
    model_->setDatabase(path);
}

void TransactionsView::refresh() {
    if (databasePath_.isEmpty()) return;
    // A reset puts the view back at the top: remember where the analyst was.
    const int position = table_->verticalScrollBar()->value();
    disconnect(keepPosition_);
    keepPosition_ = connect(model_, &TransactionsModel::layoutLoaded, this, [this, position] {
        table_->verticalScrollBar()->setValue(position);
        disconnect(keepPosition_);
    });
    model_->refresh();
}

TransactionFilter TransactionsView::filter() const {
    return model_->filter();
}

TransactionSort TransactionsView::sortOrder() const {
    return model_->sortOrder();
}

QWidget* TransactionsView::openDetail(int row) {
    const TxRow* r = model_->rowAt(row);
    if (!r || databasePath_.isEmpty()) return nullptr;
    auto* dialog = new TransactionDetailDialog(databasePath_, *r, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

}  // namespace fd
