// View > Review Metrics: how the review went over a period (the last 24 hours, 7 or 30
// days, or all time): decisions, alert precision, median time to decision and SLA
// breaches as figures, a per-analyst table, and fraud and legit labels over time as a
// stacked bar chart. The figures are computed off the GUI thread (storage/review_metrics.h
// defines each one).
#pragma once

#include <QDialog>

#include "storage/review_metrics.h"

class QBarCategoryAxis;
class QChartView;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStackedBarSeries;
class QTableView;
class QValueAxis;

namespace fd {

class AnalystMetricsModel;
class MonitorTile;

class ReviewMetricsView : public QDialog {
    Q_OBJECT

public:
    explicit ReviewMetricsView(const QString& databasePath, QWidget* parent = nullptr);

    ReviewPeriod period() const;
    void setPeriod(ReviewPeriod period);  // and reloads
    const ReviewMetrics& metrics() const { return metrics_; }
    AnalystMetricsModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    QChartView* chart() const { return chartView_; }

public slots:
    void reload();

signals:
    void loaded();  // the figures, table and chart show the period's metrics

private:
    void display(const ReviewMetrics& metrics);
    void showChart(const ReviewMetrics& metrics);

    QString databasePath_;
    QComboBox* period_;
    QLabel* status_;
    MonitorTile* decisions_;
    MonitorTile* precision_;
    MonitorTile* median_;
    MonitorTile* sla_;
    AnalystMetricsModel* model_;
    QSortFilterProxyModel* sorted_;
    QTableView* table_;
    QChartView* chartView_;
    QStackedBarSeries* series_;
    QBarCategoryAxis* timeAxis_;
    QValueAxis* countAxis_;
    ReviewMetrics metrics_;
    quint64 request_ = 0;  // results of an older request than the latest are dropped
};

}  // namespace fd
