#include "storage/transaction_store.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "storage/database.h"
#include "storage/import_store.h"

namespace fd {
namespace {

Transaction minimal(const std::string& id, std::int64_t ts = 1'700'000'000'000) {
    Transaction t;
    t.id = id;
    t.timestamp_ms = ts;
    t.amount_minor = 1999;
    t.currency = "EUR";
    return t;
}

Transaction full() {
    Transaction t;
    t.id = "tx-\xc3\xa9\xe2\x82\xac-1";
    t.timestamp_ms = -86'400'000;  // before the epoch is still a valid timestamp
    t.card_id = "4111111111111111";
    t.customer_id = "cust-42";
    t.merchant_id = "term-9";
    t.merchant_category = "5411";
    t.amount_minor = std::numeric_limits<std::int64_t>::max();
    t.currency = "KWD";
    t.country = "DE";
    t.city = "M\xc3\xbcnchen";
    t.latitude = 48.137154;
    t.longitude = -11.576124;
    t.channel = "online";
    t.device_id = "dev-\"quoted\"";
    t.ip = "2001:db8::1";
    t.label = Label::Fraud;
    t.scenario = "card_testing";
    t.extras = {{"velocity_1h", 3.0},
                {"ratio", 0.1 + 0.2},
                {"tiny", 5e-324},
                {"huge", -1.7976931348623157e308},
                {"name \"with\" quotes\\", 1.5},
                {"unicode \xe2\x82\xac \xf0\x9f\x92\xb3", -2.25},
                {"", 0.0}};
    t.attributes = {{"note", "line1\nline2\ttab\r\x01\x1f end"},
                    {"json", "{\"a\":[1,2]} \\ / \b \f"},
                    {"emoji", "\xf0\x9f\x98\x80 \xe4\xb8\xad\xe6\x96\x87"},
                    {"empty", ""},
                    {"z_first_in_alphabet_last_in_order", "order kept"},
                    {"a", "after z"}};
    return t;
}

// A live feed needs each stored row's id to write its score; duplicates get 0.
TEST(TransactionStore, InsertEachGivesRowIdsAndZeroForDuplicates) {
    Database db(":memory:");
    TransactionStore store(db);
    store.insert(std::vector{minimal("a")});
    const std::vector batch{minimal("b"), minimal("a"), minimal("c"), minimal("b")};
    std::vector<std::int64_t> ids;
    const auto result = store.insert_each(batch, ids);
    EXPECT_EQ(result, (InsertResult{2, 2}));
    ASSERT_EQ(ids.size(), 4u);
    EXPECT_EQ(ids[1], 0);
    EXPECT_EQ(ids[3], 0);
    EXPECT_EQ(ids[0], db.query_int64("SELECT id FROM transactions WHERE ext_id = 'b'"));
    EXPECT_EQ(ids[2], db.query_int64("SELECT id FROM transactions WHERE ext_id = 'c'"));
}

TEST(TransactionStore, RoundTripsEveryField) {
    Database db(":memory:");
    TransactionStore store(db);
    const std::vector<Transaction> batch = {full()};
    EXPECT_EQ(store.insert(batch), (InsertResult{1, 0}));
    const auto found = store.find(batch[0].id);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(*found, batch[0]);
}

TEST(TransactionStore, RoundTripsOptionalFieldsAndLabels) {
    struct Case {
        const char* name;
        std::optional<double> latitude;
        std::optional<double> longitude;
        Label label;
    };
    const std::vector<Case> cases = {
        {"absent_unknown", std::nullopt, std::nullopt, Label::Unknown},
        {"both_legit", 0.0, 0.0, Label::Legit},
        {"lat_only_fraud", -33.8688, std::nullopt, Label::Fraud},
        {"lon_only_unknown", std::nullopt, 151.2093, Label::Unknown},
    };
    Database db(":memory:");
    TransactionStore store(db);
    for (const auto& c : cases) {
        Transaction t = minimal(c.name);
        t.latitude = c.latitude;
        t.longitude = c.longitude;
        t.label = c.label;
        EXPECT_EQ(store.insert(std::vector<Transaction>{t}), (InsertResult{1, 0})) << c.name;
        const auto found = store.find(c.name);
        ASSERT_TRUE(found.has_value()) << c.name;
        EXPECT_EQ(*found, t) << c.name;
    }
}

TEST(TransactionStore, StoresNullForEmptyJsonUnknownLabelAndAbsentPosition) {
    Database db(":memory:");
    TransactionStore store(db);
    store.insert(std::vector<Transaction>{minimal("plain")});
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM transactions WHERE extras IS NULL AND "
                             "attributes IS NULL AND label IS NULL AND latitude IS NULL AND "
                             "longitude IS NULL AND import_id IS NULL AND card_id = ''"),
              1);
}

