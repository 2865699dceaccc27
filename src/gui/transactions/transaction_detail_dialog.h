// One transaction in full: every field (card masked), risk, level and reasons, and a chart
// of the card's last 50 transactions with this one highlighted.
#pragma once

#include <QDialog>

#include "storage/transaction_query.h"

class QChartView;

namespace fd {

class TransactionDetailDialog : public QDialog {
    Q_OBJECT

public:
    TransactionDetailDialog(const QString& databasePath, const TxRow& row,
                            QWidget* parent = nullptr);

    QStringList reasons() const { return reasons_; }
    int historyPoints() const { return historyPoints_; }

private:
    QStringList reasons_;
    int historyPoints_ = 0;
};

}  // namespace fd
