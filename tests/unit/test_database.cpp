#include "storage/database.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "storage/migrations.h"
#include "test_support.h"

namespace fd {
namespace {

using TempPath = fd::test::TempDbPath;

std::string message_of(const std::function<void()>& action) {
    try {
        action();
    } catch (const StorageError& error) {
        return error.what();
    }
    return "<no StorageError thrown>";
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string query_text(Database& db, const std::string& sql) {
    Statement statement = db.prepare(sql);
    EXPECT_TRUE(statement.step()) << sql;
    return statement.column_text(0);
}

TEST(Database, CreatesFileAndMigratesToLatest) {
    TempPath path;
    {
        Database db(path.str());
        EXPECT_EQ(db.path(), path.str());
        EXPECT_NE(db.handle(), nullptr);
        EXPECT_EQ(db.user_version(), latest_schema_version());
        EXPECT_EQ(db.integrity_check(), "ok");
    }
    EXPECT_TRUE(std::filesystem::exists(path.str()));
}

TEST(Database, PragmasAreReallySet) {
    TempPath path;
    Database db(path.str());
    EXPECT_EQ(query_text(db, "PRAGMA journal_mode"), "wal");
    EXPECT_EQ(db.query_int64("PRAGMA foreign_keys"), 1);
    EXPECT_EQ(db.query_int64("PRAGMA synchronous"), 1);  // NORMAL
    EXPECT_EQ(db.query_int64("PRAGMA busy_timeout"), 5000);
}

TEST(Database, InMemoryDatabaseOpensWithoutWal) {
    Database db(":memory:");
    EXPECT_EQ(query_text(db, "PRAGMA journal_mode"), "memory");
    EXPECT_EQ(db.query_int64("PRAGMA foreign_keys"), 1);
    EXPECT_EQ(db.user_version(), latest_schema_version());
}

TEST(Database, PrepareErrorsNameTheProblemAndTheSql) {
    Database db(":memory:");
    struct Case {
        std::string sql;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {"SELEC 1", "syntax error"},
        {"SELECT * FROM no_such_table", "no such table: no_such_table"},
        {"SELECT no_such_column FROM transactions", "no such column: no_such_column"},
        {"SELECT 1; SELECT 2", "exactly one statement"},
        {"", "empty"},
    };
    for (const auto& c : cases) {
        const std::string message = message_of([&] { db.prepare(c.sql); });
        EXPECT_TRUE(contains(message, c.expected)) << c.sql << " -> " << message;
        EXPECT_TRUE(contains(message, "[SQL: " + c.sql + "]")) << message;
    }
}

TEST(Database, TrailingSemicolonAndWhitespaceArePrepared) {
    Database db(":memory:");
    Statement statement = db.prepare("SELECT 42;  \n");
    ASSERT_TRUE(statement.step());
    EXPECT_EQ(statement.column_int64(0), 42);
}

TEST(Database, ExecErrorNamesTheSql) {
    Database db(":memory:");
    const std::string message = message_of([&] { db.exec("CREATE TABLE x(; "); });
    EXPECT_TRUE(contains(message, "syntax error")) << message;
    EXPECT_TRUE(contains(message, "CREATE TABLE x(;")) << message;
}

TEST(Database, BindAndColumnRoundTrips) {
    Database db(":memory:");
    db.exec("CREATE TABLE t(v)");
    Statement insert = db.prepare("INSERT INTO t(v) VALUES (?1)");
    Statement select = db.prepare("SELECT v, typeof(v) FROM t WHERE rowid = ?1");

    auto round_trip = [&](auto bind_value) {
        insert.reset();
        bind_value(insert);
        EXPECT_FALSE(insert.step());
        select.reset();
        select.bind(1, db.last_insert_rowid());
        EXPECT_TRUE(select.step());
    };

    for (const std::int64_t value :
         {std::int64_t{0}, std::int64_t{-1}, std::int64_t{42},
          std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()}) {
        round_trip([&](Statement& s) { s.bind(1, value); });
        EXPECT_EQ(select.column_int64(0), value);
        EXPECT_EQ(select.column_text(1), "integer");
        EXPECT_FALSE(select.column_is_null(0));
    }
    round_trip([&](Statement& s) { s.bind(1, 7); });  // the int overload
    EXPECT_EQ(select.column_int64(0), 7);

    for (const double value : {0.0, -2.5, 1e-300, 1.7976931348623157e308, 0.1 + 0.2}) {
        round_trip([&](Statement& s) { s.bind(1, value); });
        EXPECT_EQ(select.column_double(0), value);
        EXPECT_EQ(select.column_text(1), "real");
    }

    const std::vector<std::string> texts = {"", "plain", "quote ' and \" and ;",
                                            std::string("nul\0inside", 10),
                                            "unicode: \xc3\xa9\xe2\x82\xac\xf0\x9f\x92\xb3"};
    for (const std::string& text : texts) {
        round_trip([&](Statement& s) { s.bind(1, text); });
        EXPECT_EQ(select.column_text(0), text);
        EXPECT_EQ(select.column_text(1), "text");
    }
    round_trip([&](Statement& s) { s.bind(1, std::string_view()); });  // null data(): ''
    EXPECT_EQ(select.column_text(1), "text");
    EXPECT_EQ(select.column_text(0), "");
    round_trip([&](Statement& s) { s.bind(1, "c string"); });
    EXPECT_EQ(select.column_text(0), "c string");

    round_trip([&](Statement& s) { s.bind_null(1); });
    EXPECT_TRUE(select.column_is_null(0));
    EXPECT_EQ(select.column_text(0), "");
    EXPECT_EQ(select.column_int64(0), 0);

    round_trip([&](Statement& s) { s.bind(1, std::optional<double>()); });
    EXPECT_TRUE(select.column_is_null(0));
    round_trip([&](Statement& s) { s.bind(1, std::optional<double>(48.8566)); });
    EXPECT_FALSE(select.column_is_null(0));
    EXPECT_EQ(select.column_double(0), 48.8566);
}

TEST(Database, ResetClearsBindings) {
    Database db(":memory:");
    Statement statement = db.prepare("SELECT ?1");
    statement.bind(1, 5);
    ASSERT_TRUE(statement.step());
    EXPECT_EQ(statement.column_int64(0), 5);
    statement.reset();
    ASSERT_TRUE(statement.step());
    EXPECT_TRUE(statement.column_is_null(0));
}

TEST(Database, BindOutOfRangeThrows) {
    Database db(":memory:");
    Statement statement = db.prepare("SELECT ?1");
    EXPECT_THROW(statement.bind(2, 1), StorageError);
    EXPECT_THROW(statement.bind(0, 1), StorageError);
}

TEST(Database, StepErrorNamesConstraintAndStatementStaysUsable) {
    Database db(":memory:");
    db.exec("CREATE TABLE t(k TEXT NOT NULL UNIQUE)");
    Statement insert = db.prepare("INSERT INTO t(k) VALUES (?1)");
    insert.bind(1, "a");
    EXPECT_FALSE(insert.step());
    insert.reset();
    insert.bind(1, "a");
    const std::string message = message_of([&] { insert.step(); });
    EXPECT_TRUE(contains(message, "UNIQUE constraint failed: t.k")) << message;
    EXPECT_TRUE(contains(message, "INSERT INTO t(k)")) << message;
    insert.reset();
    insert.bind(1, "b");
    EXPECT_FALSE(insert.step());
    EXPECT_EQ(db.changes(), 1);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM t"), 2);
}

TEST(Database, EmptyStatementThrowsInsteadOfCrashing) {
    Statement statement;
    EXPECT_THROW(statement.step(), StorageError);
    EXPECT_THROW(statement.bind(1, 1), StorageError);
    statement.reset();  // harmless
}

TEST(Database, StatementMovesOwnership) {
    Database db(":memory:");
    Statement a = db.prepare("SELECT 3");
    Statement b = std::move(a);
    ASSERT_TRUE(b.step());
    EXPECT_EQ(b.column_int64(0), 3);
    Statement c;
    c = std::move(b);
    c.reset();
    ASSERT_TRUE(c.step());
    EXPECT_EQ(c.column_int64(0), 3);
}

TEST(Database, QueryInt64WithoutRowThrows) {
    Database db(":memory:");
    EXPECT_EQ(db.query_int64("SELECT 12"), 12);
    EXPECT_THROW(db.query_int64("SELECT 1 WHERE 0"), StorageError);
}

TEST(Database, LastInsertRowidAndChanges) {
    Database db(":memory:");
    db.exec("CREATE TABLE t(v); INSERT INTO t VALUES (1), (2), (3)");
    EXPECT_EQ(db.changes(), 3);
    EXPECT_EQ(db.last_insert_rowid(), 3);
    db.exec("DELETE FROM t WHERE v > 1");
    EXPECT_EQ(db.changes(), 2);
}

TEST(SqlTransaction, RollsBackOnScopeExitWithoutCommit) {
    TempPath path;
    Database db(path.str());
    db.exec("CREATE TABLE t(v)");
    {
        SqlTransaction transaction(db);
        db.exec("INSERT INTO t VALUES (1)");
        EXPECT_EQ(db.query_int64("SELECT count(*) FROM t"), 1);
    }
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM t"), 0);
}

TEST(SqlTransaction, RollsBackWhenAnExceptionLeavesTheScope) {
    Database db(":memory:");
    db.exec("CREATE TABLE t(v)");
    try {
        SqlTransaction transaction(db);
        db.exec("INSERT INTO t VALUES (1)");
        throw std::runtime_error("boom");
    } catch (const std::runtime_error&) {
    }
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM t"), 0);
}

TEST(SqlTransaction, CommitPersistsAcrossReopen) {
    TempPath path;
    {
        Database db(path.str());
        db.exec("CREATE TABLE t(v)");
        SqlTransaction transaction(db);
        db.exec("INSERT INTO t VALUES (1), (2)");
        transaction.commit();
        EXPECT_THROW(transaction.commit(), StorageError);
    }
    Database db(path.str());
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM t"), 2);
}

TEST(SqlTransaction, NestedBeginIsAnError) {
    Database db(":memory:");
    SqlTransaction outer(db);
    EXPECT_THROW(SqlTransaction inner(db), StorageError);
}

TEST(Database, NonDatabaseFileGivesStorageErrorNamingThePath) {
    TempPath path;
    {
        std::ofstream out(path.str(), std::ios::binary);
        out << "id,amount\n1,2.50\nthis is a CSV file, not an SQLite database\n"
            << std::string(4096, 'x');
    }
    for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        const std::string message = message_of([&] { Database db(path.str(), mode); });
        EXPECT_TRUE(contains(message, path.str())) << message;
        EXPECT_TRUE(contains(message, "not a database")) << message;
    }
}

TEST(Database, ReadOnlyOnMissingFileFailsWithoutCreatingIt) {
    TempPath path;
    const std::string message = message_of([&] { Database db(path.str(), OpenMode::ReadOnly); });
    EXPECT_TRUE(contains(message, path.str())) << message;
    EXPECT_FALSE(std::filesystem::exists(path.str()));
}

TEST(Database, ReadOnlyOpensCurrentDatabaseAndRefusesWrites) {
    TempPath path;
    {
        Database db(path.str());
        db.exec("CREATE TABLE t(v); INSERT INTO t VALUES (1)");
    }
    Database db(path.str(), OpenMode::ReadOnly);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM t"), 1);
    const std::string message = message_of([&] { db.exec("INSERT INTO t VALUES (2)"); });
    EXPECT_TRUE(contains(message, "readonly")) << message;
}

TEST(Database, ReadOnlyRefusesOlderSchema) {
    TempPath path;
    {
        Database db(path.str(), OpenMode::ReadWriteUnmigrated);
        EXPECT_EQ(db.user_version(), 0);
        migrate(db, 1);
    }
    const std::string message = message_of([&] { Database db(path.str(), OpenMode::ReadOnly); });
    EXPECT_TRUE(contains(message, "schema version 1")) << message;
    EXPECT_TRUE(contains(message, "open it once for writing")) << message;
}

}  // namespace
}  // namespace fd
