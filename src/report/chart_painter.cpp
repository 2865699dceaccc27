#include "chart_painter.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QTimeZone>
#include <cmath>

namespace fd::report {
namespace {

constexpr qreal kTitlePx = 13.0;
constexpr qreal kLabelPx = 10.5;
constexpr qreal kPad = 6.0;

}  // namespace

double niceCeiling(double value) {
    if (!(value > 0)) return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 5.0, 10.0})
        if (step * magnitude >= value * (1 - 1e-9)) return step * magnitude;
    return 10.0 * magnitude;
}

std::vector<double> niceTicks(double low, double high, int count) {
    if (!(high > low) || count < 1) return {low};
    const double step = niceCeiling((high - low) / count);
    std::vector<double> ticks;
    for (double v = std::ceil(low / step - 1e-9) * step; v <= high + step * 1e-9; v += step)
        ticks.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
    return ticks;
}

QString shortNumber(double value) {
    const QLocale locale;
    const double a = std::abs(value);
    const auto trimmed = [&](double v, const QString& suffix) {
        return locale.toString(v, 'g', v >= 100 ? 3 : 2) + suffix;
    };
    if (a >= 1e9) return trimmed(value / 1e9, QStringLiteral("G"));
    if (a >= 1e6) return trimmed(value / 1e6, QStringLiteral("M"));
    if (a >= 1e4) return trimmed(value / 1e3, QStringLiteral("k"));
    if (a >= 1 || a == 0) return locale.toString(value, 'f', 0);
    return locale.toString(value, 'g', 2);
}

TimeTicks timeTicks(qint64 fromMs, qint64 untilMs, int count, int utcOffsetS) {
    TimeTicks out;
    if (untilMs <= fromMs || count < 1) return out;
    const QTimeZone zone(utcOffsetS);
    const QLocale locale;
    constexpr qint64 kHour = 3'600'000, kDay = 24 * kHour;
    const qint64 span = untilMs - fromMs;
    // Fixed steps first; months and years beyond them.
    for (const qint64 step : {kHour, 2 * kHour, 3 * kHour, 6 * kHour, 12 * kHour, kDay, 2 * kDay,
                              7 * kDay, 14 * kDay}) {
        if (span / step > count) continue;
        // Weeks start on Monday (1970-01-05 was one); days and hours on the local clock.
        const qint64 origin = step >= 7 * kDay ? 4 * kDay : 0;
        const qint64 shift = qint64(utcOffsetS) * 1000 - origin;
        qint64 t = (fromMs + shift) / step * step - shift;
        if (t < fromMs) t += step;
        for (; t <= untilMs; t += step) {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(t, zone);
            out.at.push_back(t);
            // Hours show their date at midnight and on the first tick.
            const bool dated = step >= kDay || local.time().hour() == 0 || out.at.size() == 1;
            out.labels << (step >= kDay ? locale.toString(local.date(), QStringLiteral("d MMM"))
                           : dated      ? locale.toString(local, QStringLiteral("d MMM HH:mm"))
                                        : local.toString(QStringLiteral("HH:mm")));
        }
        return out;
    }
    const QDate first = QDateTime::fromMSecsSinceEpoch(fromMs, zone).date();
    for (const int months : {1, 2, 3, 6, 12, 24, 60, 120}) {
        if (span / (30 * kDay * months) > count) continue;
        QDate d(first.year(), 1, 1);
        while (QDateTime(d, QTime(0, 0), zone).toMSecsSinceEpoch() < fromMs)
            d = d.addMonths(months);
        for (; QDateTime(d, QTime(0, 0), zone).toMSecsSinceEpoch() <= untilMs;
             d = d.addMonths(months)) {
            out.at.push_back(QDateTime(d, QTime(0, 0), zone).toMSecsSinceEpoch());
            out.labels << locale.toString(
                d, months >= 12 ? QStringLiteral("yyyy") : QStringLiteral("MMM yyyy"));
        }
        return out;
    }
    return out;
}

