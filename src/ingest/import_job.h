// Imports files into a database on a worker thread it owns, one file after another: the
// import wizard's engine (and the app bench's). Progress reaches the GUI thread at most
// about 25 times a second over the whole job, however many files or batches. A file-level
// error skips that file and goes on; cancel stops after the batch in hand, keeping what was
// committed (re-running the import adds the rest).
#pragma once

#include <QObject>
#include <QStringList>
#include <QThread>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "core/field_mapping.h"
#include "file_importer.h"

namespace fd {

// Bytes, rows and the rate are the current file's; the ETA is the whole job's.
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
    double eta_seconds = -1.0;  // -1: unknown (at the start, and while indexing)
    bool indexing = false;      // the file's rows are in; the card index is being rebuilt
};

class ImportJob : public QObject {
    Q_OBJECT

public:
    ImportJob(QString databasePath, QStringList files, std::optional<MappingProfile> mapping,
              QObject* parent = nullptr);
    ~ImportJob() override;  // cancels and joins

    // Who imports, for the audit log ("system" unless set); set it before start().
    void setActor(const QString& actor);
    void start();   // also after an earlier run finished; clears an earlier cancel
    void cancel();  // thread-safe; the job stops after the batch in hand
    bool isRunning() const;

signals:
    void progress(const fd::ImportJobProgress& progress);
    void fileFinished(const fd::ImportReport& report);  // one per file that ran
    // A file that could not be imported (message names it and says why); the job goes on.
    // `file` is the database path when the database itself cannot be opened.
    void fileFailed(const QString& file, const QString& message);
    // Always last. `cancelled`: a cancel cut a file short or left files unrun.
    void finished(bool cancelled);

private:
    void run();

    QString databasePath_;
    QStringList files_;
    std::optional<MappingProfile> mapping_;
    std::string actor_ = "system";
    std::atomic<bool> cancel_{false};
    std::mutex lastTouch_;  // the worker's last act; see run()
    std::unique_ptr<QThread> thread_;
};

}  // namespace fd

Q_DECLARE_METATYPE(fd::ImportJobProgress)
Q_DECLARE_METATYPE(fd::ImportReport)
