// The review detail's two small charts. Both follow the palette (light or dark) and stay
// readable at the pane's size.
//  - ContributionChart: each model's part of the risk, in risk points, as horizontal bars.
//  - CardHistoryChart: the card's recent amounts over time; this transaction larger and in
//    its own colour, fraud-labelled ones marked.
#pragma once

#include <QChartView>
#include <array>
#include <optional>
#include <vector>

#include "review_detail.h"

class QBarSet;
class QHorizontalBarSeries;
class QBarCategoryAxis;
class QValueAxis;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;

namespace fd {

class ContributionChart : public QChartView {
    Q_OBJECT

public:
    explicit ContributionChart(QWidget* parent = nullptr);
    // Risk points of iforest, autoencoder, supervised and rules; none: an empty chart.
    void setPoints(const std::optional<std::array<double, 4>>& points, const QString& note);
    QBarSet* bars() const { return bars_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void restyle();

    QHorizontalBarSeries* series_;
    QBarSet* bars_;
    QBarCategoryAxis* members_;
    QValueAxis* points_;
};

class CardHistoryChart : public QChartView {
    Q_OBJECT

public:
    explicit CardHistoryChart(QWidget* parent = nullptr);
    void setHistory(const std::vector<HistoryPoint>& points, const QString& currency);
    QScatterSeries* earlier() const { return earlier_; }  // every point but this one
    QScatterSeries* fraud() const { return fraud_; }      // labelled fraud, on top
    QScatterSeries* current() const { return current_; }  // this transaction alone

protected:
    void changeEvent(QEvent* event) override;

private:
    void restyle();

    QLineSeries* line_;
    QScatterSeries* earlier_;
    QScatterSeries* fraud_;
    QScatterSeries* current_;
    QDateTimeAxis* time_;
    QValueAxis* amounts_;
};

}  // namespace fd