TEST(TransactionStore, WritesCompactJsonObjects) {
    Database db(":memory:");
    TransactionStore store(db);
    Transaction t = minimal("json");
    t.extras = {{"a", 1.0}, {"b", -0.5}, {"c", 1e21}};
    t.attributes = {{"q\"", "x\ny"}, {"ctl", std::string("\x00\x7f", 2)}};
    store.insert(std::vector<Transaction>{t});
    Statement query = db.prepare("SELECT extras, attributes FROM transactions");
    ASSERT_TRUE(query.step());
    EXPECT_EQ(query.column_text(0), R"({"a":1,"b":-0.5,"c":1e+21})");
    EXPECT_EQ(query.column_text(1), "{\"q\\\"\":\"x\\ny\",\"ctl\":\"\\u0000\x7f\"}");
    EXPECT_EQ(db.query_int64("SELECT json_valid(extras) AND json_valid(attributes) FROM "
                             "transactions"),
              1);
    EXPECT_EQ(*store.find("json"), t);
}

TEST(TransactionStore, NonFiniteExtrasBecomeNullAndReadBackAsNaN) {
    Database db(":memory:");
    TransactionStore store(db);
    Transaction t = minimal("nan");
    t.extras = {{"nan", std::numeric_limits<double>::quiet_NaN()},
                {"inf", std::numeric_limits<double>::infinity()},
                {"ok", 2.0}};
    store.insert(std::vector<Transaction>{t});
    EXPECT_EQ(db.query_int64("SELECT json_valid(extras) FROM transactions"), 1);
    const auto found = store.find("nan");
    ASSERT_TRUE(found.has_value());
    ASSERT_EQ(found->extras.size(), 3u);
    EXPECT_EQ(found->extras[0].name, "nan");
    EXPECT_TRUE(std::isnan(found->extras[0].value));
    EXPECT_TRUE(std::isnan(found->extras[1].value));
    EXPECT_EQ(found->extras[2].value, 2.0);
}

TEST(TransactionStore, CountsDuplicatesWithinAndAcrossBatches) {
    Database db(":memory:");
    TransactionStore store(db);
    struct Step {
        std::vector<std::string> ids;
        InsertResult expected;
        std::int64_t count_after;
    };
    const std::vector<Step> steps = {
        {{"a", "b", "c"}, {3, 0}, 3},
        {{"d", "d", "e", "d"}, {2, 2}, 5},  // repeated within the batch
        {{"a", "b", "f"}, {1, 2}, 6},       // already stored
        {{"a", "b", "c", "d", "e", "f"}, {0, 6}, 6},
        {{}, {0, 0}, 6},
    };
    for (std::size_t i = 0; i < steps.size(); ++i) {
        std::vector<Transaction> batch;
        for (const auto& id : steps[i].ids) batch.push_back(minimal(id));
        SqlTransaction transaction(db);
        EXPECT_EQ(store.insert(batch), steps[i].expected) << "step " << i;
        transaction.commit();
        EXPECT_EQ(store.count(), steps[i].count_after) << "step " << i;
    }
}

TEST(TransactionStore, DuplicateKeepsTheFirstStoredVersion) {
    Database db(":memory:");
    TransactionStore store(db);
    Transaction first = minimal("same");
    Transaction second = minimal("same");
    second.amount_minor = 1;
    second.label = Label::Fraud;
    EXPECT_EQ(store.insert(std::vector<Transaction>{first, second}), (InsertResult{1, 1}));
    EXPECT_EQ(*store.find("same"), first);
}

TEST(TransactionStore, RollbackLeavesNothing) {
    Database db(":memory:");
    TransactionStore store(db);
    {
        SqlTransaction transaction(db);
        std::vector<Transaction> batch = {minimal("r1"), minimal("r2"), full()};
        EXPECT_EQ(store.insert(batch), (InsertResult{3, 0}));
        EXPECT_EQ(store.count(), 3);
    }
    EXPECT_EQ(store.count(), 0);
    EXPECT_EQ(store.labelled_count(), 0);
    EXPECT_FALSE(store.find("r1").has_value());
    // The same rows go in again afterwards: nothing was left half-done.
    SqlTransaction transaction(db);
    EXPECT_EQ(store.insert(std::vector<Transaction>{minimal("r1")}), (InsertResult{1, 0}));
    transaction.commit();
}

