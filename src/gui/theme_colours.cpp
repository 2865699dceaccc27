#include "theme_colours.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QPalette>

namespace fd {
namespace {

void style(QChartView* view) {
    view->setBackgroundBrush(view->palette().color(QPalette::Base));
    applyChartPalette(view->chart(), view->palette());
}

// Re-styles the watched chart view on palette changes (theme switched in Settings).
class PaletteFollower : public QObject {
public:
    explicit PaletteFollower(QChartView* view) : QObject(view), view_(view) {
        view->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == view_ && event->type() == QEvent::PaletteChange) style(view_);
        return false;
    }

private:
    QChartView* view_;
};

}  // namespace

bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

void applyChartPalette(QChart* chart, const QPalette& palette) {
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(50);
    chart->setBackgroundRoundness(0);  // no light corners around a dark chart
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

void followPalette(QChartView* view) {
    style(view);
    new PaletteFollower(view);
}

QColor errorColour(const QPalette& palette) {
    return isDarkPalette(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

QColor warningColour(const QPalette& palette) {
    return isDarkPalette(palette) ? QColor(0xff, 0xc1, 0x4d) : QColor(0xa8, 0x5d, 0x00);
}

}  // namespace fd
