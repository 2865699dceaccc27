// Imports files into a database on a worker thread it owns, one file after another: the
// import wizard's engine (and the app bench's). Progress reaches the GUI thread at most
// about 25 times a second. A file-level error skips that file and goes on; cancel stops
// after the batch in hand, keeping what was committed (re-running the import adds the
// rest).
#pragma once

#include <QObject>
#include <QStringList>
#include <QThread>
#include <atomic>
#include <memory>
#include <optional>

#include "core/field_mapping.h"
#include "file_importer.h"

namespace fd {

struct ImportJobProgress {
    int file_index = 0;  // 0-based
    int file_count = 0;
    QString file;
    quint64 bytes_done = 0;
    quint64 bytes_total = 0;
    qint64 rows_read = 0;
    qint64 imported = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    double rows_per_second = 0.0;
    double eta_seconds = -1.0;  // unknown
    bool indexing = false;
};

class ImportJob : public QObject {
    Q_OBJECT

public:
    ImportJob(QString databasePath, QStringList files, std::optional<MappingProfile> mapping,
              QObject* parent = nullptr);
    ~ImportJob() override;  // cancels and joins

    void start();
    void cancel();
    bool isRunning() const;

signals:
    void progress(const fd::ImportJobProgress& progress);
    void fileFinished(const fd::ImportReport& report);
    void fileFailed(const QString& file, const QString& message);
    void finished(bool cancelled);  // always last

private:
    void run();

    QString databasePath_;
    QStringList files_;
    std::optional<MappingProfile> mapping_;
    std::atomic<bool> cancel_{false};
    std::unique_ptr<QThread> thread_;
};

}  // namespace fd

Q_DECLARE_METATYPE(fd::ImportJobProgress)
Q_DECLARE_METATYPE(fd::ImportReport)
