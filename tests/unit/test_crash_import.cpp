// Kills a real importer process (SIGKILL) at several moments and checks that the database
// stays intact and that re-running the import completes it exactly.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "storage/database.h"
#include "test_support.h"

namespace fd {
namespace {

constexpr int kRows = 300000;

pid_t spawn_import(const std::string& file, const std::string& db) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int devnull = ::open("/dev/null", O_WRONLY);
        ::dup2(devnull, STDOUT_FILENO);
        ::dup2(devnull, STDERR_FILENO);
        ::execl(FD_CLI_PATH, FD_CLI_PATH, "import", file.c_str(), "--db", db.c_str(), nullptr);
        ::_exit(127);
    }
    return pid;
}

// Rows committed so far, read through a separate connection while the importer runs.
std::int64_t committed_rows(const std::string& db_path) {
    try {
        Database db(db_path, OpenMode::ReadOnly);
        return db.query_int64("SELECT count(*) FROM transactions");
    } catch (const std::exception&) {
        return 0;  // not created or not migrated yet
    }
}

TEST(CrashImport, KillNineAtAnyMomentLeavesAnIntactDatabaseThatARerunCompletes) {
    test::ScratchDir dir;
    const auto csv = dir.file("data.csv");
    ASSERT_EQ(test::run_command(test::cli() + " generate --rows " + std::to_string(kRows) +
                                " --seed 7 --out " + csv)
                  .exit_code,
              0);

    // Kill points: as soon as the process starts, and after increasing amounts of progress.
    const std::int64_t kill_after_rows[] = {0, 1, 60000, 150000};
    for (const auto threshold : kill_after_rows) {
        SCOPED_TRACE("kill after " + std::to_string(threshold) + " rows");
        const auto db_path = dir.file("crash-" + std::to_string(threshold) + ".db");
        const pid_t pid = spawn_import(csv, db_path);
        ASSERT_GT(pid, 0);
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (threshold > 0 && committed_rows(db_path) < threshold &&
               std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);

        const auto before = committed_rows(db_path);
        EXPECT_LE(before, kRows);
        if (std::filesystem::exists(db_path)) {
            Database db(db_path);
            EXPECT_EQ(db.integrity_check(), "ok");
        }
        const auto rerun =
            test::run_command(test::cli() + " import " + csv + " --db " + db_path + " --json");
        EXPECT_EQ(rerun.exit_code, 0) << rerun.output;
        Database db(db_path);
        EXPECT_EQ(db.integrity_check(), "ok");
        EXPECT_EQ(db.query_int64("SELECT count(*) FROM transactions"), kRows);
        EXPECT_EQ(db.query_int64("SELECT count(DISTINCT ext_id) FROM transactions"), kRows);
        // The 40 MB file is a bulk load, killed while the card index was dropped: it is back.
        EXPECT_EQ(db.query_int64("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                 "name = 'transactions_by_card'"),
                  1);
        // Every committed batch was whole: the re-run reports the rest as duplicates.
        EXPECT_NE(rerun.output.find("\"duplicates\":" + std::to_string(before)), std::string::npos)
            << rerun.output;
    }
}

}  // namespace
}  // namespace fd
