#include "pipeline.h"

#include <QMetaObject>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#include "core/engine/scorer.h"
#include "ingest/duplicate_filter.h"
#include "ingest/serial_worker.h"
#include "storage/alert_store.h"
#include "storage/database.h"
#include "storage/feed_reject_store.h"
#include "storage/score_store.h"
#include "storage/transaction_store.h"

namespace fd {

// State both threads touch: the queue of published batches and the control flags.
struct PipelineShared {
    mutable std::mutex mutex;
    std::condition_variable wake;  // pause/resume/stop, and the reader taking batches
    std::deque<PipelineBatch> published;
    bool paused = false;
    bool stopping = false;
    bool workerDone = false;
    std::atomic<int> state{static_cast<int>(Pipeline::State::Idle)};
    std::atomic<qint64> committed{0};
    std::atomic<qint64> duplicates{0};
    std::atomic<qint64> dropped{0};
    std::atomic<qint64> rejected{0};
    std::atomic<bool> lagging{false};
    std::atomic<std::size_t> pending{0};
    std::size_t pendingRows = 0;           // rows in `published`, under `mutex`
    std::atomic<double> alert_risk{-1.0};  // options.alert_risk, changeable while running
    std::unique_ptr<Source> source;
};

namespace {

constexpr std::int64_t kDayMs = 86'400'000;

std::int64_t now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Copies the write-ahead log back into the database on its own thread and connection, so
// the writer's commits never stall on it (SQLite's automatic checkpoint runs inside the
// commit that crosses its threshold: hundreds of milliseconds at live rates). PASSIVE
// never blocks the writer or readers; the log restarts once a checkpoint caught up.
class WalCheckpointer {
public:
    explicit WalCheckpointer(std::string path)
        : thread_([this, path = std::move(path)] { run(path); }) {}
    ~WalCheckpointer() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        wake_.notify_all();
        thread_.join();
    }

private:
    void run(const std::string& path) {
        try {
            Database db(path);
            std::unique_lock lock(mutex_);
            while (
                !wake_.wait_for(lock, std::chrono::milliseconds(100), [&] { return stopping_; })) {
                lock.unlock();
                db.exec("PRAGMA wal_checkpoint(PASSIVE)");
                lock.lock();
            }
            lock.unlock();
            db.exec("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (const std::exception&) {
            // A checkpoint that fails (database busy, locked) is retried by the next one or
            // by any later connection's automatic checkpoint; nothing is lost.
        }
    }

    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    std::thread thread_;
};

// The worker's loop, on the pipeline's thread. Signals reach the Pipeline queued.
class PipelineWorker : public QObject {
    Q_OBJECT

public:
    PipelineWorker(QString path, std::shared_ptr<const EnsembleModel> model, qint64 modelId,
                   std::shared_ptr<PipelineShared> shared, PipelineOptions options)
        : path_(std::move(path)),
          model_(std::move(model)),
          modelId_(modelId),
          shared_(std::move(shared)),
          options_(options) {}

    void run() {
        try {
            loop();
        } catch (const std::exception& e) {
            setState(Pipeline::State::Failed);
            emit failed(QString::fromStdString(e.what()));
        }
        const bool stopped = stopRequested();
        if (shared_->state.load() != static_cast<int>(Pipeline::State::Failed))
            setState(Pipeline::State::Finished);
        emit finished(shared_->committed.load(), stopped);
        QThread::currentThread()->quit();  // run() held the thread's event loop until now
        // The last touch of this object on its thread, under a std::mutex the destructor
        // also takes: a happens-before that ThreadSanitizer can see (QThread::wait's is not
        // visible to it: Debian's Qt is not instrumented).
        std::lock_guard lock(shared_->mutex);
        shared_->workerDone = true;
    }

signals:
    void stateChanged(int state);
    void batchesAvailable();
    void failed(const QString& message);
    void finished(qint64 committed, bool stopped);

private:
    void setState(Pipeline::State state) {
        shared_->state = static_cast<int>(state);
        emit stateChanged(static_cast<int>(state));
    }

