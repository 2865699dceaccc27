// The Pipeline on its worker thread: everything stored and scored exactly once, in order,
// the same scores as scoring offline; stop, pause and the bounded queue; the demo feed.
#include "ingest/pipeline.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <functional>
#include <thread>

#include "core/engine/model_bundle.h"
#include "core/engine/scorer.h"
#include "core/generator.h"
#include "ingest/active_model.h"
#include "ingest/demo_setup.h"
#include "storage/database.h"
#include "storage/model_store.h"
#include "storage/score_store.h"
#include "storage/transaction_store.h"

namespace fd {
namespace {

using namespace std::chrono_literals;

// Runs the event loop until `done` holds or `ms` pass.
bool waitUntil(const std::function<bool()>& done, int ms) {
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired()) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        std::this_thread::sleep_for(1ms);
    }
    return true;
}

void spin(int ms) {
    waitUntil([] { return false; }, ms);
}

// Ids carry the seed: every generator numbers its rows from T0000000001.
std::vector<Transaction> generated(std::size_t n, std::uint64_t seed) {
    GeneratorConfig config;
    config.seed = seed;
    config.fraud_rate = 0.02;
    config.rows_per_day = 5000;
    Generator generator(config);
    std::vector<Transaction> rows;
    for (std::size_t i = 0; i < n; ++i) {
        rows.push_back(generator.next());
        rows.back().id.insert(0, "S" + std::to_string(seed) + "-");
    }
    return rows;
}

// Hands over a fixed list, `per_call` rows at a time, optionally slowly.
class ListSource : public Source {
public:
    ListSource(std::vector<Transaction> rows, std::size_t per_call,
               std::chrono::milliseconds delay = 0ms, bool bookkeeping = true)
        : rows_(std::move(rows)), per_call_(per_call), delay_(delay), bookkeeping_(bookkeeping) {}
    // Without bookkeeping the pipeline stores a batch while it scores the next.
    bool has_batch_bookkeeping() const override { return bookkeeping_; }
    std::string name() const override { return "list"; }
    bool next(std::vector<Transaction>& out, std::vector<Arrival>& arrivals, std::size_t max_rows,
              std::chrono::milliseconds) override {
        if (delay_.count() > 0) std::this_thread::sleep_for(delay_);
        const std::size_t n = std::min({per_call_, max_rows, rows_.size() - next_});
        for (std::size_t i = 0; i < n; ++i) {
            out.push_back(rows_[next_++]);
            arrivals.push_back({std::chrono::steady_clock::now()});
        }
        return next_ < rows_.size();
    }
    bool durable() const override { return true; }

private:
    std::vector<Transaction> rows_;
    std::size_t per_call_;
    std::chrono::milliseconds delay_;
    bool bookkeeping_;
    std::size_t next_ = 0;
};

class PipelineTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        path_ = dir_.filePath(QStringLiteral("p.db"));
        auto history = generated(6000, 1);
        Database db(path_.toStdString());
        SqlTransaction tx(db);
        TransactionStore(db).insert(history);
        tx.commit();
        EnsembleOptions options;
        options.autoencoder.epochs = 3;
        options.gbdt.rounds = 20;
        model_ = std::make_shared<const EnsembleModel>(EnsembleModel::train(history, options));
        const auto bundle = model_->to_bundle();
        modelId_ =
            ModelStore(db).add("ensemble", "test", 0, bundle.header.dump(), write_bundle(bundle));
        history_ = std::move(history);
    }

    // Runs the event loop until the pipeline finishes; returns every published row.
    std::vector<PipelineRow> runToEnd(Pipeline& pipeline) {
        std::vector<PipelineRow> rows;
        QSignalSpy finished(&pipeline, &Pipeline::finished);
        QObject::connect(&pipeline, &Pipeline::failed,
                         [](const QString& message) { ADD_FAILURE() << message.toStdString(); });
        QObject::connect(&pipeline, &Pipeline::batchesAvailable, [&] {
            for (auto& b : pipeline.takeBatches())
                for (auto& r : b.rows) rows.push_back(std::move(r));
        });
        EXPECT_TRUE(finished.wait(60000));
        for (auto& b : pipeline.takeBatches())
            for (auto& r : b.rows) rows.push_back(std::move(r));
        return rows;
    }

    QTemporaryDir dir_;
    QString path_;
    std::vector<Transaction> history_;
    std::shared_ptr<const EnsembleModel> model_;
    qint64 modelId_ = 0;
};

