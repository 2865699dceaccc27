// One export from start to finish: published together with its audit row; a cancelled or
// failing export (while writing, or when the audit log refuses the row) leaves no file and
// no half file, and an existing file stays untouched until the new one replaces it whole;
// clear errors for a missing database, the database as target, an unwritable folder.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "export/export_job.h"
#include "export_test_data.h"
#include "storage/audit_log.h"
#include "test_support.h"

namespace fd {
namespace {

namespace fs = std::filesystem;

class ExportRun : public ::testing::Test {
protected:
    void SetUp() override {
        Database db(path_);
        std::vector<Transaction> rows;
        for (int i = 0; i < 5000; ++i) {  // enough rows for progress calls mid-export
            Transaction t;
            t.id = "t" + std::to_string(i);
            t.timestamp_ms = test::kT0 + i * 1000;
            t.card_id = test::kPan;
            t.amount_minor = i;
            t.currency = "EUR";
            rows.push_back(t);
        }
        TransactionStore(db).insert(rows);
    }
    std::int64_t audit_exports() {
        Database db(path_, OpenMode::ReadOnly);
        return db.query_int64("SELECT count(*) FROM audit_log WHERE action = 'export'");
    }
    void expect_untouched() {
        EXPECT_EQ(test::read_file(target_), "old export");
        EXPECT_FALSE(fs::exists(target_ + ".tmp"));
    }

    test::ScratchDir dir_;
    std::string path_ = dir_.file("job.db");
    std::string target_ = dir_.write("out.json", "old export");
};

TEST_F(ExportRun, PublishesTheFileWithItsAuditRow) {
    ExportRequest r;
    r.kind = ExportKind::Transactions;
    r.format = ExportFormat::Json;
    r.from_ms = test::kT0 + 1000;
    r.actor = "ada";
    std::vector<std::int64_t> seen;
    const auto rows = run_export(path_, r, target_, [&](std::int64_t done, std::int64_t total) {
        seen.push_back(done);
        EXPECT_EQ(total, 4999);
        return true;
    });
    EXPECT_EQ(rows, 4999);
    EXPECT_EQ(seen, (std::vector<std::int64_t>{2048, 4096, 4999}));
    EXPECT_EQ(nlohmann::json::parse(test::read_file(target_)).size(), 4999u);
    EXPECT_FALSE(fs::exists(target_ + ".tmp"));
    Database db(path_, OpenMode::ReadOnly);
    AuditLog log(db);
    const auto exports = log.recent(5, "export");
    ASSERT_EQ(exports.size(), 1u);
    EXPECT_EQ(exports[0].actor, "ada");
    EXPECT_EQ(exports[0].subject, "out.json");
    const auto details = nlohmann::json::parse(exports[0].details);
    EXPECT_EQ(details["path"], fs::absolute(target_).string());
    EXPECT_EQ(details["rows"], 4999);
    EXPECT_EQ(details["format"], "json");
    EXPECT_EQ(details["filter"]["what"], "transactions");
    EXPECT_EQ(details["filter"]["from"], "2023-11-14T22:13:21.000Z");
    EXPECT_TRUE(details["filter"]["until"].is_null());
    EXPECT_TRUE(log.verify().intact);
}

TEST_F(ExportRun, ACancelledExportLeavesTheOldFileAndNoPartOfTheNewOne) {
    ExportRequest r;
    r.format = ExportFormat::Json;
    int calls = 0;
    EXPECT_THROW(run_export(path_, r, target_,
                            [&](std::int64_t, std::int64_t) {
                                // Mid-export: the new rows exist only under the temporary
                                // name; the old file is untouched.
                                EXPECT_EQ(test::read_file(target_), "old export");
                                EXPECT_TRUE(fs::exists(target_ + ".tmp"));
                                return ++calls < 2;
                            }),
                 ExportCancelled);
    EXPECT_EQ(calls, 2);
    expect_untouched();
    EXPECT_EQ(audit_exports(), 0);
    // Cancelled at the very end, after the last row: still nothing published.
    EXPECT_THROW(
        run_export(path_, r, target_, [&](std::int64_t done, std::int64_t) { return done < 5000; }),
        ExportCancelled);
    expect_untouched();
    EXPECT_EQ(audit_exports(), 0);
}

TEST_F(ExportRun, AFailureWhileWritingLeavesNoFile) {
    ExportRequest r;
    r.kind = ExportKind::TrainingSet;
    const auto fresh = dir_.file("fresh.csv");
    EXPECT_THROW(run_export(path_, r, fresh,
                            [](std::int64_t, std::int64_t) -> bool {
                                throw std::runtime_error("disk gone");
                            }),
                 std::runtime_error);
    EXPECT_FALSE(fs::exists(fresh));
    EXPECT_FALSE(fs::exists(fresh + ".tmp"));
    EXPECT_THROW(run_export(path_, r, target_,
                            [](std::int64_t, std::int64_t) -> bool {
                                throw std::runtime_error("disk gone");
                            }),
                 std::runtime_error);
    expect_untouched();
}

TEST_F(ExportRun, NothingIsPublishedWhenTheAuditLogRefusesTheRow) {
    {
        Database raw(path_);
        raw.exec("DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_no_update;");
        raw.exec("ALTER TABLE audit_log RENAME TO audit_log_gone");
    }
    ExportRequest r;
    try {
        run_export(path_, r, target_);
        ADD_FAILURE() << "published without an audit row";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("nothing was written"), std::string::npos) << e.what();
    }
    expect_untouched();
}

TEST_F(ExportRun, BadTargetsAndDatabasesAreRefusedWithWhatToDo) {
    const auto message = [&](const std::string& db, const std::string& out) {
        try {
            run_export(db, ExportRequest{}, out);
        } catch (const std::runtime_error& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_NE(message(dir_.file("none.db"), target_).find("no database at"), std::string::npos);
    EXPECT_NE(message(path_, path_).find("is the database itself"), std::string::npos);
    EXPECT_NE(message(path_, dir_.file("no/folder/x.csv")).find("check the folder exists"),
              std::string::npos);
    EXPECT_NE(message(path_, dir_.file("")).find("is a folder"), std::string::npos);
    Database db(path_, OpenMode::ReadOnly);
    EXPECT_EQ(db.integrity_check(), "ok");  // the database was never a target
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM transactions"), 5000);
}

}  // namespace
}  // namespace fd
