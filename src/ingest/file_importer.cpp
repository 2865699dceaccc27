#include "file_importer.h"

#include <pthread.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <future>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "core/sha256.h"
#include "core/tr_mark.h"
#include "input_preview.h"
#include "storage/audit_log.h"
#include "storage/transaction_store.h"
#include "transaction_file_reader.h"

namespace fd {
namespace {

// Names the calling thread so profilers and debuggers tell the import's threads apart.
void name_this_thread(const char* name) {
    pthread_setname_np(pthread_self(), name);
}

std::int64_t now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// One batch of parsed rows. Batches circulate between the parser and the writer so their
// Transaction objects (and string capacity) are reused rather than reallocated.
struct Batch {
    std::vector<Transaction> rows;
    std::size_t count = 0;
    std::vector<RowError> rejects;
    std::int64_t rows_read = 0;
    std::uint64_t bytes_done = 0;
};

// A small blocking queue; `close()` wakes every waiter and makes pop() return nullptr once
// drained, push() drop.
class BatchQueue {
public:
    void push(Batch* batch) {
        std::lock_guard lock(mutex_);
        if (closed_) return;
        items_.push_back(batch);
        ready_.notify_one();
    }
    Batch* pop() {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [&] { return !items_.empty() || closed_; });
        if (items_.empty()) return nullptr;
        Batch* batch = items_.front();
        items_.pop_front();
        return batch;
    }
    void close() {
        std::lock_guard lock(mutex_);
        closed_ = true;
        ready_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<Batch*> items_;
    bool closed_ = false;
};

// Parses and maps records into batches on its own thread.
class Parser {
public:
    Parser(const PreparedImport& prepared, const ImportOptions& options)
        : prepared_(prepared), options_(options) {}

    void run(BatchQueue& free, BatchQueue& full, const std::atomic<bool>& stop) {
        try {
            TransactionFileReader reader(prepared_);
            RowError error;
            bool more = true;
            while (more && !stop.load(std::memory_order_relaxed)) {
                Batch* batch = free.pop();
                if (!batch) return;
                batch->count = 0;
                batch->rejects.clear();
                batch->rows_read = 0;
                if (batch->rows.size() < options_.batch_rows)
                    batch->rows.resize(options_.batch_rows);
                while (batch->count < options_.batch_rows) {
                    const auto next = reader.next(batch->rows[batch->count], error);
                    if (next == TransactionFileReader::Next::End) {
                        more = false;
                        break;
                    }
                    ++batch->rows_read;
                    if (next == TransactionFileReader::Next::Row)
                        ++batch->count;
                    else
                        batch->rejects.push_back(std::move(error));
                }
                batch->bytes_done = reader.bytes_read();
                if (batch->rows_read == 0) break;  // the input ended on a batch boundary
                full.push(batch);
            }
        } catch (...) {
            failure_ = std::current_exception();
        }
        full.close();
    }