TEST_F(PipelineTest, StoresAndScoresEveryRowOnceWithTheOfflineScores) {
    const auto live = generated(3000, 2);
    Pipeline pipeline(path_, model_, modelId_);
    QSignalSpy states(&pipeline, &Pipeline::stateChanged);
    PipelineOptions options;
    options.max_batch_rows = 400;
    pipeline.start(std::make_unique<ListSource>(live, 150), options);
    const auto rows = runToEnd(pipeline);
    EXPECT_EQ(pipeline.state(), Pipeline::State::Finished);
    EXPECT_EQ(pipeline.committedRows(), 3000);
    ASSERT_EQ(rows.size(), 3000u);

    // The same rows scored offline after the same history give the same risks.
    Scorer scorer(*model_);
    scorer.observe(history_);
    std::vector<Verdict> verdicts;
    scorer.score(live, verdicts);
    Database db(path_.toStdString(), OpenMode::ReadOnly);
    EXPECT_EQ(
        db.query_int64("SELECT count(*) FROM scores WHERE model_id = " + std::to_string(modelId_)),
        3000);
    for (std::size_t i = 0; i < live.size(); ++i) {
        ASSERT_EQ(rows[i].timestamp_ms, live[i].timestamp_ms) << i;
        ASSERT_NEAR(rows[i].risk, verdicts[i].risk, 1e-9) << i;
        EXPECT_EQ(rows[i].alert,
                  verdicts[i].always_alert || verdicts[i].risk >= model_->alert_threshold());
        EXPECT_GE(rows[i].latency_ms, 0.0);
    }
    // An alert was stored for every row that alerted, and only for those.
    const auto alerted = std::count_if(rows.begin(), rows.end(), [](auto& r) { return r.alert; });
    EXPECT_GT(alerted, 0);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM alerts WHERE status = 'new'"), alerted);
    ASSERT_GE(states.count(), 2);
    EXPECT_EQ(states.first().at(0).value<Pipeline::State>(), Pipeline::State::WarmingUp);
    EXPECT_EQ(states.last().at(0).value<Pipeline::State>(), Pipeline::State::Finished);
}

TEST_F(PipelineTest, DuplicatesAreCountedNotRescored) {
    auto live = generated(500, 3);
    live.insert(live.end(), history_.begin(), history_.begin() + 200);  // already stored
    Pipeline pipeline(path_, model_, modelId_);
    pipeline.start(std::make_unique<ListSource>(live, 100));
    const auto rows = runToEnd(pipeline);
    EXPECT_EQ(rows.size(), 500u);
    EXPECT_EQ(pipeline.duplicateRows(), 200);
    Database db(path_.toStdString(), OpenMode::ReadOnly);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM transactions"), 6500);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM scores"), 500);
}

// A live source's batches are stored on a second thread while the next is scored. Rows
// repeated while their first copy is still on its way to the database, repeated within a
// batch, or stored long ago, must all be left out before scoring: the risks must equal an
// offline run over the rows without repeats.
TEST_F(PipelineTest, OverlappedStoringScoresLikeOfflineAndDropsEveryRepeat) {
    const auto fresh = generated(3000, 5);
    std::vector<Transaction> live;
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        live.push_back(fresh[i]);
        if (i % 7 == 3) live.push_back(fresh[i]);                   // same batch
        if (i % 11 == 5 && i >= 60) live.push_back(fresh[i - 60]);  // a batch or two back
        if (i % 13 == 0) live.push_back(history_[i]);               // stored before the run
    }
    const auto repeats = static_cast<qint64>(live.size() - fresh.size());
    Pipeline pipeline(path_, model_, modelId_);
    PipelineOptions options;
    options.max_batch_rows = 50;
    pipeline.start(std::make_unique<ListSource>(live, 25, 0ms, false), options);
    const auto rows = runToEnd(pipeline);
    EXPECT_EQ(pipeline.state(), Pipeline::State::Finished);
    ASSERT_EQ(rows.size(), fresh.size());
    EXPECT_EQ(pipeline.committedRows(), 3000);
    EXPECT_EQ(pipeline.duplicateRows(), repeats);

    Scorer scorer(*model_);
    scorer.observe(history_);
    std::vector<Verdict> verdicts;
    scorer.score(fresh, verdicts);
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        ASSERT_EQ(rows[i].timestamp_ms, fresh[i].timestamp_ms) << i;
        // Batches of another size sum some float features in another order (1e-7);
        // a repeat that reached the features would move its card's risk by far more.
        ASSERT_NEAR(rows[i].risk, verdicts[i].risk, 1e-5) << i;
    }
    Database db(path_.toStdString(), OpenMode::ReadOnly);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM transactions"), 9000);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM scores"), 3000);
    const auto alerted = std::count_if(rows.begin(), rows.end(), [](auto& r) { return r.alert; });
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM alerts"), alerted);
}