TEST(TransactionStore, CountAndLabelledCount) {
    Database db(":memory:");
    TransactionStore store(db);
    EXPECT_EQ(store.count(), 0);
    EXPECT_EQ(store.labelled_count(), 0);
    std::vector<Transaction> batch;
    const std::vector<Label> labels = {Label::Unknown, Label::Fraud, Label::Legit, Label::Unknown,
                                       Label::Legit};
    for (std::size_t i = 0; i < labels.size(); ++i) {
        batch.push_back(minimal("id" + std::to_string(i)));
        batch.back().label = labels[i];
    }
    store.insert(batch);
    EXPECT_EQ(store.count(), 5);
    EXPECT_EQ(store.labelled_count(), 3);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM transactions WHERE label = 1"), 1);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM transactions WHERE label = 0"), 2);
}

TEST(TransactionStore, FindMissingReturnsNothing) {
    Database db(":memory:");
    TransactionStore store(db);
    EXPECT_FALSE(store.find("nope").has_value());
    EXPECT_FALSE(store.find("").has_value());
}

TEST(TransactionStore, ImportIdIsStoredAndMustExist) {
    Database db(":memory:");
    ImportStore imports(db);
    TransactionStore store(db);
    const std::int64_t import_id = imports.begin("feed.csv", "00", 10, "csv", 1);
    store.insert(std::vector<Transaction>{minimal("with-import")}, import_id);
    EXPECT_EQ(db.query_int64("SELECT import_id FROM transactions WHERE ext_id = 'with-import'"),
              import_id);
    // Foreign keys are on: an unknown import id is an error, not a duplicate.
    EXPECT_THROW(store.insert(std::vector<Transaction>{minimal("orphan")}, import_id + 100),
                 StorageError);
    EXPECT_FALSE(store.find("orphan").has_value());
    // The store stays usable after the error.
    EXPECT_EQ(store.insert(std::vector<Transaction>{minimal("after")}), (InsertResult{1, 0}));
}

TEST(TransactionStore, MalformedJsonInTheDatabaseIsAClearError) {
    Database db(":memory:");
    TransactionStore store(db);
    db.exec(
        "INSERT INTO transactions(ext_id, ts_ms, amount_minor, currency, extras) VALUES "
        "('bad', 1, 1, 'EUR', '{not json')");
    try {
        store.find("bad");
        FAIL() << "expected StorageError";
    } catch (const StorageError& error) {
        EXPECT_NE(std::string(error.what()).find("'bad'"), std::string::npos) << error.what();
    }
    EXPECT_FALSE(store.find("other").has_value());  // find_ was reset after the throw
}

TEST(TransactionStore, ManyRowsInOneBatch) {
    Database db(":memory:");
    TransactionStore store(db);
    std::vector<Transaction> batch;
    for (int i = 0; i < 5000; ++i) {
        Transaction t = minimal("bulk-" + std::to_string(i % 4000), i);
        t.extras = {{"i", static_cast<double>(i)}};
        batch.push_back(std::move(t));
    }
    SqlTransaction transaction(db);
    EXPECT_EQ(store.insert(batch), (InsertResult{4000, 1000}));
    transaction.commit();
    EXPECT_EQ(store.count(), 4000);
    EXPECT_EQ(store.find("bulk-3999")->extras, (std::vector<NamedNumber>{{"i", 3999.0}}));
}

TEST(TransactionStore, ScanStreamsARangeInTimeOrderInBatches) {
    Database db(":memory:");
    TransactionStore store(db);
    std::vector<Transaction> rows;
    for (int i = 0; i < 25; ++i) rows.push_back(minimal("s" + std::to_string(i), 1000 - 10 * i));
    store.insert(rows);
    std::vector<std::string> seen;
    std::vector<std::size_t> batch_sizes;
    const auto total = store.scan(800, 1000, 4, [&](auto batch, auto row_ids) {
        EXPECT_EQ(batch.size(), row_ids.size());
        batch_sizes.push_back(batch.size());
        for (std::size_t i = 0; i < batch.size(); ++i) {
            seen.push_back(batch[i].id);
            // The row id is the one the database gave the row.
            EXPECT_EQ(row_ids[i], db.query_int64("SELECT id FROM transactions WHERE ext_id = '" +
                                                 batch[i].id + "'"));
        }
        return true;
    });
    // Timestamps 1000, 990, ..., 760: [800, 1000) holds s1 (990) ... s20 (800), oldest first.
    EXPECT_EQ(total, 20);
    ASSERT_EQ(seen.size(), 20u);
    EXPECT_EQ(seen.front(), "s20");
    EXPECT_EQ(seen.back(), "s1");
    EXPECT_EQ(batch_sizes, (std::vector<std::size_t>{4, 4, 4, 4, 4}));
    // The sink can stop early.
    EXPECT_EQ(store.scan(0, 2000, 10, [](auto, auto) { return false; }), 10);
}

}  // namespace
}  // namespace fd
