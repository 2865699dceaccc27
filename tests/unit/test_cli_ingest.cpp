// frauddesk-cli ingest end to end: a file's summary and exit codes, scoring with the active
// model, usage and file errors, --count and --duration on a drop folder, and kill -9 in the
// middle of a drop folder's large file followed by a restart that completes it exactly.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "storage/database.h"
#include "test_support.h"

namespace fd {
namespace {

namespace fs = std::filesystem;
using test::cli;
using test::run_command;

nlohmann::json summary_of(const test::CommandResult& r) {
    try {
        return nlohmann::json::parse(r.output);
    } catch (const std::exception&) {
        ADD_FAILURE() << "not a JSON summary: " << r.output;
        return nlohmann::json::object();
    }
}

// A generated CSV of `rows` rows whose ids start with `letter` instead of "T".
std::string generated_csv(const test::ScratchDir& dir, const std::string& name, int rows,
                          char letter = 'T') {
    const auto path = dir.file(name);
    EXPECT_EQ(run_command(cli() + " generate --rows " + std::to_string(rows) +
                          " --seed 5 --fraud-rate 0.02 --out " + path)
                  .exit_code,
              0);
    if (letter != 'T') {
        auto text = test::read_file(path);
        for (std::size_t at = text.find("\nT"); at != std::string::npos;
             at = text.find("\nT", at + 1))
            text[at + 1] = letter;
        dir.write(name, text);
    }
    return path;
}

std::int64_t query(const std::string& db_path, const std::string& sql) {
    try {
        Database db(db_path, OpenMode::ReadOnly);
        return db.query_int64(sql);
    } catch (const std::exception&) {
        return 0;  // not created or not migrated yet
    }
}

TEST(CliIngest, AFileIsStoredOnceWithItsSummary) {
    test::ScratchDir dir;
    const auto csv = generated_csv(dir, "a.csv", 2000);
    const auto db = dir.file("a.db");
    const auto first = run_command(cli() + " ingest file://" + csv + " --db " + db);
    EXPECT_EQ(first.exit_code, 0) << first.output;
    EXPECT_NE(
        first.output.find("file://" + csv + ": 2000 stored, 0 duplicates, 0 rejects, 0 alerts"),
        std::string::npos)
        << first.output;
    const auto again =
        run_command(cli() + " ingest file://" + csv + " --db " + db + " --json 2>/dev/null");
    EXPECT_EQ(again.exit_code, 0) << again.output;
    const auto s = summary_of(again);
    EXPECT_EQ(s.value("stored", -1), 0);
    EXPECT_EQ(s.value("duplicates", -1), 2000);
    EXPECT_EQ(s.value("state", ""), "ended");
    EXPECT_EQ(query(db, "SELECT count(*) FROM transactions"), 2000);

    // A rejected line: the good rows are stored, exit code 3.
    auto text = test::read_file(csv);
    text += "not,a,row\n";
    const auto bad = dir.write("bad.csv", text);
    const auto partial =
        run_command(cli() + " ingest file://" + bad + " --db " + db + " --json 2>/dev/null");
    EXPECT_EQ(partial.exit_code, 3) << partial.output;
    EXPECT_EQ(summary_of(partial).value("rejects", -1), 1);
}

TEST(CliIngest, ScoresWithTheActiveModelOrTheOneGiven) {
    test::ScratchDir dir;
    const auto db = dir.file("m.db");
    const auto model = dir.file("m.fdm");
    ASSERT_EQ(run_command(cli() + " import " + generated_csv(dir, "h.csv", 6000) + " --db " + db)
                  .exit_code,
              0);
    ASSERT_EQ(run_command(cli() + " train --db " + db + " --kind ensemble --out " + model +
                          " --activate --seed 3")
                  .exit_code,
              0);
    const auto u = generated_csv(dir, "u.csv", 3000, 'U');
    const auto r = run_command(cli() + " ingest file://" + u + " --db " + db + " --json");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    const auto s = summary_of(r);
    EXPECT_EQ(s.value("stored", -1), 3000);
    EXPECT_TRUE(s.value("scored", false));
    EXPECT_EQ(query(db,
                    "SELECT count(*) FROM scores s JOIN transactions t ON "
                    "t.id = s.transaction_id WHERE t.ext_id LIKE 'U%'"),
              3000);
    EXPECT_EQ(s.value("alerts", -1), query(db, "SELECT count(*) FROM alerts"));
    EXPECT_GT(s.value("alerts", -1), 0);

    // --model: the same bundle is found in the registry, not added again.
    const auto v = generated_csv(dir, "v.csv", 500, 'V');
    const auto m = run_command(cli() + " ingest file://" + v + " --db " + db + " --model " + model +
                               " --json");
    ASSERT_EQ(m.exit_code, 0) << m.output;
    EXPECT_EQ(query(db, "SELECT count(*) FROM models"), 1);
    EXPECT_EQ(query(db, "SELECT count(*) FROM scores"), 3500);
}

TEST(CliIngest, UsageAndSourceErrorsSayWhatIsWrong) {
    test::ScratchDir dir;
    const auto db = dir.file("e.db");
    const auto scheme = run_command(cli() + " ingest ftp://host/x --db " + db + " 2>&1");
    EXPECT_EQ(scheme.exit_code, 2);
    EXPECT_NE(scheme.output.find("unknown kind 'ftp'"), std::string::npos) << scheme.output;
    const auto relative = run_command(cli() + " ingest file://data.csv --db " + db + " 2>&1");
    EXPECT_EQ(relative.exit_code, 2);
    EXPECT_NE(relative.output.find("a path must be absolute"), std::string::npos)
        << relative.output;
    const auto both = run_command(cli() + " ingest folder://" + dir.file("") + " --db " + db +
                                  " --count 5 --duration 5 2>&1");
    EXPECT_EQ(both.exit_code, 2) << both.output;

    const auto missing = dir.file("missing.csv");
    const auto r = run_command(cli() + " ingest file://" + missing + " --db " + db + " 2>&1");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.output.find(missing + ": file not found"), std::string::npos) << r.output;
    EXPECT_FALSE(fs::exists(db)) << "a source that cannot open creates no database";
}

TEST(CliIngest, AFolderRunsUntilTheCountOrTheDuration) {
    test::ScratchDir dir;
    const auto inbox = dir.file("inbox");
    fs::create_directories(inbox);
    const auto db = dir.file("c.db");
    const auto empty = run_command(cli() + " ingest folder://" + inbox + " --db " + db +
                                   " --duration 1 --json 2>/dev/null");
    EXPECT_EQ(empty.exit_code, 0) << empty.output;
    EXPECT_EQ(summary_of(empty).value("stored", -1), 0);
    EXPECT_EQ(summary_of(empty).value("state", ""), "watching, 0 files waiting");

    fs::rename(generated_csv(dir, "x.csv", 20000), inbox + "/x.csv");
    const auto counted = run_command(cli() + " ingest folder://" + inbox + " --db " + db +
                                     " --count 500 --json 2>/dev/null");
    EXPECT_EQ(counted.exit_code, 0) << counted.output;
    EXPECT_GE(summary_of(counted).value("stored", -1), 500);
}

pid_t spawn_ingest(const std::string& uri, const std::string& db) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int devnull = ::open("/dev/null", O_WRONLY);
        ::dup2(devnull, STDOUT_FILENO);
        ::dup2(devnull, STDERR_FILENO);
        ::execl(FD_CLI_PATH, FD_CLI_PATH, "ingest", uri.c_str(), "--db", db.c_str(), nullptr);
        ::_exit(127);
    }
    return pid;
}

