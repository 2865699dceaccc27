#include "ingest/file_importer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "storage/audit_log.h"
#include "storage/import_store.h"
#include "storage/transaction_store.h"
#include "test_support.h"

namespace fd {
namespace {

const char* kHeader = "transaction_id,timestamp,card_id,amount,currency,is_fraud\n";

std::string rows(int from, int to) {
    std::string out;
    for (int i = from; i < to; ++i)
        out += "t" + std::to_string(i) + ",2024-03-01T10:00:" + (i % 60 < 10 ? "0" : "") +
               std::to_string(i % 60) + "Z,card" + std::to_string(i % 7) + "," + std::to_string(i) +
               ".25,EUR," + (i % 10 == 0 ? "1" : "0") + "\n";
    return out;
}

class FileImporterTest : public ::testing::Test {
protected:
    test::ScratchDir dir;
    std::string db_path = dir.file("fd.db");

    ImportReport import(const std::string& path, ImportOptions options = {}) {
        Database db(db_path);
        FileImporter importer(db);
        return importer.run(prepare_import(path, options), options);
    }
    std::int64_t stored() {
        Database db(db_path);
        return db.query_int64("SELECT count(*) FROM transactions");
    }
};

TEST_F(FileImporterTest, ImportsEveryGoodRowAndRecordsTheImport) {
    const auto path = dir.write("a.csv", kHeader + rows(0, 25000));
    ImportOptions options;
    options.batch_rows = 1000;  // many batches
    const auto r = import(path, options);
    EXPECT_EQ(r.counts.rows_read, 25000);
    EXPECT_EQ(r.counts.imported, 25000);
    EXPECT_EQ(r.counts.duplicates, 0);
    EXPECT_EQ(r.counts.rejected, 0);
    EXPECT_EQ(r.format, "csv");
    EXPECT_EQ(r.sha256.size(), 64u);
    EXPECT_FALSE(r.cancelled);
    EXPECT_EQ(stored(), 25000);
    Database db(db_path);
    TransactionStore store(db);
    const auto tx = store.find("t12345");
    ASSERT_TRUE(tx.has_value());
    EXPECT_EQ(tx->amount_minor, 1234525);
    EXPECT_EQ(tx->card_id, "card4");
    EXPECT_EQ(store.labelled_count(), 25000);
    const auto imports = ImportStore(db).list();
    ASSERT_EQ(imports.size(), 1u);
    EXPECT_EQ(imports[0].status, ImportStatus::Done);
    EXPECT_EQ(imports[0].counts.imported, 25000);
    EXPECT_EQ(imports[0].sha256, r.sha256);
}

TEST_F(FileImporterTest, ReimportAddsNothingAndOverlapAddsOnlyNewIds) {
    const auto first = dir.write("first.csv", kHeader + rows(0, 1000));
    const auto overlap = dir.write("overlap.csv", kHeader + rows(500, 1500));
    EXPECT_EQ(import(first).counts.imported, 1000);
    const auto again = import(first);
    EXPECT_EQ(again.counts.imported, 0);
    EXPECT_EQ(again.counts.duplicates, 1000);
    const auto r = import(overlap);
    EXPECT_EQ(r.counts.imported, 500);
    EXPECT_EQ(r.counts.duplicates, 500);
    EXPECT_EQ(stored(), 1500);
}

TEST_F(FileImporterTest, ContentDerivedIdsKeepReimportsIdempotent) {
    const auto path = dir.write("noid.csv",
                                "timestamp,amount,card\n2024-03-01,1.00,a\n"
                                "2024-03-01,2.00,a\n2024-03-02,1.00,b\n");
    EXPECT_EQ(import(path).counts.imported, 3);
    const auto again = import(path);
    EXPECT_EQ(again.counts.imported, 0);
    EXPECT_EQ(again.counts.duplicates, 3);
}

TEST_F(FileImporterTest, RejectsBadRowsWithLineAndFieldAndKeepsTheRest) {
    const std::string content = std::string(kHeader) +
                                "t1,2024-03-01T10:00:00Z,c,1.00,EUR,0\n"      // line 2
                                "t2,2024-02-30T10:00:00Z,c,1.00,EUR,0\n"      // line 3: date
                                "t3,2024-03-01T10:00:00Z,c,NaN,EUR,0\n"       // line 4: amount
                                "t4,2024-03-01T10:00:00Z,c,1.00,EUR\n"        // line 5: count
                                "t5,2024-03-01T10:00:00Z,c,1.00,EUR,maybe\n"  // line 6: label
                                ",2024-03-01T10:00:00Z,c,1.00,EUR,0\n"        // line 7: id
                                "t6,2024-03-01T10:00:00Z,c,2.00,EUR,1\n";     // line 8
    const auto r = import(dir.write("bad.csv", content));
    EXPECT_EQ(r.counts.rows_read, 7);
    EXPECT_EQ(r.counts.imported, 2);
    EXPECT_EQ(r.counts.rejected, 5);
    ASSERT_EQ(r.rejects.size(), 5u);
    const std::vector<std::pair<std::uint64_t, std::string>> expected = {
        {3, "timestamp"}, {4, "amount"}, {5, ""}, {6, "is_fraud"}, {7, "transaction_id"}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(r.rejects[i].line, expected[i].first) << i;
        EXPECT_EQ(r.rejects[i].field, expected[i].second) << i;
        EXPECT_FALSE(r.rejects[i].reason.empty()) << i;
    }
    Database db(db_path);
    const auto stored_rejects = ImportStore(db).rejects(r.import_id);
    ASSERT_EQ(stored_rejects.size(), 5u);
    EXPECT_EQ(stored_rejects[0].line, 3u);
    EXPECT_NE(stored_rejects[0].raw.find("t2,2024-02-30"), std::string::npos);
}

TEST_F(FileImporterTest, FileLevelProblemsImportNothing) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {dir.file("missing.csv"), "not found"},
        {dir.write("empty.csv", ""), "empty"},
        {dir.write("noamount.csv", "id,timestamp,card\n1,2024-03-01,c\n"), "amount"},
        {dir.write("notime.csv", "id,amount,card\n1,5,c\n"), "timestamp"},
        {dir.write("binary.csv", std::string("\x7f"
                                             "ELF\0\0\0\x01\x02\0\0",
                                             11) +
                                     std::string(500, '\0')),
         "binary"},
    };
    for (const auto& [path, needle] : cases) {
        try {
            prepare_import(path, {});
            ADD_FAILURE() << "accepted " << path;
        } catch (const FileError& e) {
            EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
            EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
        }
    }
}

