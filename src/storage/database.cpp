#include "database.h"

#include <sqlite3.h>

#include <cstring>
#include <mutex>
#include <utility>

#include "bulk_indexes.h"
#include "core/tr_mark.h"
#include "migrations.h"

namespace fd {
namespace {

constexpr int kBusyTimeoutMs = 5000;

// Page size for new databases: larger pages mean fewer B-tree splits and page writes in
// bulk imports (measured 25% faster than the 4 KiB default) at no cost to point reads.
constexpr int kPageSize = 16384;

// SQLite's memory statistics take a global mutex on every allocation; nothing here reads
// them. The setting must precede SQLite's initialisation, so it is applied once, first.
void configure_sqlite_once() {
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}
constexpr std::size_t kMaxSqlInMessage = 300;

// Long SQL (a migration step) is cut in messages; the start says which statement it was.
std::string quote_sql(std::string_view sql) {
    std::string out(sql.substr(0, kMaxSqlInMessage));
    if (sql.size() > kMaxSqlInMessage) out += "...";
    return out;
}

std::string db_name(sqlite3* db) {
    const char* name = db ? sqlite3_db_filename(db, "main") : nullptr;
    return (name && *name) ? std::string(name) : std::string(":memory:");
}

// `what` is itself a marked text ("cannot prepare statement"); SQLite's message stays as
// SQLite wrote it.
[[noreturn]] void throw_error(sqlite3* db, const std::string& what, std::string_view sql = {}) {
    const std::string name = db_name(db);
    if (db && !sql.empty())
        throw StorageError(
            fill_text(FD_TR("core/Storage", "SQLite error on '%1': %2: %3 [SQL: %4]"),
                      {name, what, sqlite3_errmsg(db), quote_sql(sql)}));
    if (db)
        throw StorageError(fill_text(FD_TR("core/Storage", "SQLite error on '%1': %2: %3"),
                                     {name, what, sqlite3_errmsg(db)}));
    if (!sql.empty())
        throw StorageError(fill_text(FD_TR("core/Storage", "SQLite error on '%1': %2 [SQL: %3]"),
                                     {name, what, quote_sql(sql)}));
    throw StorageError(fill_text(FD_TR("core/Storage", "SQLite error on '%1': %2"), {name, what}));
}

bool only_separators(std::string_view tail) {
    for (const char c : tail) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ';') return false;
    }
    return true;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Statement

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
    const char* text = sql.data() ? sql.data() : "";
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v3(db, text, static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt_, &tail);
    if (rc != SQLITE_OK) throw_error(db, FD_TR("core/Storage", "cannot prepare statement"), sql);
    if (!stmt_) {
        throw StorageError("SQLite error on '" + db_name(db) +
                           "': statement is empty [SQL: " + quote_sql(sql) + "]");
    }
    const std::size_t used = tail ? static_cast<std::size_t>(tail - text) : sql.size();
    if (used < sql.size() && !only_separators(sql.substr(used))) {
        sqlite3_finalize(stmt_);
        stmt_ = nullptr;
        throw StorageError("SQLite error on '" + db_name(db) +
                           "': prepare() takes exactly one statement [SQL: " + quote_sql(sql) +
                           "]");
    }
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), db_(std::exchange(other.db_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(stmt_);
        stmt_ = std::exchange(other.stmt_, nullptr);
        db_ = std::exchange(other.db_, nullptr);
    }
    return *this;
}

namespace {

void check_bind(sqlite3* db, sqlite3_stmt* stmt, int rc, int index) {
    if (rc == SQLITE_OK) return;
    throw_error(
        db, fill_text(FD_TR("core/Storage", "cannot bind parameter %1"), {std::to_string(index)}),
        sqlite3_sql(stmt));
}

void require_prepared(sqlite3_stmt* stmt) {
    if (!stmt) throw StorageError("SQLite error: use of an empty (unprepared) Statement");
}

}  // namespace

