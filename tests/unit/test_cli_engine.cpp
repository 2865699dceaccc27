// The engine commands end to end: features, train, score, eval, explain.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "test_support.h"

namespace fd {
namespace {

using test::cli;
using test::run_command;

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

class CliEngine : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new test::ScratchDir;
        const auto csv = dir_->file("g.csv");
        ASSERT_EQ(
            run_command(cli() + " generate --rows 20000 --seed 5 --fraud-rate 0.02 --out " + csv)
                .exit_code,
            0);
        ASSERT_EQ(run_command(cli() + " import " + csv + " --db " + db()).exit_code, 0);
        const auto train = run_command(cli() + " train --db " + db() + " --kind ensemble --out " +
                                       model() + " --activate --seed 3");
        ASSERT_EQ(train.exit_code, 0) << train.output;
        ASSERT_NE(train.output.find("model 1 (ensemble)"), std::string::npos) << train.output;
    }
    static void TearDownTestSuite() { delete dir_; }
    static std::string db() { return dir_->file("fd.db"); }
    static std::string model() { return dir_->file("m.fdm"); }
    static test::ScratchDir* dir_;
};
test::ScratchDir* CliEngine::dir_ = nullptr;

TEST_F(CliEngine, EvalReportsTheMetricsAsJson) {
    const auto r = run_command(cli() + " eval --db " + db() + " --model " + model() + " --json");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    const auto j = nlohmann::json::parse(r.output);
    for (const char* key : {"auc", "ap", "p_at_100", "cp_at_100_per_day", "confusion"})
        EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_GT(j["auc"].get<double>(), 0.8);
    EXPECT_EQ(j["confusion"]["tp"].get<int>() + j["confusion"]["fp"].get<int>() +
                  j["confusion"]["tn"].get<int>() + j["confusion"]["fn"].get<int>(),
              20000);
}

TEST_F(CliEngine, ScoreWritesOneRowPerTransactionAndStoresScores) {
    const auto out = dir_->file("scored.csv");
    const auto r = run_command(cli() + " score --db " + db() + " --model " + model() + " --out " +
                               out + " --store");
    ASSERT_EQ(r.exit_code, 0);
    const auto lines = lines_of(test::read_file(out));
    ASSERT_EQ(lines.size(), 20001u);
    EXPECT_EQ(lines[0],
              "transaction_id,score,risk,level,reasons,iforest,autoencoder,supervised,rules");
    const auto stats = run_command(
        "sqlite3 " + db() + " 'SELECT count(*), min(risk) >= 0, max(risk) <= 100 FROM scores'");
    EXPECT_EQ(stats.output, "20000|1|1\n");
}

// A report written from the database is audited with its rows and selection; a file scored
// without a database is not (there is no database to log to).
TEST_F(CliEngine, ExportsFromTheDatabaseAreAuditedOnceEach) {
    const auto exports = [&] {
        return std::stoi(run_command("sqlite3 " + db() +
                                     " \"SELECT count(*) FROM audit_log WHERE action = 'export'\"")
                             .output);
    };
    const int before = exports();
    const auto scored = dir_->file("audited_scores.csv");
    ASSERT_EQ(run_command(cli() + " score --db " + db() + " --model " + model() + " --out " +
                          scored + " --from 2024-01-01 --analyst ada 2>/dev/null")
                  .exit_code,
              0);
    EXPECT_EQ(exports(), before + 1);
    const auto last = run_command("sqlite3 " + db() +
                                  " \"SELECT actor || '|' || subject || '|' || details FROM "
                                  "audit_log ORDER BY id DESC LIMIT 1\"");
    const auto bar = last.output.find('|');
    ASSERT_NE(bar, std::string::npos) << last.output;
    EXPECT_EQ(last.output.substr(0, bar), "ada");
    const auto details = nlohmann::json::parse(last.output.substr(last.output.find('{')));
    EXPECT_EQ(details["rows"].get<std::int64_t>() + 1,
              static_cast<std::int64_t>(lines_of(test::read_file(scored)).size()));
    EXPECT_EQ(details["filter"]["command"], "score");
    EXPECT_EQ(details["filter"]["from"], "2024-01-01T00:00:00.000Z");
    EXPECT_TRUE(details["filter"]["until"].is_null());
    EXPECT_EQ(details["filter"]["model"], model());

    ASSERT_EQ(run_command(cli() + " features --db " + db() + " --out " +
                          dir_->file("audited_features.csv") + " 2>/dev/null")
                  .exit_code,
              0);
    EXPECT_EQ(exports(), before + 2);
    ASSERT_EQ(run_command(cli() + " score " + dir_->file("g.csv") + " --model " + model() +
                          " --out " + dir_->file("no_db.csv") + " 2>/dev/null")
                  .exit_code,
              0);
    EXPECT_EQ(exports(), before + 2);
    EXPECT_EQ(run_command(cli() + " audit verify --db " + db()).exit_code, 0);
}

