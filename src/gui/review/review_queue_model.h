// The review queue as a table: open alerts by priority (risk, amount and age).
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "storage/alert_store.h"

namespace fd {

class ReviewQueueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Priority, Risk, Transaction, Card, Status, Due, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setAlerts(std::vector<AlertRow> alerts, qint64 nowMs);
    void removeRowAt(int row);  // a decided alert leaves the queue at once
    const AlertRow* alertAt(int row) const;
    int rowOf(qint64 transactionId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<AlertRow> alerts_;
    qint64 nowMs_ = 0;
};

}  // namespace fd
