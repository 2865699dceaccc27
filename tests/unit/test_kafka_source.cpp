// The Kafka source and sink against librdkafka's mock cluster (3 brokers, in process): every
// good record stored exactly once through the pipeline, bad ones kept as rejects with their
// partition and offset; offsets committed only after the rows are stored, so a restart
// resumes where the stored rows end and a crash before the commit replays (and the pipeline
// deduplicates); a cluster outage shows in the status and consumption resumes after it.
#include <gtest/gtest.h>
#include <librdkafka/rdkafka.h>
// After rdkafka.h, which it needs.
#include <librdkafka/rdkafka_mock.h>

#include <functional>
#include <future>
#include <set>
#include <sstream>
#include <thread>

#include "ingest/kafka_source.h"
#include "ingest/line_sink.h"
#include "ingest/pipeline.h"
#include "ingest/source_factory.h"
#include "source_test_support.h"
#include "storage/database.h"
#include "storage/feed_reject_store.h"
#include "storage/transaction_store.h"
#include "test_support.h"

namespace fd {
namespace {

using namespace std::chrono_literals;

void silent(const rd_kafka_t*, int, const char*, const char*) {}

// A mock cluster on a throwaway handle, and a plain producer for messages with a chosen
// partition.
class MockCluster {
public:
    explicit MockCluster(int brokers = 3) {
        rk_ = make_handle(nullptr);
        cluster_ = rd_kafka_mock_cluster_new(rk_, brokers);
        bootstraps_ = rd_kafka_mock_cluster_bootstraps(cluster_);
        std::stringstream list(bootstraps_);
        for (std::string b; std::getline(list, b, ',');) brokers_.push_back(b);
        producer_ = make_handle(bootstraps_.c_str());
    }
    ~MockCluster() {
        rd_kafka_destroy(producer_);
        rd_kafka_mock_cluster_destroy(cluster_);
        rd_kafka_destroy(rk_);
    }

    const std::vector<std::string>& brokers() const { return brokers_; }
    const std::string& bootstraps() const { return bootstraps_; }
    void create_topic(const std::string& topic, int partitions) {
        ASSERT_EQ(rd_kafka_mock_topic_create(cluster_, topic.c_str(), partitions, 1),
                  RD_KAFKA_RESP_ERR_NO_ERROR);
    }
    // The next produce request fails with `err`.
    void fail_next_produce(rd_kafka_resp_err_t err) {
        rd_kafka_mock_push_request_errors(cluster_, 0 /* Produce */, 1, err);
    }
    void set_brokers_up(bool up) {
        for (int id = 1; id <= static_cast<int>(brokers_.size()); ++id)
            ASSERT_EQ(up ? rd_kafka_mock_broker_set_up(cluster_, id)
                         : rd_kafka_mock_broker_set_down(cluster_, id),
                      RD_KAFKA_RESP_ERR_NO_ERROR);
    }
    void produce(const std::string& topic, int partition, const std::string& value) {
        ASSERT_EQ(rd_kafka_producev(producer_, RD_KAFKA_V_TOPIC(topic.c_str()),
                                    RD_KAFKA_V_PARTITION(partition),
                                    RD_KAFKA_V_VALUE(const_cast<char*>(value.data()), value.size()),
                                    RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END),
                  RD_KAFKA_RESP_ERR_NO_ERROR);
        ASSERT_EQ(rd_kafka_flush(producer_, 30000), RD_KAFKA_RESP_ERR_NO_ERROR);
    }
    std::int64_t high_watermark(const std::string& topic, int partition) {
        std::int64_t low = -1, high = -1;
        EXPECT_EQ(rd_kafka_query_watermark_offsets(producer_, topic.c_str(), partition, &low, &high,
                                                   10000),
                  RD_KAFKA_RESP_ERR_NO_ERROR);
        return high;
    }

private:
    static rd_kafka_t* make_handle(const char* bootstraps) {
        rd_kafka_conf_t* conf = rd_kafka_conf_new();
        rd_kafka_conf_set_log_cb(conf, silent);
        char error[512];
        if (bootstraps)
            rd_kafka_conf_set(conf, "bootstrap.servers", bootstraps, error, sizeof error);
        rd_kafka_t* rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, error, sizeof error);
        if (!rk) throw std::runtime_error(error);
        return rk;
    }