TEST_F(CliEngine, ScoreAFileInItsOwnTimeOrder) {
    const auto out = dir_->file("file_scored.csv");
    const auto r = run_command(cli() + " score " + dir_->file("g.csv") + " --model " + model() +
                               " --out " + out);
    ASSERT_EQ(r.exit_code, 0);
    EXPECT_EQ(lines_of(test::read_file(out)).size(), 20001u);
}

TEST_F(CliEngine, ExplainGivesReasonsAndEachModelsShare) {
    // The riskiest stored transaction must come with reasons. (ctest runs each test in its
    // own process, so this one stores the scores itself.)
    ASSERT_EQ(run_command(cli() + " score --db " + db() + " --model " + model() + " --out " +
                          dir_->file("s.csv") + " --store 2>/dev/null")
                  .exit_code,
              0);
    const auto id = run_command("sqlite3 " + db() +
                                " 'SELECT t.ext_id FROM scores s JOIN transactions t ON t.id = "
                                "s.transaction_id ORDER BY s.risk DESC LIMIT 1'");
    ASSERT_FALSE(id.output.empty());
    const auto r = run_command(cli() + " explain --db " + db() + " --model " + model() + " --id " +
                               id.output.substr(0, id.output.size() - 1) + " --json");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    const auto j = nlohmann::json::parse(r.output);
    EXPECT_FALSE(j["reasons"].empty());
    EXPECT_TRUE(j["models"].contains("iforest"));
    EXPECT_EQ(j["card"].get<std::string>().substr(0, 4), "****");
    EXPECT_EQ(run_command(cli() + " explain --db " + db() + " --model " + model() +
                          " --id nope 2>/dev/null")
                  .exit_code,
              1);
}

TEST_F(CliEngine, FeaturesWritesTheMatrixWithTheRegistryHeader) {
    const auto out = dir_->file("features.csv");
    ASSERT_EQ(
        run_command(cli() + " features --db " + db() + " --out " + out + " 2>/dev/null").exit_code,
        0);
    const auto lines = lines_of(test::read_file(out));
    ASSERT_EQ(lines.size(), 20001u);
    EXPECT_EQ(lines[0].substr(0, 50), "transaction_id,timestamp,label,amount_log,hour_of_");
}

TEST_F(CliEngine, BadModelsAndMissingLabelsFailWithAMessage) {
    const auto junk = dir_->write("junk.fdm", "not a model");
    const auto r = run_command(cli() + " eval --db " + db() + " --model " + junk + " 2>&1");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.output.find("not a FraudDesk model file"), std::string::npos) << r.output;
    // gbdt without labels: a fresh database of unlabelled rows.
    const auto csv = dir_->write(
        "u.csv", "id,timestamp,amount\na,2024-01-01T00:00:00Z,1\nb,2024-01-01T00:01:00Z,2\n");
    const auto udb = dir_->file("u.db");
    ASSERT_EQ(run_command(cli() + " import " + csv + " --db " + udb).exit_code, 0);
    const auto g = run_command(cli() + " train --db " + udb + " --kind gbdt --out " +
                               dir_->file("g.fdm") + " 2>&1");
    EXPECT_EQ(g.exit_code, 1);
    EXPECT_NE(g.output.find("fraud and as many legitimate labels"), std::string::npos) << g.output;
    EXPECT_EQ(run_command(cli() + " train --db " + udb + " --kind nonsense --out x 2>/dev/null")
                  .exit_code,
              2);
}

}  // namespace
}  // namespace fd
