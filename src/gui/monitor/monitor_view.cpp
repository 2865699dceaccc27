#include "monitor_view.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QTableWidget>
#include <QValueAxis>
#include <algorithm>

#include "core/features/feature_engine.h"
#include "gui/feed_controller.h"
#include "gui/theme_colours.h"
#include "i18n/core_text.h"
#include "monitor_tile.h"

namespace fd {
namespace {

QChartView* chartView(QChart* chart, const QString& name, QWidget* parent) {
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);  // redrawn many times a second
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setObjectName(name);
    view->setAccessibleName(chart->title());
    view->setMinimumHeight(180);
    followPalette(view);
    return view;
}

// "feature:card_count_1h" -> "card_count_1h" with its sentence as tooltip; "rule:x" -> "Rule: x".
std::pair<QString, QString> reasonLabel(const std::string& code) {
    const auto colon = code.find(':');
    const std::string kind = code.substr(0, colon);
    const std::string name = colon == std::string::npos ? code : code.substr(colon + 1);
    if (kind == "rule")
        return {MonitorView::tr("Rule: %1").arg(QString::fromStdString(name)), QString()};
    if (const auto index = FeatureEngine::index_of(name)) {
        const auto& info = FeatureEngine::registry()[*index];
        return {QString::fromStdString(name), translateCoreText(info.sentence)};
    }
    return {QString::fromStdString(code), QString()};
}

void fillBars(QBarSeries* series, QBarCategoryAxis* axis, QValueAxis* counts,
              const std::vector<std::pair<std::string, std::int64_t>>& top) {
    QStringList names;
    auto* set = new QBarSet(MonitorView::tr("Alerts"));
    qint64 most = 1;
    for (const auto& [name, count] : top) {
        names << QString::fromStdString(name);
        *set << static_cast<qreal>(count);
        most = std::max<qint64>(most, count);
    }
    series->clear();
    series->append(set);
    axis->setCategories(names);
    // Whole-number ticks: with few alerts a 0..3 axis in four steps would label 0.75 as "0".
    const qint64 steps = std::min<qint64>(most, 4);
    counts->setTickCount(static_cast<int>(steps) + 1);
    counts->setRange(0, static_cast<qreal>((most + steps - 1) / steps * steps));
}

}  // namespace

MonitorView::MonitorView(FeedController* feed, QWidget* parent)
    : QWidget(parent),
      feed_(feed),
      notice_(new QLabel(this)),
      transactions_(new MonitorTile(tr("Transactions"), this)),
      rate_(new MonitorTile(tr("Transactions/s"), this)),
      alerts_(new MonitorTile(tr("Alerts"), this)),
      alertRate_(new MonitorTile(tr("Alert rate"), this)),
      latency_(new MonitorTile(tr("Latency p50 / p95 / p99"), this)),
      dropped_(new MonitorTile(tr("Dropped"), this)) {
    notice_->setObjectName(QStringLiteral("monitorNotice"));
    notice_->setWordWrap(true);
    notice_->hide();
    transactions_->setObjectName(QStringLiteral("tileTransactions"));
    rate_->setObjectName(QStringLiteral("tileRate"));
    alerts_->setObjectName(QStringLiteral("tileAlerts"));
    alertRate_->setObjectName(QStringLiteral("tileAlertRate"));
    latency_->setObjectName(QStringLiteral("tileLatency"));
    dropped_->setObjectName(QStringLiteral("tileDropped"));
    buildCharts();
    refresh();
}