    bool stopRequested() const {
        std::lock_guard lock(shared_->mutex);
        return shared_->stopping;
    }

    // Waits while paused or while the reader has not taken enough batches. False: stop.
    bool waitForRoom() {
        std::unique_lock lock(shared_->mutex);
        const auto resumeState = [&] { return shared_->stopping || !shared_->paused; };
        if (shared_->paused && !shared_->stopping) {
            lock.unlock();
            setState(Pipeline::State::Paused);
            lock.lock();
            shared_->wake.wait(lock, resumeState);
            lock.unlock();
            if (!stopRequested()) setState(Pipeline::State::Running);
            lock.lock();
        }
        shared_->wake.wait(lock, [&] {
            return shared_->stopping || (shared_->published.size() < options_.max_pending_batches &&
                                         shared_->pendingRows < options_.max_pending_rows);
        });
        return !shared_->stopping;
    }

    void warmUp(Database& db) {
        if (!scorer_ || options_.warm_up_days <= 0) return;
        setState(Pipeline::State::WarmingUp);
        const std::int64_t newest =
            db.query_int64("SELECT coalesce(max(ts_ms), 0) FROM transactions");
        TransactionStore(db).scan(newest - options_.warm_up_days * kDayMs, newest + 1, 10000,
                                  [&](std::span<const Transaction> batch, auto) {
                                      scorer_->observe(batch);
                                      return !stopRequested();
                                  });
    }

    void loop() {
        Database db(path_.toStdString());
        // A writer's working set (the id, time and card indexes' hot pages, the scores
        // table's tail) outgrows SQLite's 2 MB default cache at once.
        db.exec("PRAGMA cache_size=-65536");
        // Checkpoints run beside the writer, not inside its commits (see WalCheckpointer).
        db.exec("PRAGMA wal_autocheckpoint=0");
        WalCheckpointer checkpointer(path_.toStdString());
        if (model_) scorer_.emplace(*model_);
        warmUp(db);
        setState(Pipeline::State::Running);
        BatchWriter writer(db, shared_->source->name());
        if (shared_->source->has_batch_bookkeeping())
            loopInOneThread(writer);
        else
            loopOverlapped(writer);
    }

    // The rows, scores, alerts and rejects of a batch, as one SQLite transaction's work.
    struct BatchWriter {
        BatchWriter(Database& database, std::string source)
            : db(database),
              sourceName(std::move(source)),
              transactions(db),
              scores(db),
              alerts(db),
              rejects(db) {}
        Database& db;
        std::string sourceName;
        TransactionStore transactions;
        ScoreStore scores;
        AlertStore alerts;
        FeedRejectStore rejects;
    };

    // A batch between the stages: read, stored (row ids known), scored.
    struct Batch {
        std::vector<Transaction> rows;
        std::vector<Arrival> arrivals;
        std::vector<std::int64_t> ids;  // row ids once stored; 0: a duplicate
        std::vector<Verdict> verdicts;  // one per row once scored; empty without a model
        std::vector<SourceReject> rejects;
        std::int64_t duplicates = 0;
    };

