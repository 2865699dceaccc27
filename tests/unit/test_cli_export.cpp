// frauddesk-cli export end to end: each kind to a file, the rows written reported, the
// period options, the audit row; usage errors (exit 2) and failures (exit 1) that say what
// to do.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/features/feature_engine.h"
#include "export_test_data.h"
#include "storage/audit_log.h"
#include "test_support.h"

namespace fd {
namespace {

using test::cli;
using test::run_command;

class CliExport : public ::testing::Test {
protected:
    void SetUp() override {
        Database db(path_);
        test::seed_export_db(db);
    }
    test::CommandResult run(const std::string& options) {
        return run_command(cli() + " export --db " + path_ + " " + options + " 2>&1");
    }
    test::ScratchDir dir_;
    std::string path_ = dir_.file("cli.db");
};

TEST_F(CliExport, WritesEachKindAndSaysHowManyRows) {
    const auto alerts = dir_.file("alerts.json");
    auto r = run("--what alerts --format json --analyst ada --out " + alerts);
    ASSERT_EQ(r.exit_code, 0) << r.output;
    EXPECT_EQ(r.output, "20 rows written to " + alerts + " (alerts, json)\n");
    const auto text = test::read_file(alerts);
    EXPECT_EQ(nlohmann::json::parse(text).size(), 20u);
    for (const auto& pan : test::kForbidden) EXPECT_EQ(text.find(pan), std::string::npos);

    // The period in any form time options take: a date, ISO-8601, epoch milliseconds.
    const auto training = dir_.file("training.csv");
    r = run("--what training-set --from 2023-11-15T18:13:20Z --until 1700126000000 --out " +
            training);
    ASSERT_EQ(r.exit_code, 0) << r.output;
    EXPECT_EQ(r.output.substr(0, 2), "3 ");  // t20 (fraud), t25 (legit), t30 (fraud)
    const auto table = test::parse_csv(test::read_file(training));
    ASSERT_EQ(table.size(), 4u);
    EXPECT_EQ(table[0].size(), 3 + FeatureEngine::names().size());
    EXPECT_EQ(table[0][3], FeatureEngine::names()[0]);
    EXPECT_EQ(table[1][0], "t20");
    EXPECT_EQ(table[1][2], "1");
    EXPECT_EQ(table[2][2], "0");

    const auto tx = dir_.file("tx.csv");
    r = run("--what transactions --from 2023-11-15 --out " + tx);  // csv by default
    ASSERT_EQ(r.exit_code, 0) << r.output;
    EXPECT_EQ(test::parse_csv(test::read_file(tx)).size(), 60u - 2 + 1);  // from t02

    Database db(path_, OpenMode::ReadOnly);
    const auto exports = AuditLog(db).recent(10, "export");
    ASSERT_EQ(exports.size(), 3u);
    EXPECT_EQ(exports[2].actor, "ada");
    const auto details = nlohmann::json::parse(exports[2].details);
    EXPECT_EQ(details["filter"]["what"], "alerts");
    EXPECT_EQ(details["rows"], 20);
    EXPECT_EQ(nlohmann::json::parse(exports[0].details)["filter"]["from"],
              "2023-11-15T00:00:00.000Z");
}

TEST_F(CliExport, BadOptionsAreUsageErrorsThatSayWhatToDo) {
    const auto out = dir_.file("x.csv");
    const struct {
        std::string options, says;
    } cases[] = {
        {"--what everything --out " + out,
         "use alerts, labels, transactions, training-set or audit"},
        {"--what alerts --format xml --out " + out, "use csv or json"},
        {"--what alerts --from yesterday --out " + out, "--from 'yesterday' is not a time"},
        {"--what alerts --until 2024-13-01 --out " + out, "give an ISO-8601 time"},
        {"--what alerts --from 2024-02-01 --until 2024-01-01 --out " + out,
         "--from must be before --until"},
        {"--what alerts", "--out"},
    };
    for (const auto& c : cases) {
        const auto r = run(c.options);
        EXPECT_EQ(r.exit_code, 2) << c.options << "\n" << r.output;
        EXPECT_NE(r.output.find(c.says), std::string::npos) << c.options << "\n" << r.output;
    }
    EXPECT_FALSE(std::filesystem::exists(out));
}

TEST_F(CliExport, FailuresExitOneAndLeaveNoFile) {
    const auto out = dir_.file("x.csv");
    auto r = run_command(cli() + " export --db " + dir_.file("missing.db") +
                         " --what alerts --out " + out + " 2>&1");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.output.find("no database at"), std::string::npos) << r.output;
    const auto junk = dir_.write("junk.db", std::string(4096, 'x'));
    r = run_command(cli() + " export --db " + junk + " --what alerts --out " + out + " 2>&1");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.output.find("frauddesk-cli export: "), std::string::npos) << r.output;
    r = run("--what audit --out " + dir_.file("no/such/dir/x.csv"));
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.output.find("check the folder exists"), std::string::npos) << r.output;
    EXPECT_FALSE(std::filesystem::exists(out));
}

}  // namespace
}  // namespace fd
