// Runs one source on a worker thread it owns: pull a batch (up to max_batch_rows, or until
// the source has had nothing for max_batch_linger after the batch's first row), compute features in
// arrival order, score, store rows and scores in one SQLite transaction, then publish the batch.
// The GUI takes the published batches on its own timer (takeBatches), so it redraws at its pace
// however fast data comes. The queue of published batches is bounded: when the reader falls behind
// the worker waits, so a durable source loses nothing. Stopping finishes the batch in hand; what
// was committed stays.
#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <chrono>
#include <memory>
#include <vector>

#include "pipeline_batch.h"
#include "source.h"

namespace fd {

class EnsembleModel;
struct PipelineShared;

struct PipelineOptions {
    // Large, because a live feed's cost per row falls with the batch: every batch rewrites
    // the pages its random-keyed index entries (id, card, risk) land on, and once those
    // indexes outgrow a batch nearly every page is touched whatever the batch's size.
    // Measured over 1M rows: 5,000-row batches wrote 11.2 kB per row, 32k-row ones 3.5 kB.
    // A trickling feed still commits within max_batch_linger.
    std::size_t max_batch_rows = 32768;
    // How long a batch waits for its first row before the loop looks at its flags again,
    // and how long after its first row a batch may keep taking rows the source has ready.
    std::chrono::milliseconds max_batch_wait{50};
    // How long a batch waits for more rows once it has one: the latency a trickling live
    // row pays for batching.
    std::chrono::milliseconds max_batch_linger{5};
    // Published batches the reader has not taken yet: the worker waits beyond either bound.
    std::size_t max_pending_batches = 256;
    std::size_t max_pending_rows = 262144;
    // Days of stored history the features read before the first new row (their longest
    // window is 30 days).
    int warm_up_days = 31;
    // Risk at or above which a row alerts (an alert is stored with it); negative: the
    // model's own threshold.
    double alert_risk = -1.0;
    std::int64_t alert_sla_ms = 24 * 3'600'000;
};

class Pipeline : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, WarmingUp, Running, Paused, Stopping, Finished, Failed };
    Q_ENUM(State)

    // `model` may be null: rows are then stored unscored. `modelId` is its registry id.
    Pipeline(QString databasePath, std::shared_ptr<const EnsembleModel> model, qint64 modelId,
             QObject* parent = nullptr);
    ~Pipeline() override;  // stops and joins the worker

    void start(std::unique_ptr<Source> source, PipelineOptions options = {});
    void pause();
    void resume();
    void stop();
    // Blocks until the worker has ended (tests, shutdown).
    void wait();

    State state() const;
    QString sourceName() const;
    // Takes every batch published since the last call. Thread-safe; the GUI's timer calls it.
    std::vector<PipelineBatch> takeBatches();
    qint64 committedRows() const;
    qint64 duplicateRows() const;
    qint64 droppedRows() const;   // lost by a live source
    qint64 rejectedRows() const;  // lines the source could not use (stored in feed_rejects)
    // The source has had more than the pipeline could take for a second or more.
    bool isLagging() const;
    SourceStatus sourceStatus() const;  // thread-safe
    std::size_t pendingBatches() const;
    double alertThreshold() const;  // risk in effect; negative without a model
    // Alerts from the next batch on at `risk` (negative: the model's own threshold).
    void setAlertRisk(double risk);

signals:
    // Emitted when the queue of published batches stops being empty (not per batch).
    void batchesAvailable();
    void stateChanged(fd::Pipeline::State state);
    void failed(const QString& message);
    // The source ended, stop() was called (`stopped`) or it failed; `committed` rows stay.
    void finished(qint64 committed, bool stopped);

private:
    QString databasePath_;
    std::shared_ptr<const EnsembleModel> model_;
    qint64 modelId_;
    std::shared_ptr<PipelineShared> shared_;
    std::unique_ptr<QObject> worker_;  // lives on thread_ while it runs
    QThread thread_;
    QString sourceName_;
};

}  // namespace fd
