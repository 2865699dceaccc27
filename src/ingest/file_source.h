// file:///path/batch.csv: one transaction file in any supported format (?format= to force
// one, ?mapping= for a saved profile), read through a pipeline. Durable: rows are read only
// when the pipeline asks, and each file has an `imports` row whose counts and rejects
// commit with its rows, so a re-run stores only what is missing and counts the rest as
// duplicates. FileFeed is the part a drop folder shares: one file's reading and bookkeeping.
#pragma once

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/source_uri.h"
#include "file_importer.h"
#include "source.h"
#include "transaction_file_reader.h"

namespace fd {

// One file read in batches. The pipeline's rhythm drives it: store() runs inside each
// batch's SQLite transaction, committed() after it. Before any row the file's imports row
// is stored on its own (so the rows that follow can be counted against it); after the last
// row (or a failure) the row is finished in the transaction of the last batch.
class FileFeed {
public:
    enum class Outcome { Open, Imported, AlreadyImported, Failed };

    // Checks the file (prepare_import) and fingerprints it. A file-level problem does not
    // throw: error() holds the FileError's message and the feed records a failed import.
    // `skip_if_done`: a file whose SHA-256 already has a finished import is not read again.
    FileFeed(std::string path, const ImportOptions& options, bool skip_if_done);
    FileFeed(const FileFeed&) = delete;
    FileFeed& operator=(const FileFeed&) = delete;

    // Appends rows (and their rejects to `rejects`), at most `max_rows` lines in all.
    // Reads nothing while bookkeeping waits for a commit or once the file has ended.
    void read(std::vector<Transaction>& out, std::vector<Arrival>& arrivals,
              std::vector<SourceReject>& rejects, std::size_t max_rows);
    // Bookkeeping waits for the pipeline's next transaction (nothing to read until then).
    bool commit_pending() const;
    void store(Database& db);
    // Everything stored so far is committed; says how the file ended, or Open.
    Outcome committed();

    const std::string& path() const { return path_; }
    const std::string& error() const { return error_; }  // a file-level problem, or empty
    std::int64_t rows_read() const { return counts_.rows_read; }
    std::int64_t rejected() const { return counts_.rejected; }
    double fraction_read() const;  // 0..1 of the file's bytes

private:
    enum class Phase { Begin, Reading, Ended, Finished };
    void begin(Database& db);
    void account(Database& db);
    void finish(Database& db, ImportStatus status);

    std::string path_;
    bool skip_if_done_;
    std::unique_ptr<PreparedImport> prepared_;  // the reader keeps a reference to it
    std::unique_ptr<TransactionFileReader> reader_;
    std::string sha256_;
    std::string format_;
    std::int64_t size_bytes_ = 0;
    std::string error_;
    Phase phase_ = Phase::Begin;
    bool begin_stored_ = false;
    bool finish_stored_ = false;
    bool already_imported_ = false;
    std::int64_t import_id_ = 0;
    // Rows with a larger id are newer than the last commit of this feed (see account()).
    std::int64_t id_floor_ = 0;
    std::vector<std::string> pending_ids_;  // handed over since the last store()
    std::vector<RowError> pending_rejects_;
    ImportCounts counts_;  // including what is pending
    std::atomic<std::uint64_t> bytes_read_{0};
    std::chrono::steady_clock::time_point started_;
};

// What the file and folder sources share: a wait that stop() ends, the status snapshot
// other threads read, the rejects found since the pipeline last took them.
class FileReadingSource : public Source {
public:
    bool durable() const override { return true; }
    void stop() override;
    SourceStatus status() const override;
    void take_rejects(std::vector<SourceReject>& out) override;

protected:
    using Clock = std::chrono::steady_clock;
    // Waits until `until` or stop(); true once stopped.
    bool wait_until(Clock::time_point until);
    template <typename F>
    void update_status(F&& change) {
        std::lock_guard lock(status_mutex_);
        change(status_);
    }

    std::vector<SourceReject> rejects_;

private:
    std::mutex mutex_;  // guards stopping_
    std::condition_variable wake_;
    bool stopping_ = false;
    mutable std::mutex status_mutex_;
    SourceStatus status_;
};

class FileSource : public FileReadingSource {
public:
    // Throws std::runtime_error with the FileError's message when the file cannot be
    // imported at all, SourceUriError for a bad ?format=.
    explicit FileSource(const SourceUri& uri);

    std::string name() const override;
    bool next(std::vector<Transaction>& out, std::vector<Arrival>& arrivals, std::size_t max_rows,
              std::chrono::milliseconds max_wait) override;
    bool commit_pending() const override { return feed_->commit_pending(); }
    void store(Database& db) override { feed_->store(db); }
    void committed() override;

private:
    std::unique_ptr<FileFeed> feed_;
    FileFeed::Outcome outcome_ = FileFeed::Outcome::Open;
};

// The import options a file or folder URI asks for (?format=, ?mapping=). Throws
// SourceUriError for an unknown format, std::runtime_error for a profile that cannot load.
ImportOptions import_options_for(const SourceUri& uri);

}  // namespace fd
