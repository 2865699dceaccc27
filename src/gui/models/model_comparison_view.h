// A challenger against the active model on the latest labelled slice: the figures side by
// side, and the ROC and precision-recall curves overlaid.
#pragma once

#include <QWidget>

#include "ingest/model_comparison.h"

class QLabel;
class QTableWidget;

class QChartView;

namespace fd {

class ModelComparisonView : public QWidget {
    Q_OBJECT

public:
    explicit ModelComparisonView(QWidget* parent = nullptr);
    void setComparison(const Comparison& comparison);
    void clear(const QString& message);

    QTableWidget* figures() const { return figures_; }
    QChartView* rocChart() const { return roc_; }
    QChartView* prChart() const { return pr_; }

private:
    QLabel* header_;
    QTableWidget* figures_;
    QChartView* roc_;
    QChartView* pr_;
};

}  // namespace fd
