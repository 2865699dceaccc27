// folder:// through the pipeline: files present at start, written in place slowly or
// renamed from a temporary name are each imported once, whole, and moved to processed/; a
// file that cannot be imported goes to failed/ with its reason; a restart imports nothing
// twice.
#include "ingest/folder_source.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "source_test_support.h"
#include "storage/database.h"
#include "storage/import_store.h"
#include "test_support.h"

namespace fd {
namespace {

namespace fs = std::filesystem;

class FolderSourceTest : public ::testing::Test {
protected:
    void SetUp() override { fs::create_directories(inbox_); }

    std::string uri() const { return "folder://" + inbox_; }
    std::string in(const std::string& name) const { return inbox_ + "/" + name; }
    bool processed(const std::string& name) const { return fs::exists(in("processed/" + name)); }
    bool failed(const std::string& name) const { return fs::exists(in("failed/" + name)); }
    void drop(const std::string& name, const std::string& text) const {
        std::ofstream(in(name), std::ios::binary) << text;
    }
    std::int64_t query(const std::string& sql) const {
        Database db(db_, OpenMode::ReadOnly);
        return db.query_int64(sql);
    }
    std::vector<ImportRecord> imports() const {
        Database db(db_);
        auto list = ImportStore(db).list();
        std::reverse(list.begin(), list.end());  // oldest first
        return list;
    }
    // Regular files left in the inbox itself.
    std::size_t waiting() const {
        std::size_t n = 0;
        for (const auto& entry : fs::directory_iterator(inbox_)) n += entry.is_regular_file();
        return n;
    }
    // Processes events for `ms` (to show that something does not happen meanwhile).
    static void spin(int ms) {
        test::wait_for([] { return false; }, ms);
    }

