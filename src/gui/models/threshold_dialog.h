// Tuning the alert threshold: a risk (or an alert budget per day) with its effect shown as
// it moves: expected alerts per day on the scored history, precision and recall on the
// labelled part of it, and the cost curve (missed fraud amount plus review cost) with its
// minimum marked. Applying writes a "threshold" row to the audit log; the caller stores
// the setting and hands it to the live feed.
#pragma once

#include <QDialog>
#include <vector>

#include "core/metrics/thresholds.h"

class QChartView;
class QDoubleSpinBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QSlider;
class QSpinBox;

namespace fd {

class ThresholdDialog : public QDialog {
    Q_OBJECT

public:
    // `currentRisk` negative: the active model's own threshold is in effect.
    ThresholdDialog(const QString& databasePath, const QString& analyst, double currentRisk,
                    QWidget* parent = nullptr);

    double threshold() const;
    void setThreshold(double risk);
    void setAlertsPerDay(int alertsPerDay);
    void setReviewCost(double cost);
    bool isLoaded() const { return loaded_; }
    ThresholdEffect effect() const;          // at the chosen threshold
    std::optional<double> cheapest() const;  // the cost curve's minimum, as a risk
    QChartView* costChart() const { return chart_; }
    // Writes the audit row; false (with the reason shown) when the database refuses.
    bool apply();

signals:
    void loaded();
    void applied(double risk);

private:
    void showData(const QString& error);
    void updateEffect();
    void updateCostCurve();

    QString databasePath_;
    QString analyst_;
    double startRisk_;
    bool loaded_ = false;
    bool updating_ = false;
    qint64 modelId_ = 0;
    double modelThreshold_ = -1;
    std::vector<double> risks_;
    std::vector<std::int64_t> times_;
    std::vector<std::uint8_t> labels_;
    std::vector<double> amounts_;
    std::optional<CostCurve> curve_;

    QLabel* summary_;
    QDoubleSpinBox* risk_;
    QSlider* slider_;
    QSpinBox* perDay_;
    QDoubleSpinBox* reviewCost_;
    QLabel* effect_;
    QChartView* chart_;
    QLineSeries* costSeries_;
    QScatterSeries* minimum_;
    QLineSeries* current_;
    QPushButton* cheapestButton_;
    QPushButton* applyButton_;
};

}  // namespace fd
