#include "import_store.h"

#include <array>

#include "core/limits.h"
#include "core/tr_mark.h"
#include "core/utf8.h"

namespace fd {
namespace {

constexpr std::array<std::string_view, 4> kStatusNames = {"running", "done", "cancelled", "failed"};

ImportStatus parse_status(const std::string& name) {
    for (std::size_t i = 0; i < kStatusNames.size(); ++i) {
        if (kStatusNames[i] == name) return static_cast<ImportStatus>(i);
    }
    throw StorageError(fill_text(
        FD_TR("core/Storage", "Unknown import status '%1' in the imports table"), {name}));
}

void require_one_row(Database& db, std::int64_t import_id) {
    if (db.changes() == 0) {
        throw StorageError(
            fill_text(FD_TR("core/Storage", "Database '%1' has no import with id %2"),
                      {db.path(), std::to_string(import_id)}));
    }
}

}  // namespace

std::string_view import_status_name(ImportStatus status) {
    const auto index = static_cast<std::size_t>(status);
    return index < kStatusNames.size() ? kStatusNames[index] : std::string_view("unknown");
}

ImportStore::ImportStore(Database& db)
    : db_(db),
      add_reject_(db.prepare("INSERT INTO import_rejects(import_id, line, field, reason, raw) "
                             "VALUES (?1, ?2, ?3, ?4, ?5)")),
      update_counts_(db.prepare(
          "UPDATE imports SET rows_read = ?2, imported = ?3, duplicates = ?4, rejected = ?5 "
          "WHERE id = ?1")) {}

std::int64_t ImportStore::begin(const std::string& source, const std::string& sha256,
                                std::int64_t size_bytes, const std::string& format,
                                std::int64_t started_ms) {
    Statement insert = db_.prepare(
        "INSERT INTO imports(source, sha256, size_bytes, format, started_ms, status) "
        "VALUES (?1, ?2, ?3, ?4, ?5, 'running')");
    insert.bind(1, source).bind(2, sha256).bind(3, size_bytes).bind(4, format).bind(5, started_ms);
    insert.step();
    return db_.last_insert_rowid();
}

void ImportStore::add_rejects(std::int64_t import_id, std::span<const RowError> rejects) {
    for (const RowError& reject : rejects) {
        add_reject_.reset();
        add_reject_.bind(1, import_id)
            .bind(2, static_cast<std::int64_t>(reject.line))
            .bind(3, reject.field)
            .bind(4, reject.reason)
            .bind(5, utf8_prefix(reject.raw, kMaxRawRejectBytes));
        add_reject_.step();
    }
    add_reject_.reset();
}

void ImportStore::update_counts(std::int64_t import_id, const ImportCounts& counts) {
    update_counts_.reset();
    update_counts_.bind(1, import_id)
        .bind(2, counts.rows_read)
        .bind(3, counts.imported)
        .bind(4, counts.duplicates)
        .bind(5, counts.rejected);
    update_counts_.step();
    update_counts_.reset();
    require_one_row(db_, import_id);
}

void ImportStore::finish(std::int64_t import_id, ImportStatus status, const ImportCounts& counts,
                         std::int64_t finished_ms, double seconds) {
    Statement update = db_.prepare(
        "UPDATE imports SET status = ?2, rows_read = ?3, imported = ?4, duplicates = ?5, "
        "rejected = ?6, finished_ms = ?7, seconds = ?8 WHERE id = ?1");
    update.bind(1, import_id)
        .bind(2, import_status_name(status))
        .bind(3, counts.rows_read)
        .bind(4, counts.imported)
        .bind(5, counts.duplicates)
        .bind(6, counts.rejected)
        .bind(7, finished_ms)
        .bind(8, seconds);
    update.step();
    require_one_row(db_, import_id);
}

std::vector<ImportRecord> ImportStore::list() {
    Statement query = db_.prepare(
        "SELECT id, source, sha256, size_bytes, format, started_ms, finished_ms, status, "
        "rows_read, imported, duplicates, rejected, seconds "
        "FROM imports ORDER BY started_ms DESC, id DESC");
    std::vector<ImportRecord> records;
    while (query.step()) {
        ImportRecord r;
        r.id = query.column_int64(0);
        r.source = query.column_text(1);
        r.sha256 = query.column_text(2);
        r.size_bytes = query.column_int64(3);
        r.format = query.column_text(4);
        r.started_ms = query.column_int64(5);
        r.finished_ms = query.column_int64(6);  // NULL reads as 0: still running
        r.status = parse_status(query.column_text(7));
        r.counts.rows_read = query.column_int64(8);
        r.counts.imported = query.column_int64(9);
        r.counts.duplicates = query.column_int64(10);
        r.counts.rejected = query.column_int64(11);
        r.seconds = query.column_double(12);
        records.push_back(std::move(r));
    }
    return records;
}

std::vector<RowError> ImportStore::rejects(std::int64_t import_id, std::int64_t limit) {
    Statement query = db_.prepare(
        "SELECT line, field, reason, raw FROM import_rejects WHERE import_id = ?1 "
        "ORDER BY line, id LIMIT ?2");
    query.bind(1, import_id).bind(2, limit);
    std::vector<RowError> errors;
    while (query.step()) {
        RowError e;
        e.line = static_cast<std::uint64_t>(query.column_int64(0));
        e.field = query.column_text(1);
        e.reason = query.column_text(2);
        e.raw = query.column_text(3);
        errors.push_back(std::move(e));
    }
    return errors;
}

std::int64_t ImportStore::count() {
    return db_.query_int64("SELECT count(*) FROM imports");
}

}  // namespace fd