    // Fills `b` from the source: waits up to max_batch_wait for a first row, then up to
    // max_batch_linger for more; rows the source has ready at once keep coming (up to
    // max_batch_wait after the first), so a busy source fills whole batches while a trickle
    // is committed within the linger. Returns false once the source has ended.
    bool fill(Source& source, Batch& b) {
        using Clock = std::chrono::steady_clock;
        bool more = true;
        // Lagging evidence: the batch ended full, or at its cut-off with the source never
        // once out of rows (a steady trickle also reaches the cut-off, but waits on the way).
        bool sourceHadMore = false;
        bool waited = false;
        auto waitUntil = Clock::now() + options_.max_batch_wait;
        Clock::time_point cutOff = Clock::time_point::max();
        while (b.rows.size() < options_.max_batch_rows && !stopRequested()) {
            const auto left = std::max(
                std::chrono::milliseconds(0),
                std::chrono::duration_cast<std::chrono::milliseconds>(waitUntil - Clock::now()));
            const std::size_t before = b.rows.size();
            more = source.next(b.rows, b.arrivals, options_.max_batch_rows - b.rows.size(), left);
            if (!more) break;
            const auto now = Clock::now();
            if (b.rows.size() == before) {
                waited = true;
                if (now >= waitUntil) break;
                continue;
            }
            if (cutOff == Clock::time_point::max()) {
                cutOff = now + options_.max_batch_wait;
                waitUntil = std::min(waitUntil, now + options_.max_batch_linger);
            }
            if (now >= cutOff) {
                sourceHadMore = !waited;
                break;
            }
        }
        sourceHadMore = sourceHadMore || b.rows.size() >= options_.max_batch_rows;
        shared_->dropped = source.dropped();
        updateLagging(sourceHadMore);
        source.take_rejects(b.rejects);
        return more;
    }

    // A source with bookkeeping (a file, a folder, Kafka) sees each batch stored and
    // committed before it reads the next, so what it acknowledges is exactly what is stored.
    void loopInOneThread(BatchWriter& w) {
        Source& source = *shared_->source;
        bool more = true;
        Batch b;
        while (more && waitForRoom()) {
            b = Batch{};
            more = fill(source, b);
            if (b.rows.empty() && b.rejects.empty() && !source.commit_pending()) continue;
            SqlTransaction tx(w.db);
            storeRows(w, b);  // before scoring: a duplicate must not reach the features
            if (scorer_ && !b.rows.empty()) scorer_->score(b.rows, b.verdicts);
            storeScores(w, b);
            source.store(w.db);
            tx.commit();
            source.committed();
            finishBatch(b);
        }
    }

    // A source without bookkeeping (a socket, the simulator): batch k is stored on a second
    // thread while batch k+1 is read and scored here, which nearly halves the time per row
    // on two cores. Duplicates are found before scoring by DuplicateFilter, which also knows
    // the ids still on their way to the database.
    void loopOverlapped(BatchWriter& w) {
        Source& source = *shared_->source;
        Database reader(path_.toStdString(), OpenMode::ReadOnly);
        DuplicateFilter filter(reader);
        std::atomic<std::uint64_t> storedThrough{0};
        std::uint64_t sequence = 0;
        SerialWorker store(1);  // one batch waiting while one is stored
        bool more = true;
        while (more && waitForRoom()) {
            auto b = std::make_shared<Batch>();
            more = fill(source, *b);
            if (b->rows.empty() && b->rejects.empty()) continue;
            filter.forget_through(storedThrough.load(std::memory_order_acquire));
            b->duplicates = filter.keep_new(b->rows, b->arrivals, ++sequence);
            if (scorer_ && !b->rows.empty()) scorer_->score(b->rows, b->verdicts);
            store.submit([this, &w, &storedThrough, b, n = sequence] {
                SqlTransaction tx(w.db);
                storeRows(w, *b);
                storeScores(w, *b);
                tx.commit();
                storedThrough.store(n, std::memory_order_release);
                finishBatch(*b);
            });
        }
        store.drain();
    }

    // Inserts the batch's rows (and the source's rejects). A row already stored, or stored
    // by another writer since the filter looked, gets id 0 and is left out from here on.
    void storeRows(BatchWriter& w, Batch& b) {
        if (!b.rejects.empty()) w.rejects.add(w.sourceName, b.rejects, now_ms());
        const auto result = w.transactions.insert_each(b.rows, b.ids);
        b.duplicates += result.duplicates;
        if (result.duplicates == 0) return;
        std::size_t kept = 0;
        for (std::size_t i = 0; i < b.rows.size(); ++i) {
            if (b.ids[i] == 0) continue;
            if (kept != i) {
                b.rows[kept] = std::move(b.rows[i]);
                b.arrivals[kept] = b.arrivals[i];
                b.ids[kept] = b.ids[i];
                if (!b.verdicts.empty()) b.verdicts[kept] = std::move(b.verdicts[i]);
            }
            ++kept;
        }
        b.rows.resize(kept);
        b.arrivals.resize(kept);
        b.ids.resize(kept);
        if (!b.verdicts.empty()) b.verdicts.resize(kept);
    }