    rd_kafka_t* rk_ = nullptr;
    rd_kafka_t* producer_ = nullptr;
    rd_kafka_mock_cluster_t* cluster_ = nullptr;
    std::string bootstraps_;
    std::vector<std::string> brokers_;
};

// `n` generated transactions as NDJSON records (no newline), ids unique per `seed`.
std::vector<std::string> records(std::size_t n, std::uint64_t seed) {
    const auto rows = test::generated_rows(n, seed, "K" + std::to_string(seed) + "-");
    std::stringstream in(test::file_text(rows, WriteFormat::Ndjson));
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) lines.push_back(line);
    EXPECT_EQ(lines.size(), n);
    return lines;
}

void send_all(MockCluster& cluster, const std::string& topic, const std::vector<std::string>& lines,
              std::size_t from = 0, std::size_t to = SIZE_MAX) {
    auto sink = open_kafka_sink(cluster.brokers(), topic);
    for (std::size_t i = from; i < std::min(to, lines.size()); ++i) sink->send(lines[i]);
    sink->flush();
}

// A new 3-partition topic holding `n` records sent through the sink.
void fill_topic(MockCluster& cluster, const std::string& topic, std::size_t n, std::uint64_t seed) {
    cluster.create_topic(topic, 3);
    send_all(cluster, topic, records(n, seed));
}

std::unique_ptr<KafkaSource> source(MockCluster& cluster, const std::string& topic,
                                    const std::string& group) {
    // A short session, so the mock coordinator's rebalances stay quick.
    return std::make_unique<KafkaSource>(
        cluster.brokers(), topic, group, std::nullopt,
        std::vector<std::pair<std::string, std::string>>{{"session.timeout.ms", "6000"},
                                                         {"heartbeat.interval.ms", "500"}});
}

// Waits until the pipeline has stored `rows` (taking its batches so it never blocks on
// them).
bool waitForRows(Pipeline& pipeline, qint64 rows) {
    return test::wait_for([&] {
        pipeline.takeBatches();
        return pipeline.committedRows() + pipeline.duplicateRows() >= rows;
    });
}

// Stored once each: `n` rows, `n` distinct transaction ids.
void expectStoredOnce(const std::string& db_path, std::int64_t n) {
    Database db(db_path, OpenMode::ReadOnly);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM transactions"), n);
    EXPECT_EQ(db.query_int64("SELECT count(DISTINCT ext_id) FROM transactions"), n);
}

TEST(KafkaSource, StoresEveryGoodRecordOnceAndRejectsBadOnesWithPartitionAndOffset) {
    MockCluster cluster;
    cluster.create_topic("payments", 3);
    const auto good = records(900, 1);
    // Bad messages at known offsets of partition 2; the third holds three records, one bad.
    cluster.produce("payments", 2, "not json");
    cluster.produce("payments", 2, "[1, 2]");
    const auto extra = records(2, 2);
    cluster.produce("payments", 2, extra[0] + "\n{\"broken\": \n" + extra[1] + "\n");
    send_all(cluster, "payments", good);
    for (int p = 0; p < 3; ++p) EXPECT_GT(cluster.high_watermark("payments", p), 10) << p;

    test::TempDbPath db;
    Pipeline pipeline(QString::fromStdString(db.str()), nullptr, 0);
    auto kafka = source(cluster, "payments", "g1");
    const std::string name = kafka->name();
    EXPECT_EQ(name, "kafka://" + cluster.bootstraps() + "/payments");
    pipeline.start(std::move(kafka));
    ASSERT_TRUE(waitForRows(pipeline, 902));
    ASSERT_TRUE(test::wait_for([&] {
        pipeline.takeBatches();
        const auto s = pipeline.sourceStatus();
        return s.backlog == 0 && pipeline.rejectedRows() == 3;
    })) << pipeline.sourceStatus().state
        << " backlog " << pipeline.sourceStatus().backlog;
    const SourceStatus status = pipeline.sourceStatus();
    EXPECT_EQ(status.state, "connected, 3 partitions");
    EXPECT_EQ(status.rows_read, 902);
    EXPECT_EQ(status.rejects, 3);
    EXPECT_EQ(status.backlog_unit, "messages");
    pipeline.stop();
    pipeline.wait();

    EXPECT_EQ(pipeline.committedRows(), 902);
    EXPECT_EQ(pipeline.duplicateRows(), 0);
    expectStoredOnce(db.str(), 902);

    Database read(db.str(), OpenMode::ReadOnly);
    auto rejects = FeedRejectStore(read).list(name);
    ASSERT_EQ(rejects.size(), 3u);
    std::sort(rejects.begin(), rejects.end(),
              [](auto& a, auto& b) { return a.reject.offset < b.reject.offset; });
    for (std::uint64_t i = 0; i < 3; ++i) {
        EXPECT_EQ(rejects[i].reject.origin, name + " partition 2");
        EXPECT_EQ(rejects[i].reject.offset, i);
        EXPECT_FALSE(rejects[i].reject.error.reason.empty());
    }
    EXPECT_EQ(rejects[0].reject.error.raw, "not json");
    EXPECT_EQ(rejects[1].reject.error.raw, "[1, 2]");
    EXPECT_EQ(rejects[2].reject.error.line, 2u);  // the second record of the message
    EXPECT_EQ(rejects[2].reject.error.raw, "{\"broken\": ");
}

