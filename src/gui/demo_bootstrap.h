// First start: fills a new database with the demo's history and trains the default
// ensemble on a worker thread, reporting progress, so the window stays live meanwhile.
#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <atomic>
#include <memory>

#include "ingest/demo_setup.h"

namespace fd {

class DemoBootstrap : public QObject {
    Q_OBJECT

public:
    explicit DemoBootstrap(QObject* parent = nullptr);
    ~DemoBootstrap() override;  // cancels and joins

    void start(const QString& databasePath, const DemoConfig& config = {});
    void cancel();
    bool isRunning() const;

signals:
    void progress(const QString& stage, double fraction);
    void finished(bool ok, const QString& error);

private:
    std::unique_ptr<QThread> thread_;
    std::shared_ptr<std::atomic<bool>> cancel_;
};

}  // namespace fd