    std::exception_ptr failure() const { return failure_; }

private:
    const PreparedImport& prepared_;
    const ImportOptions& options_;
    std::exception_ptr failure_;
};

bool cancelled(const ImportOptions& options) {
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

std::string message_of(const std::exception_ptr& error) {
    try {
        std::rethrow_exception(error);
    } catch (const std::exception& e) {
        return e.what();
    } catch (...) {
        return FD_TR("core/Import", "unknown error");
    }
}

// Records the file's fingerprint, marks the import finished and appends its audit row, in
// one transaction: the log says what the imports table says. The subject is the file's name; the
// details hold the path, the counts, whether a cancel cut it short and, for a failure, why.
void finish_and_audit(Database& db, ImportStore& imports, const ImportOptions& options,
                      const ImportReport& report, ImportStatus status, double seconds,
                      const std::string& error = {}) {
    SqlTransaction tx(db);
    const std::int64_t at = now_ms();
    if (!report.sha256.empty()) {
        db.prepare("UPDATE imports SET sha256 = ? WHERE id = ?")
            .bind(1, report.sha256)
            .bind(2, report.import_id)
            .step();
    }
    imports.finish(report.import_id, status, report.counts, at, seconds);
    nlohmann::ordered_json details = {{"path", report.path},
                                      {"import_id", report.import_id},
                                      {"format", report.format},
                                      {"sha256", report.sha256},
                                      {"status", import_status_name(status)},
                                      {"rows_read", report.counts.rows_read},
                                      {"imported", report.counts.imported},
                                      {"duplicates", report.counts.duplicates},
                                      {"rejected", report.counts.rejected},
                                      {"cancelled", report.cancelled}};
    if (!error.empty()) details["error"] = error;
    AuditLog(db).append(at, options.actor.empty() ? "system" : options.actor, "import",
                        std::filesystem::path(report.path).filename().string(),
                        details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    tx.commit();
}

}  // namespace

FileImporter::FileImporter(Database& db) : db_(db) {}

PreparedImport prepare_import(const std::string& path, const ImportOptions& options) {
    const auto preview = preview_input(path, options.format);
    PreparedImport prepared;
    prepared.path = path;
    prepared.format = preview.format;
    prepared.size_bytes = preview.size_bytes;
    prepared.mapping = options.mapping ? *options.mapping : preview.detected;
    prepared.columns = preview.columns;
    RecordMapper check(prepared.mapping);
    check.bind(preview.columns, path);  // throws FileError when amount/timestamp are missing
    return prepared;
}

ImportReport FileImporter::run(const PreparedImport& prepared, const ImportOptions& options,
                               const std::function<void(const ImportProgress&)>& progress) {
    const auto started = std::chrono::steady_clock::now();
    auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    };
    // The file's fingerprint is computed alongside the import rather than before it.
    auto fingerprint = std::async(std::launch::async, [&] {
        name_this_thread("fd-fingerprint");
        return sha256_file(prepared.path);
    });

    // A large import into a small database goes faster without the card index; it is
    // rebuilt at the end whatever happens, and on the next open if the process dies.
    const bool bulk = bulk_load_pays(db_, prepared.size_bytes, options.bulk_load_bytes);
    if (bulk) drop_bulk_indexes(db_);

    ImportStore imports(db_);
    TransactionStore transactions(db_);
    ImportReport report;
    ImportCounts& counts = report.counts;
    auto rebuild_indexes = [&] {
        if (!bulk) return;
        if (progress) {
            progress({prepared.path, prepared.size_bytes, prepared.size_bytes, counts, elapsed(),
                      /*indexing=*/true});
        }
        ensure_bulk_indexes(db_);
    };
    report.path = prepared.path;
    report.format = std::string(input_format_name(prepared.format));
    report.import_id = imports.begin(
        prepared.path, "", static_cast<std::int64_t>(prepared.size_bytes), report.format, now_ms());

    constexpr int kBatchesInFlight = 3;
    std::vector<Batch> pool(kBatchesInFlight);
    BatchQueue free_batches, full_batches;
    for (auto& batch : pool) free_batches.push(&batch);
    std::atomic<bool> stop{false};
    Parser parser(prepared, options);
    std::thread parse_thread([&] {
        name_this_thread("fd-parse");
        parser.run(free_batches, full_batches, stop);
    });
    auto stop_parser = [&] {
        stop = true;
        free_batches.close();
        full_batches.close();
        if (parse_thread.joinable()) parse_thread.join();
    };

    try {
        while (Batch* batch = full_batches.pop()) {
            if (cancelled(options)) {
                report.cancelled = true;
                break;
            }
            SqlTransaction tx(db_);
            const auto inserted =
                transactions.insert({batch->rows.data(), batch->count}, report.import_id);
            imports.add_rejects(report.import_id, batch->rejects);
            counts.rows_read += batch->rows_read;
            counts.imported += inserted.inserted;
            counts.duplicates += inserted.duplicates;
            counts.rejected += static_cast<std::int64_t>(batch->rejects.size());
            imports.update_counts(report.import_id, counts);
            tx.commit();
            for (auto& reject : batch->rejects) {
                if (report.rejects.size() >= options.max_rejects_kept) break;
                report.rejects.push_back(std::move(reject));
            }
            if (progress)
                progress(
                    {prepared.path, batch->bytes_done, prepared.size_bytes, counts, elapsed()});
            free_batches.push(batch);
        }
    } catch (...) {
        stop_parser();
        try {
            rebuild_indexes();
            finish_and_audit(db_, imports, options, report, ImportStatus::Failed, elapsed(),
                             message_of(std::current_exception()));
        } catch (...) {
            // The database itself failed; the original error is the one worth reporting.
        }
        throw;
    }
    stop_parser();
    rebuild_indexes();
    report.seconds = elapsed();
    try {
        report.sha256 = fingerprint.get();
    } catch (const FileError&) {
        // The file vanished after it was read; the import itself is complete.
    }
    if (const auto failure = parser.failure()) {
        finish_and_audit(db_, imports, options, report, ImportStatus::Failed, report.seconds,
                         message_of(failure));
        std::rethrow_exception(failure);
    }
    finish_and_audit(db_, imports, options, report,
                     report.cancelled ? ImportStatus::Cancelled : ImportStatus::Done,
                     report.seconds);
    return report;
}

}  // namespace fd
