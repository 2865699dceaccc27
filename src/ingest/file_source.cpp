#include "file_source.h"
#include "core/tr_mark.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/sha256.h"
#include "source_factory.h"
#include "storage/audit_log.h"

namespace fd {
namespace {

std::int64_t now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string file_name(const std::string& path) {
    return std::filesystem::path(path).filename().string();
}

std::string percent(double fraction) {
    return std::to_string(static_cast<int>(fraction * 100.0));
}

}  // namespace

ImportOptions import_options_for(const SourceUri& uri) {
    ImportOptions options;
    const std::string format = uri.param("format", "auto");
    try {
        options.format = input_format_from_name(format);
    } catch (const std::invalid_argument&) {
        throw SourceUriError(fill_text(
            FD_TR("core/Import", "Source '%1': format must be auto, csv, json or ndjson, not '%2'"),
            {uri.text, format}));
    }
    options.mapping = mapping_for(uri);
    return options;
}

// ---------------------------------------------------------------------------------------
// FileFeed

FileFeed::FileFeed(std::string path, const ImportOptions& options, bool skip_if_done)
    : path_(std::move(path)),
      skip_if_done_(skip_if_done),
      started_(std::chrono::steady_clock::now()) {
    try {
        prepared_ = std::make_unique<PreparedImport>(prepare_import(path_, options));
        format_ = std::string(input_format_name(prepared_->format));
        size_bytes_ = static_cast<std::int64_t>(prepared_->size_bytes);
        reader_ = std::make_unique<TransactionFileReader>(*prepared_);
        sha256_ = sha256_file(path_);
    } catch (const FileError& e) {
        error_ = e.what();
        reader_.reset();
        std::error_code ec;
        const auto size = std::filesystem::file_size(path_, ec);
        if (!ec) size_bytes_ = static_cast<std::int64_t>(size);
        try {
            if (sha256_.empty()) sha256_ = sha256_file(path_);
        } catch (const FileError&) {
            // Unreadable: the message above already says so.
        }
    }
}

void FileFeed::read(std::vector<Transaction>& out, std::vector<Arrival>& arrivals,
                    std::vector<SourceReject>& rejects, std::size_t max_rows) {
    if (phase_ != Phase::Reading) return;
    const auto now = std::chrono::steady_clock::now();
    Transaction row;
    RowError error;
    try {
        for (std::size_t lines = 0; lines < max_rows; ++lines) {
            const auto next = reader_->next(row, error);
            if (next == TransactionFileReader::Next::End) {
                phase_ = Phase::Ended;
                break;
            }
            ++counts_.rows_read;
            if (next == TransactionFileReader::Next::Row) {
                pending_ids_.push_back(row.id);
                out.push_back(std::move(row));
                arrivals.push_back({now});
            } else {
                ++counts_.rejected;
                rejects.push_back({path_, 0, error});
                pending_rejects_.push_back(std::move(error));
            }
        }
    } catch (const FileError& e) {
        // Unreadable mid-way: what was read stays, the import is recorded as failed.
        error_ = e.what();
        phase_ = Phase::Ended;
    }
    bytes_read_ = reader_->bytes_read();
    if (phase_ == Phase::Ended) reader_.reset();  // closes the file before it is moved
}

bool FileFeed::commit_pending() const {
    return (phase_ == Phase::Begin && !begin_stored_) ||
           (phase_ == Phase::Ended && !finish_stored_) || !pending_ids_.empty() ||
           !pending_rejects_.empty();
}

void FileFeed::store(Database& db) {
    if (phase_ == Phase::Begin) {
        if (!begin_stored_) begin(db);
        return;
    }
    account(db);
    if (phase_ == Phase::Ended && !finish_stored_)
        finish(db, error_.empty() ? ImportStatus::Done : ImportStatus::Failed);
}

void FileFeed::begin(Database& db) {
    begin_stored_ = true;
    if (skip_if_done_ && !sha256_.empty()) {
        Statement done =
            db.prepare("SELECT count(*) FROM imports WHERE sha256 = ?1 AND status = 'done'");
        done.bind(1, sha256_);
        if (done.step() && done.column_int64(0) > 0) {
            already_imported_ = true;
            return;
        }
    }
    // An import of the same content left 'running' was cut short (the process stopped or
    // died); this one takes over, counting what that one stored as duplicates.
    if (!sha256_.empty()) {
        db.prepare(
              "UPDATE imports SET status = 'cancelled', finished_ms = ?2 "
              "WHERE status = 'running' AND sha256 = ?1")
            .bind(1, sha256_)
            .bind(2, now_ms())
            .step();
    }
    import_id_ = ImportStore(db).begin(path_, sha256_, size_bytes_, format_, now_ms());
    id_floor_ = db.query_int64("SELECT coalesce(max(id), 0) FROM transactions");
    if (!error_.empty()) finish(db, ImportStatus::Failed);
}

// Which of the rows handed over since the last store() this batch stored: the pipeline
// inserted them with no import id, so tagging them with ours finds exactly the new ones.
// A duplicate is either tagged already (an earlier import of these ids) or older than
// id_floor_ (stored by a live feed before this batch). Only a row with the same id that
// another writer stored between two of our batches could be taken for ours.
void FileFeed::account(Database& db) {
    if (pending_ids_.empty() && pending_rejects_.empty()) return;
    Statement tag = db.prepare(
        "UPDATE transactions SET import_id = ?1 WHERE ext_id = ?2 AND import_id IS NULL AND "
        "id > ?3");
    std::int64_t imported = 0;
    for (const auto& id : pending_ids_) {
        tag.reset();
        tag.bind(1, import_id_).bind(2, id).bind(3, id_floor_);
        tag.step();
        imported += db.changes();
    }
    tag.reset();
    counts_.imported += imported;
    counts_.duplicates += static_cast<std::int64_t>(pending_ids_.size()) - imported;
    ImportStore imports(db);
    imports.add_rejects(import_id_, pending_rejects_);
    imports.update_counts(import_id_, counts_);
    id_floor_ = db.query_int64("SELECT coalesce(max(id), 0) FROM transactions");
    pending_ids_.clear();
    pending_rejects_.clear();
}

// The imports row's end and its audit entry, in the batch's transaction, like an import
// from the app or `frauddesk-cli import`.
void FileFeed::finish(Database& db, ImportStatus status) {
    finish_stored_ = true;
    const std::int64_t at = now_ms();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    ImportStore(db).finish(import_id_, status, counts_, at, seconds);
    nlohmann::ordered_json details = {{"path", path_},
                                      {"import_id", import_id_},
                                      {"format", format_},
                                      {"sha256", sha256_},
                                      {"status", import_status_name(status)},
                                      {"rows_read", counts_.rows_read},
                                      {"imported", counts_.imported},
                                      {"duplicates", counts_.duplicates},
                                      {"rejected", counts_.rejected},
                                      {"cancelled", false}};
    if (!error_.empty()) details["error"] = error_;
    AuditLog(db).append(at, "system", "import", file_name(path_),
                        details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

FileFeed::Outcome FileFeed::committed() {
    if (phase_ == Phase::Begin && begin_stored_) {
        if (already_imported_) {
            phase_ = Phase::Finished;
            return Outcome::AlreadyImported;
        }
        if (!error_.empty()) {
            phase_ = Phase::Finished;
            return Outcome::Failed;
        }
        phase_ = Phase::Reading;
    } else if (phase_ == Phase::Ended && finish_stored_) {
        phase_ = Phase::Finished;
        return error_.empty() ? Outcome::Imported : Outcome::Failed;
    }
    return Outcome::Open;
}

double FileFeed::fraction_read() const {
    if (size_bytes_ <= 0) return 0.0;
    return std::min(1.0,
                    static_cast<double>(bytes_read_.load()) / static_cast<double>(size_bytes_));
}

// ---------------------------------------------------------------------------------------
// FileReadingSource

void FileReadingSource::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
}

bool FileReadingSource::wait_until(Clock::time_point until) {
    std::unique_lock lock(mutex_);
    return wake_.wait_until(lock, until, [&] { return stopping_; });
}

SourceStatus FileReadingSource::status() const {
    std::lock_guard lock(status_mutex_);
    return status_;
}

void FileReadingSource::take_rejects(std::vector<SourceReject>& out) {
    for (auto& r : rejects_) out.push_back(std::move(r));
    rejects_.clear();
}

// ---------------------------------------------------------------------------------------
// FileSource

FileSource::FileSource(const SourceUri& uri)
    : feed_(std::make_unique<FileFeed>(uri.path, import_options_for(uri), false)) {
    if (!feed_->error().empty()) throw std::runtime_error(feed_->error());
    update_status([&](SourceStatus& s) {
        s.state = fill_text(FD_TR("core/Sources", "reading %1"), {name()});
    });
}

std::string FileSource::name() const {
    return file_name(feed_->path());
}

bool FileSource::next(std::vector<Transaction>& out, std::vector<Arrival>& arrivals,
                      std::size_t max_rows, std::chrono::milliseconds max_wait) {
    if (outcome_ == FileFeed::Outcome::Failed) throw std::runtime_error(feed_->error());
    if (outcome_ != FileFeed::Outcome::Open) return false;
    const std::size_t before = out.size() + rejects_.size();
    feed_->read(out, arrivals, rejects_, max_rows);
    update_status([&](SourceStatus& s) {
        s.rows_read = feed_->rows_read();
        s.rejects = feed_->rejected();
        s.state = fill_text(FD_TR("core/Sources", "reading %1 (%2%)"),
                            {name(), percent(feed_->fraction_read())});
    });
    // Nothing to hand over until the pipeline commits the bookkeeping: wait, not spin.
    if (out.size() + rejects_.size() == before) wait_until(Clock::now() + max_wait);
    return true;
}

void FileSource::committed() {
    outcome_ = feed_->committed();
    if (outcome_ == FileFeed::Outcome::Open) return;
    update_status([&](SourceStatus& s) {
        s.state = outcome_ == FileFeed::Outcome::Failed
                      ? fill_text(FD_TR("core/Sources", "failed: %1"), {feed_->error()})
                      : FD_TR("core/Sources", "ended");
    });
}

}  // namespace fd