    void storeScores(BatchWriter& w, const Batch& b) {
        if (b.verdicts.empty()) return;
        std::vector<ScoreRow> scoreRows;
        std::vector<NewAlert> newAlerts;
        scoreRows.reserve(b.rows.size());
        for (std::size_t i = 0; i < b.rows.size(); ++i) {
            scoreRows.push_back(make_score_row(b.ids[i], b.verdicts[i]));
            if (alerts(b.verdicts[i]))
                newAlerts.push_back({b.ids[i], modelId_, b.rows[i].card_id, b.verdicts[i].risk,
                                     b.rows[i].amount()});
        }
        const std::int64_t now = now_ms();
        w.scores.upsert(modelId_, scoreRows, now);
        w.alerts.create(newAlerts, now, options_.alert_sla_ms);
    }

    void finishBatch(Batch& b) {
        shared_->rejected += static_cast<qint64>(b.rejects.size());
        publish(b);
    }

    // Lagging: for the last second every batch ended with the source still holding rows, so
    // it had more than the pipeline could take (or the reader is not taking the batches).
    void updateLagging(bool sourceHadMore) {
        const auto now = std::chrono::steady_clock::now();
        if (!sourceHadMore)
            fullSince_.reset();
        else if (!fullSince_)
            fullSince_ = now;
        const bool queueFull = shared_->pending.load() >= options_.max_pending_batches;
        shared_->lagging =
            queueFull || (fullSince_ && now - *fullSince_ >= std::chrono::seconds(1));
    }

    bool alerts(const Verdict& v) const {
        const double risk = shared_->alert_risk.load(std::memory_order_relaxed);
        const double threshold = risk >= 0.0 ? risk : model_->alert_threshold();
        return v.always_alert || v.risk >= threshold;
    }

    void publish(Batch& b) {
        PipelineBatch out;
        out.committed_at = std::chrono::steady_clock::now();
        out.duplicates = b.duplicates;
        out.rows.reserve(b.rows.size());
        for (std::size_t i = 0; i < b.rows.size(); ++i) {
            PipelineRow row;
            row.row_id = b.ids[i];
            row.timestamp_ms = b.rows[i].timestamp_ms;
            row.merchant_category = std::move(b.rows[i].merchant_category);
            row.country = std::move(b.rows[i].country);
            row.latency_ms =
                std::chrono::duration<double, std::milli>(out.committed_at - b.arrivals[i].at)
                    .count();
            if (!b.verdicts.empty()) {
                const Verdict& v = b.verdicts[i];
                row.risk = v.risk;
                row.level = static_cast<int>(v.level);
                row.alert = alerts(v);
                for (const auto& reason : v.reasons) row.reason_codes.push_back(reason.code);
            }
            out.rows.push_back(std::move(row));
        }
        shared_->committed += static_cast<qint64>(out.rows.size());
        shared_->duplicates += b.duplicates;
        bool wasEmpty = false;
        {
            std::lock_guard lock(shared_->mutex);
            wasEmpty = shared_->published.empty();
            shared_->pendingRows += out.rows.size();
            shared_->published.push_back(std::move(out));
            shared_->pending = shared_->published.size();
        }
        if (wasEmpty) emit batchesAvailable();
    }

