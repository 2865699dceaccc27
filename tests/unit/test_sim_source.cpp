// sim:// as a Source: through a Pipeline its rows are stored; it never drops (rows come
// late and the status says so); stop() ends a wait; bad parameters are refused.
#include "ingest/sim_source.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <thread>

#include "source_test_support.h"
#include "storage/database.h"

namespace fd {
namespace {

using namespace std::chrono_literals;

std::int64_t wall_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::unique_ptr<Source> open(const std::string& uri) {
    return open_source(parse_source_uri(uri));
}

TEST(SimSource, APipelineStoresItsRows) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sim.db"));
    { Database create(path.toStdString()); }
    const std::int64_t before = wall_ms();
    Pipeline pipeline(path, nullptr, 0);
    QObject::connect(&pipeline, &Pipeline::batchesAvailable, [&] { pipeline.takeBatches(); });
    test::start(pipeline, "sim://?rate=2000&seed=7&fraud-rate=0.05");
    ASSERT_TRUE(test::wait_for([&] { return pipeline.committedRows() >= 1000; }, 60000));
    const SourceStatus status = pipeline.sourceStatus();
    EXPECT_EQ(status.state.rfind("running at 2000/s", 0), 0u) << status.state;
    EXPECT_GE(status.rows_read, 1000);
    EXPECT_EQ(status.dropped, 0);
    pipeline.stop();
    pipeline.wait();
    const std::int64_t after = wall_ms();

    Database db(path.toStdString(), OpenMode::ReadOnly);
    const std::int64_t stored = db.query_int64("SELECT count(*) FROM transactions");
    EXPECT_EQ(stored, pipeline.committedRows());
    EXPECT_EQ(pipeline.droppedRows(), 0);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM transactions WHERE ext_id NOT LIKE 'S7-%'"), 0);
    // Stamped with the wall clock while it ran, in order of the ids.
    EXPECT_GE(db.query_int64("SELECT min(ts_ms) FROM transactions"), before);
    EXPECT_LE(db.query_int64("SELECT max(ts_ms) FROM transactions"), after);
    // Outcomes are hidden, the scenario tags stay for evaluation.
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM transactions WHERE label IS NOT NULL"), 0);
    EXPECT_GT(db.query_int64("SELECT count(*) FROM transactions WHERE scenario <> ''"), 0);
}

TEST(SimSource, NeverDropsRowsComeLateAndTheStatusSaysSo) {
    auto source = open("sim://?rate=1000&seed=2");
    EXPECT_FALSE(source->durable());
    EXPECT_EQ(source->status().state, "starting");
    std::vector<Transaction> rows;
    std::vector<Arrival> arrivals;
    ASSERT_TRUE(source->next(rows, arrivals, 10, 1000ms));
    ASSERT_FALSE(rows.empty());
    std::this_thread::sleep_for(1200ms);  // over a thousand rows are now due
    const SourceStatus late = source->status();
    EXPECT_NE(late.state.find("behind by"), std::string::npos) << late.state;
    EXPECT_GE(late.backlog, 1000);
    // Taken ten at a time, every row still comes, in order, none skipped.
    while (rows.size() < 1500) ASSERT_TRUE(source->next(rows, arrivals, 10, 1000ms));
    ASSERT_EQ(rows.size(), arrivals.size());
    const std::string prefix = rows.front().id.substr(0, rows.front().id.size() - 10);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        char expected[32];
        std::snprintf(expected, sizeof expected, "%010zu", i + 1);
        ASSERT_EQ(rows[i].id, prefix + expected);
        EXPECT_EQ(rows[i].label, Label::Unknown);
        if (i > 0) {
            EXPECT_GE(arrivals[i].at, arrivals[i - 1].at);
        }
    }
    EXPECT_EQ(source->dropped(), 0);
    EXPECT_EQ(source->status().dropped, 0);
}

TEST(SimSource, StopEndsAWait) {
    auto source = open("sim://?rate=0.001");  // the second row is due in 1000 s
    std::vector<Transaction> rows;
    std::vector<Arrival> arrivals;
    ASSERT_TRUE(source->next(rows, arrivals, 10, 1000ms));
    ASSERT_EQ(rows.size(), 1u);
    const auto before = std::chrono::steady_clock::now();
    std::thread stopper([&] {
        std::this_thread::sleep_for(50ms);
        source->stop();
    });
    EXPECT_FALSE(source->next(rows, arrivals, 10, 600000ms));
    EXPECT_LT(std::chrono::steady_clock::now() - before, 30s);  // not the 1000 s
    stopper.join();
    EXPECT_EQ(rows.size(), 1u);
    EXPECT_EQ(source->status().state, "stopped");
}

TEST(SimSource, BadParametersAreRefused) {
    EXPECT_THROW(open("sim://?rate=0"), SourceUriError);
    EXPECT_THROW(open("sim://?seed=1.5"), SourceUriError);
    EXPECT_THROW(open("sim://?fraud-rate=0.9"), SourceUriError);
    EXPECT_THROW(open("sim://?speed=3"), SourceUriError);
    EXPECT_EQ(open("sim://")->status().state, "starting");
}

}  // namespace
}  // namespace fd

int main(int argc, char** argv) {
    return fd::test::run_all_tests(argc, argv);
}
