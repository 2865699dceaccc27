// The report's charts as images (kChartScale device pixels per layout pixel), readable in
// print: risk over time, the score distribution with the alert threshold, and a card's
// recent amounts with the case's transactions highlighted.
#pragma once

#include <QImage>
#include <QSize>

#include "case_data.h"
#include "report_data.h"

namespace fd::report {

// Layout pixels, 96 to the inch: 6.9 in, within A4 less the PDF's 16 mm margins.
inline constexpr QSize kChartSize{660, 250};

// Three lanes over the period: transactions, alerts and mean risk per hour, day or week.
QImage riskOverTimeChart(const PeriodData& data, QSize size = {660, 320});
// Scored transactions per 2 risk points (log scale), coloured by level, with the active
// model's alert threshold.
QImage scoreDistributionChart(const PeriodData& data, QSize size = kChartSize);
// The card's recent amounts; the case's alerts, fraud labels and this alert marked.
QImage cardHistoryChart(const CaseData& data, int utcOffsetS, QSize size = kChartSize);

}  // namespace fd::report
