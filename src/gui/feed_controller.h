// Runs the live feed for the main window: owns the Pipeline, takes its published batches
// on a coalescing timer (about 25 times a second at most, however fast data comes), folds
// them into MonitorStats and tells the views once per tick.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

#include "ingest/demo_setup.h"
#include "ingest/monitor_stats.h"
#include "ingest/pipeline.h"

namespace fd {

class FeedController : public QObject {
    Q_OBJECT

public:
    explicit FeedController(QObject* parent = nullptr);
    ~FeedController() override;

    void setDatabase(const QString& path);
    // Loads the active model and finds where the demo stopped, off the GUI thread, then
    // starts the demo feed.
    void startDemo();
    void pause();
    void resume();
    void stop();

    bool isActive() const;  // started and not finished
    bool isPaused() const;
    QString stateText() const;
    const MonitorStats& stats() const { return stats_; }
    double rate() const;  // transactions per second, last 5 seconds
    qint64 dropped() const;
    std::size_t queueDepth() const;
    double alertThreshold() const;  // risk; negative without a model
    // A fixed alert risk from the settings (negative: none); a running feed applies it at
    // once.
    void setAlertOverride(double risk);
    // Another model became active: a running demo feed restarts on it (what it has
    // committed stays; the restarted feed continues after the newest stored row).
    void reloadModel();
    void setDemoConfig(const DemoConfig& config) { demoConfig_ = config; }
    // An alert budget per day (0: none): at the next start the threshold becomes the risk
    // that gave this many alerts a day over the last week of scores, when there is a day
    // (until then the model's own threshold holds).
    void setAlertBudget(int alertsPerDay);

signals:
    void updated();       // new figures, at most every kTickMs
    void stateChanged();  // started, paused, stopped, failed
    void rowsStored();    // rows were committed since the last tick
    void error(const QString& message);
    // The feed ended (stopped or failed); every row it committed stays stored.
    void stopped(qint64 committed);

private:
    void launch(std::unique_ptr<Source> source, std::shared_ptr<const EnsembleModel> model,
                qint64 modelId);
    void drain();
    double effectiveAlertRisk() const;  // a fixed risk, else the budget's, else -1
    std::int64_t second() const;

    static constexpr int kTickMs = 40;
    QString databasePath_;
    std::unique_ptr<Pipeline> pipeline_;
    MonitorStats stats_;
    QTimer drainTimer_;  // single shot: armed by the first batch after a drain
    QTimer clock_;       // once a second: rates decay when data stops
    QElapsedTimer since_;
    double alertOverride_ = -1.0;
    bool loading_ = false;
    bool restartWhenStopped_ = false;
    int alertBudget_ = 0;
    double budgetThreshold_ = -1.0;  // the budget's risk, once learnt
    DemoConfig demoConfig_;
};

}  // namespace fd
