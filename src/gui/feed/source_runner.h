// One live source the app runs: its URI, how to open it, and, once started, its own
// Pipeline (its own worker thread and database connection). Opening a source (which may
// bind a port or resolve a host) and loading the active model happen on a pool thread; a
// stopped or failed source can start again, re-opening the same URI.
#pragma once

#include <QObject>
#include <QString>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <vector>

#include "ingest/pipeline.h"

namespace fd {

class Database;
class EnsembleModel;

// Makes the source, on a pool thread, with a connection to the feed's database (the demo
// reads where its history ends). Throws std::exception with a message for the user.
using SourceOpener = std::function<std::unique_ptr<Source>(Database& db)>;

// What the sources panel shows of one source, taken on the GUI thread.
struct SourceInfo {
    enum class Phase { Stopped, Opening, Running, Paused, Stopping, Failed };

    int id = 0;
    QString name;
    QString uri;
    QString kind;
    Phase phase = Phase::Stopped;
    QString state;  // a few words: "connected", "warming up", "lagging", "failed: …"
    bool lagging = false;
    double rate = 0.0;  // rows stored per second over the last 5 seconds
    QString lag;        // the source's backlog with its unit, or "–"
    std::int64_t rejects = 0;
    std::int64_t reconnects = 0;
    std::int64_t dropped = 0;
    std::int64_t stored = 0;

    bool canStart() const { return phase == Phase::Stopped || phase == Phase::Failed; }
    bool canPause() const { return phase == Phase::Running; }
    bool canResume() const { return phase == Phase::Paused; }
    bool canStop() const {
        return phase == Phase::Opening || phase == Phase::Running || phase == Phase::Paused;
    }
    bool operator==(const SourceInfo&) const = default;
};

class SourceRunner : public QObject {
    Q_OBJECT

public:
    // An empty `name` takes the source's own name once it is open (the URI until then).
    SourceRunner(int id, QString name, QString uri, QString kind, SourceOpener opener,
                 QObject* parent = nullptr);
    ~SourceRunner() override;  // a running pipeline stops and joins

    int id() const { return id_; }
    QString name() const;
    QString uri() const { return uri_; }
    void setOpener(SourceOpener opener) { opener_ = std::move(opener); }

    // Opens the source and loads the active model off the GUI thread; opened() or
    // openFailed() follows. With `alertBudget` > 0 the budget's risk is learnt too.
    void open(const QString& databasePath, int alertBudget);
    // After opened(): runs the pipeline.
    void launch(const QString& databasePath, PipelineOptions options);
    void pause();
    void resume();
    void stop();
    // Another model became active: stops, then asks to be opened again (restartRequested)
    // once the pipeline has ended or the open in progress has come back.
    void restart();

    SourceInfo::Phase phase() const;
    bool isActive() const;  // opening, running, paused or stopping
    Pipeline* pipeline() const { return pipeline_.get(); }
    // Takes the published batches, counting their rows for the rate (`second`: now).
    std::vector<PipelineBatch> takeBatches(std::int64_t second);
    SourceInfo info(std::int64_t second) const;

signals:
    void changed();
    void batchesAvailable();
    void opened(double budgetThreshold);  // negative: no budget risk learnt
    void openFailed(const QString& message);
    void failed(const QString& message);  // the running pipeline failed
    void finished(qint64 committed);      // the pipeline ended: stopped, ended or failed
    void restartRequested();              // restart(): ready to open again

private:
    struct Totals {
        std::int64_t stored = 0, rejects = 0, reconnects = 0, dropped = 0;
    };
    void retirePipeline();
    double rate(std::int64_t second) const;

    int id_;
    QString name_;
    QString uri_;
    QString kind_;
    SourceOpener opener_;
    std::unique_ptr<Pipeline> pipeline_;
    // Between opened() and launch(): what the pool thread made.
    std::unique_ptr<Source> opened_;
    std::shared_ptr<const EnsembleModel> model_;
    qint64 modelId_ = 0;
    Totals before_;  // earlier runs of this source
    std::map<std::int64_t, std::int64_t> rowsPerSecond_;
    QString error_;
    bool opening_ = false;
    int openGeneration_ = 0;  // a result from an older open() is dropped
    bool pauseRequested_ = false;
    bool stoppedByUser_ = false;
    bool restartWhenStopped_ = false;
};

}  // namespace fd