TEST_F(FileImporterTest, ImportsJsonAndNdjsonWithNestedFields) {
    const auto json = dir.write("a.json",
                                R"({"source": "x", "transactions": [
 {"id": "j1", "time": "2024-03-01T10:00:00Z", "payment": {"amount": 12.5, "currency": "EUR"},
  "metadata": {"geo": {"country": "FR"}}, "risk_hint": 3},
 {"id": "j2", "time": "2024-03-01T11:00:00Z", "payment": {"amount": 7, "currency": "EUR"},
  "metadata": {"geo": {"country": "DE"}}}
]})");
    const auto ndjson =
        dir.write("b.ndjson",
                  "{\"id\":\"n1\",\"timestamp\":1709287200000,\"amount\":\"3.10\"}\n"
                  "{not json}\n"
                  "{\"id\":\"n2\",\"timestamp\":1709287201000,\"amount\":4}\n");
    const auto r1 = import(json);
    EXPECT_EQ(r1.format, "json");
    EXPECT_EQ(r1.counts.imported, 2);
    const auto r2 = import(ndjson);
    EXPECT_EQ(r2.format, "ndjson");
    EXPECT_EQ(r2.counts.imported, 2);
    EXPECT_EQ(r2.counts.rejected, 1);
    ASSERT_EQ(r2.rejects.size(), 1u);
    EXPECT_EQ(r2.rejects[0].line, 2u);
    Database db(db_path);
    TransactionStore store(db);
    const auto j1 = store.find("j1");
    ASSERT_TRUE(j1.has_value());
    EXPECT_EQ(j1->amount_minor, 1250);
    EXPECT_EQ(j1->country, "FR");
    EXPECT_EQ(j1->extras, (std::vector<NamedNumber>{{"risk_hint", 3.0}}));
    EXPECT_EQ(store.find("n1")->amount_minor, 310);
}

