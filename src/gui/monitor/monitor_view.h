// The live monitor: figure tiles and charts drawn from MonitorStats' pre-aggregated
// buckets. refresh() is called by the feed's coalescing timer, so it redraws at most about
// 25 times a second, and only while visible.
#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QAreaSeries;
class QBarSeries;
class QTableWidget;
class QValueAxis;
class QBarCategoryAxis;

namespace fd {

class FeedController;
class MonitorTile;

class MonitorView : public QWidget {
    Q_OBJECT

public:
    explicit MonitorView(FeedController* feed, QWidget* parent = nullptr);

    void refresh();
    // What the view shows while the feed is preparing (demo setup progress) or idle.
    void setNotice(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildCharts();
    void refreshTiles();
    void refreshRiskOverTime();
    void refreshHistogram();
    void refreshBreakdowns();

    FeedController* feed_;
    QLabel* notice_;
    MonitorTile* transactions_;
    MonitorTile* rate_;
    MonitorTile* alerts_;
    MonitorTile* alertRate_;
    MonitorTile* latency_;
    MonitorTile* dropped_;
    QLineSeries* meanRisk_ = nullptr;
    QLineSeries* maxRisk_ = nullptr;
    QLineSeries* alertsPerSecond_ = nullptr;
    QValueAxis* timeAxis_ = nullptr;
    QValueAxis* alertsAxis_ = nullptr;
    QLineSeries* histogram_ = nullptr;
    QLineSeries* threshold_ = nullptr;
    QValueAxis* countAxis_ = nullptr;
    QBarSeries* byCategory_ = nullptr;
    QBarCategoryAxis* categoryAxis_ = nullptr;
    QValueAxis* categoryCount_ = nullptr;
    QBarSeries* byCountry_ = nullptr;
    QBarCategoryAxis* countryAxis_ = nullptr;
    QValueAxis* countryCount_ = nullptr;
    QTableWidget* reasons_ = nullptr;
};

}  // namespace fd