Chart::Chart(QSize size, const QString& title)
    : image_(size * kChartScale, QImage::Format_ARGB32_Premultiplied),
      family_(QFontDatabase::systemFont(QFontDatabase::GeneralFont).family()) {
    image_.setDevicePixelRatio(kChartScale);
    image_.fill(Qt::white);
    painter_.begin(&image_);
    painter_.setRenderHint(QPainter::Antialiasing);
    painter_.setRenderHint(QPainter::TextAntialiasing);
    const QRectF whole(0, 0, size.width(), size.height());
    painter_.setPen(palette::kInk);
    painter_.setFont(font(kTitlePx, true));
    const qreal titleHeight = QFontMetricsF(painter_.font()).height();
    painter_.drawText(QRectF(kPad, kPad, whole.width() - 2 * kPad, titleHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, title);
    area_ = whole.adjusted(kPad, kPad + titleHeight + kPad, -kPad, -kPad);
}

QFont Chart::font(qreal pixelSize, bool bold) const {
    QFont f(family_);
    f.setPixelSize(qRound(pixelSize));
    f.setBold(bold);
    return f;
}

qreal Chart::labelHeight() const {
    return QFontMetricsF(font(kLabelPx)).height();
}

void Chart::legend(const std::vector<LegendItem>& items) {
    painter_.save();
    painter_.setFont(font(kLabelPx));
    const QFontMetricsF metrics(painter_.font());
    const qreal h = metrics.height();
    qreal x = area_.left();
    for (const LegendItem& item : items) {
        const QRectF mark(x, area_.top() + h * 0.2, h * 0.6 * 1.6, h * 0.6);
        const QPointF centre = mark.center();
        switch (item.shape) {
            case LegendItem::Shape::Box:
                painter_.fillRect(mark, item.color);
                break;
            case LegendItem::Shape::Line:
                painter_.setPen(QPen(item.color, 2));
                painter_.drawLine(QPointF(mark.left(), centre.y()),
                                  QPointF(mark.right(), centre.y()));
                break;
            case LegendItem::Shape::Dot:
                painter_.setPen(Qt::NoPen);
                painter_.setBrush(item.color);
                painter_.drawEllipse(centre, h * 0.28, h * 0.28);
                break;
            case LegendItem::Shape::Ring:
                painter_.setPen(QPen(item.color, 2));
                painter_.setBrush(Qt::NoBrush);
                painter_.drawEllipse(centre, h * 0.3, h * 0.3);
                break;
        }
        painter_.setPen(palette::kInk);
        const qreal textX = mark.right() + 4;
        painter_.drawText(QPointF(textX, area_.top() + metrics.ascent()), item.text);
        x = textX + metrics.horizontalAdvance(item.text) + 14;
    }
    painter_.restore();
    area_.setTop(area_.top() + h + kPad);
}

void Chart::message(const QRectF& plot, const QString& text) {
    painter_.save();
    painter_.setFont(font(12));
    painter_.setPen(QColor(0x77, 0x77, 0x77));
    painter_.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, text);
    painter_.restore();
}

QRectF Chart::plotIn(const QRectF& box, const QString& widestLabel, bool xLabels) const {
    const QFontMetricsF metrics(font(kLabelPx));
    const qreal left = metrics.horizontalAdvance(widestLabel) + kPad;
    const qreal bottom = xLabels ? metrics.height() + kPad : 0;
    // Room on top for the y axis title, above the top tick's label.
    return box.adjusted(left, metrics.height() + 4,
                        -metrics.horizontalAdvance(QStringLiteral("00")), -bottom);
}

void Chart::yAxis(const QRectF& plot, const std::vector<double>& ticks, double low, double high,
                  const std::function<QString(double)>& label, const QString& title) {
    painter_.save();
    painter_.setFont(font(kLabelPx));
    const QFontMetricsF metrics(painter_.font());
    for (const double v : ticks) {
        const qreal y = plot.bottom() - (v - low) / (high - low) * plot.height();
        painter_.setPen(QPen(palette::kGrid, 1));
        painter_.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter_.setPen(palette::kInk);
        painter_.drawText(
            QRectF(plot.left() - 200 - kPad / 2, y - metrics.height() / 2, 200, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, label(v));
    }
    painter_.setPen(QPen(palette::kInk, 1));
    painter_.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (!title.isEmpty()) {
        painter_.setFont(font(kLabelPx, true));
        painter_.drawText(
            QRectF(plot.left(), plot.top() - metrics.height() - 4, plot.width(), metrics.height()),
            Qt::AlignLeft | Qt::AlignBottom, title);
    }
    painter_.restore();
}

void Chart::xAxis(const QRectF& plot, const std::vector<std::pair<qreal, QString>>& ticks) {
    painter_.save();
    painter_.setFont(font(kLabelPx));
    const QFontMetricsF metrics(painter_.font());
    qreal lastRight = -1e9;
    for (const auto& [x, text] : ticks) {
        if (x < plot.left() - 0.5 || x > plot.right() + 0.5) continue;
        painter_.setPen(QPen(palette::kInk, 1));
        painter_.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
        const qreal w = metrics.horizontalAdvance(text);
        const qreal left = std::clamp(x - w / 2, plot.left() - 20, plot.right() + 20 - w);
        if (left < lastRight + 6) continue;  // never let labels overlap
        painter_.drawText(QPointF(left, plot.bottom() + 3 + metrics.ascent()), text);
        lastRight = left + w;
    }
    painter_.restore();
}

QImage Chart::finish() {
    painter_.end();
    return image_;
}

}  // namespace fd::report
