// Colours that follow the theme. Qt Charts paint their own background, titles and axes from a fixed
// (light) chart theme; these helpers take those colours from the widget palette instead, so a chart
// reads in the dark theme as in the light one. Series colours are left as each chart chose them.
#pragma once

#include <QColor>
#include <QPalette>

class QChart;
class QChartView;

namespace fd {

bool isDarkPalette(const QPalette& palette);
// Background, title, legend and axis colours from `palette`; call after adding the axes.
void applyChartPalette(QChart* chart, const QPalette& palette);
// Applies the view's palette to its chart now and again whenever the palette changes.
void followPalette(QChartView* view);
// Text colours for an error and a warning that keep a readable contrast on the palette's
// Base and Window, light or dark.
QColor errorColour(const QPalette& palette);
QColor warningColour(const QPalette& palette);

}  // namespace fd
