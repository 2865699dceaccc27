// The model registry and the retraining loop: every stored model with its kind, training
// summary and comparison figures, the active one marked; Retrain trains a challenger from
// the labels in the background, with progress and cancel, and shows it against the active
// model; Promote activates it, Roll Back an older version (both audit-logged); Tune
// Threshold opens the threshold dialog. Reads and training run off the GUI thread.
#pragma once

#include <QWidget>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "core/engine/risk.h"
#include "ingest/model_comparison.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace fd {

class ModelComparisonView;

class ModelsView : public QWidget {
    Q_OBJECT

public:
    explicit ModelsView(QWidget* parent = nullptr);
    ~ModelsView() override;

    void setDatabase(const QString& path);
    void refresh();
    // From the settings: who acts, the threshold in effect (negative: each model's own)
    // and the ensemble weights retraining uses.
    void setAnalyst(const QString& analyst) { analyst_ = analyst; }
    void setAlertRisk(double risk) { alertRisk_ = risk; }
    void setWeights(const EnsembleWeights& weights) { weights_ = weights; }
    // Tests shorten training; the app keeps the defaults.
    void setTrainingOptions(const EnsembleOptions& options) { training_ = options; }

    void retrain();
    void cancelRetrain();
    bool isRetraining() const { return retraining_; }
    // Activates the selected model (promote when newer than the active one, else roll
    // back) after a confirmation; `confirm` replaces the dialog in tests.
    void activateSelected(const std::function<bool(const QString&)>& confirm = {});
    void tuneThreshold();
    bool selectModel(qint64 id);

    QTableWidget* table() const { return table_; }
    ModelComparisonView* comparison() const { return comparison_; }
    QString statusText() const;

signals:
    void refreshed();
    void retrainFinished(bool ok, const QString& message);
    void modelActivated(qint64 id);
    void thresholdApplied(double risk);

private:
    struct Row {
        qint64 id = 0;
        QString kind, name, trained, metrics;
        qint64 created = 0;
        bool active = false;
        std::optional<Comparison> comparison;  // from when it was trained, if retrained
    };
    void showRows(std::vector<Row> rows, const QString& error);
    void showSelection();
    const Row* selectedRow() const;

    QString databasePath_;
    QString analyst_;
    double alertRisk_ = -1.0;
    EnsembleWeights weights_;
    std::optional<EnsembleOptions> training_;
    std::vector<Row> rows_;
    qint64 selectAfterRefresh_ = 0;
    bool retraining_ = false;
    std::shared_ptr<std::atomic<bool>> cancel_;

    QLabel* summary_;
    QPushButton* retrainButton_;
    QPushButton* cancelButton_;
    QPushButton* activateButton_;
    QPushButton* thresholdButton_;
    QProgressBar* progress_;
    QLabel* status_;
    QTableWidget* table_;
    ModelComparisonView* comparison_;
};

}  // namespace fd