TEST_F(PipelineTest, WithoutAModelRowsAreStoredUnscored) {
    Pipeline pipeline(path_, nullptr, 0);
    pipeline.start(std::make_unique<ListSource>(generated(300, 4), 100));
    const auto rows = runToEnd(pipeline);
    ASSERT_EQ(rows.size(), 300u);
    for (const auto& r : rows) EXPECT_LT(r.risk, 0.0);
    Database db(path_.toStdString(), OpenMode::ReadOnly);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM scores"), 0);
}

TEST_F(PipelineTest, StopKeepsWhatWasCommittedAndSaysItStopped) {
    Pipeline pipeline(path_, model_, modelId_);
    PipelineOptions options;
    options.max_batch_rows = 50;
    pipeline.start(std::make_unique<ListSource>(generated(100000, 6), 50, 5ms), options);
    QSignalSpy finished(&pipeline, &Pipeline::finished);
    ASSERT_TRUE(waitUntil([&] { return pipeline.committedRows() >= 200; }, 30000));
    pipeline.stop();
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.first().at(1).toBool());
    const qint64 committed = finished.first().at(0).toLongLong();
    EXPECT_EQ(committed, pipeline.committedRows());
    EXPECT_LT(committed, 100000);
    Database db(path_.toStdString(), OpenMode::ReadOnly);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM transactions"), 6000 + committed);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM scores"), committed);
}

TEST_F(PipelineTest, PauseHoldsTheWorkAndResumeGoesOn) {
    Pipeline pipeline(path_, model_, modelId_);
    PipelineOptions options;
    options.max_batch_rows = 50;
    pipeline.start(std::make_unique<ListSource>(generated(2000, 8), 50, 2ms), options);
    ASSERT_TRUE(waitUntil([&] { return pipeline.committedRows() >= 100; }, 30000));
    pipeline.pause();
    ASSERT_TRUE(waitUntil([&] { return pipeline.state() == Pipeline::State::Paused; }, 10000));
    const qint64 held = pipeline.committedRows();
    spin(200);
    EXPECT_EQ(pipeline.committedRows(), held);
    pipeline.resume();
    const auto rows = runToEnd(pipeline);
    EXPECT_EQ(pipeline.committedRows(), 2000);
}

// Nobody takes the batches: the worker waits at the bound instead of piling them up.
TEST_F(PipelineTest, PublishedBatchesAreBounded) {
    Pipeline pipeline(path_, model_, modelId_);
    PipelineOptions options;
    options.max_batch_rows = 10;
    options.max_pending_batches = 3;
    pipeline.start(std::make_unique<ListSource>(generated(200, 9), 10), options);
    ASSERT_TRUE(waitUntil([&] { return pipeline.pendingBatches() == 3; }, 30000));
    spin(200);
    EXPECT_EQ(pipeline.pendingBatches(), 3u);
    EXPECT_EQ(pipeline.committedRows(), 30);
    std::size_t taken = 0;
    QSignalSpy finished(&pipeline, &Pipeline::finished);
    ASSERT_TRUE(waitUntil(
        [&] {
            for (const auto& b : pipeline.takeBatches()) taken += b.rows.size();
            return taken == 200;
        },
        30000));
    EXPECT_TRUE(finished.count() == 1 || finished.wait(10000));
}

// Large batches: the bound on rows waiting holds before the bound on batches does.
TEST_F(PipelineTest, PublishedRowsAreBounded) {
    Pipeline pipeline(path_, model_, modelId_);
    PipelineOptions options;
    options.max_batch_rows = 10;
    options.max_pending_rows = 25;  // the third batch crosses it
    pipeline.start(std::make_unique<ListSource>(generated(100, 9), 10), options);
    ASSERT_TRUE(waitUntil([&] { return pipeline.pendingBatches() == 3; }, 30000));
    spin(200);
    EXPECT_EQ(pipeline.pendingBatches(), 3u);
    EXPECT_EQ(pipeline.committedRows(), 30);
    std::size_t taken = 0;
    ASSERT_TRUE(waitUntil(
        [&] {
            for (const auto& b : pipeline.takeBatches()) taken += b.rows.size();
            return taken == 100;
        },
        30000));
}

TEST_F(PipelineTest, DestroyingARunningPipelineJoinsCleanly) {
    auto pipeline = std::make_unique<Pipeline>(path_, model_, modelId_);
    pipeline->start(std::make_unique<ListSource>(generated(100000, 10), 100, 1ms));
    ASSERT_TRUE(waitUntil([&] { return pipeline->committedRows() > 0; }, 30000));
    pipeline.reset();  // must not hang or crash
    Database db(path_.toStdString(), OpenMode::ReadOnly);
    EXPECT_EQ(db.integrity_check(), "ok");
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM transactions") - 6000,
              db.query_int64("SELECT count(*) FROM scores"));
}

