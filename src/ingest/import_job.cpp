#include "import_job.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <vector>

#include "storage/database.h"

namespace fd {
namespace {

// At most one progress signal per interval over the whole job (about 25 a second): a
// file's batches and a run of small files alike must not flood the GUI thread.
constexpr qint64 kProgressIntervalMs = 40;

quint64 fileSize(const QString& file) {
    return static_cast<quint64>(std::max<qint64>(0, QFileInfo(file).size()));
}

}  // namespace

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
    std::lock_guard lock(lastTouch_);  // pairs with the worker's last lock in run()
}

void ImportJob::setActor(const QString& actor) {
    actor_ = actor.isEmpty() ? std::string("system") : actor.toStdString();
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
    options.actor = actor_;
    const int fileCount = static_cast<int>(files_.size());
    std::vector<quint64> sizes;
    quint64 jobBytes = 0;
    for (const QString& file : files_) jobBytes += sizes.emplace_back(fileSize(file));
    quint64 bytesBefore = 0;            // of the files already imported or failed
    QElapsedTimer jobClock, sinceEmit;  // sinceEmit invalid: the first update goes out at once
    jobClock.start();
    bool cancelled = false;
    try {
        Database db(databasePath_.toStdString());
        FileImporter importer(db);
        int i = 0;
        for (; i < fileCount && !cancel_; ++i) {
            const QString file = files_[i];
            try {
                const auto prepared = prepare_import(file.toStdString(), options);
                QElapsedTimer fileClock;
                fileClock.start();
                const auto report = importer.run(prepared, options, [&](const ImportProgress& p) {
                    if (!p.indexing && sinceEmit.isValid() &&
                        sinceEmit.elapsed() < kProgressIntervalMs)
                        return;
                    sinceEmit.start();
                    ImportJobProgress out;
                    out.file_index = i;
                    out.file_count = fileCount;
                    out.file = file;
                    out.bytes_done = p.bytes_done;
                    out.bytes_total = p.bytes_total;
                    out.rows_read = p.counts.rows_read;
                    out.imported = p.counts.imported;
                    out.duplicates = p.counts.duplicates;
                    out.rejected = p.counts.rejected;
                    out.indexing = p.indexing;
                    const double fileSeconds = static_cast<double>(fileClock.elapsed()) / 1000.0;
                    if (fileSeconds > 0.0)
                        out.rows_per_second = static_cast<double>(p.counts.rows_read) / fileSeconds;
                    // Rebuilding the index takes a time the bytes do not tell.
                    const quint64 done = bytesBefore + p.bytes_done;
                    const quint64 total = jobBytes - sizes[std::size_t(i)] + p.bytes_total;
                    const double jobSeconds = static_cast<double>(jobClock.elapsed()) / 1000.0;
                    if (!p.indexing && done > 0 && total >= done && jobSeconds > 0.0)
                        out.eta_seconds = jobSeconds * static_cast<double>(total - done) /
                                          static_cast<double>(done);
                    emit progress(out);
                });
                cancelled = cancelled || report.cancelled;
                emit fileFinished(report);
            } catch (const std::exception& e) {
                emit fileFailed(file, QString::fromStdString(e.what()));
            }
            bytesBefore += sizes[std::size_t(i)];
        }
        // Files left unrun count as cancelled; a cancel after the last batch cut nothing.
        cancelled = cancelled || i < fileCount;
    } catch (const std::exception& e) {
        emit fileFailed(databasePath_, QString::fromStdString(e.what()));
    }
    emit finished(cancelled);
    // The worker's last touch of this object, under a std::mutex the destructor also takes:
    // a happens-before ThreadSanitizer can see (QThread::wait's is invisible to it, as
    // Debian's Qt is not instrumented).
    std::lock_guard lock(lastTouch_);
}

}  // namespace fd
