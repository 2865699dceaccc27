#include "feed_controller.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <algorithm>
#include <utility>

#include "core/metrics/thresholds.h"
#include "ingest/active_model.h"
#include "ingest/demo_setup.h"
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

}  // namespace

FeedController::FeedController(QObject* parent) : QObject(parent) {
    drainTimer_.setSingleShot(true);
    drainTimer_.setInterval(kTickMs);
    connect(&drainTimer_, &QTimer::timeout, this, &FeedController::drain);
    clock_.setInterval(1000);
    connect(&clock_, &QTimer::timeout, this, &FeedController::updated);
    since_.start();
}

FeedController::~FeedController() = default;  // the pipeline stops and joins

void FeedController::setDatabase(const QString& path) {
    stop();
    pipeline_.reset();
    databasePath_ = path;
    stats_.clear();
    emit updated();
}

void FeedController::startDemo() {
    if (isActive() || loading_ || databasePath_.isEmpty()) return;
    loading_ = true;
    emit stateChanged();
    // Reading and validating the model bundle is real work: off the GUI thread.
    QPointer<FeedController> self(this);
    const QString path = databasePath_;
    const DemoConfig config = demoConfig_;
    const int budget = alertBudget_;
    QThreadPool::globalInstance()->start([self, path, config, budget] {
        std::optional<ActiveModel> active;
        auto source = std::make_shared<std::unique_ptr<Source>>();
        QString failure;
        double budgetThreshold = -1.0;
        try {
            Database db(path.toStdString());
            active = load_active_model(db);
            *source = make_demo_feed(config, db);
            if (active && budget > 0) budgetThreshold = thresholdForBudget(db, active->id, budget);
        } catch (const std::exception& e) {
            failure = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(qApp, [self, path, active, source, failure, budgetThreshold] {
            if (!self || self->databasePath_ != path) return;
            self->loading_ = false;
            if (!failure.isEmpty()) {
                emit self->error(tr("Cannot start the demo feed: %1").arg(failure));
                emit self->stateChanged();
                return;
            }
            self->budgetThreshold_ = budgetThreshold;
            self->launch(std::move(*source), active ? active->model : nullptr,
                         active ? active->id : 0);
        });
    });
}

void FeedController::launch(std::unique_ptr<Source> source,
                            std::shared_ptr<const EnsembleModel> model, qint64 modelId) {
    pipeline_ = std::make_unique<Pipeline>(databasePath_, std::move(model), modelId);
    connect(pipeline_.get(), &Pipeline::batchesAvailable, this, [this] {
        if (!drainTimer_.isActive()) drainTimer_.start();
    });
    connect(pipeline_.get(), &Pipeline::stateChanged, this, &FeedController::stateChanged);
    connect(pipeline_.get(), &Pipeline::failed, this, &FeedController::error);
    connect(pipeline_.get(), &Pipeline::finished, this, [this](qint64 committed) {
        drain();
        clock_.stop();
        emit stateChanged();
        emit stopped(committed);
        if (std::exchange(restartWhenStopped_, false))
            QMetaObject::invokeMethod(this, &FeedController::startDemo, Qt::QueuedConnection);
    });
    PipelineOptions options;
    options.alert_risk = effectiveAlertRisk();
    pipeline_->start(std::move(source), options);
    clock_.start();
    emit stateChanged();
}

void FeedController::drain() {
    if (!pipeline_) return;
    auto batches = pipeline_->takeBatches();
    if (batches.empty()) return;
    for (auto& batch : batches) stats_.add(batch, second());
    emit rowsStored();
    emit updated();
}

std::int64_t FeedController::second() const {
    return since_.elapsed() / 1000;
}

void FeedController::pause() {
    if (pipeline_) pipeline_->pause();
}

void FeedController::resume() {
    if (pipeline_) pipeline_->resume();
}

void FeedController::stop() {
    restartWhenStopped_ = false;
    if (pipeline_) pipeline_->stop();
}

void FeedController::setAlertOverride(double risk) {
    alertOverride_ = risk;
    if (pipeline_) pipeline_->setAlertRisk(effectiveAlertRisk());
}

void FeedController::setAlertBudget(int alertsPerDay) {
    if (alertsPerDay == alertBudget_) return;
    alertBudget_ = alertsPerDay;
    budgetThreshold_ = -1.0;  // learnt again from recent scores when the feed next starts
    if (pipeline_) pipeline_->setAlertRisk(effectiveAlertRisk());
}

double FeedController::effectiveAlertRisk() const {
    if (alertOverride_ >= 0.0) return alertOverride_;
    return alertBudget_ > 0 ? budgetThreshold_ : -1.0;
}

void FeedController::reloadModel() {
    if (!isActive()) return;
    pipeline_->stop();
    restartWhenStopped_ = true;  // finished() starts it again
}

bool FeedController::isActive() const {
    if (!pipeline_) return false;
    const auto s = pipeline_->state();
    return s != Pipeline::State::Finished && s != Pipeline::State::Failed;
}

bool FeedController::isPaused() const {
    return pipeline_ && pipeline_->state() == Pipeline::State::Paused;
}

QString FeedController::stateText() const {
    if (loading_) return tr("Feed: loading the model…");
    if (!pipeline_) return tr("Feed: stopped");
    switch (pipeline_->state()) {
        case Pipeline::State::Idle:
        case Pipeline::State::WarmingUp:
            return tr("Feed: %1, reading recent history…").arg(pipeline_->sourceName());
        case Pipeline::State::Running:
            return tr("Feed: %1").arg(pipeline_->sourceName());
        case Pipeline::State::Paused:
            return tr("Feed: %1, paused").arg(pipeline_->sourceName());
        case Pipeline::State::Stopping:
            return tr("Feed: stopping…");
        case Pipeline::State::Finished:
            return tr("Feed: stopped");
        case Pipeline::State::Failed:
            return tr("Feed: failed");
    }
    return {};
}

double FeedController::rate() const {
    return stats_.rate(second(), 5);
}

qint64 FeedController::dropped() const {
    return pipeline_ ? pipeline_->droppedRows() : 0;
}

std::size_t FeedController::queueDepth() const {
    return pipeline_ ? pipeline_->pendingBatches() : 0;
}

double FeedController::alertThreshold() const {
    if (const double risk = effectiveAlertRisk(); risk >= 0.0) return risk;
    return pipeline_ ? pipeline_->alertThreshold() : -1.0;
}

}  // namespace fd
