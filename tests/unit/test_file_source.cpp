// file:// through the pipeline: every row stored exactly, rejects recorded with their
// lines in import_rejects and feed_rejects, the imports row's counts committed with the
// rows, and a second run storing nothing new.
#include "ingest/file_source.h"

#include <gtest/gtest.h>

#include "source_test_support.h"
#include "storage/database.h"
#include "storage/import_store.h"
#include "storage/transaction_store.h"
#include "test_support.h"

namespace fd {
namespace {

struct Run {
    qint64 committed = 0, duplicates = 0, rejected = 0;
    Pipeline::State state = Pipeline::State::Idle;
};

Run run_to_end(const std::string& db, const std::string& uri, std::size_t batch_rows = 5000) {
    Pipeline pipeline(QString::fromStdString(db), nullptr, 0);
    PipelineOptions options;
    options.max_batch_rows = batch_rows;
    test::start(pipeline, uri, options);
    EXPECT_TRUE(test::wait_for([&] { return test::ended(pipeline); }));
    pipeline.wait();
    return {pipeline.committedRows(), pipeline.duplicateRows(), pipeline.rejectedRows(),
            pipeline.state()};
}

// The stored rows' ids, timestamps and amounts in id order, as text to compare whole.
std::string stored_rows(const std::string& db_path) {
    Database db(db_path, OpenMode::ReadOnly);
    auto q = db.prepare(
        "SELECT ext_id, ts_ms, amount_minor, currency, card_id FROM transactions "
        "ORDER BY ext_id");
    std::string out;
    while (q.step())
        out += q.column_text(0) + "," + std::to_string(q.column_int64(1)) + "," +
               std::to_string(q.column_int64(2)) + q.column_text(3) + "," + q.column_text(4) + "\n";
    return out;
}

std::string expected_rows(std::vector<Transaction> rows) {
    std::sort(rows.begin(), rows.end(), [](auto& a, auto& b) { return a.id < b.id; });
    std::string out;
    for (const auto& t : rows)
        out += t.id + "," + std::to_string(t.timestamp_ms) + "," + std::to_string(t.amount_minor) +
               t.currency + "," + t.card_id + "\n";
    return out;
}

TEST(FileSource, StoresACsvExactlyRecordsItsRejectsAndARerunStoresNothingNew) {
    test::ScratchDir dir;
    const auto rows = test::generated_rows(3000, 11, "C-");
    // Line 1 is the header, rows[0..99] lines 2-101, a bad line 102, rows[100..2999] lines
    // 103-3002 and a row with a bad amount line 3003.
    std::string text = test::file_text({rows.begin(), rows.begin() + 100}, WriteFormat::Csv);
    text += "this line has one field\n";
    const auto rest = test::file_text({rows.begin() + 100, rows.end()}, WriteFormat::Csv);
    text += rest.substr(rest.find('\n') + 1);  // without its header
    text +=
        "C-bad,2024-01-01T00:00:00.000Z,card,cust,merch,5411,notanumber,EUR,FR,Paris,,,"
        "online,dev,1.2.3.4,,\n";
    const auto path = dir.write("batch.csv", text);
    const auto db = dir.file("f.db");

    const auto first = run_to_end(db, "file://" + path, 700);
    EXPECT_EQ(first.state, Pipeline::State::Finished);
    EXPECT_EQ(first.committed, 3000);
    EXPECT_EQ(first.duplicates, 0);
    EXPECT_EQ(first.rejected, 2);
    EXPECT_EQ(stored_rows(db), expected_rows(rows));

    const auto second = run_to_end(db, "file://" + path, 700);
    EXPECT_EQ(second.state, Pipeline::State::Finished);
    EXPECT_EQ(second.committed, 0);
    EXPECT_EQ(second.duplicates, 3000);

    Database check(db);
    EXPECT_EQ(TransactionStore(check).count(), 3000);
    ImportStore imports(check);
    const auto list = imports.list();  // newest first
    ASSERT_EQ(list.size(), 2u);
    for (const auto& record : list) {
        EXPECT_EQ(record.status, ImportStatus::Done);
        EXPECT_EQ(record.source, path);
        EXPECT_EQ(record.format, "csv");
        EXPECT_EQ(record.sha256.size(), 64u);
        EXPECT_EQ(record.counts.rows_read, 3002);
        EXPECT_EQ(record.counts.rejected, 2);
    }
    EXPECT_EQ(list[1].counts.imported, 3000);
    EXPECT_EQ(list[1].counts.duplicates, 0);
    EXPECT_EQ(list[0].counts.imported, 0);
    EXPECT_EQ(list[0].counts.duplicates, 3000);
    // Every row belongs to the import that stored it.
    EXPECT_EQ(check.query_int64("SELECT count(*) FROM transactions WHERE import_id = " +
                                std::to_string(list[1].id)),
              3000);
    const auto rejects = imports.rejects(list[1].id);
    ASSERT_EQ(rejects.size(), 2u);
    EXPECT_EQ(rejects[0].line, 102u);
    EXPECT_EQ(rejects[1].line, 3003u);
    EXPECT_EQ(rejects[1].field, "amount");
    EXPECT_EQ(check.query_int64("SELECT count(*) FROM feed_rejects WHERE line IN (102, 3003)"), 4);
    // Each finished file is in the audit log, as an import from the app is.
    EXPECT_EQ(check.query_int64("SELECT count(*) FROM audit_log WHERE action = 'import' AND "
                                "subject = 'batch.csv'"),
              2);
}

TEST(FileSource, StoresAnNdjsonFileExactly) {
    test::ScratchDir dir;
    const auto rows = test::generated_rows(2500, 12, "N-");
    const auto path = dir.write("feed.ndjson", test::file_text(rows, WriteFormat::Ndjson));
    const auto db = dir.file("n.db");
    const auto run = run_to_end(db, "file://" + path + "?format=ndjson");
    EXPECT_EQ(run.state, Pipeline::State::Finished);
    EXPECT_EQ(run.committed, 2500);
    EXPECT_EQ(run.rejected, 0);
    EXPECT_EQ(stored_rows(db), expected_rows(rows));
    Database check(db, OpenMode::ReadOnly);
    const auto list = ImportStore(check).list();
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].format, "ndjson");
    EXPECT_EQ(list[0].counts.imported, 2500);
}

TEST(FileSource, AFileThatCannotBeImportedIsRefusedWithItsReason) {
    test::ScratchDir dir;
    const auto binary = dir.write("blob.csv", std::string("id,amount\n\0\0\0\1\2", 15));
    const auto no_amount =
        dir.write("names.csv", "transaction_id,timestamp,name\n1,2024-01-01,x\n");
    auto message = [](const std::string& uri) -> std::string {
        try {
            open_source(parse_source_uri(uri));
        } catch (const std::runtime_error& e) {
            return e.what();
        }
        return "opened";
    };
    const auto b = message("file://" + binary);
    EXPECT_NE(b.find(binary), std::string::npos) << b;
    EXPECT_NE(b.find("binary"), std::string::npos) << b;
    const auto n = message("file://" + no_amount);
    EXPECT_NE(n.find("no amount column"), std::string::npos) << n;
    const auto m = message("file://" + dir.file("missing.csv"));
    EXPECT_NE(m.find("missing.csv"), std::string::npos) << m;
    EXPECT_THROW(open_source(parse_source_uri("file://" + binary + "?format=xml")), SourceUriError);
}

}  // namespace
}  // namespace fd

int main(int argc, char** argv) {
    return fd::test::run_all_tests(argc, argv);
}
