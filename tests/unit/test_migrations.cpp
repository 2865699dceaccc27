#include "storage/migrations.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <string>
#include <vector>

#include "storage/database.h"
#include "test_support.h"

namespace fd {
namespace {

using TempPath = fd::test::TempDbPath;

// Every schema object as "type name: sql", in a stable order.
std::vector<std::string> schema_of(Database& db) {
    Statement query =
        db.prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name");
    std::vector<std::string> objects;
    while (query.step()) {
        objects.push_back(query.column_text(0) + " " + query.column_text(1) + ": " +
                          query.column_text(2));
    }
    return objects;
}

std::vector<std::string> schema_from_empty() {
    Database db(":memory:");
    return schema_of(db);
}

// Rows written at a given schema version; each must survive every later step.
struct Seed {
    int version;
    const char* sql;
    const char* check;  // a query that counts the seeded rows
    std::int64_t expected;
};

const std::vector<Seed>& seeds() {
    static const std::vector<Seed> kSeeds = {
        {1,
         "INSERT INTO transactions(ext_id, ts_ms, card_id, amount_minor, currency, latitude, "
         "label, extras, attributes) VALUES ('v1-a', 1700000000000, 'card-1', 1234, 'EUR', "
         "48.85, 1, '{\"f\":1.5}', '{\"note\":\"x\"}'), ('v1-b', 1700000001000, 'card-2', 5, "
         "'JPY', NULL, NULL, NULL, NULL)",
         "SELECT count(*) FROM transactions WHERE (ext_id = 'v1-a' AND amount_minor = 1234 AND "
         "label = 1 AND extras = '{\"f\":1.5}') OR (ext_id = 'v1-b' AND label IS NULL)",
         2},
        {2,
         "INSERT INTO imports(id, source, sha256, started_ms, status) VALUES (7, 'a.csv', "
         "'abc', 1, 'done'); INSERT INTO import_rejects(import_id, line, reason) VALUES (7, 3, "
         "'bad amount'); INSERT INTO transactions(ext_id, ts_ms, amount_minor, currency, "
         "import_id) VALUES ('v2-a', 2, 100, 'USD', 7)",
         "SELECT (SELECT count(*) FROM imports WHERE id = 7) + (SELECT count(*) FROM "
         "import_rejects WHERE import_id = 7 AND line = 3) + (SELECT count(*) FROM transactions "
         "WHERE ext_id = 'v2-a' AND import_id = 7)",
         3},
        {3,
         "INSERT INTO transactions(ext_id, ts_ms, card_id, amount_minor, currency) VALUES "
         "('v3-a', 3, 'card-1', 1, 'GBP')",
         "SELECT count(*) FROM transactions WHERE ext_id = 'v3-a'", 1},
        {4,
         "INSERT INTO models(id, kind, created_ms, header, bundle, active) VALUES (5, "
         "'ensemble', 1, '{}', x'00', 1); INSERT INTO scores(transaction_id, model_id, risk, "
         "level, scored_ms) SELECT id, 5, 42.5, 1, 1 FROM transactions WHERE ext_id = 'v3-a'",
         "SELECT (SELECT count(*) FROM models WHERE id = 5 AND active = 1) + (SELECT count(*) "
         "FROM scores WHERE model_id = 5 AND risk = 42.5)",
         2},
        {5,
         "INSERT INTO alerts(transaction_id, card_id, risk, priority, created_ms, updated_ms, "
         "due_ms) SELECT id, card_id, 80, 90, 1, 1, 2 FROM transactions WHERE ext_id = 'v3-a'; "
         "INSERT INTO labels(transaction_id, decision, analyst, decided_ms) SELECT id, 'fraud', "
         "'ada', 5 FROM transactions WHERE ext_id = 'v3-a'; INSERT INTO audit_log(at_ms, actor, "
         "action, prev_hash, hash) VALUES (5, 'ada', 'label', 'x', 'y')",
         "SELECT (SELECT count(*) FROM alerts WHERE status = 'new') + (SELECT count(*) FROM "
         "labels WHERE decision = 'fraud') + (SELECT count(*) FROM audit_log)",
         3},
        {6,
         "INSERT INTO model_evaluations(model_id, against_model_id, evaluated_ms, report) "
         "VALUES (5, NULL, 6, '{}')",
         "SELECT count(*) FROM model_evaluations WHERE model_id = 5", 1},
        {7,
         "INSERT INTO labels(transaction_id, decision, analyst, decided_ms, batch_id) SELECT "
         "id, 'legit', 'bob', 7, 2 FROM transactions WHERE ext_id = 'v3-a'",
         "SELECT count(*) FROM labels WHERE batch_id = 2", 1},
        {8,
         "INSERT INTO feed_rejects(source, origin, line, byte_offset, reason, at_ms) VALUES "
         "('tcp://h:1', 'tcp://h:1', 4, 120, 'not JSON', 8)",
         "SELECT count(*) FROM feed_rejects WHERE line = 4 AND byte_offset = 120", 1},
    };
    return kSeeds;
}

TEST(Migrations, LatestVersionIsTheLastStepOfTheLadder) {
    EXPECT_EQ(latest_schema_version(), 8);
    ASSERT_EQ(static_cast<int>(seeds().size()), latest_schema_version())
        << "add a seed for the new migration step";
}

TEST(Migrations, FromEmptyToLatestCreatesTheSchema) {
    Database db(":memory:");
    EXPECT_EQ(db.user_version(), latest_schema_version());
    const std::vector<std::string> names = [&] {
        Statement query = db.prepare(
            "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name");
        std::vector<std::string> result;
        while (query.step()) result.push_back(query.column_text(0));
        return result;
    }();
    const std::vector<std::string> expected = {"alerts",
                                               "alerts_by_card",
                                               "alerts_by_status_priority",
                                               "audit_log",
                                               "audit_log_no_delete",
                                               "audit_log_no_update",
                                               "feed_rejects",
                                               "feed_rejects_by_source",
                                               "import_rejects",
                                               "import_rejects_by_import",
                                               "imports",
                                               "labels",
                                               "labels_by_batch",
                                               "labels_by_transaction",
                                               "model_evaluations",
                                               "model_evaluations_by_model",
                                               "models",
                                               "models_one_active",
                                               "scores",
                                               "scores_by_model_risk",
                                               "transactions",
                                               "transactions_by_card",
                                               "transactions_by_time"};
    EXPECT_EQ(names, expected);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM pragma_table_info('transactions')"), 21);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM pragma_table_info('imports')"), 13);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM pragma_table_info('import_rejects')"), 6);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM pragma_table_info('models')"), 7);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM pragma_table_info('scores')"), 7);
    EXPECT_EQ(db.integrity_check(), "ok");
}

