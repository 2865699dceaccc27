// RAII over the sqlite3 C API: one connection, prepared statements, transactions.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace fd {

class StorageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, std::string_view sql);  // throws StorageError with the SQL's error
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based. Text is bound without a copy (SQLITE_STATIC): it must stay
    // alive until the next step()/reset().
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind_null(int index);
    Statement& bind(int index, const std::optional<double>& value);
    Statement& bind_blob(int index, std::span<const std::uint8_t> bytes);  // no copy either

    bool step();   // true: a row is available; false: done. Throws StorageError.
    void reset();  // reset and clear bindings

    std::int64_t column_int64(int index) const;  // 0-based columns
    double column_double(int index) const;
    std::string column_text(int index) const;
    bool column_is_null(int index) const;
    std::vector<std::uint8_t> column_blob(int index) const;

private:
    sqlite3_stmt* stmt_ = nullptr;
    sqlite3* db_ = nullptr;
};

// ReadWriteUnmigrated opens for writing without running the migration ladder; it exists
// for tests of the ladder (build a database at an intermediate version, then migrate).
enum class OpenMode { ReadWrite, ReadOnly, ReadWriteUnmigrated };

class Database {
public:
    // Opens (creating when ReadWrite) the database, sets WAL, synchronous=NORMAL,
    // foreign_keys=ON and a busy timeout, then runs the migration ladder (ReadWrite only;
    // a ReadOnly open of a database with an older schema throws). Throws StorageError naming
    // the path. The path ":memory:" gives a private in-memory database (tests).
    explicit Database(const std::string& path, OpenMode mode = OpenMode::ReadWrite);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(std::string_view sql);  // one or more statements without results
    Statement prepare(std::string_view sql);
    std::int64_t query_int64(std::string_view sql);  // first column of the first row
    std::int64_t last_insert_rowid() const;
    int changes() const;
    int user_version();
    std::string integrity_check();  // "ok" when healthy
    const std::string& path() const { return path_; }
    sqlite3* handle() const { return db_; }

private:
    sqlite3* db_ = nullptr;
    std::string path_;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() was called.
class SqlTransaction {
public:
    explicit SqlTransaction(Database& db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;
    void commit();

private:
    Database& db_;
    bool done_ = false;
};

}  // namespace fd