TEST(KafkaSource, ARestartedConsumerResumesAfterTheStoredRows) {
    MockCluster cluster;
    fill_topic(cluster, "restart", 3000, 3);
    test::TempDbPath db;

    // The first run stops part way: nobody takes its batches, so after four it waits.
    qint64 first = 0;
    {
        Pipeline pipeline(QString::fromStdString(db.str()), nullptr, 0);
        PipelineOptions options;
        options.max_batch_rows = 50;
        options.max_pending_batches = 4;
        pipeline.start(source(cluster, "restart", "g2"), options);
        ASSERT_TRUE(test::wait_for([&] { return pipeline.pendingBatches() >= 4; }));
        pipeline.stop();
        pipeline.wait();
        first = pipeline.committedRows();
    }
    ASSERT_GT(first, 0);
    ASSERT_LT(first, 3000);

    // The second run gets exactly the rest: the first run's offsets were committed.
    Pipeline pipeline(QString::fromStdString(db.str()), nullptr, 0);
    pipeline.start(source(cluster, "restart", "g2"));
    ASSERT_TRUE(waitForRows(pipeline, 3000 - first));
    ASSERT_TRUE(test::wait_for([&] {
        pipeline.takeBatches();
        return pipeline.sourceStatus().backlog == 0;
    }));
    EXPECT_EQ(pipeline.sourceStatus().rows_read, 3000 - first);
    EXPECT_EQ(pipeline.duplicateRows(), 0);
    pipeline.stop();
    pipeline.wait();
    expectStoredOnce(db.str(), 3000);
}

TEST(KafkaSource, RowsStoredButNeverCommittedAreDeliveredAgainAndDeduplicated) {
    MockCluster cluster;
    fill_topic(cluster, "crash", 500, 4);
    test::TempDbPath db;

    // A process that stored some rows and died before committing the offsets.
    std::size_t handed = 0;
    {
        auto kafka = source(cluster, "crash", "g3");
        std::vector<Transaction> rows;
        std::vector<Arrival> arrivals;
        ASSERT_TRUE(test::wait_for([&] {
            kafka->next(rows, arrivals, 100, 200ms);
            return rows.size() >= 200;
        }));
        handed = rows.size();
        EXPECT_EQ(arrivals.size(), handed);
        // The backlog counts what is left after the position.
        ASSERT_TRUE(test::wait_for([&] {
            return kafka->status().backlog == 500 - std::int64_t(handed);
        })) << kafka->status().backlog;
        Database write(db.str());
        SqlTransaction tx(write);
        TransactionStore(write).insert(rows);
        tx.commit();
    }  // dropped without committed()

    Pipeline pipeline(QString::fromStdString(db.str()), nullptr, 0);
    pipeline.start(source(cluster, "crash", "g3"));
    ASSERT_TRUE(waitForRows(pipeline, 500));
    pipeline.stop();
    pipeline.wait();
    EXPECT_EQ(pipeline.duplicateRows(), static_cast<qint64>(handed));
    EXPECT_EQ(pipeline.committedRows(), 500 - static_cast<qint64>(handed));
    expectStoredOnce(db.str(), 500);
}