    QString path_;
    std::shared_ptr<const EnsembleModel> model_;
    qint64 modelId_;
    std::shared_ptr<PipelineShared> shared_;
    PipelineOptions options_;
    std::optional<Scorer> scorer_;
    std::optional<std::chrono::steady_clock::time_point> fullSince_;
};

}  // namespace

Pipeline::Pipeline(QString databasePath, std::shared_ptr<const EnsembleModel> model, qint64 modelId,
                   QObject* parent)
    : QObject(parent),
      databasePath_(std::move(databasePath)),
      model_(std::move(model)),
      modelId_(modelId),
      shared_(std::make_shared<PipelineShared>()) {
    thread_.setObjectName(QStringLiteral("pipeline"));
}

Pipeline::~Pipeline() {
    stop();
    wait();
    {
        std::lock_guard lock(shared_->mutex);  // pairs with the worker's last lock
    }
    worker_.reset();  // after its thread ended: never deleted while its signals are in flight
}

void Pipeline::start(std::unique_ptr<Source> source, PipelineOptions options) {
    if (thread_.isRunning() || state() != State::Idle) return;  // one run per pipeline
    sourceName_ = QString::fromStdString(source->name());
    shared_->source = std::move(source);
    shared_->alert_risk = options.alert_risk;
    auto* worker = new PipelineWorker(databasePath_, model_, modelId_, shared_, options);
    worker_.reset(worker);
    worker->moveToThread(&thread_);
    connect(&thread_, &QThread::started, worker, &PipelineWorker::run);
    connect(worker, &PipelineWorker::stateChanged, this,
            [this](int s) { emit stateChanged(static_cast<State>(s)); });
    connect(worker, &PipelineWorker::batchesAvailable, this, &Pipeline::batchesAvailable);
    connect(worker, &PipelineWorker::failed, this, &Pipeline::failed);
    connect(worker, &PipelineWorker::finished, this, &Pipeline::finished);
    thread_.start();
}

void Pipeline::pause() {
    std::lock_guard lock(shared_->mutex);
    shared_->paused = true;
}

void Pipeline::resume() {
    {
        std::lock_guard lock(shared_->mutex);
        shared_->paused = false;
    }
    shared_->wake.notify_all();
}

void Pipeline::stop() {
    {
        std::lock_guard lock(shared_->mutex);
        if (shared_->stopping) return;
        shared_->stopping = true;
    }
    if (thread_.isRunning()) shared_->state = static_cast<int>(State::Stopping);
    shared_->wake.notify_all();
    if (shared_->source) shared_->source->stop();
}

void Pipeline::wait() {
    thread_.wait();
}

Pipeline::State Pipeline::state() const {
    return static_cast<State>(shared_->state.load());
}

QString Pipeline::sourceName() const {
    return sourceName_;
}

std::vector<PipelineBatch> Pipeline::takeBatches() {
    std::vector<PipelineBatch> out;
    {
        std::lock_guard lock(shared_->mutex);
        out.reserve(shared_->published.size());
        for (auto& batch : shared_->published) out.push_back(std::move(batch));
        shared_->published.clear();
        shared_->pending = 0;
        shared_->pendingRows = 0;
    }
    shared_->wake.notify_all();
    return out;
}

qint64 Pipeline::committedRows() const {
    return shared_->committed.load();
}

qint64 Pipeline::duplicateRows() const {
    return shared_->duplicates.load();
}

qint64 Pipeline::rejectedRows() const {
    return shared_->rejected.load();
}

bool Pipeline::isLagging() const {
    return shared_->lagging.load();
}

SourceStatus Pipeline::sourceStatus() const {
    // The source lives as long as shared_, and status() is thread-safe.
    return shared_->source ? shared_->source->status() : SourceStatus{};
}

qint64 Pipeline::droppedRows() const {
    return shared_->dropped.load();
}

std::size_t Pipeline::pendingBatches() const {
    return shared_->pending.load();
}

double Pipeline::alertThreshold() const {
    const double risk = shared_->alert_risk.load();
    if (risk >= 0.0) return risk;
    return model_ ? model_->alert_threshold() : -1.0;
}

void Pipeline::setAlertRisk(double risk) {
    shared_->alert_risk = risk;
}

}  // namespace fd

#include "pipeline.moc"