TEST(Migrations, UnmigratedOpenStartsAtVersionZero) {
    Database db(":memory:", OpenMode::ReadWriteUnmigrated);
    EXPECT_EQ(db.user_version(), 0);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM sqlite_master"), 0);
}

TEST(Migrations, EachIntermediateVersionIsReachable) {
    for (int target = 0; target <= latest_schema_version(); ++target) {
        Database db(":memory:", OpenMode::ReadWriteUnmigrated);
        migrate(db, target);
        EXPECT_EQ(db.user_version(), target);
    }
}

TEST(Migrations, FromEachEarlierVersionRowsSurviveAndSchemaMatchesFresh) {
    const std::vector<std::string> fresh = schema_from_empty();
    for (int start = 0; start < latest_schema_version(); ++start) {
        SCOPED_TRACE("starting at version " + std::to_string(start));
        TempPath path;
        {
            Database db(path.str(), OpenMode::ReadWriteUnmigrated);
            migrate(db, start);
            ASSERT_EQ(db.user_version(), start);
            for (const Seed& seed : seeds()) {
                if (seed.version <= start) db.exec(seed.sql);
            }
        }
        Database db(path.str());  // a ReadWrite open migrates to the latest
        EXPECT_EQ(db.user_version(), latest_schema_version());
        EXPECT_EQ(schema_of(db), fresh);
        for (const Seed& seed : seeds()) {
            const std::int64_t expected = seed.version <= start ? seed.expected : 0;
            EXPECT_EQ(db.query_int64(seed.check), expected) << "seed of v" << seed.version;
        }
        for (const Seed& seed : seeds()) {
            if (seed.version > start) db.exec(seed.sql);  // later tables work too
        }
        EXPECT_EQ(db.integrity_check(), "ok");
        EXPECT_EQ(db.query_int64("SELECT count(*) FROM pragma_foreign_key_check"), 0);
    }
}

