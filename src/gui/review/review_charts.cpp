#include "review_charts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "gui/theme_colours.h"

namespace fd {
namespace {

QChart* smallChart() {
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->hide();
    return chart;
}

// Chart text and lines in the palette's colours, a background that matches the pane.
void applyPalette(QChart* chart, const QPalette& palette) {
    chart->setTheme(isDarkPalette(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    applyChartPalette(chart, palette);
    QFont title = chart->titleFont();
    title.setPointSizeF(std::max(7.0, QFont().pointSizeF() - 1));
    chart->setTitleFont(title);
    for (QAbstractAxis* axis : chart->axes()) {
        QFont font = axis->labelsFont();
        font.setPointSizeF(std::max(7.0, QFont().pointSizeF() - 1.5));
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
}

// A round step that cuts 0..top into about `ticks` parts: 58 / 4 -> 20.
double niceStep(double top, int ticks) {
    const double raw = std::max(top, 1.0) / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double step : {1.0, 2.0, 2.5, 5.0})
        if (raw <= step * magnitude) return step * magnitude;
    return 10 * magnitude;
}

// 0..top with ticks on round numbers (0, 20, 40, 60), whatever the top.
void roundAxis(QValueAxis* axis, double top, int ticks) {
    const double step = niceStep(top, ticks);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, std::ceil(std::max(top, 1.0) / step) * step);
}

}  // namespace

ContributionChart::ContributionChart(QWidget* parent)
    : QChartView(smallChart(), parent),
      series_(new QHorizontalBarSeries),
      bars_(new QBarSet(tr("risk points"))),
      members_(new QBarCategoryAxis),
      points_(new QValueAxis) {
    setObjectName(QStringLiteral("reviewContributions"));
    setAccessibleName(tr("Reason contributions"));
    setRenderHint(QPainter::Antialiasing);
    series_->append(bars_);
    series_->setBarWidth(0.6);
    series_->setLabelsVisible(true);
    series_->setLabelsFormat(QStringLiteral("@value"));
    series_->setLabelsPrecision(3);
    chart()->addSeries(series_);
    // Top to bottom as the ensemble lists them (a horizontal bar axis runs bottom-up).
    members_->setCategories(
        {tr("Rules"), tr("Supervised"), tr("Autoencoder"), tr("Isolation forest")});
    members_->setTruncateLabels(false);  // "Isolation forest" whole, never "..."
    chart()->addAxis(members_, Qt::AlignLeft);
    chart()->addAxis(points_, Qt::AlignBottom);
    series_->attachAxis(members_);
    series_->attachAxis(points_);
    points_->setLabelFormat(QStringLiteral("%.0f"));
    restyle();
    setPoints(std::nullopt, QString());
}

void ContributionChart::setPoints(const std::optional<std::array<double, 4>>& points,
                                  const QString& note) {
    bars_->remove(0, bars_->count());
    double top = 0.0;
    if (points) {
        // iforest, autoencoder, supervised, rules: listed bottom-up to read top-down.
        for (int i = 3; i >= 0; --i) {
            const double p = std::max(0.0, (*points)[static_cast<std::size_t>(i)]);
            bars_->append(std::round(p * 10) / 10);
            top = std::max(top, p);
        }
    }
    roundAxis(points_, top * 1.15, 4);  // room for the value labels
    chart()->setTitle(note);
    setToolTip(note);
}

void ContributionChart::restyle() {
    applyPalette(chart(), palette());
    const bool dark = isDarkPalette(palette());
    bars_->setColor(dark ? QColor(110, 170, 240) : QColor(40, 100, 190));
    bars_->setBorderColor(Qt::transparent);
    bars_->setLabelColor(palette().color(QPalette::WindowText));
    series_->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
}

void ContributionChart::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) restyle();
}