Statement& Statement::bind(int index, std::int64_t value) {
    require_prepared(stmt_);
    check_bind(db_, stmt_, sqlite3_bind_int64(stmt_, index, value), index);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    require_prepared(stmt_);
    check_bind(db_, stmt_, sqlite3_bind_double(stmt_, index, value), index);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    require_prepared(stmt_);
    // A default string_view has a null data(); SQLite would bind that as NULL, not ''.
    const char* data = text.data() ? text.data() : "";
    check_bind(db_, stmt_,
               sqlite3_bind_text64(stmt_, index, data, text.size(), SQLITE_STATIC, SQLITE_UTF8),
               index);
    return *this;
}

Statement& Statement::bind_blob(int index, std::span<const std::uint8_t> bytes) {
    require_prepared(stmt_);
    // An empty span may have a null data(); SQLite would bind that as NULL, not x''.
    static constexpr std::uint8_t kEmpty = 0;
    const void* data = bytes.empty() ? &kEmpty : bytes.data();
    check_bind(db_, stmt_, sqlite3_bind_blob64(stmt_, index, data, bytes.size(), SQLITE_STATIC),
               index);
    return *this;
}

Statement& Statement::bind_null(int index) {
    require_prepared(stmt_);
    check_bind(db_, stmt_, sqlite3_bind_null(stmt_, index), index);
    return *this;
}

Statement& Statement::bind(int index, const std::optional<double>& value) {
    return value ? bind(index, *value) : bind_null(index);
}

bool Statement::step() {
    require_prepared(stmt_);
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    const std::string error = sqlite3_errmsg(db_);
    const std::string sql = sqlite3_sql(stmt_);
    sqlite3_reset(stmt_);  // leave the statement reusable
    throw StorageError(
        fill_text(FD_TR("core/Storage", "SQLite error on '%1': statement failed: %2 [SQL: %3]"),
                  {db_name(db_), error, quote_sql(sql)}));
}

void Statement::reset() {
    if (!stmt_) return;
    sqlite3_reset(stmt_);  // returns the last step's error, already reported by step()
    sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::column_int64(int index) const {
    return sqlite3_column_int64(stmt_, index);
}

double Statement::column_double(int index) const {
    return sqlite3_column_double(stmt_, index);
}

std::string Statement::column_text(int index) const {
    const auto* text = sqlite3_column_text(stmt_, index);
    if (!text) return {};
    const int size = sqlite3_column_bytes(stmt_, index);
    return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size));
}

std::vector<std::uint8_t> Statement::column_blob(int index) const {
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(stmt_, index));
    const int size = sqlite3_column_bytes(stmt_, index);
    if (!data || size <= 0) return {};
    return std::vector<std::uint8_t>(data, data + size);
}

bool Statement::column_is_null(int index) const {
    return sqlite3_column_type(stmt_, index) == SQLITE_NULL;
}

// ---------------------------------------------------------------------------------------------
// Database

