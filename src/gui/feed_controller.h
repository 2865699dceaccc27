// Runs the live feeds for the main window: any number of sources at once (the demo feed is
// one of them), each a SourceRunner with its own Pipeline. It takes their published batches
// on one coalescing timer (about 25 times a second at most, however fast data comes), folds
// them into one MonitorStats and tells the views once per tick.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>
#include <vector>

#include "feed/source_runner.h"
#include "ingest/demo_setup.h"
#include "ingest/monitor_stats.h"
#include "ingest/pipeline.h"

namespace fd {

class FeedController : public QObject {
    Q_OBJECT

public:
    explicit FeedController(QObject* parent = nullptr);
    ~FeedController() override;

    // Stops and removes every source: they belong to the database they were writing to.
    void setDatabase(const QString& path);
    // Loads the active model and finds where the demo stopped, off the GUI thread, then
    // starts the demo feed (a source named "demo feed").
    void startDemo();
    // Every source at once (Feed menu).
    void pause();
    void resume();
    void stop();

    // Adds the source a URI names and starts it (opening it off the GUI thread); a URI
    // already listed starts again. Throws SourceUriError when the URI does not parse.
    int connectSource(const QString& uri);
    // Adds a source made by `opener` (on a pool thread), stopped. An empty `name` takes
    // the source's own once open.
    int addSource(const QString& name, const QString& uri, const QString& kind,
                  SourceOpener opener);
    void startSource(int id);
    void pauseSource(int id);
    void resumeSource(int id);
    void stopSource(int id);
    // Stops the source (its committed rows stay) and takes it off the list.
    void removeSource(int id);
    int sourceId(const QString& uri) const;  // -1: not listed
    int demoId() const { return demoId_; }   // -1: the demo has not run
    std::vector<SourceInfo> sources() const;
    SourceRunner* runner(int id) const;

    bool isActive() const;  // some source is opening, running, paused or stopping
    bool isDemoActive() const;
    bool isPaused() const;  // every active source is paused
    QString stateText() const;
    const MonitorStats& stats() const { return stats_; }
    double rate() const;  // transactions per second, last 5 seconds
    qint64 dropped() const;
    std::size_t queueDepth() const;
    double alertThreshold() const;  // risk; negative without a model
    // A fixed alert risk from the settings (negative: none); running feeds apply it at once.
    void setAlertOverride(double risk);
    // Another model became active: running feeds restart on it (what they have committed
    // stays; the demo continues after the newest stored row).
    void reloadModel();
    void setDemoConfig(const DemoConfig& config) { demoConfig_ = config; }
    // An alert budget per day (0: none): at the next start the threshold becomes the risk
    // that gave this many alerts a day over the last week of scores, when there is a day
    // (until then the model's own threshold holds).
    void setAlertBudget(int alertsPerDay);

signals:
    void updated();       // new figures, at most every kTickMs
    void stateChanged();  // a source started, paused, stopped or failed
    void rowsStored();    // rows were committed since the last tick
    void error(const QString& message);
    // A source ended (stopped or failed); every row it committed stays stored.
    void stopped(const QString& name, qint64 committed);
    void sourceAdded(int id);
    void sourceRemoved(int id);
    void sourceOpened(int id);  // its pipeline is starting
    void sourceOpenFailed(int id, const QString& message);

private:
    SourceRunner* add(const QString& name, const QString& uri, const QString& kind,
                      SourceOpener opener);
    void drain();
    void drainRunner(SourceRunner* runner);
    double effectiveAlertRisk() const;
    std::int64_t second() const;
    std::vector<SourceRunner*> active() const;

    static constexpr int kTickMs = 40;
    QString databasePath_;
    std::vector<SourceRunner*> runners_;   // children; listed order
    std::vector<SourceRunner*> retiring_;  // removed, their pipelines still ending
    int nextId_ = 1;
    int demoId_ = -1;
    MonitorStats stats_;
    QTimer drainTimer_;  // single shot: armed by the first batch after a drain
    QTimer clock_;       // once a second: rates decay when data stops
    QElapsedTimer since_;
    double alertOverride_ = -1.0;
    int alertBudget_ = 0;
    double budgetThreshold_ = -1.0;  // the budget's risk, once learnt
    DemoConfig demoConfig_;
};

}  // namespace fd
