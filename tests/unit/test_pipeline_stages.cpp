// The two pieces that let the pipeline store one batch while it scores the next:
// DuplicateFilter (repeats found before scoring) and SerialWorker (the store's thread).
#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <atomic>
#include <chrono>
#include <optional>
#include <set>
#include <stdexcept>
#include <thread>

#include "ingest/duplicate_filter.h"
#include "ingest/serial_worker.h"
#include "storage/transaction_store.h"

namespace fd {
namespace {

Transaction tx(const std::string& id) {
    Transaction t;
    t.id = id;
    t.timestamp_ms = 1'700'000'000'000;
    t.amount_minor = 1000;
    t.currency = "EUR";
    return t;
}

std::vector<std::string> ids_of(const std::vector<Transaction>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows) out.push_back(r.id);
    return out;
}

class DuplicateFilterTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        path_ = dir_.filePath(QStringLiteral("f.db")).toStdString();
        writer_.emplace(path_);
        reader_.emplace(path_, OpenMode::ReadOnly);
    }
    void store(const std::vector<std::string>& ids) {
        std::vector<Transaction> rows;
        for (const auto& id : ids) rows.push_back(tx(id));
        SqlTransaction t(*writer_);
        TransactionStore(*writer_).insert(rows);
        t.commit();
    }
    std::vector<Transaction> batch(const std::vector<std::string>& ids) {
        std::vector<Transaction> rows;
        for (const auto& id : ids) rows.push_back(tx(id));
        arrivals_.assign(rows.size(), Arrival{std::chrono::steady_clock::now()});
        return rows;
    }

    QTemporaryDir dir_;
    std::string path_;
    std::optional<Database> writer_, reader_;
    std::vector<Arrival> arrivals_;
};

TEST_F(DuplicateFilterTest, DropsStoredRepeatedAndInFlightIdsInOrder) {
    store({"a", "b"});
    DuplicateFilter filter(*reader_);
    auto rows = batch({"a", "c", "d", "c", "b", "e"});
    EXPECT_EQ(filter.keep_new(rows, arrivals_, 1), 3);
    EXPECT_EQ(ids_of(rows), (std::vector<std::string>{"c", "d", "e"}));
    EXPECT_EQ(arrivals_.size(), 3u);

    // Batch 1 is not stored yet: its ids are still known, from memory.
    auto next = batch({"d", "f", "e"});
    EXPECT_EQ(filter.keep_new(next, arrivals_, 2), 2);
    EXPECT_EQ(ids_of(next), (std::vector<std::string>{"f"}));
    EXPECT_EQ(filter.ids_in_flight(), 4u);

    // Batch 1 committed: the database answers for it, memory lets go of it.
    store({"c", "d", "e"});
    filter.forget_through(1);
    EXPECT_EQ(filter.ids_in_flight(), 1u);
    auto third = batch({"c", "f", "g"});
    EXPECT_EQ(filter.keep_new(third, arrivals_, 3), 2);
    EXPECT_EQ(ids_of(third), (std::vector<std::string>{"g"}));
}

TEST_F(DuplicateFilterTest, ForgettingTooEarlyWouldLetARepeatThrough) {
    // The contract the pipeline keeps: forget a batch only after its commit. Forgetting
    // before shows why: the repeat is then found nowhere.
    DuplicateFilter filter(*reader_);
    auto rows = batch({"x"});
    filter.keep_new(rows, arrivals_, 1);
    filter.forget_through(1);  // not committed
    auto again = batch({"x"});
    EXPECT_EQ(filter.keep_new(again, arrivals_, 2), 0);
}

TEST(SerialWorker, RunsJobsInOrderOnOneOtherThread) {
    SerialWorker worker(1);
    std::vector<int> order;
    std::set<std::thread::id> threads;
    for (int i = 0; i < 50; ++i)
        worker.submit([&, i] {
            order.push_back(i);
            threads.insert(std::this_thread::get_id());
        });
    worker.drain();
    ASSERT_EQ(order.size(), 50u);
    for (int i = 0; i < 50; ++i) EXPECT_EQ(order[i], i);
    ASSERT_EQ(threads.size(), 1u);
    EXPECT_NE(*threads.begin(), std::this_thread::get_id());
}

TEST(SerialWorker, SubmitWaitsWhileTheQueueIsFull) {
    SerialWorker worker(1);
    std::atomic<bool> release{false};
    std::atomic<int> submitted{0};
    worker.submit([&] {
        while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    });
    std::thread producer([&] {
        for (int i = 0; i < 3; ++i) {
            worker.submit([] {});
            ++submitted;
        }
    });
    // One job runs (held) and one waits; the next submit must block until release.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (submitted < 1 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    EXPECT_EQ(submitted.load(), 1);
    release = true;
    producer.join();
    worker.drain();
    EXPECT_EQ(submitted.load(), 3);
}

TEST(SerialWorker, AFailureSkipsTheRestAndIsThrownByDrainAndSubmit) {
    SerialWorker worker(4);
    std::atomic<int> ran{0};
    worker.submit([&] { ++ran; });
    worker.submit([] { throw std::runtime_error("disk full"); });
    worker.submit([&] { ++ran; });  // built on the failed one: skipped
    try {
        worker.drain();
        FAIL() << "drain() must throw the job's failure";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "disk full");
    }
    EXPECT_EQ(ran.load(), 1);
    EXPECT_THROW(worker.submit([&] { ++ran; }), std::runtime_error);
    EXPECT_EQ(ran.load(), 1);
}

TEST(SerialWorker, DestructionRunsWhatWasSubmitted) {
    std::atomic<int> ran{0};
    {
        SerialWorker worker(8);
        for (int i = 0; i < 5; ++i)
            worker.submit([&] {
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
                ++ran;
            });
    }
    EXPECT_EQ(ran.load(), 5);
}

}  // namespace
}  // namespace fd
