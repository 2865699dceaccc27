#include "source_runner.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>
#include <algorithm>
#include <optional>

#include "core/metrics/thresholds.h"
#include "i18n/core_text.h"
#include "ingest/active_model.h"
#include "storage/database.h"

namespace fd {

namespace {

// The risk at which the last week of the model's scores gave `alertsPerDay` alerts a day;
// -1 with less than a day of scores to learn from (the model's own threshold then holds).
double thresholdForBudget(Database& db, std::int64_t modelId, int alertsPerDay) {
    Statement s = db.prepare(
        "SELECT s.risk, t.ts_ms FROM scores s JOIN transactions t ON t.id = s.transaction_id "
        "WHERE s.model_id = ?1 AND t.ts_ms >= (SELECT max(ts_ms) FROM transactions) - "
        "7 * 86400000");
    s.bind(1, modelId);
    std::vector<double> risks;
    std::vector<std::int64_t> times;
    while (s.step()) {
        risks.push_back(s.column_double(0));
        times.push_back(s.column_int64(1));
    }
    if (risks.empty()) return -1.0;
    const auto [lo, hi] = std::minmax_element(times.begin(), times.end());
    if (*hi - *lo < 86'400'000) return -1.0;
    return threshold_for_alerts_per_day(risks, times, alertsPerDay);
}

// What the pool thread hands back to the GUI thread.
struct OpenResult {
    std::unique_ptr<Source> source;
    std::optional<ActiveModel> active;
    double budgetThreshold = -1.0;
    QString failure;
};

constexpr int kRateSeconds = 5;

}  // namespace

SourceRunner::SourceRunner(int id, QString name, QString uri, QString kind, SourceOpener opener,
                           QObject* parent)
    : QObject(parent),
      id_(id),
      name_(std::move(name)),
      uri_(std::move(uri)),
      kind_(std::move(kind)),
      opener_(std::move(opener)) {}

SourceRunner::~SourceRunner() = default;

QString SourceRunner::name() const {
    if (!name_.isEmpty()) return name_;
    if (pipeline_) return pipeline_->sourceName();
    return uri_;
}

void SourceRunner::open(const QString& databasePath, int alertBudget) {
    if (isActive()) return;
    opening_ = true;
    error_.clear();
    const int generation = ++openGeneration_;
    emit changed();
    QPointer<SourceRunner> self(this);
    auto result = std::make_shared<OpenResult>();
    QThreadPool::globalInstance()->start([self, result, generation, opener = opener_,
                                          path = databasePath.toStdString(), alertBudget] {
        try {
            Database db(path);
            result->active = load_active_model(db);
            if (result->active && alertBudget > 0)
                result->budgetThreshold = thresholdForBudget(db, result->active->id, alertBudget);
            result->source = opener(db);
        } catch (const std::exception& e) {
            result->failure = translateCoreText(e.what());
        }
        QMetaObject::invokeMethod(qApp, [self, result, generation] {
            // Removed, stopped or restarted meanwhile: the source closes with `result`.
            if (!self || generation != self->openGeneration_) return;
            self->opening_ = false;
            if (!result->failure.isEmpty()) {
                self->error_ = result->failure;
                emit self->changed();
                emit self->openFailed(result->failure);
                return;
            }
            self->opened_ = std::move(result->source);
            self->model_ = result->active ? result->active->model : nullptr;
            self->modelId_ = result->active ? result->active->id : 0;
            emit self->opened(result->budgetThreshold);
        });
    });
}

void SourceRunner::launch(const QString& databasePath, PipelineOptions options) {
    if (!opened_) return;
    retirePipeline();
    stoppedByUser_ = false;
    pauseRequested_ = false;
    pipeline_ = std::make_unique<Pipeline>(databasePath, std::move(model_), modelId_);
    connect(pipeline_.get(), &Pipeline::batchesAvailable, this, &SourceRunner::batchesAvailable);
    connect(pipeline_.get(), &Pipeline::stateChanged, this, &SourceRunner::changed);
    connect(pipeline_.get(), &Pipeline::failed, this, [this](const QString& message) {
        error_ = message;
        emit failed(message);
    });
    connect(pipeline_.get(), &Pipeline::finished, this, [this](qint64 committed) {
        emit changed();
        emit finished(committed);
        if (std::exchange(restartWhenStopped_, false)) emit restartRequested();
    });
    pipeline_->start(std::move(opened_), options);
    emit changed();
}

// The counts of an ended run carry over into the next one.
void SourceRunner::retirePipeline() {
    if (!pipeline_) return;
    const SourceStatus status = pipeline_->sourceStatus();
    before_.stored += pipeline_->committedRows();
    before_.rejects += pipeline_->rejectedRows();
    before_.reconnects += status.reconnects;
    before_.dropped += std::max<std::int64_t>(pipeline_->droppedRows(), status.dropped);
    if (name_.isEmpty()) name_ = pipeline_->sourceName();
    pipeline_.reset();  // it has ended: nothing to join
}

void SourceRunner::pause() {
    if (phase() != SourceInfo::Phase::Running) return;
    pauseRequested_ = true;
    pipeline_->pause();
    emit changed();
}

void SourceRunner::resume() {
    if (!pipeline_ || !pauseRequested_) return;
    pauseRequested_ = false;
    pipeline_->resume();
    emit changed();
}

void SourceRunner::stop() {
    restartWhenStopped_ = false;
    if (opening_) {
        ++openGeneration_;  // the pool thread's result is dropped when it comes back
        opening_ = false;
        emit changed();
        return;
    }
    if (!pipeline_ || !isActive()) return;
    stoppedByUser_ = true;
    pipeline_->stop();
    emit changed();
}

void SourceRunner::restart() {
    if (opening_) {
        stop();  // what is being opened may hold the old model
        emit restartRequested();
    } else if (pipeline_ && isActive()) {
        pipeline_->stop();
        restartWhenStopped_ = true;
    }
}

SourceInfo::Phase SourceRunner::phase() const {
    using Phase = SourceInfo::Phase;
    if (opening_) return Phase::Opening;
    // An open that failed after an earlier run: the error, not the old run, holds.
    if (!pipeline_ || (!error_.isEmpty() && pipeline_->state() == Pipeline::State::Finished))
        return error_.isEmpty() ? Phase::Stopped : Phase::Failed;
    switch (pipeline_->state()) {
        case Pipeline::State::Idle:
        case Pipeline::State::WarmingUp:
        case Pipeline::State::Running:
            return pauseRequested_ ? Phase::Paused : Phase::Running;
        case Pipeline::State::Paused:
            return Phase::Paused;
        case Pipeline::State::Stopping:
            return Phase::Stopping;
        case Pipeline::State::Finished:
            return Phase::Stopped;
        case Pipeline::State::Failed:
            return Phase::Failed;
    }
    return Phase::Stopped;
}

bool SourceRunner::isActive() const {
    const auto p = phase();
    return p != SourceInfo::Phase::Stopped && p != SourceInfo::Phase::Failed;
}

std::vector<PipelineBatch> SourceRunner::takeBatches(std::int64_t second) {
    if (!pipeline_) return {};
    auto batches = pipeline_->takeBatches();
    std::int64_t rows = 0;
    for (const auto& batch : batches) rows += static_cast<std::int64_t>(batch.rows.size());
    if (rows > 0) rowsPerSecond_[second] += rows;
    // Only the last few seconds count.
    rowsPerSecond_.erase(rowsPerSecond_.begin(), rowsPerSecond_.lower_bound(second - kRateSeconds));
    return batches;
}

// Rows per second over the last complete seconds, as the monitor counts its rate.
double SourceRunner::rate(std::int64_t second) const {
    std::int64_t rows = 0;
    for (const auto& [s, n] : rowsPerSecond_)
        if (s < second && s >= second - kRateSeconds) rows += n;
    return static_cast<double>(rows) / kRateSeconds;
}

SourceInfo SourceRunner::info(std::int64_t second) const {
    using Phase = SourceInfo::Phase;
    SourceInfo out;
    out.id = id_;
    out.name = name();
    out.uri = uri_;
    out.kind = kind_;
    out.phase = phase();
    out.rate = rate(second);
    Totals now = before_;
    SourceStatus status;
    if (pipeline_) {
        status = pipeline_->sourceStatus();
        now.stored += pipeline_->committedRows();
        now.rejects += pipeline_->rejectedRows();
        now.reconnects += status.reconnects;
        now.dropped += std::max<std::int64_t>(pipeline_->droppedRows(), status.dropped);
    }
    out.stored = now.stored;
    out.rejects = now.rejects;
    out.reconnects = now.reconnects;
    out.dropped = now.dropped;
    const bool running = out.phase == Phase::Running;
    out.lagging = running && pipeline_->isLagging();
    out.lag = running && status.backlog >= 0 ? QStringLiteral("%1 %2")
                                                   .arg(QLocale().toString(qint64(status.backlog)),
                                                        translateCoreText(status.backlog_unit))
                                                   .trimmed()
                                             : QStringLiteral("–");
    const QString said = translateCoreText(status.state);
    switch (out.phase) {
        case Phase::Stopped:
            out.state = pipeline_ && !stoppedByUser_ ? tr("ended") : tr("stopped");
            break;
        case Phase::Opening:
            out.state = tr("opening…");
            break;
        case Phase::Running:
            if (pipeline_->state() != Pipeline::State::Running)
                out.state = tr("warming up");
            else if (out.lagging)
                out.state = said.isEmpty() ? tr("lagging") : tr("lagging, %1").arg(said);
            else
                out.state = said.isEmpty() ? tr("running") : said;
            break;
        case Phase::Paused:
            out.state =
                pipeline_->state() == Pipeline::State::Paused ? tr("paused") : tr("pausing…");
            break;
        case Phase::Stopping:
            out.state = tr("stopping…");
            break;
        case Phase::Failed:
            out.state = tr("failed: %1").arg(error_);
            break;
    }
    return out;
}

}  // namespace fd