TEST_F(FileImporterTest, CancelKeepsCommittedBatchesAndSaysSo) {
    const auto path = dir.write("big.csv", kHeader + rows(0, 20000));
    std::atomic<bool> cancel{false};
    ImportOptions options;
    options.batch_rows = 1000;
    options.cancel = &cancel;
    Database db(db_path);
    FileImporter importer(db);
    int batches = 0;
    const auto r = importer.run(prepare_import(path, options), options, [&](const ImportProgress&) {
        if (++batches == 3) cancel = true;
    });
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(r.counts.imported, 3000);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM transactions"), 3000);
    EXPECT_EQ(ImportStore(db).list().at(0).status, ImportStatus::Cancelled);
    // The audit row says what was kept: the rows committed before the cancel.
    const auto audited = AuditLog(db).recent(1, "import");
    ASSERT_EQ(audited.size(), 1u);
    const auto details = nlohmann::json::parse(audited[0].details);
    EXPECT_EQ(details["cancelled"], true);
    EXPECT_EQ(details["status"], "cancelled");
    EXPECT_EQ(details["imported"], 3000);
    // Re-running completes the import exactly.
    const auto rest = importer.run(prepare_import(path, {}), {});
    EXPECT_EQ(rest.counts.imported, 17000);
    EXPECT_EQ(rest.counts.duplicates, 3000);
}

TEST_F(FileImporterTest, EachImportLeavesOneAuditRowWithItsCountsAndTheChainHolds) {
    const auto path =
        dir.write("batch.csv", kHeader + rows(0, 300) + "bad,2024-02-30T10:00:00Z,c,1.00,EUR,0\n");
    ImportOptions options;
    options.actor = "ada";
    const auto first = import(path, options);
    {
        Database db(db_path);
        AuditLog log(db);
        const auto entries = log.recent(10);
        ASSERT_EQ(entries.size(), 1u);
        EXPECT_EQ(entries[0].action, "import");
        EXPECT_EQ(entries[0].actor, "ada");
        EXPECT_EQ(entries[0].subject, "batch.csv");
        const auto details = nlohmann::json::parse(entries[0].details);
        EXPECT_EQ(details["path"], path);
        EXPECT_EQ(details["import_id"], first.import_id);
        EXPECT_EQ(details["status"], "done");
        EXPECT_EQ(details["rows_read"], 301);
        EXPECT_EQ(details["imported"], 300);
        EXPECT_EQ(details["duplicates"], 0);
        EXPECT_EQ(details["rejected"], 1);
        EXPECT_EQ(details["cancelled"], false);
        EXPECT_EQ(details["sha256"], first.sha256);
        EXPECT_TRUE(log.verify().intact);
    }
    // The same file again: a second row, by "system" when nobody is named.
    import(path);
    Database db(db_path);
    AuditLog log(db);
    const auto entries = log.recent(10, "import");
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].actor, "system");
    const auto details = nlohmann::json::parse(entries[0].details);
    EXPECT_EQ(details["imported"], 0);
    EXPECT_EQ(details["duplicates"], 300);
    const auto check = log.verify();
    EXPECT_TRUE(check.intact) << check.problem;
    EXPECT_EQ(check.rows, 2);
}

