// Runs the built frauddesk-cli as a user would: exit codes, --help, --json output.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace fd {
namespace {

using test::cli;
using test::run_command;

TEST(Cli, PrintsVersionAndHelpForEveryCommand) {
    const auto version = run_command(cli() + " --version");
    EXPECT_EQ(version.exit_code, 0);
    EXPECT_EQ(version.output, std::string("frauddesk-cli ") + FD_VERSION + "\n");
    for (const char* command : {"generate", "import", "stats"}) {
        const auto help = run_command(cli() + " " + command + " --help");
        EXPECT_EQ(help.exit_code, 0) << command;
        EXPECT_NE(help.output.find(std::string("usage: frauddesk-cli ") + command),
                  std::string::npos)
            << help.output;
    }
}

TEST(Cli, UsageErrorsExitWithTwo) {
    const char* cases[] = {"",
                           "frobnicate",
                           "generate --out x.csv",
                           "generate --rows ten --out x.csv",
                           "generate --rows 5 --fraud-rate 2 --out x.csv",
                           "generate --rows 5 --format xml --out x.csv",
                           "import",
                           "import x.csv",
                           "import x.csv --db",
                           "stats",
                           "stats --db x.db --colour"};
    for (const char* args : cases)
        EXPECT_EQ(run_command(cli() + " " + args + " 2>/dev/null").exit_code, 2) << args;
}

TEST(Cli, GenerateIsDeterministicPerSeedInEveryFormat) {
    test::ScratchDir dir;
    for (const char* format : {"csv", "ndjson", "json"}) {
        const auto a = dir.file(std::string("a.") + format);
        const auto b = dir.file(std::string("b.") + format);
        const auto c = dir.file(std::string("c.") + format);
        ASSERT_EQ(run_command(cli() + " generate --rows 2000 --seed 3 --out " + a).exit_code, 0);
        ASSERT_EQ(run_command(cli() + " generate --rows 2000 --seed 3 --out " + b).exit_code, 0);
        ASSERT_EQ(run_command(cli() + " generate --rows 2000 --seed 4 --out " + c).exit_code, 0);
        EXPECT_EQ(test::read_file(a), test::read_file(b)) << format;
        EXPECT_NE(test::read_file(a), test::read_file(c)) << format;
        EXPECT_FALSE(std::filesystem::exists(a + ".tmp"));
    }
    const auto piped = run_command(cli() + " generate --rows 3 --format csv --out -");
    EXPECT_EQ(piped.exit_code, 0);
    EXPECT_EQ(std::count(piped.output.begin(), piped.output.end(), '\n'), 4);
    EXPECT_EQ(piped.output.rfind("transaction_id,timestamp,", 0), 0u);
}

TEST(Cli, ImportExitCodesAndJsonReport) {
    test::ScratchDir dir;
    const auto db = dir.file("fd.db");
    const auto good = dir.file("good.ndjson");
    ASSERT_EQ(run_command(cli() + " generate --rows 5000 --seed 1 --out " + good).exit_code, 0);

    auto first = run_command(cli() + " import " + good + " --db " + db + " --json");
    ASSERT_EQ(first.exit_code, 0) << first.output;
    auto j = nlohmann::json::parse(first.output);
    EXPECT_EQ(j["rows_read"], 5000);
    EXPECT_EQ(j["imported"], 5000);
    EXPECT_EQ(j["duplicates"], 0);
    EXPECT_EQ(j["rejected"], 0);
    EXPECT_TRUE(j["rejects"].empty());
    EXPECT_TRUE(j["seconds"].is_number());

    auto again = run_command(cli() + " import " + good + " --db " + db + " --analyst ada --json");
    EXPECT_EQ(again.exit_code, 0);
    j = nlohmann::json::parse(again.output);
    EXPECT_EQ(j["imported"], 0);
    EXPECT_EQ(j["duplicates"], 5000);
    // Each import is audited, by the analyst named or the operating-system user.
    const auto audited =
        run_command("sqlite3 " + db +
                    " \"SELECT actor, subject, json_extract(details, '$.duplicates') FROM "
                    "audit_log WHERE action = 'import' ORDER BY id\"");
    EXPECT_NE(audited.output.find("|good.ndjson|0\n"), std::string::npos) << audited.output;
    EXPECT_NE(audited.output.find("ada|good.ndjson|5000\n"), std::string::npos) << audited.output;
    EXPECT_EQ(std::count(audited.output.begin(), audited.output.end(), '\n'), 2) << audited.output;

    const auto partial =
        dir.write("partial.csv", "id,timestamp,amount\na,2024-01-01,1\nb,2024-01-01,x\n");
    auto p = run_command(cli() + " import " + partial + " --db " + db + " --json");
    EXPECT_EQ(p.exit_code, 3);
    j = nlohmann::json::parse(p.output);
    EXPECT_EQ(j["imported"], 1);
    EXPECT_EQ(j["rejected"], 1);
    ASSERT_EQ(j["rejects"].size(), 1u);
    EXPECT_EQ(j["rejects"][0]["line"], 3);
    EXPECT_EQ(j["rejects"][0]["field"], "amount");
    EXPECT_FALSE(j["rejects"][0]["reason"].get<std::string>().empty());

    // One bad file among good ones: nothing at all is imported.
    const auto fresh = dir.file("fresh.db");
    const auto bad = dir.write("bad.csv", "id,amount\n1,2\n");
    auto f = run_command(cli() + " import " + good + " " + bad + " --db " + fresh + " 2>&1");
    EXPECT_EQ(f.exit_code, 1);
    EXPECT_NE(f.output.find("bad.csv"), std::string::npos) << f.output;
    EXPECT_NE(f.output.find("Nothing was imported"), std::string::npos) << f.output;
    EXPECT_FALSE(std::filesystem::exists(fresh));
}

TEST(Cli, StatsReportsCounts) {
    test::ScratchDir dir;
    const auto db = dir.file("fd.db");
    const auto csv = dir.file("g.csv");
    ASSERT_EQ(run_command(cli() + " generate --rows 3000 --seed 9 --fraud-rate 0.05 --out " + csv)
                  .exit_code,
              0);
    ASSERT_EQ(run_command(cli() + " import " + csv + " --db " + db).exit_code, 0);
    const auto s = run_command(cli() + " stats --db " + db + " --json");
    ASSERT_EQ(s.exit_code, 0);
    const auto j = nlohmann::json::parse(s.output);
    EXPECT_EQ(j["transactions"], 3000);
    EXPECT_EQ(j["labelled"], 3000);
    EXPECT_EQ(j["imports"], 1);
    EXPECT_GT(j["fraud"].get<int>(), 60);
    EXPECT_LT(j["fraud"].get<int>(), 240);
    EXPECT_EQ(run_command(cli() + " stats --db " + dir.file("none.db") + " 2>/dev/null").exit_code,
              1);
}

}  // namespace
}  // namespace fd
