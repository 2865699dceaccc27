#include "storage/import_store.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/limits.h"
#include "storage/database.h"
#include "storage/transaction_store.h"

namespace fd {
namespace {

const std::string kSha = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

TEST(ImportStore, StatusNames) {
    struct Case {
        ImportStatus status;
        const char* name;
    };
    const std::vector<Case> cases = {{ImportStatus::Running, "running"},
                                     {ImportStatus::Done, "done"},
                                     {ImportStatus::Cancelled, "cancelled"},
                                     {ImportStatus::Failed, "failed"}};
    for (const auto& c : cases) EXPECT_EQ(import_status_name(c.status), c.name);
}

TEST(ImportStore, BeginCreatesARunningImport) {
    Database db(":memory:");
    ImportStore store(db);
    EXPECT_EQ(store.count(), 0);
    const std::int64_t id = store.begin("/data/feed.csv", kSha, 12345, "csv", 1'700'000'000'000);
    EXPECT_GT(id, 0);
    EXPECT_EQ(store.count(), 1);
    const auto records = store.list();
    ASSERT_EQ(records.size(), 1u);
    const ImportRecord& r = records[0];
    EXPECT_EQ(r.id, id);
    EXPECT_EQ(r.source, "/data/feed.csv");
    EXPECT_EQ(r.sha256, kSha);
    EXPECT_EQ(r.size_bytes, 12345);
    EXPECT_EQ(r.format, "csv");
    EXPECT_EQ(r.started_ms, 1'700'000'000'000);
    EXPECT_EQ(r.finished_ms, 0);
    EXPECT_EQ(r.status, ImportStatus::Running);
    EXPECT_EQ(r.counts.rows_read, 0);
    EXPECT_EQ(r.counts.imported, 0);
    EXPECT_EQ(r.counts.duplicates, 0);
    EXPECT_EQ(r.counts.rejected, 0);
    EXPECT_EQ(r.seconds, 0.0);
}

TEST(ImportStore, UpdateCountsThenFinish) {
    Database db(":memory:");
    ImportStore store(db);
    const std::int64_t id = store.begin("a.ndjson", kSha, 10, "ndjson", 1000);
    store.update_counts(id, {100, 90, 5, 5});
    auto r = store.list().at(0);
    EXPECT_EQ(r.status, ImportStatus::Running);
    EXPECT_EQ(r.counts.rows_read, 100);
    EXPECT_EQ(r.counts.imported, 90);
    EXPECT_EQ(r.counts.duplicates, 5);
    EXPECT_EQ(r.counts.rejected, 5);

    store.finish(id, ImportStatus::Done, {200, 180, 10, 10}, 4500, 3.5);
    r = store.list().at(0);
    EXPECT_EQ(r.status, ImportStatus::Done);
    EXPECT_EQ(r.counts.rows_read, 200);
    EXPECT_EQ(r.counts.imported, 180);
    EXPECT_EQ(r.counts.duplicates, 10);
    EXPECT_EQ(r.counts.rejected, 10);
    EXPECT_EQ(r.finished_ms, 4500);
    EXPECT_EQ(r.seconds, 3.5);
}

TEST(ImportStore, FinishStoresEveryStatus) {
    Database db(":memory:");
    ImportStore store(db);
    for (const ImportStatus status : {ImportStatus::Running, ImportStatus::Done,
                                      ImportStatus::Cancelled, ImportStatus::Failed}) {
        const std::int64_t id = store.begin("f", kSha, 0, "csv", 1);
        store.finish(id, status, {}, 2, 0.25);
        EXPECT_EQ(store.list().at(0).status, status) << import_status_name(status);
    }
}

TEST(ImportStore, UnknownImportIdIsAnError) {
    Database db(":memory:");
    ImportStore store(db);
    EXPECT_THROW(store.update_counts(99, {1, 1, 0, 0}), StorageError);
    EXPECT_THROW(store.finish(99, ImportStatus::Done, {}, 1, 1.0), StorageError);
    const std::vector<RowError> rejects = {{1, "", "bad", "raw"}};
    EXPECT_THROW(store.add_rejects(99, rejects), StorageError);  // foreign key
}

TEST(ImportStore, ListIsNewestFirst) {
    Database db(":memory:");
    ImportStore store(db);
    const std::int64_t oldest = store.begin("1.csv", kSha, 0, "csv", 1000);
    const std::int64_t newest = store.begin("2.csv", kSha, 0, "csv", 3000);
    const std::int64_t middle = store.begin("3.csv", kSha, 0, "csv", 2000);
    const std::int64_t same_time = store.begin("4.csv", kSha, 0, "csv", 3000);
    std::vector<std::int64_t> ids;
    for (const auto& r : store.list()) ids.push_back(r.id);
    EXPECT_EQ(ids, (std::vector<std::int64_t>{same_time, newest, middle, oldest}));
    EXPECT_EQ(store.count(), 4);
}

TEST(ImportStore, RejectsAreStoredInLineOrderWithLimit) {
    Database db(":memory:");
    ImportStore store(db);
    const std::int64_t id = store.begin("r.csv", kSha, 0, "csv", 1);
    const std::int64_t other = store.begin("other.csv", kSha, 0, "csv", 2);
    const std::vector<RowError> rejects = {
        {7, "amount", "Amount 'abc' is not a number", "7,abc,EUR"},
        {3, "", "Row has 2 fields, the header has 3", "3,x"},
        {5, "timestamp", "Timestamp '31/02' is not a date", "5,10,EUR,31/02"},
    };
    store.add_rejects(id, rejects);
    store.add_rejects(other, std::vector<RowError>{{1, "id", "Missing id", ""}});

    const auto stored = store.rejects(id);
    ASSERT_EQ(stored.size(), 3u);
    // Index into `rejects` of each stored row: ordered by line 3, 5, 7.
    const std::vector<std::size_t> by_line = {1, 2, 0};
    for (std::size_t i = 0; i < stored.size(); ++i) {
        const RowError& expected = rejects[by_line[i]];
        EXPECT_EQ(stored[i].line, expected.line);
        EXPECT_EQ(stored[i].field, expected.field);
        EXPECT_EQ(stored[i].reason, expected.reason);
        EXPECT_EQ(stored[i].raw, expected.raw);
    }
    const auto limited = store.rejects(id, 2);
    ASSERT_EQ(limited.size(), 2u);
    EXPECT_EQ(limited[0].line, 3u);
    EXPECT_EQ(limited[1].line, 5u);
    EXPECT_EQ(store.rejects(other).size(), 1u);
    EXPECT_TRUE(store.rejects(12345).empty());
}

TEST(ImportStore, RawTextIsTruncatedToTheLimit) {
    Database db(":memory:");
    ImportStore store(db);
    const std::int64_t id = store.begin("big.csv", kSha, 0, "csv", 1);
    const std::string euro = "\xe2\x82\xac";  // 3 bytes
    struct Case {
        const char* name;
        std::string raw;
        std::string expected;
    };
    const std::string at_limit(kMaxRawRejectBytes, 'a');
    // A multi-byte character across the limit is dropped whole, keeping the text valid UTF-8.
    const std::string prefix(kMaxRawRejectBytes - 1, 'b');
    const std::vector<Case> cases = {
        {"short", "1,2,3", "1,2,3"},
        {"at_limit", at_limit, at_limit},
        {"over_limit", std::string(kMaxRawRejectBytes * 4, 'c'),
         std::string(kMaxRawRejectBytes, 'c')},
        {"utf8_boundary", prefix + euro + "tail", prefix},
    };
    std::vector<RowError> rejects;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        rejects.push_back({i + 1, "", cases[i].name, cases[i].raw});
    }
    store.add_rejects(id, rejects);
    const auto stored = store.rejects(id);
    ASSERT_EQ(stored.size(), cases.size());
    for (std::size_t i = 0; i < cases.size(); ++i) {
        EXPECT_EQ(stored[i].raw, cases[i].expected) << cases[i].name;
        EXPECT_LE(stored[i].raw.size(), kMaxRawRejectBytes) << cases[i].name;
    }
}

TEST(ImportStore, DeletingAnImportCascadesToItsRejects) {
    Database db(":memory:");
    ImportStore store(db);
    const std::int64_t gone = store.begin("gone.csv", kSha, 0, "csv", 1);
    const std::int64_t kept = store.begin("kept.csv", kSha, 0, "csv", 2);
    store.add_rejects(gone, std::vector<RowError>{{1, "", "a", ""}, {2, "", "b", ""}});
    store.add_rejects(kept, std::vector<RowError>{{1, "", "c", ""}});
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM import_rejects"), 3);

    Statement remove = db.prepare("DELETE FROM imports WHERE id = ?1");
    remove.bind(1, gone);
    remove.step();
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM import_rejects"), 1);
    EXPECT_TRUE(store.rejects(gone).empty());
    EXPECT_EQ(store.rejects(kept).size(), 1u);
    EXPECT_EQ(store.count(), 1);
}

TEST(ImportStore, ImportReferencedByTransactionsCannotBeDeleted) {
    Database db(":memory:");
    ImportStore store(db);
    TransactionStore transactions(db);
    const std::int64_t id = store.begin("t.csv", kSha, 0, "csv", 1);
    Transaction t;
    t.id = "t1";
    t.currency = "EUR";
    transactions.insert(std::vector<Transaction>{t}, id);
    EXPECT_THROW(db.exec("DELETE FROM imports WHERE id = " + std::to_string(id)), StorageError);
    EXPECT_EQ(store.count(), 1);
}

TEST(ImportStore, RejectsRollBackWithTheBatch) {
    Database db(":memory:");
    ImportStore store(db);
    const std::int64_t id = store.begin("x.csv", kSha, 0, "csv", 1);
    {
        SqlTransaction transaction(db);
        store.add_rejects(id, std::vector<RowError>{{1, "", "bad", "x"}});
        store.update_counts(id, {1, 0, 0, 1});
    }
    EXPECT_TRUE(store.rejects(id).empty());
    EXPECT_EQ(store.list().at(0).counts.rejected, 0);
}

}  // namespace
}  // namespace fd