CardHistoryChart::CardHistoryChart(QWidget* parent)
    : QChartView(smallChart(), parent),
      line_(new QLineSeries),
      earlier_(new QScatterSeries),
      fraud_(new QScatterSeries),
      current_(new QScatterSeries),
      time_(new QDateTimeAxis),
      amounts_(new QValueAxis) {
    setObjectName(QStringLiteral("reviewCardHistory"));
    setAccessibleName(tr("Card history chart"));
    setAccessibleDescription(tr("Amounts of the card's recent transactions over time"));
    setRenderHint(QPainter::Antialiasing);
    earlier_->setName(tr("earlier"));
    fraud_->setName(tr("labelled fraud"));
    current_->setName(tr("this transaction"));
    chart()->addSeries(line_);
    chart()->addSeries(earlier_);
    chart()->addSeries(fraud_);
    chart()->addSeries(current_);
    chart()->addAxis(time_, Qt::AlignBottom);
    chart()->addAxis(amounts_, Qt::AlignLeft);
    for (QXYSeries* s : std::initializer_list<QXYSeries*>{line_, earlier_, fraud_, current_}) {
        s->attachAxis(time_);
        s->attachAxis(amounts_);
    }
    chart()->legend()->show();
    chart()->legend()->setAlignment(Qt::AlignTop);
    chart()->legend()->markers(line_).front()->setVisible(false);
    time_->setTickCount(4);
    amounts_->setLabelFormat(QStringLiteral("%.0f"));
    restyle();
}

void CardHistoryChart::setHistory(const std::vector<HistoryPoint>& points,
                                  const QString& currency) {
    for (QXYSeries* s : std::initializer_list<QXYSeries*>{line_, earlier_, fraud_, current_})
        s->clear();
    double top = 0.0;
    for (const HistoryPoint& p : points) {
        const auto x = static_cast<qreal>(p.tsMs);
        line_->append(x, p.amount);
        (p.current ? current_ : earlier_)->append(x, p.amount);
        if (p.fraud && !p.current) fraud_->append(x, p.amount);
        top = std::max(top, p.amount);
    }
    roundAxis(amounts_, top * 1.05, 3);
    const qint64 first = points.empty() ? 0 : points.front().tsMs;
    const qint64 last = points.empty() ? 86'400'000 : points.back().tsMs;
    const qint64 pad = std::max<qint64>((last - first) / 20, 60'000);
    time_->setRange(QDateTime::fromMSecsSinceEpoch(first - pad),
                    QDateTime::fromMSecsSinceEpoch(last + pad));
    // Hours within a day, days within months, else the date.
    const qint64 span = last - first + 2 * pad;
    time_->setFormat(span < 36LL * 3'600'000     ? QStringLiteral("HH:mm")
                     : span < 120LL * 86'400'000 ? QStringLiteral("d MMM")
                                                 : QStringLiteral("MMM yy"));
    amounts_->setTitleText(currency);
    chart()->setTitle(
        tr("The card's last %n transaction(s)", nullptr, static_cast<int>(points.size())));
}

void CardHistoryChart::restyle() {
    applyPalette(chart(), palette());
    const bool dark = isDarkPalette(palette());
    const QColor text = palette().color(QPalette::WindowText);
    QColor muted = text;
    muted.setAlpha(90);
    line_->setPen(QPen(muted, 1));
    earlier_->setColor(dark ? QColor(110, 170, 240) : QColor(40, 100, 190));
    earlier_->setBorderColor(Qt::transparent);
    earlier_->setMarkerSize(7);
    // Fraud: a red ring around the point; this transaction: a large amber diamond-like dot.
    fraud_->setColor(Qt::transparent);
    fraud_->setBorderColor(dark ? QColor(255, 100, 100) : QColor(200, 20, 20));
    fraud_->setPen(QPen(fraud_->borderColor(), 2));
    fraud_->setMarkerSize(13);
    current_->setColor(dark ? QColor(255, 190, 40) : QColor(235, 130, 0));
    current_->setBorderColor(text);
    current_->setMarkerSize(15);
    chart()->legend()->setLabelColor(text);
    QFont font = chart()->legend()->font();
    font.setPointSizeF(std::max(7.0, QFont().pointSizeF() - 1.5));
    chart()->legend()->setFont(font);
}

void CardHistoryChart::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) restyle();
}

}  // namespace fd