TEST(CliIngest, KillNineInTheMiddleOfAFolderFileThenARestartCompletesItExactly) {
    constexpr std::int64_t kRows = 300000;
    test::ScratchDir dir;
    const auto inbox = dir.file("inbox");
    fs::create_directories(inbox);
    const auto file = inbox + "/data.csv";
    fs::rename(generated_csv(dir, "data.csv", kRows), file);  // arrives whole
    const auto db = dir.file("k.db");

    const pid_t pid = spawn_ingest("folder://" + inbox, db);
    ASSERT_GT(pid, 0);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (query(db, "SELECT count(*) FROM transactions") < 20000 &&
           std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);

    const auto before = query(db, "SELECT count(*) FROM transactions");
    ASSERT_GT(before, 0);
    ASSERT_LT(before, kRows) << "the process was to be killed part-way through the file";
    ASSERT_TRUE(fs::exists(file));
    {
        Database check(db);
        EXPECT_EQ(check.integrity_check(), "ok");
    }

    const pid_t again = spawn_ingest("folder://" + inbox, db);
    ASSERT_GT(again, 0);
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(180);
    while (!fs::exists(inbox + "/processed/data.csv") && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ::kill(again, SIGTERM);  // a clean stop
    ::waitpid(again, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);

    EXPECT_TRUE(fs::exists(inbox + "/processed/data.csv"));
    EXPECT_FALSE(fs::exists(file));
    EXPECT_TRUE(fs::is_empty(inbox + "/failed"));
    Database check(db);
    EXPECT_EQ(check.integrity_check(), "ok");
    EXPECT_EQ(check.query_int64("SELECT count(*) FROM transactions"), kRows);
    EXPECT_EQ(check.query_int64("SELECT count(DISTINCT ext_id) FROM transactions"), kRows);
    // The killed run's import was taken over; the restart counted what it had stored as
    // duplicates and stored exactly the rest.
    EXPECT_EQ(check.query_int64("SELECT count(*) FROM imports WHERE status = 'done' AND "
                                "imported = " +
                                std::to_string(kRows - before) +
                                " AND duplicates = " + std::to_string(before)),
              1);
    EXPECT_EQ(check.query_int64("SELECT count(*) FROM imports WHERE status = 'cancelled' AND "
                                "imported = " +
                                std::to_string(before)),
              1);
}

}  // namespace
}  // namespace fd