TEST(KafkaSource, AnOutageShowsInTheStatusAndConsumptionResumes) {
    MockCluster cluster;
    cluster.create_topic("outage", 3);
    const auto lines = records(600, 5);
    send_all(cluster, "outage", lines, 0, 300);
    test::TempDbPath db;
    Pipeline pipeline(QString::fromStdString(db.str()), nullptr, 0);
    pipeline.start(source(cluster, "outage", "g4"));
    ASSERT_TRUE(waitForRows(pipeline, 300));
    const auto state = [&] {
        pipeline.takeBatches();
        return pipeline.sourceStatus().state;
    };
    ASSERT_TRUE(test::wait_for([&] { return state() == "connected, 3 partitions"; })) << state();

    cluster.set_brokers_up(false);
    ASSERT_TRUE(test::wait_for([&] { return state().starts_with("broker down: "); })) << state();
    cluster.set_brokers_up(true);
    ASSERT_TRUE(test::wait_for([&] { return state() == "connected, 3 partitions"; })) << state();
    EXPECT_GE(pipeline.sourceStatus().reconnects, 1);

    send_all(cluster, "outage", lines, 300);
    ASSERT_TRUE(waitForRows(pipeline, 600));
    pipeline.stop();
    pipeline.wait();
    EXPECT_EQ(pipeline.duplicateRows(), 0);
    expectStoredOnce(db.str(), 600);
}

TEST(KafkaSource, StopEndsAWaitingNext) {
    MockCluster cluster;
    cluster.create_topic("idle", 1);
    auto kafka = source(cluster, "idle", "g5");
    auto waiting = std::async(std::launch::async, [&] {
        std::vector<Transaction> rows;
        std::vector<Arrival> arrivals;
        return kafka->next(rows, arrivals, 100, 60s);
    });
    std::this_thread::sleep_for(300ms);
    kafka->stop();
    // Far less than the minute next() was allowed to wait.
    ASSERT_EQ(waiting.wait_for(20s), std::future_status::ready);
    EXPECT_FALSE(waiting.get());
    EXPECT_EQ(kafka->status().state, "stopped");
}

TEST(KafkaSource, TheFactoryOpensItAndBadSettingsSayWhich) {
    MockCluster cluster;
    const auto uri = parse_source_uri("kafka://" + cluster.bootstraps() + "/t?group=g");
    const auto opened = open_source(uri);
    EXPECT_EQ(opened->name(), "kafka://" + cluster.bootstraps() + "/t");
    EXPECT_TRUE(opened->durable());
    EXPECT_TRUE(kafka_supported());
    try {
        KafkaSource bad(cluster.brokers(), "t", "g", std::nullopt, {{"no.such.setting", "1"}});
        FAIL() << "a setting librdkafka does not know was accepted";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("no.such.setting"), std::string::npos) << e.what();
    }
}

TEST(KafkaSink, AFailedDeliveryIsReportedByTheNextCall) {
    MockCluster cluster;
    cluster.create_topic("denied", 1);
    cluster.fail_next_produce(RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE);  // not retried
    auto sink = open_kafka_sink(cluster.brokers(), "denied");
    EXPECT_EQ(sink->describe(), "kafka://" + cluster.bootstraps() + "/denied");
    sink->send(records(1, 6)[0]);
    try {
        sink->flush();
        FAIL() << "flush() returned although the message was refused";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("not delivered"), std::string::npos) << e.what();
    }
    EXPECT_THROW(sink->send("{}"), std::runtime_error);  // the sink stays failed
}

}  // namespace
}  // namespace fd

int main(int argc, char** argv) {
    return fd::test::run_all_tests(argc, argv);
}