void MonitorView::buildCharts() {
    auto* grid = new QGridLayout(this);
    grid->addWidget(notice_, 0, 0, 1, 6);
    const QList<MonitorTile*> tiles = {transactions_, rate_,    alerts_,
                                       alertRate_,    latency_, dropped_};
    for (int i = 0; i < tiles.size(); ++i) grid->addWidget(tiles[i], 1, i);

    auto* risk = new QChart;
    risk->setTitle(tr("Risk over the last minutes"));
    meanRisk_ = new QLineSeries(risk);
    meanRisk_->setName(tr("mean risk"));
    maxRisk_ = new QLineSeries(risk);
    maxRisk_->setName(tr("max risk"));
    alertsPerSecond_ = new QLineSeries(risk);
    alertsPerSecond_->setName(tr("alerts per second"));
    for (auto* s : {maxRisk_, meanRisk_, alertsPerSecond_}) risk->addSeries(s);
    timeAxis_ = new QValueAxis(risk);
    timeAxis_->setTitleText(tr("seconds ago"));
    timeAxis_->setLabelFormat(QStringLiteral("%d"));
    auto* riskAxis = new QValueAxis(risk);
    riskAxis->setRange(0, 100);
    riskAxis->setTitleText(tr("risk"));
    alertsAxis_ = new QValueAxis(risk);
    alertsAxis_->setTitleText(tr("alerts"));
    alertsAxis_->setLabelFormat(QStringLiteral("%d"));
    risk->addAxis(timeAxis_, Qt::AlignBottom);
    risk->addAxis(riskAxis, Qt::AlignLeft);
    risk->addAxis(alertsAxis_, Qt::AlignRight);
    for (auto* s : {maxRisk_, meanRisk_, alertsPerSecond_}) s->attachAxis(timeAxis_);
    meanRisk_->attachAxis(riskAxis);
    maxRisk_->attachAxis(riskAxis);
    alertsPerSecond_->attachAxis(alertsAxis_);
    grid->addWidget(chartView(risk, QStringLiteral("riskOverTimeChart"), this), 2, 0, 1, 4);

    auto* distribution = new QChart;
    distribution->setTitle(tr("Risk distribution and alert threshold"));
    histogram_ = new QLineSeries(distribution);
    histogram_->setName(tr("transactions"));
    threshold_ = new QLineSeries(distribution);
    threshold_->setName(tr("alert threshold"));
    QPen pen(Qt::red);
    pen.setWidth(2);
    pen.setStyle(Qt::DashLine);
    threshold_->setPen(pen);
    distribution->addSeries(histogram_);
    distribution->addSeries(threshold_);
    auto* riskBins = new QValueAxis(distribution);
    riskBins->setRange(0, 100);
    riskBins->setTitleText(tr("risk"));
    countAxis_ = new QValueAxis(distribution);
    countAxis_->setLabelFormat(QStringLiteral("%d"));
    distribution->addAxis(riskBins, Qt::AlignBottom);
    distribution->addAxis(countAxis_, Qt::AlignLeft);
    for (auto* s : {histogram_, threshold_}) {
        s->attachAxis(riskBins);
        s->attachAxis(countAxis_);
    }
    grid->addWidget(chartView(distribution, QStringLiteral("histogramChart"), this), 2, 4, 1, 2);

    const auto barChart = [this](const QString& title, QBarSeries*& series, QBarCategoryAxis*& axis,
                                 QValueAxis*& counts) {
        auto* chart = new QChart;
        chart->setTitle(title);
        chart->legend()->hide();
        series = new QBarSeries(chart);
        chart->addSeries(series);
        axis = new QBarCategoryAxis(chart);
        QFont small = axis->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        axis->setLabelsFont(small);  // eight category codes fit without eliding
        counts = new QValueAxis(chart);
        counts->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(axis, Qt::AlignBottom);
        chart->addAxis(counts, Qt::AlignLeft);
        series->attachAxis(axis);
        series->attachAxis(counts);
        return chart;
    };
    grid->addWidget(chartView(barChart(tr("Alerts by merchant category"), byCategory_,
                                       categoryAxis_, categoryCount_),
                              QStringLiteral("categoryChart"), this),
                    3, 0, 1, 2);
    grid->addWidget(
        chartView(barChart(tr("Alerts by country"), byCountry_, countryAxis_, countryCount_),
                  QStringLiteral("countryChart"), this),
        3, 2, 1, 2);

    reasons_ = new QTableWidget(0, 2, this);
    reasons_->setObjectName(QStringLiteral("reasonsTable"));
    reasons_->setAccessibleName(tr("Top alert reasons"));
    reasons_->setAccessibleDescription(
        tr("Reasons behind the recent alerts, with how often each appeared"));
    reasons_->setHorizontalHeaderLabels({tr("Most frequent reasons"), tr("Alerts")});
    reasons_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    reasons_->verticalHeader()->hide();
    reasons_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    grid->addWidget(reasons_, 3, 4, 1, 2);
    grid->setRowStretch(2, 3);
    grid->setRowStretch(3, 2);
}