Database::Database(const std::string& path, OpenMode mode) : path_(path) {
    const bool read_only = mode == OpenMode::ReadOnly;
    const int flags =
        (read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) |
        SQLITE_OPEN_NOMUTEX;
    configure_sqlite_once();
    const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string error = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        const std::string message =
            read_only
                ? fill_text(FD_TR("core/Storage", "Cannot open database '%1' for reading: %2"),
                            {path, error})
                : fill_text(FD_TR("core/Storage", "Cannot open database '%1': %2"), {path, error});
        sqlite3_close(db_);
        db_ = nullptr;
        throw StorageError(message);
    }
    try {
        sqlite3_extended_result_codes(db_, 1);
        sqlite3_busy_timeout(db_, kBusyTimeoutMs);
        if (!read_only) {
            // Takes effect only while the file is still empty, before WAL is switched on.
            exec("PRAGMA page_size=" + std::to_string(kPageSize));
            // journal_mode answers with the mode now in force: "memory" for ":memory:".
            Statement journal = prepare("PRAGMA journal_mode=WAL");
            const std::string journal_mode = journal.step() ? journal.column_text(0) : "";
            if (journal_mode != "wal" && journal_mode != "memory") {
                throw StorageError(fill_text(
                    FD_TR("core/Storage",
                          "Cannot switch database '%1' to WAL mode (journal mode is '%2')"),
                    {path, journal_mode}));
            }
        }
        exec("PRAGMA synchronous=NORMAL");
        exec("PRAGMA foreign_keys=ON");
        if (mode == OpenMode::ReadWrite) {
            migrate(*this);
            ensure_bulk_indexes(*this);
        } else if (read_only) {
            const int version = user_version();
            if (version < latest_schema_version()) {
                throw StorageError(fill_text(
                    FD_TR("core/Storage",
                          "Database '%1' has schema version %2 but this FraudDesk needs %3; open "
                          "it once for writing to upgrade it"),
                    {path, std::to_string(version), std::to_string(latest_schema_version())}));
            }
            if (version > latest_schema_version()) {
                throw StorageError(fill_text(
                    FD_TR("core/Storage",
                          "Database '%1' has schema version %2: it was created by a newer "
                          "FraudDesk; upgrade FraudDesk"),
                    {path, std::to_string(version)}));
            }
        }
    } catch (const StorageError& error) {
        sqlite3_close_v2(db_);
        db_ = nullptr;
        const std::string what = error.what();
        if (what.find(path) != std::string::npos) throw;
        throw StorageError(
            fill_text(FD_TR("core/Storage", "Cannot open database '%1': %2"), {path, what}));
    } catch (...) {
        sqlite3_close_v2(db_);
        db_ = nullptr;
        throw;
    }
}

Database::~Database() {
    // close_v2 defers the close until every statement is finalized, so a Statement that
    // outlives its Database (a misuse) does not turn into a leak of the connection.
    sqlite3_close_v2(db_);
}

void Database::exec(std::string_view sql) {
    const std::string text(sql);
    char* error = nullptr;
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const std::string message =
            fill_text(FD_TR("core/Storage", "SQLite error on '%1': %2 [SQL: %3]"),
                      {path_, error ? error : sqlite3_errstr(rc), quote_sql(sql)});
        sqlite3_free(error);
        throw StorageError(message);
    }
}

Statement Database::prepare(std::string_view sql) {
    return Statement(db_, sql);
}

std::int64_t Database::query_int64(std::string_view sql) {
    Statement statement = prepare(sql);
    if (!statement.step()) {
        throw StorageError("SQLite error on '" + path_ +
                           "': query returned no row [SQL: " + quote_sql(sql) + "]");
    }
    return statement.column_int64(0);
}

std::int64_t Database::last_insert_rowid() const {
    return sqlite3_last_insert_rowid(db_);
}

int Database::changes() const {
    return sqlite3_changes(db_);
}

int Database::user_version() {
    return static_cast<int>(query_int64("PRAGMA user_version"));
}

std::string Database::integrity_check() {
    Statement statement = prepare("PRAGMA integrity_check");
    std::string result;
    while (statement.step()) {
        if (!result.empty()) result += '\n';
        result += statement.column_text(0);
    }
    return result;
}

// ---------------------------------------------------------------------------------------------
// SqlTransaction

SqlTransaction::SqlTransaction(Database& db) : db_(db) {
    db_.exec("BEGIN IMMEDIATE");
}

SqlTransaction::~SqlTransaction() {
    // Some errors (disk full, I/O) make SQLite roll back by itself; then there is nothing to do.
    if (done_ || sqlite3_get_autocommit(db_.handle())) return;
    sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqlTransaction::commit() {
    if (done_) throw StorageError("SQLite error on '" + db_.path() + "': commit() called twice");
    db_.exec("COMMIT");
    done_ = true;
}

}  // namespace fd
