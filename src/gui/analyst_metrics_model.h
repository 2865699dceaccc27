// The per-analyst table of the Review Metrics view: decisions, pace per active hour, the
// alerts each closed and how long they waited. Sorts on raw values through SortRole.
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "storage/review_metrics.h"

namespace fd {

// "45 s", "12 min", "3 h 05 min", "2 d 4 h": how long an alert waited.
QString formatWait(qint64 ms);

class AnalystMetricsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Analyst,
        Decisions,
        Fraud,
        Legit,
        Escalated,
        ActiveHours,
        PerActiveHour,
        Closed,
        ClosedLate,
        MedianWait,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void setAnalysts(std::vector<AnalystMetrics> analysts);
    const AnalystMetrics* analystAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<AnalystMetrics> analysts_;
};

}  // namespace fd
