#include "report_charts.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "chart_painter.h"
#include "core/engine/risk.h"
#include "report_text.h"

namespace fd::report {
namespace {

QString perBucket(std::int64_t bucketMs) {
    return bucketMs <= kMsPerHour  ? ReportText::tr("per hour")
           : bucketMs <= kMsPerDay ? ReportText::tr("per day")
                                   : ReportText::tr("per week");
}

double majorUnits(std::int64_t minor, const std::string& currency) {
    return static_cast<double>(minor) / std::pow(10.0, currency_exponent(currency));
}

// Maps UTC milliseconds to x in `plot` over [from, until].
struct TimeScale {
    qint64 from, until;
    QRectF plot;
    qreal x(qint64 t) const {
        return plot.left() + double(t - from) / double(until - from) * plot.width();
    }
};

std::vector<std::pair<qreal, QString>> timeAxisTicks(const TimeScale& s, int utcOffsetS) {
    const TimeTicks ticks =
        timeTicks(s.from, s.until, std::max(2, int(s.plot.width() / 90)), utcOffsetS);
    std::vector<std::pair<qreal, QString>> out;
    for (std::size_t i = 0; i < ticks.at.size(); ++i)
        out.emplace_back(s.x(ticks.at[i]), ticks.labels[int(i)]);
    return out;
}

}  // namespace

QImage riskOverTimeChart(const PeriodData& d, QSize size) {
    Chart chart(size, ReportText::tr("Risk over time (%1)").arg(perBucket(d.bucket_ms)));
    QPainter& p = chart.painter();
    if (d.over_time.empty() || d.transactions == 0) {
        chart.message(chart.area(), ReportText::tr("No transactions in this period."));
        return chart.finish();
    }
    std::int64_t maxCount = 1, maxAlerts = 1;
    double maxRisk = 1;
    for (const TimeBucket& b : d.over_time) {
        maxCount = std::max(maxCount, b.transactions);
        maxAlerts = std::max(maxAlerts, b.alerts);
        if (b.scored > 0) maxRisk = std::max(maxRisk, b.mean_risk);
    }
    struct Lane {
        QString title;
        double top;
    };
    const Lane lanes[3] = {
        {ReportText::tr("Transactions"), niceCeiling(double(maxCount))},
        {ReportText::tr("Alerts"), niceCeiling(double(maxAlerts))},
        {ReportText::tr("Mean risk"), std::min(100.0, niceCeiling(maxRisk * 1.1))}};
    QString widest;
    for (const Lane& lane : lanes)
        for (const double v : niceTicks(0, lane.top, 2))
            if (shortNumber(v).size() > widest.size()) widest = shortNumber(v);
    // plotIn() leaves room for the first lane's title; the others get theirs in the gaps.
    const QRectF all = chart.plotIn(chart.area(), widest, true);
    const qreal gap = chart.labelHeight() + 10, laneHeight = (all.height() - 2 * gap) / 3;
    const TimeScale scale{d.over_time.front().start_ms, d.over_time.back().start_ms + d.bucket_ms,
                          all};
    const qreal slot = all.width() / double(d.over_time.size());
    const auto centre = [&](const TimeBucket& b) { return scale.x(b.start_ms) + slot / 2; };
    for (int lane = 0; lane < 3; ++lane) {
        const QRectF plot(all.left(), all.top() + lane * (laneHeight + gap), all.width(),
                          laneHeight);
        const double top = lanes[lane].top;
        const auto y = [&](double v) { return plot.bottom() - v / top * plot.height(); };
        chart.yAxis(plot, niceTicks(0, top, 2), 0, top, shortNumber, lanes[lane].title);
        p.save();
        p.setClipRect(plot.adjusted(-1, -1, 1, 1));
        if (lane == 0) {  // volume as an area
            QPainterPath area(QPointF(centre(d.over_time.front()), plot.bottom()));
            for (const TimeBucket& b : d.over_time)
                area.lineTo(centre(b), y(double(b.transactions)));
            area.lineTo(centre(d.over_time.back()), plot.bottom());
            area.closeSubpath();
            QColor fill = palette::kVolume;
            fill.setAlpha(150);
            p.fillPath(area, fill);
        } else if (lane == 1) {  // alerts as bars
            const qreal w = std::max<qreal>(1.0, slot * 0.8);
            for (const TimeBucket& b : d.over_time)
                if (b.alerts > 0)
                    p.fillRect(QRectF(centre(b) - w / 2, y(double(b.alerts)), w,
                                      plot.bottom() - y(double(b.alerts))),
                               palette::kAlert);
        } else {  // mean risk as a line, broken where nothing was scored
            QPainterPath line;
            bool drawing = false;
            for (const TimeBucket& b : d.over_time) {
                if (b.scored == 0) {
                    drawing = false;
                    continue;
                }
                const QPointF point(centre(b), y(b.mean_risk));
                drawing ? line.lineTo(point) : line.moveTo(point);
                drawing = true;
            }
            p.setPen(QPen(palette::kRisk, 1.8));
            p.drawPath(line);
        }
        p.restore();
    }
    chart.xAxis(all, timeAxisTicks(scale, int(d.period.utc_offset_ms / 1000)));
    return chart.finish();
}

QImage scoreDistributionChart(const PeriodData& d, QSize size) {
    Chart chart(size, ReportText::tr("Score distribution (transactions per 2 risk points, "
                                     "log scale)"));
    const RiskLevels levels;
    chart.legend({{ReportText::tr("low"), palette::kLevels[0]},
                  {ReportText::tr("medium"), palette::kLevels[1]},
                  {ReportText::tr("high"), palette::kLevels[2]},
                  {ReportText::tr("critical"), palette::kLevels[3]},
                  {ReportText::tr("alert threshold"), palette::kInk, LegendItem::Shape::Line}});
    if (d.scored == 0) {
        chart.message(chart.area(), ReportText::tr("No scores in this period: no model is "
                                                   "active, or it has not scored these "
                                                   "transactions."));
        return chart.finish();
    }
    const std::int64_t most = *std::max_element(d.risk_histogram.begin(), d.risk_histogram.end());
    const double top = std::log10(niceCeiling(double(most) * 1.01));
    const double bottom = std::log10(0.5);  // a bin of one still shows
    std::vector<double> ticks;
    for (double e = 0; e <= top + 1e-9; ++e) ticks.push_back(e);
    const auto label = [](double e) { return shortNumber(std::pow(10.0, e)); };
    const QRectF plot = chart.plotIn(chart.area(), label(top), true);
    chart.yAxis(plot, ticks, bottom, top, label);
    QPainter& p = chart.painter();
    const auto x = [&](double risk) { return plot.left() + risk / 100.0 * plot.width(); };
    for (int bin = 0; bin < kHistogramBins; ++bin) {
        const std::int64_t n = d.risk_histogram[std::size_t(bin)];
        if (n == 0) continue;
        const double risk = bin * 2.0;
        const int level = static_cast<int>(levels.level_for(risk + 1.0));
        const qreal y =
            plot.bottom() - (std::log10(double(n)) - bottom) / (top - bottom) * plot.height();
        p.fillRect(QRectF(x(risk) + 0.5, y, x(risk + 2) - x(risk) - 1, plot.bottom() - y),
                   palette::kLevels[level]);
    }
    if (d.model && d.model->alert_threshold) {
        const qreal tx = x(*d.model->alert_threshold);
        p.setPen(QPen(palette::kInk, 1.5, Qt::DashLine));
        p.drawLine(QPointF(tx, plot.top()), QPointF(tx, plot.bottom()));
        p.setFont(chart.font(10.5));
        p.drawText(QPointF(tx + 4, plot.top() + QFontMetricsF(p.font()).ascent()),
                   ReportText::tr("alerts at %1 and above")
                       .arg(QLocale().toString(*d.model->alert_threshold, 'f', 1)));
    }
    std::vector<std::pair<qreal, QString>> xt;
    for (int r = 0; r <= 100; r += 10) xt.emplace_back(x(r), QString::number(r));
    chart.xAxis(plot, xt);
    return chart.finish();
}

QImage cardHistoryChart(const CaseData& c, int utcOffsetS, QSize size) {
    Chart chart(
        size, ReportText::tr("The card's last %n transaction(s)", nullptr, int(c.history.size())));
    chart.legend(
        {{ReportText::tr("earlier transactions"), QColor(0x88, 0x88, 0x88), LegendItem::Shape::Dot},
         {ReportText::tr("alerts of this case"), palette::kAlert, LegendItem::Shape::Dot},
         {ReportText::tr("this alert"), palette::kCurrent, LegendItem::Shape::Dot},
         {ReportText::tr("labelled fraud"), palette::kFraud, LegendItem::Shape::Ring}});
    if (c.history.empty()) {
        chart.message(chart.area(), ReportText::tr("No history for this card."));
        return chart.finish();
    }
    const std::string& currency = c.history.back().currency;
    const bool mixed = std::any_of(c.history.begin(), c.history.end(),
                                   [&](const CardPoint& h) { return h.currency != currency; });
    double most = 0;
    for (const CardPoint& h : c.history)
        most = std::max(most, majorUnits(h.amount_minor, h.currency));
    const double top = niceCeiling(std::max(most * 1.1, 1.0));
    const std::vector<double> ticks = niceTicks(0, top, 4);
    QString widest;
    for (const double v : ticks)
        if (shortNumber(v).size() > widest.size()) widest = shortNumber(v);
    const QRectF plot = chart.plotIn(chart.area(), widest, true);
    chart.yAxis(plot, ticks, 0, top, shortNumber,
                mixed ? ReportText::tr("amount (each in its own currency)")
                      : ReportText::tr("amount (%1)").arg(QString::fromStdString(currency)));
    constexpr qint64 kPadMs = 3'600'000;  // one point alone still gets a width
    TimeScale scale{c.history.front().ts_ms, c.history.back().ts_ms, plot.adjusted(8, 0, -8, 0)};
    if (scale.until - scale.from < kPadMs) {
        scale.from -= kPadMs;
        scale.until += kPadMs;
    }
    const auto point = [&](const CardPoint& h) {
        return QPointF(scale.x(h.ts_ms), plot.bottom() - majorUnits(h.amount_minor, h.currency) /
                                                             top * plot.height());
    };
    QPainter& p = chart.painter();
    QPainterPath line(point(c.history.front()));
    for (const CardPoint& h : c.history) line.lineTo(point(h));
    p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 1));
    p.drawPath(line);
    // Earlier points first, then the case's, then this alert on top.
    for (int pass = 0; pass < 3; ++pass) {
        for (const CardPoint& h : c.history) {
            const int kind = h.current ? 2 : h.in_case ? 1 : 0;
            if (kind != pass) continue;
            const QColor colour = kind == 2   ? palette::kCurrent
                                  : kind == 1 ? palette::kAlert
                                              : QColor(0x88, 0x88, 0x88);
            const qreal r = kind == 2 ? 6.0 : kind == 1 ? 4.5 : 3.0;
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawEllipse(point(h), r, r);
            if (h.fraud) {
                p.setPen(QPen(palette::kFraud, 2));
                p.setBrush(Qt::NoBrush);
                p.drawEllipse(point(h), r + 3, r + 3);
            }
        }
    }
    chart.xAxis(plot, timeAxisTicks(scale, utcOffsetS));
    return chart.finish();
}

}  // namespace fd::report
