#include "demo_bootstrap.h"

#include <QDateTime>
#include <QPointer>

#include "i18n/core_text.h"
#include "ingest/demo_setup.h"
#include "storage/database.h"

namespace fd {
namespace {

QString stageText(std::string_view stage) {
    if (stage == "history") return DemoBootstrap::tr("Generating a demo history");
    return DemoBootstrap::tr("Training the model: %1").arg(translateCoreText(stage));
}

}  // namespace

DemoBootstrap::DemoBootstrap(QObject* parent) : QObject(parent) {}

DemoBootstrap::~DemoBootstrap() {
    cancel();
    if (thread_) thread_->wait();
}

bool DemoBootstrap::isRunning() const {
    return thread_ && thread_->isRunning();
}

void DemoBootstrap::cancel() {
    if (cancel_) *cancel_ = true;
}

void DemoBootstrap::start(const QString& databasePath, const DemoConfig& config) {
    if (isRunning()) return;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    QPointer<DemoBootstrap> self(this);
    auto cancelled = cancel_;
    thread_.reset(QThread::create([self, cancelled, databasePath, config] {
        QString error;
        try {
            Database db(databasePath.toStdString());
            // Progress is throttled to whole percents: a handful of signals, not thousands.
            int last = -1;
            QString lastStage;
            prepare_demo(db, config, QDateTime::currentMSecsSinceEpoch(),
                         [&](std::string_view stage, double fraction) {
                             const QString text = stageText(stage);
                             const int percent = static_cast<int>(fraction * 100);
                             if (self && (percent != last || text != lastStage)) {
                                 last = percent;
                                 lastStage = text;
                                 QMetaObject::invokeMethod(self, [self, text, fraction] {
                                     if (self) emit self->progress(text, fraction);
                                 });
                             }
                             return !*cancelled;
                         });
        } catch (const std::exception& e) {
            error = *cancelled ? tr("Cancelled") : translateCoreText(e.what());
        }
        QMetaObject::invokeMethod(self, [self, error] {
            if (self) emit self->finished(error.isEmpty(), error);
        });
    }));
    thread_->setObjectName(QStringLiteral("demo setup"));
    thread_->start();
}

}  // namespace fd