void MonitorView::setNotice(const QString& text) {
    notice_->setText(text);
    notice_->setVisible(!text.isEmpty());
}

void MonitorView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void MonitorView::refresh() {
    refreshTiles();
    if (!isVisible()) return;  // charts are the expensive part; tiles stay current
    refreshRiskOverTime();
    refreshHistogram();
    refreshBreakdowns();
}

void MonitorView::refreshTiles() {
    const QLocale locale;
    const MonitorStats& s = feed_->stats();
    transactions_->setValue(locale.toString(s.transactions()));
    rate_->setValue(locale.toString(feed_->rate(), 'f', 0));
    alerts_->setValue(locale.toString(s.alerts()));
    alertRate_->setValue(s.scored() ? locale.toString(s.alert_rate() * 100.0, 'f', 2) +
                                          QStringLiteral(" %")
                                    : QStringLiteral("–"));
    const auto p = s.latency();
    latency_->setValue(s.transactions() ? tr("%1 / %2 / %3 ms")
                                              .arg(locale.toString(p.p50, 'f', 0),
                                                   locale.toString(p.p95, 'f', 0),
                                                   locale.toString(p.p99, 'f', 0))
                                        : QStringLiteral("–"));
    dropped_->setValue(locale.toString(feed_->dropped()));
}

void MonitorView::refreshRiskOverTime() {
    const auto& buckets = feed_->stats().buckets();
    QList<QPointF> mean, max, alerts;
    mean.reserve(qsizetype(buckets.size()));
    const std::int64_t newest = buckets.empty() ? 0 : buckets.back().second;
    qint64 mostAlerts = 1;
    for (const RiskBucket& b : buckets) {
        const auto x = static_cast<qreal>(b.second - newest);
        if (b.count > 0) {
            mean.append({x, b.mean_risk()});
            max.append({x, b.risk_max});
        }
        alerts.append({x, static_cast<qreal>(b.alerts)});
        mostAlerts = std::max<qint64>(mostAlerts, b.alerts);
    }
    meanRisk_->replace(mean);
    maxRisk_->replace(max);
    alertsPerSecond_->replace(alerts);
    const qreal span = buckets.empty() ? 60.0 : std::max<qreal>(60.0, qreal(buckets.size() - 1));
    timeAxis_->setRange(-span, 0);
    alertsAxis_->setRange(0, static_cast<qreal>(mostAlerts));
}

void MonitorView::refreshHistogram() {
    const auto& bins = feed_->stats().histogram();
    constexpr qreal kWidth = 100.0 / MonitorStats::kHistogramBins;
    QList<QPointF> steps;
    qint64 most = 1;
    for (int i = 0; i < MonitorStats::kHistogramBins; ++i) {
        const auto count = static_cast<qreal>(bins[static_cast<std::size_t>(i)]);
        steps.append({i * kWidth, count});
        steps.append({(i + 1) * kWidth, count});
        most = std::max<qint64>(most, bins[static_cast<std::size_t>(i)]);
    }
    histogram_->replace(steps);
    countAxis_->setRange(0, static_cast<qreal>(most));
    const double threshold = feed_->alertThreshold();
    if (threshold >= 0.0) {
        threshold_->replace({QPointF(threshold, 0), QPointF(threshold, static_cast<qreal>(most))});
    } else {
        threshold_->clear();
    }
}

void MonitorView::refreshBreakdowns() {
    const MonitorStats& s = feed_->stats();
    fillBars(byCategory_, categoryAxis_, categoryCount_, s.top_categories(8));
    fillBars(byCountry_, countryAxis_, countryCount_, s.top_countries(8));
    const auto top = s.top_reasons(8);
    reasons_->setRowCount(static_cast<int>(top.size()));
    const QLocale locale;
    for (int row = 0; row < static_cast<int>(top.size()); ++row) {
        const auto& [code, count] = top[static_cast<std::size_t>(row)];
        const auto [text, tip] = reasonLabel(code);
        auto* name = new QTableWidgetItem(text);
        name->setToolTip(tip);
        reasons_->setItem(row, 0, name);
        auto* number = new QTableWidgetItem(locale.toString(count));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        reasons_->setItem(row, 1, number);
    }
}

}  // namespace fd
