// What the report's charts share: a 2x image with a white background (they are printed),
// axes with round ticks, time ticks on the local clock, and a legend. Drawn with QPainter
// on a QImage, so any thread can draw them and no QApplication (Qt Charts needs one) is
// required.
#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <functional>
#include <utility>
#include <vector>

namespace fd::report {

inline constexpr qreal kChartScale = 2.0;  // device pixels per layout pixel: crisp in print

// Round tick values covering [low, high], about `count` of them (steps of 1, 2 or 5 x 10^n).
std::vector<double> niceTicks(double low, double high, int count);
// The smallest round value at or above `value` among 1, 2, 5 x 10^n (value > 0).
double niceCeiling(double value);
// "1.2k", "35", "0.5", "2M": short axis labels.
QString shortNumber(double value);

struct TimeTicks {
    std::vector<qint64> at;  // tick instants (UTC milliseconds)
    QStringList labels;
};
// Ticks at round local-clock instants (hours, days, weeks, months) for [fromMs, untilMs],
// at most about `count`; `utcOffsetS` is the local clock's offset.
TimeTicks timeTicks(qint64 fromMs, qint64 untilMs, int count, int utcOffsetS);

struct LegendItem {
    QString text;
    QColor color;
    enum class Shape { Box, Line, Dot, Ring } shape = Shape::Box;
};

class Chart {
public:
    // A white `size` (layout pixels) image at kChartScale with `title` on top.
    Chart(QSize size, const QString& title);
    QPainter& painter() { return painter_; }
    QFont font(qreal pixelSize, bool bold = false) const;
    qreal labelHeight() const;                    // of a line of axis labels
    const QRectF& area() const { return area_; }  // below the title (and legend)

    // Draws the legend on one row under the title and shrinks area() by it.
    void legend(const std::vector<LegendItem>& items);
    // A centred message in the plot area (for "no data").
    void message(const QRectF& plot, const QString& text);
    // The plot rectangle inside `box` leaving room for y labels as wide as `widestLabel`, a
    // line for the y axis title on top and, when `xLabels`, a row of x labels below.
    QRectF plotIn(const QRectF& box, const QString& widestLabel, bool xLabels) const;
    // Horizontal grid lines and left labels at `ticks` for a y range [low, high]; `title`
    // goes above the plot (plotIn() leaves room for it).
    void yAxis(const QRectF& plot, const std::vector<double>& ticks, double low, double high,
               const std::function<QString(double)>& label, const QString& title = {});
    // Vertical tick marks and labels below the plot at x positions (layout pixels).
    void xAxis(const QRectF& plot, const std::vector<std::pair<qreal, QString>>& ticks);
    QImage finish();

private:
    QImage image_;
    QPainter painter_;
    QRectF area_;
    QString family_;
};

// The palette the charts share.
namespace palette {
inline const QColor kInk{0x33, 0x33, 0x33};
inline const QColor kGrid{0xe3, 0xe3, 0xe3};
inline const QColor kVolume{0x8f, 0xa8, 0xc8};
inline const QColor kAlert{0xe6, 0x7e, 0x22};
inline const QColor kRisk{0xc0, 0x39, 0x2b};
inline const QColor kFraud{0xb0, 0x17, 0x1f};
inline const QColor kCurrent{0x1f, 0x5f, 0xbf};
inline const QColor kLevels[4] = {
    {0x9a, 0xb8, 0x9a}, {0xe8, 0xc5, 0x47}, {0xe6, 0x7e, 0x22}, {0xc0, 0x39, 0x2b}};
}  // namespace palette

}  // namespace fd::report