TEST(Migrations, LadderOneStepAtATimeEqualsSchemaFromEmpty) {
    Database db(":memory:", OpenMode::ReadWriteUnmigrated);
    for (int target = 1; target <= latest_schema_version(); ++target) migrate(db, target);
    EXPECT_EQ(schema_of(db), schema_from_empty());
}

TEST(Migrations, FromVersionOneEqualsSchemaFromEmpty) {
    Database db(":memory:", OpenMode::ReadWriteUnmigrated);
    migrate(db, 1);
    migrate(db);
    EXPECT_EQ(schema_of(db), schema_from_empty());
}

TEST(Migrations, RerunningIsANoOp) {
    TempPath path;
    Database db(path.str());
    db.exec(seeds()[0].sql);
    const std::vector<std::string> before = schema_of(db);
    migrate(db);
    migrate(db);
    migrate(db, 1);  // never downgrades
    EXPECT_EQ(db.user_version(), latest_schema_version());
    EXPECT_EQ(schema_of(db), before);
    EXPECT_EQ(db.query_int64(seeds()[0].check), seeds()[0].expected);
}

TEST(Migrations, TargetBeyondLatestIsRefused) {
    Database db(":memory:", OpenMode::ReadWriteUnmigrated);
    EXPECT_THROW(migrate(db, latest_schema_version() + 1), StorageError);
    EXPECT_EQ(db.user_version(), 0);
}

TEST(Migrations, NewerDatabaseIsRefusedWithAClearMessage) {
    TempPath path;
    const int newer = latest_schema_version() + 1;
    {
        Database db(path.str());
        db.exec("PRAGMA user_version = " + std::to_string(newer));
    }
    for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        try {
            Database db(path.str(), mode);
            ADD_FAILURE() << "expected StorageError";
        } catch (const StorageError& error) {
            const std::string message = error.what();
            EXPECT_NE(message.find("created by a newer FraudDesk; upgrade"), std::string::npos)
                << message;
            EXPECT_NE(message.find(path.str()), std::string::npos) << message;
            EXPECT_NE(message.find("schema version " + std::to_string(newer)), std::string::npos)
                << message;
        }
    }
    Database db(path.str(), OpenMode::ReadWriteUnmigrated);
    EXPECT_THROW(migrate(db), StorageError);
    EXPECT_EQ(db.user_version(), newer);  // left untouched
}

TEST(Migrations, AFailingStepRollsBackTheWholeLadder) {
    Database db(":memory:", OpenMode::ReadWriteUnmigrated);
    db.exec("CREATE TABLE imports(x)");  // makes step 2 fail after step 1 ran
    try {
        migrate(db);
        ADD_FAILURE() << "expected StorageError";
    } catch (const StorageError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("schema version 2"), std::string::npos) << message;
        EXPECT_NE(message.find("table imports already exists"), std::string::npos) << message;
    }
    EXPECT_EQ(db.user_version(), 0);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM sqlite_master WHERE name = 'transactions'"), 0);
}

}  // namespace
}  // namespace fd
