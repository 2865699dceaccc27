// The review queue as a table: one row per case (a card's open alerts within 24 hours, see
// AlertCase), by the priority of its lead alert (risk, amount and age). The row shows the
// lead's figures with the case's alert count and total amount.
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "storage/alert_store.h"
#include "storage/decision_store.h"

namespace fd {

class ReviewQueueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Priority,
        Risk,
        Level,
        Transaction,
        Card,
        Case,
        Amount,
        Status,
        Due,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setCases(std::vector<AlertCase> cases, qint64 nowMs);
    void removeRowAt(int row);               // a decided case leaves the queue at once
    const AlertRow* alertAt(int row) const;  // the case's lead
    const AlertCase* caseAt(int row) const;
    int rowOf(qint64 transactionId) const;  // the row whose case holds the transaction
    int alertCount() const;                 // over every row's case

    // The case's amounts added up per currency: "1,234.50 EUR + 20.00 USD".
    static QString totalAmount(const AlertCase& c);
    static QString levelName(RiskLevel level);
    // Translated names for display; the database keeps alert_status_name / decision_name.
    static QString statusName(AlertStatus status);
    static QString decisionName(Decision decision);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<AlertCase> cases_;
    qint64 nowMs_ = 0;
};

}  // namespace fd
