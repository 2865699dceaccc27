#include "feed_controller.h"

#include <QLocale>
#include <algorithm>
#include <utility>

#include "core/source_uri.h"
#include "ingest/source_factory.h"
#include "storage/database.h"

namespace fd {

FeedController::FeedController(QObject* parent) : QObject(parent) {
    drainTimer_.setSingleShot(true);
    drainTimer_.setInterval(kTickMs);
    connect(&drainTimer_, &QTimer::timeout, this, &FeedController::drain);
    clock_.setInterval(1000);
    connect(&clock_, &QTimer::timeout, this, &FeedController::updated);
    since_.start();
}

FeedController::~FeedController() {
    // Whoever listens (the window) may be half destroyed by now: nothing more is said.
    blockSignals(true);
    for (auto* list : {&runners_, &retiring_})
        for (SourceRunner* r : *list) r->disconnect(this);
    // Every pipeline is asked to stop first, so they end together; deleting joins them.
    for (SourceRunner* r : runners_) r->stop();
    for (SourceRunner* r : runners_) delete r;
    for (SourceRunner* r : retiring_) delete r;
}

void FeedController::setDatabase(const QString& path) {
    std::vector<SourceRunner*> gone;
    gone.swap(runners_);
    gone.insert(gone.end(), retiring_.begin(), retiring_.end());
    retiring_.clear();
    for (SourceRunner* r : gone) {
        r->disconnect(this);
        r->stop();
    }
    for (SourceRunner* r : gone) {
        const int id = r->id();
        delete r;
        emit sourceRemoved(id);
    }
    demoId_ = -1;
    clock_.stop();
    databasePath_ = path;
    stats_.clear();
    emit stateChanged();
    emit updated();
}

SourceRunner* FeedController::add(const QString& name, const QString& uri, const QString& kind,
                                  SourceOpener opener) {
    auto* r = new SourceRunner(nextId_++, name, uri, kind, std::move(opener), this);
    connect(r, &SourceRunner::batchesAvailable, this, [this] {
        if (!drainTimer_.isActive()) drainTimer_.start();
    });
    connect(r, &SourceRunner::changed, this, &FeedController::stateChanged);
    connect(r, &SourceRunner::opened, this, [this, r](double budgetThreshold) {
        if (alertBudget_ > 0) budgetThreshold_ = budgetThreshold;
        PipelineOptions options;
        options.alert_risk = effectiveAlertRisk();
        r->launch(databasePath_, options);
        // A budget risk learnt just now holds for every running source.
        for (SourceRunner* other : runners_)
            if (other->pipeline()) other->pipeline()->setAlertRisk(options.alert_risk);
        clock_.start();
        emit sourceOpened(r->id());
    });
    connect(r, &SourceRunner::openFailed, this, [this, r](const QString& message) {
        emit error(tr("Cannot start %1: %2").arg(r->name(), message));
        emit sourceOpenFailed(r->id(), message);
    });
    connect(r, &SourceRunner::failed, this, [this, r](const QString& message) {
        emit error(tr("%1 failed: %2").arg(r->name(), message));
    });
    connect(r, &SourceRunner::finished, this, [this, r](qint64 committed) {
        drainRunner(r);
        if (active().empty()) clock_.stop();
        emit stateChanged();
        emit stopped(r->name(), committed);
        // A removed source goes once its pipeline has ended.
        if (const auto it = std::find(retiring_.begin(), retiring_.end(), r);
            it != retiring_.end()) {
            retiring_.erase(it);
            r->deleteLater();
        }
    });
    connect(r, &SourceRunner::restartRequested, this, [this, r] { startSource(r->id()); });
    runners_.push_back(r);
    emit sourceAdded(r->id());
    return r;
}

int FeedController::addSource(const QString& name, const QString& uri, const QString& kind,
                              SourceOpener opener) {
    return add(name, uri, kind, std::move(opener))->id();
}

int FeedController::connectSource(const QString& uri) {
    const SourceUri parsed = parse_source_uri(uri.toStdString());  // throws SourceUriError
    int id = sourceId(uri);
    if (id < 0) {
        id = addSource({}, uri, QString::fromUtf8(source_kind_name(parsed.kind)),
                       [parsed](Database&) { return open_source(parsed); });
    }
    startSource(id);
    return id;
}

void FeedController::startDemo() {
    if (databasePath_.isEmpty()) return;
    SourceRunner* demo = runner(demoId_);
    if (demo && demo->isActive()) return;
    if (!demo) {
        demoId_ = nextId_;  // known before sourceAdded is emitted
        demo = add(tr("demo feed"), {}, QStringLiteral("demo"), {});
    }
    // The configuration in effect now; the feed continues after the newest stored row.
    demo->setOpener([config = demoConfig_](Database& db) { return make_demo_feed(config, db); });
    startSource(demoId_);
}

void FeedController::startSource(int id) {
    if (SourceRunner* r = runner(id); r && !databasePath_.isEmpty())
        r->open(databasePath_, alertBudget_);
}

void FeedController::pauseSource(int id) {
    if (SourceRunner* r = runner(id)) r->pause();
}

void FeedController::resumeSource(int id) {
    if (SourceRunner* r = runner(id)) r->resume();
}

void FeedController::stopSource(int id) {
    if (SourceRunner* r = runner(id)) r->stop();
}

void FeedController::removeSource(int id) {
    const auto it = std::find_if(runners_.begin(), runners_.end(),
                                 [id](SourceRunner* r) { return r->id() == id; });
    if (it == runners_.end()) return;
    SourceRunner* r = *it;
    runners_.erase(it);
    if (id == demoId_) demoId_ = -1;
    const bool ending = r->pipeline() && r->isActive() && r->phase() != SourceInfo::Phase::Opening;
    r->stop();
    // A running pipeline ends on its own thread (finishing the batch in hand) rather than
    // blocking the GUI thread in its destructor.
    if (ending)
        retiring_.push_back(r);
    else
        r->deleteLater();
    emit sourceRemoved(id);
    emit stateChanged();
}

int FeedController::sourceId(const QString& uri) const {
    if (uri.isEmpty()) return -1;
    for (const SourceRunner* r : runners_)
        if (r->uri() == uri) return r->id();
    return -1;
}

SourceRunner* FeedController::runner(int id) const {
    for (SourceRunner* r : runners_)
        if (r->id() == id) return r;
    return nullptr;
}

std::vector<SourceInfo> FeedController::sources() const {
    std::vector<SourceInfo> out;
    out.reserve(runners_.size());
    const std::int64_t now = second();
    for (const SourceRunner* r : runners_) out.push_back(r->info(now));
    return out;
}

std::vector<SourceRunner*> FeedController::active() const {
    std::vector<SourceRunner*> out;
    for (SourceRunner* r : runners_)
        if (r->isActive()) out.push_back(r);
    return out;
}

void FeedController::drain() {
    bool any = false;
    const std::int64_t now = second();
    for (auto* list : {&runners_, &retiring_}) {
        for (SourceRunner* r : *list) {
            for (const auto& batch : r->takeBatches(now)) {
                stats_.add(batch, now);
                any = true;
            }
        }
    }
    if (!any) return;
    emit rowsStored();
    emit updated();
}

void FeedController::drainRunner(SourceRunner* runner) {
    const std::int64_t now = second();
    auto batches = runner->takeBatches(now);
    if (batches.empty()) return;
    for (const auto& batch : batches) stats_.add(batch, now);
    emit rowsStored();
    emit updated();
}

std::int64_t FeedController::second() const {
    return since_.elapsed() / 1000;
}

void FeedController::pause() {
    for (SourceRunner* r : runners_) r->pause();
}

void FeedController::resume() {
    for (SourceRunner* r : runners_) r->resume();
}

void FeedController::stop() {
    for (SourceRunner* r : runners_) r->stop();
}

void FeedController::setAlertOverride(double risk) {
    alertOverride_ = risk;
    for (SourceRunner* r : runners_)
        if (r->pipeline()) r->pipeline()->setAlertRisk(effectiveAlertRisk());
}

void FeedController::setAlertBudget(int alertsPerDay) {
    if (alertsPerDay == alertBudget_) return;
    alertBudget_ = alertsPerDay;
    budgetThreshold_ = -1.0;  // learnt again from recent scores when a feed next starts
    for (SourceRunner* r : runners_)
        if (r->pipeline()) r->pipeline()->setAlertRisk(effectiveAlertRisk());
}

double FeedController::effectiveAlertRisk() const {
    if (alertOverride_ >= 0.0) return alertOverride_;
    return alertBudget_ > 0 ? budgetThreshold_ : -1.0;
}

void FeedController::reloadModel() {
    for (SourceRunner* r : active()) r->restart();
}

bool FeedController::isActive() const {
    return !active().empty();
}

bool FeedController::isDemoActive() const {
    const SourceRunner* demo = runner(demoId_);
    return demo && demo->isActive();
}

bool FeedController::isPaused() const {
    const auto list = active();
    return !list.empty() && std::all_of(list.begin(), list.end(), [](const SourceRunner* r) {
        return r->phase() == SourceInfo::Phase::Paused;
    });
}

QString FeedController::stateText() const {
    using Phase = SourceInfo::Phase;
    const auto list = active();
    if (list.empty()) {
        const bool failed = std::any_of(runners_.begin(), runners_.end(),
                                        [](const auto* r) { return r->phase() == Phase::Failed; });
        return failed ? tr("Feed: failed") : tr("Feed: stopped");
    }
    if (list.size() > 1) {
        const auto paused = std::count_if(
            list.begin(), list.end(), [](const auto* r) { return r->phase() == Phase::Paused; });
        return paused ? tr("Feed: %1 sources, %2 paused").arg(list.size()).arg(paused)
                      : tr("Feed: %1 sources").arg(list.size());
    }
    const SourceRunner* r = list.front();
    switch (r->phase()) {
        case Phase::Opening:
            return tr("Feed: starting %1…").arg(r->name());
        case Phase::Running:
            return r->pipeline()->state() == Pipeline::State::Running
                       ? tr("Feed: %1").arg(r->name())
                       : tr("Feed: %1, reading recent history…").arg(r->name());
        case Phase::Paused:
            return tr("Feed: %1, paused").arg(r->name());
        case Phase::Stopping:
            return tr("Feed: stopping…");
        case Phase::Stopped:
        case Phase::Failed:
            break;
    }
    return tr("Feed: stopped");
}

double FeedController::rate() const {
    return stats_.rate(second(), 5);
}

qint64 FeedController::dropped() const {
    qint64 total = 0;
    for (const SourceRunner* r : runners_)
        if (r->pipeline()) total += r->pipeline()->droppedRows();
    return total;
}

std::size_t FeedController::queueDepth() const {
    std::size_t total = 0;
    for (const SourceRunner* r : runners_)
        if (r->pipeline()) total += r->pipeline()->pendingBatches();
    return total;
}

double FeedController::alertThreshold() const {
    if (const double risk = effectiveAlertRisk(); risk >= 0.0) return risk;
    for (const SourceRunner* r : runners_)
        if (r->pipeline()) return r->pipeline()->alertThreshold();
    return -1.0;
}

}  // namespace fd
