#include "import_job.h"

#include <QElapsedTimer>
#include <QPointer>

#include "storage/database.h"

namespace fd {

ImportJob::ImportJob(QString databasePath, QStringList files, std::optional<MappingProfile> mapping,
                     QObject* parent)
    : QObject(parent),
      databasePath_(std::move(databasePath)),
      files_(std::move(files)),
      mapping_(std::move(mapping)) {
    qRegisterMetaType<fd::ImportJobProgress>();
    qRegisterMetaType<fd::ImportReport>();
}

ImportJob::~ImportJob() {
    cancel();
    if (thread_) thread_->wait();
}

void ImportJob::start() {
    if (isRunning()) return;
    cancel_ = false;
    thread_.reset(QThread::create([this] { run(); }));
    thread_->setObjectName(QStringLiteral("import"));
    thread_->start();
}

void ImportJob::cancel() {
    cancel_ = true;
}

bool ImportJob::isRunning() const {
    return thread_ && thread_->isRunning();
}

// On the worker thread. Signals are queued to the job's (GUI) thread.
void ImportJob::run() {
    ImportOptions options;
    options.mapping = mapping_;
    options.cancel = &cancel_;
    bool cancelled = false;
    try {
        Database db(databasePath_.toStdString());
        FileImporter importer(db);
        for (int i = 0; i < files_.size() && !cancel_; ++i) {
            const QString file = files_[i];
            try {
                const auto prepared = prepare_import(file.toStdString(), options);
                QElapsedTimer clock, sinceEmit;
                clock.start();
                sinceEmit.start();
                const auto report = importer.run(prepared, options, [&](const ImportProgress& p) {
                    // Coalesced: one update per 40 ms however many batches commit.
                    if (sinceEmit.elapsed() < 40 && !p.indexing && p.bytes_done < p.bytes_total)
                        return;
                    sinceEmit.restart();
                    ImportJobProgress out;
                    out.file_index = i;
                    out.file_count = static_cast<int>(files_.size());
                    out.file = file;
                    out.bytes_done = p.bytes_done;
                    out.bytes_total = p.bytes_total;
                    out.rows_read = p.counts.rows_read;
                    out.imported = p.counts.imported;
                    out.duplicates = p.counts.duplicates;
                    out.rejected = p.counts.rejected;
                    out.indexing = p.indexing;
                    const double seconds = clock.elapsed() / 1000.0;
                    if (seconds > 0.0) {
                        out.rows_per_second = static_cast<double>(p.counts.rows_read) / seconds;
                        if (p.bytes_done > 0 && p.bytes_total >= p.bytes_done)
                            out.eta_seconds = seconds *
                                              static_cast<double>(p.bytes_total - p.bytes_done) /
                                              static_cast<double>(p.bytes_done);
                    }
                    emit progress(out);
                });
                cancelled = cancelled || report.cancelled;
                emit fileFinished(report);
            } catch (const std::exception& e) {
                emit fileFailed(file, QString::fromStdString(e.what()));
            }
        }
    } catch (const std::exception& e) {
        emit fileFailed(databasePath_, QString::fromStdString(e.what()));
    }
    emit finished(cancelled || cancel_);
}

}  // namespace fd