TEST(DemoSource, KeepsItsPaceHidesOutcomesAndStopsPromptly) {
    GeneratorConfig config;
    config.seed = 3;
    DemoSource source(Generator(config), "D1-", 1000.0, 100000);
    std::vector<Transaction> rows;
    std::vector<Arrival> arrivals;
    const auto start = std::chrono::steady_clock::now();
    while (std::chrono::steady_clock::now() - start < 300ms)
        ASSERT_TRUE(source.next(rows, arrivals, 100000, 20ms));
    EXPECT_GT(rows.size(), 150u);  // about 300, loosely: the machine may be busy
    EXPECT_LT(rows.size(), 600u);
    EXPECT_EQ(rows.size(), arrivals.size());
    for (const auto& t : rows) {
        EXPECT_EQ(t.id.rfind("D1-T", 0), 0u) << t.id;
        EXPECT_EQ(t.label, Label::Unknown);
    }
    EXPECT_EQ(source.dropped(), 0);
    std::thread stopper([&] {
        std::this_thread::sleep_for(50ms);
        source.stop();
    });
    const auto before = std::chrono::steady_clock::now();
    DemoSource slow(Generator(config), "D2-", 0.01);  // next row due in 100 s
    std::thread slow_stopper([&] {
        std::this_thread::sleep_for(50ms);
        slow.stop();
    });
    std::vector<Transaction> none;
    slow.next(none, arrivals, 10, 60000ms);  // its first row is due at once
    EXPECT_FALSE(slow.next(none, arrivals, 10, 60000ms));
    EXPECT_LT(std::chrono::steady_clock::now() - before, 10s);
    stopper.join();
    slow_stopper.join();
}

TEST(DemoSource, DropsWhatItCannotBufferAndCountsIt) {
    GeneratorConfig config;
    DemoSource source(Generator(config), "D1-", 2000.0, 100);
    std::this_thread::sleep_for(300ms);  // about 600 rows due, 100 buffered
    std::vector<Transaction> rows;
    std::vector<Arrival> arrivals;
    source.next(rows, arrivals, 100000, 0ms);
    EXPECT_EQ(rows.size(), 100u);
    EXPECT_GT(source.dropped(), 300);
}

// The feed continues the stored history: the very next rows of the same generator, so a
// restarted session carries on where the last stopped instead of replaying the start.
TEST(DemoSetup, FillsTrainsActivatesAndTheFeedContinuesTheHistory) {
    Database db(":memory:");
    DemoConfig config;
    config.history_rows = 5000;
    config.customers = 2000;
    config.rows_per_day = 20000;
    config.feed_rows_per_second = 100000;
    const std::int64_t now = 1'750'000'000'000;
    std::vector<std::string> stages;
    const auto setup = prepare_demo(db, config, now, [&](auto stage, double) {
        if (stages.empty() || stages.back() != stage) stages.emplace_back(stage);
        return true;
    });
    EXPECT_EQ(setup.rows, 5000);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM transactions"), 5000);
    EXPECT_GT(db.query_int64("SELECT count(*) FROM transactions WHERE label = 1"), 0);
    EXPECT_LE(db.query_int64("SELECT max(ts_ms) FROM transactions"), now);
    const auto active = load_active_model(db);
    ASSERT_TRUE(active);
    EXPECT_EQ(active->id, setup.model_id);
    EXPECT_EQ(stages.front(), "history");

    // What one generator gives after its first 5000 rows is what the feed hands over.
    GeneratorConfig g;
    g.seed = config.seed;
    g.customers = config.customers;
    g.rows_per_day = config.rows_per_day;
    g.fraud_rate = config.fraud_rate;
    g.start_ms = db.query_int64("SELECT min(ts_ms) FROM transactions") / 86'400'000 * 86'400'000;
    Generator reference(g);
    for (int i = 0; i < 5000; ++i) reference.next();
    auto feed = make_demo_feed(config, db);
    std::vector<Transaction> rows;
    std::vector<Arrival> arrivals;
    while (rows.size() < 100) feed->next(rows, arrivals, 100 - rows.size(), 100ms);
    for (const auto& t : rows) {
        const auto expected = reference.next();
        ASSERT_EQ(t.id, expected.id);
        EXPECT_EQ(t.timestamp_ms, expected.timestamp_ms);
        EXPECT_EQ(t.label, Label::Unknown);
    }
    TransactionStore store(db);
    EXPECT_EQ(store.insert(rows).duplicates, 0);
    // The next session resumes after these.
    auto again = make_demo_feed(config, db);
    std::vector<Transaction> more;
    while (more.empty()) again->next(more, arrivals, 1, 100ms);
    EXPECT_EQ(more.front().id, reference.next().id);

    EXPECT_THROW(prepare_demo(db, config, now, [](auto, double) { return false; }),
                 std::runtime_error);
    Database empty(":memory:");
    EXPECT_THROW(make_demo_feed(config, empty), std::runtime_error);
}

}  // namespace
}  // namespace fd

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