    test::ScratchDir dir_;
    std::string inbox_ = dir_.file("inbox");
    std::string db_ = dir_.file("f.db");
};

TEST_F(FolderSourceTest, EachCompleteFileIsImportedOnceWholeAndMovedToProcessed) {
    const auto early = test::generated_rows(300, 21, "E-");
    drop("early.csv", test::file_text(early, WriteFormat::Csv));  // there before the start
    Pipeline pipeline(QString::fromStdString(db_), nullptr, 0);
    PipelineOptions options;
    options.max_batch_rows = 100;
    test::start(pipeline, uri(), options);
    ASSERT_TRUE(test::wait_for([&] { return processed("early.csv"); }));

    // Written under a temporary name: left alone however long it sits there.
    const auto late = test::generated_rows(400, 22, "L-");
    drop(".late.ndjson.tmp", test::file_text(late, WriteFormat::Ndjson));
    spin(2 * FolderSource::kSettleTime.count() + 500);
    EXPECT_TRUE(fs::exists(in(".late.ndjson.tmp")));
    EXPECT_EQ(query("SELECT count(*) FROM transactions WHERE ext_id LIKE 'L-%'"), 0);
    fs::rename(in(".late.ndjson.tmp"), in("late.ndjson"));
    ASSERT_TRUE(test::wait_for([&] { return processed("late.ndjson"); }));

    // Written in place in pieces, with pauses shorter than the settle time: read only once
    // it is complete.
    const auto slow = test::generated_rows(600, 23, "S-");
    const auto text = test::file_text(slow, WriteFormat::Csv);
    {
        std::ofstream out(in("slow.csv"), std::ios::binary);
        const std::size_t piece = text.size() / 8 + 1;
        for (std::size_t at = 0; at < text.size(); at += piece) {
            out << text.substr(at, piece) << std::flush;
            spin(200);
        }
    }
    ASSERT_TRUE(test::wait_for([&] { return processed("slow.csv"); }));
    ASSERT_TRUE(
        test::wait_for([&] { return pipeline.sourceStatus().state.starts_with("watching"); }));
    const auto status = pipeline.sourceStatus();
    EXPECT_EQ(status.state, "watching, 0 files waiting");
    EXPECT_EQ(status.backlog, 0);
    EXPECT_EQ(status.backlog_unit, "files");
    EXPECT_EQ(status.rows_read, 1300);
    pipeline.stop();
    pipeline.wait();

    EXPECT_EQ(pipeline.committedRows(), 1300);
    EXPECT_EQ(pipeline.duplicateRows(), 0);
    EXPECT_EQ(query("SELECT count(*) FROM transactions"), 1300);
    EXPECT_EQ(query("SELECT count(DISTINCT ext_id) FROM transactions"), 1300);
    const auto list = imports();
    ASSERT_EQ(list.size(), 3u);
    const std::int64_t rows[] = {300, 400, 600};
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(list[i].status, ImportStatus::Done);
        EXPECT_EQ(list[i].counts.rows_read, rows[i]) << list[i].source;
        EXPECT_EQ(list[i].counts.imported, rows[i]) << list[i].source;
    }
    EXPECT_EQ(waiting(), 0u);
    EXPECT_TRUE(fs::is_empty(in("failed")));
}

TEST_F(FolderSourceTest, AFileThatCannotBeImportedGoesToFailedWithItsReason) {
    drop("blob.csv", std::string("id,amount\n\0\0\0\1\2", 15));
    drop("names.csv", "transaction_id,timestamp,name\n1,2024-01-01,x\n");
    // A rejected row does not fail its file.
    auto mixed = test::file_text(test::generated_rows(50, 24, "M-"), WriteFormat::Csv);
    mixed += "one field\n";
    drop("mixed.csv", mixed);
    Pipeline pipeline(QString::fromStdString(db_), nullptr, 0);
    test::start(pipeline, uri());
    ASSERT_TRUE(test::wait_for(
        [&] { return failed("blob.csv") && failed("names.csv") && processed("mixed.csv"); }));
    pipeline.stop();
    pipeline.wait();

    const auto blob = test::read_file(in("failed/blob.csv.error.txt"));
    EXPECT_NE(blob.find("blob.csv: the file is binary"), std::string::npos) << blob;
    const auto names = test::read_file(in("failed/names.csv.error.txt"));
    EXPECT_NE(names.find("no amount column"), std::string::npos) << names;
    EXPECT_EQ(query("SELECT count(*) FROM transactions"), 50);
    EXPECT_EQ(pipeline.rejectedRows(), 1);
    EXPECT_EQ(query("SELECT count(*) FROM imports WHERE status = 'failed'"), 2);
    EXPECT_EQ(query("SELECT count(*) FROM imports WHERE status = 'done' AND imported = 50 AND "
                    "rejected = 1"),
              1);
    EXPECT_EQ(query("SELECT count(*) FROM import_rejects WHERE line = 52"), 1);
    EXPECT_EQ(waiting(), 0u);
}

TEST_F(FolderSourceTest, ARestartImportsNothingTwice) {
    constexpr std::int64_t kRows = 20000;
    const auto text = test::file_text(test::generated_rows(kRows, 25, "B-"), WriteFormat::Csv);
    drop("big.csv", text);
    PipelineOptions options;
    options.max_batch_rows = 200;
    std::int64_t before = 0;
    {
        // Stopped part-way through the file, as a crash would leave it (the batch in hand
        // is committed; the file stays in the inbox).
        Pipeline first(QString::fromStdString(db_), nullptr, 0);
        test::start(first, uri(), options);
        ASSERT_TRUE(test::wait_for([&] { return first.committedRows() >= 1000; }));
        first.stop();
        first.wait();
        before = first.committedRows();
    }
    ASSERT_LT(before, kRows) << "the first run was to stop part-way through the file";
    ASSERT_TRUE(fs::exists(in("big.csv")));
    EXPECT_EQ(query("SELECT count(*) FROM transactions"), before);

    {
        Pipeline second(QString::fromStdString(db_), nullptr, 0);
        test::start(second, uri(), options);
        ASSERT_TRUE(test::wait_for([&] { return processed("big.csv"); }));
        second.stop();
        second.wait();
        EXPECT_EQ(second.committedRows(), kRows - before);
        EXPECT_EQ(second.duplicateRows(), before);
    }
    EXPECT_EQ(query("SELECT count(*) FROM transactions"), kRows);
    EXPECT_EQ(query("SELECT count(DISTINCT ext_id) FROM transactions"), kRows);
    auto list = imports();
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].status, ImportStatus::Cancelled);  // cut short, taken over
    EXPECT_EQ(list[0].counts.imported, before);
    EXPECT_EQ(list[1].status, ImportStatus::Done);
    EXPECT_EQ(list[1].counts.imported, kRows - before);
    EXPECT_EQ(list[1].counts.duplicates, before);

    // The same content again (as after a crash between the commit and the move, or dropped
    // twice): moved to processed/ without being read, under a new name there.
    drop("big.csv", text);
    {
        Pipeline third(QString::fromStdString(db_), nullptr, 0);
        test::start(third, uri(), options);
        ASSERT_TRUE(test::wait_for([&] { return processed("big-2.csv"); }));
        third.stop();
        third.wait();
        EXPECT_EQ(third.committedRows(), 0);
        EXPECT_EQ(third.duplicateRows(), 0);  // not read at all
    }
    EXPECT_EQ(imports().size(), 2u);
    EXPECT_EQ(test::read_file(in("processed/big-2.csv")), text);
    EXPECT_EQ(waiting(), 0u);
}

}  // namespace
}  // namespace fd

int main(int argc, char** argv) {
    return fd::test::run_all_tests(argc, argv);
}