TEST_F(FileImporterTest, ReportsProgressInOrder) {
    const auto path = dir.write("p.csv", kHeader + rows(0, 5000));
    ImportOptions options;
    options.batch_rows = 500;
    Database db(db_path);
    FileImporter importer(db);
    std::vector<ImportProgress> seen;
    importer.run(prepare_import(path, options), options,
                 [&](const ImportProgress& p) { seen.push_back(p); });
    ASSERT_EQ(seen.size(), 10u);
    for (std::size_t i = 1; i < seen.size(); ++i) {
        EXPECT_GE(seen[i].bytes_done, seen[i - 1].bytes_done);
        EXPECT_EQ(seen[i].counts.rows_read, static_cast<std::int64_t>(500 * (i + 1)));
    }
    EXPECT_EQ(seen.back().bytes_done, seen.back().bytes_total);
}

TEST_F(FileImporterTest, UsesAGivenMappingProfile) {
    const auto path = dir.write("de.csv", "Zeit;Betrag;Karte\n2024-03-01 10:00:00;12,50;k1\n");
    MappingProfile p;
    p.column(CanonicalField::Timestamp) = "Zeit";
    p.column(CanonicalField::Amount) = "Betrag";
    p.column(CanonicalField::CardId) = "Karte";
    p.default_currency = "EUR";
    ImportOptions options;
    options.mapping = p;
    EXPECT_THROW(prepare_import(path, {}), FileError);  // nothing detectable
    const auto r = import(path, options);
    EXPECT_EQ(r.counts.imported, 1);
}

bool has_card_index(const std::string& db_path) {
    Database db(db_path, OpenMode::ReadOnly);
    return db.query_int64(
               "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
               "name = 'transactions_by_card'") == 1;
}

// A bulk load drops the card index and must leave it rebuilt, whatever happens, with the
// query planner able to use it.
TEST_F(FileImporterTest, BulkLoadRebuildsTheCardIndexAndSaysSoInProgress) {
    const auto path = dir.write("bulk.csv", kHeader + rows(0, 30000));
    ImportOptions options;
    options.bulk_load_bytes = 0;  // any file larger than the database counts as bulk
    Database db(db_path);
    FileImporter importer(db);
    bool saw_indexing = false;
    bool index_gone_while_loading = false;
    const auto report =
        importer.run(prepare_import(path, options), options, [&](const ImportProgress& p) {
            if (p.indexing) {
                saw_indexing = true;
                EXPECT_EQ(p.counts.imported, 30000);
            } else if (!has_card_index(db_path)) {
                index_gone_while_loading = true;
            }
        });
    EXPECT_EQ(report.counts.imported, 30000);
    EXPECT_TRUE(saw_indexing);
    EXPECT_TRUE(index_gone_while_loading);
    EXPECT_TRUE(has_card_index(db_path));
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM transactions INDEXED BY transactions_by_card "
                             "WHERE card_id = 'card3'"),
              30000 / 7 + 1);  // ids 3, 10, 17, ... below 30000
}

TEST_F(FileImporterTest, SmallImportKeepsTheCardIndex) {
    import(dir.write("seed.csv", kHeader + rows(0, 5000)));
    const auto path = dir.write("small.csv", kHeader + rows(5000, 6000));
    ImportOptions options;
    options.bulk_load_bytes = 0;  // bulk by size, but smaller than the database
    Database db(db_path);
    FileImporter importer(db);
    importer.run(prepare_import(path, options), options, [&](const ImportProgress& p) {
        EXPECT_FALSE(p.indexing);
        EXPECT_TRUE(has_card_index(db_path));
    });
}

// An import killed between drop and rebuild leaves no index; opening for writing heals it.
TEST_F(FileImporterTest, OpeningForWritingRestoresADroppedCardIndex) {
    import(dir.write("a.csv", kHeader + rows(0, 100)));
    {
        Database db(db_path);
        drop_bulk_indexes(db);
    }
    EXPECT_FALSE(has_card_index(db_path));
    { Database db(db_path); }
    EXPECT_TRUE(has_card_index(db_path));
}

}  // namespace
}  // namespace fd
