// The network sources against producers in this process: tcp:// stores every line once
// and reconnects with backoff, listen:// keeps producers apart (a hostile or stalled one
// disturbs no other), a line too long is dropped with memory bounded, a source nobody pulls
// pauses its producers instead of buffering, and stop() ends a long wait at once.
#include "ingest/socket_source.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <atomic>
#include <functional>
#include <iostream>
#include <set>
#include <thread>

#include "core/source_uri.h"
#include "ingest/pipeline.h"
#include "ingest/source_factory.h"
#include "storage/database.h"
#include "storage/feed_reject_store.h"

namespace fd {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

constexpr std::int64_t kT0 = 1'709'287'200'000;

std::string good_line(const std::string& id, int i, const std::string& padding = {}) {
    std::string text = R"({"transaction_id":")" + id + R"(","timestamp":)" +
                       std::to_string(kT0 + i) + R"(,"card_id":"c)" + std::to_string(i % 50) +
                       R"(","amount":"12.34","currency":"EUR")";
    if (!padding.empty()) text += R"(,"note":")" + padding + "\"";
    return text + "}\n";
}

// A producer's end: a blocking socket on 127.0.0.1 (or another loopback address).
class TestListener {
public:
    explicit TestListener(std::uint16_t port = 0) {
        fd_ = net::Fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
        const int one = 1;
        ::setsockopt(fd_.get(), SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ok_ = ::bind(fd_.get(), reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
              ::listen(fd_.get(), 16) == 0;
        port_ = net::local_port(fd_.get());
    }
    bool ok() const { return ok_; }
    std::uint16_t port() const { return port_; }
    // Waits up to 30 s for a connection.
    net::Fd accept() {
        pollfd p{fd_.get(), POLLIN, 0};
        if (::poll(&p, 1, 30'000) != 1) return {};
        return net::Fd(::accept4(fd_.get(), nullptr, nullptr, SOCK_CLOEXEC));
    }
    void close() { fd_.reset(); }

private:
    net::Fd fd_;
    bool ok_ = false;
    std::uint16_t port_ = 0;
};

net::Fd connect_to(const std::string& host, std::uint16_t port) {
    std::string error;
    for (const net::Endpoint& e : net::resolve(host, port, false, error)) {
        net::Fd fd(::socket(e.family(), SOCK_STREAM | SOCK_CLOEXEC, 0));
        if (fd && ::connect(fd.get(), e.get(), e.length) == 0) return fd;
    }
    return {};
}

bool send_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// Sends in pieces of varying size, so lines are cut across reads.
bool send_in_pieces(int fd, std::string_view bytes, std::size_t seed) {
    std::size_t piece = 1 + seed % 97;
    while (!bytes.empty()) {
        const std::size_t n = std::min(bytes.size(), piece);
        if (!send_all(fd, bytes.substr(0, n))) return false;
        bytes.remove_prefix(n);
        piece = 1 + (piece * 7919 + 13) % 4000;
    }
    return true;
}

// A port nobody listens on (bound, then released).
std::uint16_t free_port() {
    TestListener l;
    return l.port();
}

// Reads one byte or the end; true when the peer closed (or reset) within 30 s.
bool peer_closed(int fd) {
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 30'000) != 1) return false;
    char c;
    return ::recv(fd, &c, 1, 0) <= 0;
}

// What a test pulled from a source on its own thread, as the pipeline would.
struct Pulled {
    std::vector<Transaction> rows;
    std::vector<Arrival> arrivals;
    std::vector<SourceReject> rejects;
};

// Calls next() until `done` holds (true) or `limit` passes (false).
bool pull_until(SocketSource& source, Pulled& p, const std::function<bool()>& done,
                std::size_t max_rows = 500, const std::function<void()>& after_each = {},
                std::chrono::seconds limit = 60s) {
    const auto deadline = Clock::now() + limit;
    while (!done()) {
        if (Clock::now() > deadline) return false;
        source.next(p.rows, p.arrivals, max_rows, 20ms);
        source.take_rejects(p.rejects);
        if (after_each) after_each();
    }
    return true;
}

// A pipeline (no model) storing into a scratch database.
class SocketPipelineTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        path_ = dir_.filePath(QStringLiteral("s.db")).toStdString();
        Database db(path_);  // created and migrated before the pipeline opens it
    }
    void TearDown() override {
        if (pipeline_) {
            pipeline_->stop();
            pipeline_->wait();
        }
    }

    void start(std::unique_ptr<Source> source) {
        pipeline_ = std::make_unique<Pipeline>(QString::fromStdString(path_), nullptr, 0);
        QObject::connect(pipeline_.get(), &Pipeline::failed,
                         [](const QString& message) { ADD_FAILURE() << message.toStdString(); });
        PipelineOptions options;
        options.max_batch_rows = 500;
        pipeline_->start(std::move(source), options);
    }

    // Waits up to 60 s for `done`, taking the published batches meanwhile.
    bool wait(const std::function<bool()>& done) {
        const auto deadline = Clock::now() + 60s;
        while (!done()) {
            if (Clock::now() > deadline) return false;
            pipeline_->takeBatches();
            QCoreApplication::processEvents();
            std::this_thread::sleep_for(2ms);
        }
        return true;
    }
    bool state_starts_with(const std::string& prefix) {
        return pipeline_->sourceStatus().state.rfind(prefix, 0) == 0;
    }

    std::int64_t query(const std::string& sql) {
        Database db(path_, OpenMode::ReadOnly);
        return db.query_int64(sql);
    }
    // Oldest first.
    std::vector<StoredFeedReject> stored_rejects() {
        Database db(path_, OpenMode::ReadOnly);
        auto list = FeedRejectStore(db).list("");
        std::reverse(list.begin(), list.end());
        return list;
    }

    QTemporaryDir dir_;
    std::string path_;
    std::unique_ptr<Pipeline> pipeline_;
};

TEST_F(SocketPipelineTest, TcpStoresEveryLineOnceAndBadLinesAsRejects) {
    TestListener producer;
    ASSERT_TRUE(producer.ok());
    constexpr int kRows = 3000;
    std::string stream;
    std::vector<std::uint64_t> bad_offsets, bad_lines;
    std::uint64_t line_no = 0;
    for (int i = 0; i < kRows; ++i) {
        if (i % 1000 == 500) {
            bad_offsets.push_back(stream.size());
            bad_lines.push_back(++line_no);
            stream += R"({"transaction_id":"bad)" + std::to_string(i) + R"(","timestamp":)" +
                      std::to_string(kT0) + R"(,"amount":"twelve"})" + "\n";
        }
        stream += good_line("T" + std::to_string(i), i);
        ++line_no;
    }
    std::atomic<bool> done{false};
    std::thread feeder([&] {
        net::Fd c = producer.accept();
        ASSERT_TRUE(c);
        ASSERT_TRUE(send_in_pieces(c.get(), stream, 1));
        while (!done) std::this_thread::sleep_for(5ms);  // the connection stays up
    });
    const std::string uri = "tcp://127.0.0.1:" + std::to_string(producer.port());
    start(open_source(parse_source_uri(uri)));
    const bool all =
        wait([&] { return pipeline_->committedRows() == kRows && pipeline_->rejectedRows() == 3; });
    const SourceStatus status = pipeline_->sourceStatus();
    done = true;
    feeder.join();
    ASSERT_TRUE(all) << pipeline_->committedRows() << " rows, " << pipeline_->rejectedRows()
                     << " rejects";
    EXPECT_EQ(status.state, "connected");
    EXPECT_EQ(status.rows_read, kRows);
    EXPECT_EQ(status.rejects, 3);
    EXPECT_EQ(status.reconnects, 0);
    EXPECT_EQ(status.dropped, 0);
    EXPECT_EQ(status.backlog_unit, "bytes");
    pipeline_->stop();
    pipeline_->wait();

    EXPECT_EQ(query("SELECT count(*) FROM transactions"), kRows);
    // The producer's timestamp is kept (latency is measured against it later).
    EXPECT_EQ(query("SELECT ts_ms FROM transactions WHERE ext_id = 'T1234'"), kT0 + 1234);
    const auto rejects = stored_rejects();
    ASSERT_EQ(rejects.size(), 3u);
    for (std::size_t k = 0; k < rejects.size(); ++k) {
        const auto& r = rejects[k];
        EXPECT_EQ(r.source, uri);
        EXPECT_EQ(r.reject.origin, uri);
        EXPECT_EQ(r.reject.error.line, bad_lines[k]);
        EXPECT_EQ(r.reject.offset, bad_offsets[k]);
        EXPECT_EQ(r.reject.error.field, "amount");
        EXPECT_NE(r.reject.error.raw.find("twelve"), std::string::npos);
    }
}

// Nobody listens at first; then a producer sends, closes and goes away; then it is back.
TEST_F(SocketPipelineTest, TcpReconnectsAndStoresEveryLineOfEveryConnectionOnce) {
    const std::uint16_t port = free_port();
    SocketSourceOptions options;
    options.initial_backoff = 20ms;
    options.max_backoff = 200ms;
    start(std::make_unique<TcpSource>("127.0.0.1", port, std::nullopt, options));
    ASSERT_TRUE(wait([&] { return state_starts_with("reconnecting in "); }));
    EXPECT_NE(pipeline_->sourceStatus().state.find("connection refused"), std::string::npos)
        << pipeline_->sourceStatus().state;

    auto serve = [&](int first, int count) {
        TestListener producer(port);
        ASSERT_TRUE(producer.ok());
        net::Fd c = producer.accept();
        ASSERT_TRUE(c);
        std::string lines;
        for (int i = first; i < first + count; ++i) lines += good_line("R" + std::to_string(i), i);
        ASSERT_TRUE(send_in_pieces(c.get(), lines, static_cast<std::size_t>(first)));
        ASSERT_TRUE(wait([&] { return pipeline_->committedRows() == first + count; }));
    };  // closes the connection and stops listening
    serve(0, 700);
    EXPECT_EQ(pipeline_->sourceStatus().reconnects, 0);
    ASSERT_TRUE(wait([&] { return state_starts_with("reconnecting in "); }));
    serve(700, 800);
    const SourceStatus status = pipeline_->sourceStatus();
    EXPECT_GE(status.reconnects, 1);
    pipeline_->stop();
    pipeline_->wait();
    EXPECT_EQ(query("SELECT count(*) FROM transactions"), 1500);
    EXPECT_EQ(query("SELECT count(DISTINCT ext_id) FROM transactions WHERE ext_id LIKE 'R%'"),
              1500);
    EXPECT_EQ(pipeline_->duplicateRows(), 0);
    EXPECT_EQ(query("SELECT count(*) FROM feed_rejects"), 0);
}

TEST_F(SocketPipelineTest, ListenKeepsProducersApartFromHostileAndStalledOnes) {
    auto owned = std::make_unique<ListenSource>("127.0.0.1", 0);
    ListenSource& source = *owned;
    const std::uint16_t port = source.port();
    const std::string name = "listen://127.0.0.1:" + std::to_string(port);
    ASSERT_EQ(source.name(), name);
    start(std::move(owned));

    // First in: a producer that stops in the middle of a line and holds on.
    net::Fd stalled = connect_to("127.0.0.1", port);
    ASSERT_TRUE(stalled);
    ASSERT_TRUE(send_all(stalled.get(), R"({"transaction_id":"stall","amount":)"));
    ASSERT_TRUE(wait([&] {
        return state_starts_with("listening on 127.0.0.1:" + std::to_string(port) + ", 1 producer");
    }));

    // Garbage, a 2 MiB line, and a line cut off by the close.
    const std::string garbage = std::string("\x00\xff\xfe garbage \x01", 13) + "\n";
    const std::string big =
        R"({"transaction_id":"big","note":")" + std::string(2 << 20, 'x') + "\"}\n";
    const std::string half = R"({"transaction_id":"half","timestamp":)";
    std::string hostile_origin;
    std::thread hostile([&] {
        net::Fd c = connect_to("127.0.0.1", port);
        ASSERT_TRUE(c);
        hostile_origin = name + " from " + net::local_endpoint(c.get());
        ASSERT_TRUE(send_in_pieces(c.get(), garbage + big + half, 5));
    });
    constexpr int kProducers = 4, kLines = 2000;
    std::vector<std::thread> producers;
    for (int p = 0; p < kProducers; ++p) {
        producers.emplace_back([&, p] {
            net::Fd c = connect_to("127.0.0.1", port);
            ASSERT_TRUE(c);
            std::string lines;
            for (int i = 0; i < kLines; ++i)
                lines += good_line("P" + std::to_string(p) + "-" + std::to_string(i), i);
            ASSERT_TRUE(send_in_pieces(c.get(), lines, static_cast<std::size_t>(p)));
        });
    }
    hostile.join();
    for (auto& t : producers) t.join();
    // Everyone's rows arrive while the stalled producer still holds its half line.
    ASSERT_TRUE(wait([&] {
        return pipeline_->committedRows() == kProducers * kLines && pipeline_->rejectedRows() == 3;
    })) << pipeline_->committedRows()
        << " rows, " << pipeline_->rejectedRows() << " rejects";
    const std::string stalled_origin = name + " from " + net::local_endpoint(stalled.get());
    stalled.reset();
    ASSERT_TRUE(wait([&] { return pipeline_->rejectedRows() == 4; }));
    ASSERT_TRUE(wait([&] {
        return state_starts_with("listening on 127.0.0.1:" + std::to_string(port) +
                                 ", 0 producers");
    }));
    pipeline_->stop();
    pipeline_->wait();

    EXPECT_EQ(query("SELECT count(*) FROM transactions"), kProducers * kLines);
    for (int p = 0; p < kProducers; ++p)
        EXPECT_EQ(query("SELECT count(DISTINCT ext_id) FROM transactions WHERE ext_id LIKE 'P" +
                        std::to_string(p) + "-%'"),
                  kLines);
    const auto rejects = stored_rejects();
    ASSERT_EQ(rejects.size(), 4u);
    const std::uint64_t offsets[] = {0, garbage.size(), garbage.size() + big.size()};
    for (int k = 0; k < 3; ++k) {
        const SourceReject& r = rejects[static_cast<std::size_t>(k)].reject;
        EXPECT_EQ(rejects[static_cast<std::size_t>(k)].source, name);
        EXPECT_EQ(r.origin, hostile_origin);
        EXPECT_EQ(r.error.line, static_cast<std::uint64_t>(k + 1));
        EXPECT_EQ(r.offset, offsets[k]);
    }
    EXPECT_NE(rejects[0].reject.error.reason.find("not JSON"), std::string::npos)
        << rejects[0].reject.error.reason;
    EXPECT_NE(rejects[1].reject.error.reason.find("longer than 1024 KiB"), std::string::npos);
    EXPECT_LE(rejects[1].reject.error.raw.size(), 1024u);
    EXPECT_NE(rejects[2].reject.error.reason.find("ended in the middle"), std::string::npos);
    EXPECT_EQ(rejects[2].reject.error.raw, half);
    EXPECT_EQ(rejects[3].reject.origin, stalled_origin);
    EXPECT_EQ(rejects[3].reject.error.line, 1u);
    EXPECT_NE(rejects[3].reject.error.reason.find("ended in the middle"), std::string::npos);
}

TEST(SocketSources, AnOversizedLineIsDroppedWithMemoryBoundedAndTheNextLineKept) {
    ListenSource source("127.0.0.1", 0);
    const std::string first = good_line("A", 1);
    const std::size_t kLong = 50u << 20;
    std::thread producer([&] {
        net::Fd c = connect_to("127.0.0.1", source.port());
        ASSERT_TRUE(c);
        ASSERT_TRUE(send_all(c.get(), first + R"({"transaction_id":"huge","note":")"));
        const std::string chunk(1 << 20, 'y');
        for (std::size_t sent = 0; sent < kLong; sent += chunk.size())
            ASSERT_TRUE(send_all(c.get(), chunk));
        ASSERT_TRUE(send_all(c.get(), "\"}\n" + good_line("B", 2)));
    });
    Pulled p;
    std::size_t most_buffered = 0;
    const bool all = pull_until(
        source, p, [&] { return p.rows.size() == 2 && p.rejects.size() == 1; }, 500,
        [&] { most_buffered = std::max(most_buffered, source.buffered_bytes()); });
    producer.join();
    ASSERT_TRUE(all) << p.rows.size() << " rows, " << p.rejects.size() << " rejects";
    EXPECT_EQ(p.rows[0].id, "A");
    EXPECT_EQ(p.rows[1].id, "B");
    EXPECT_EQ(p.rows.size(), p.arrivals.size());
    EXPECT_EQ(p.rejects[0].error.line, 2u);
    EXPECT_EQ(p.rejects[0].offset, first.size());
    EXPECT_NE(p.rejects[0].error.reason.find("longer than 1024 KiB"), std::string::npos);
    // Never more than one line's bound in memory while 50 MiB streamed past.
    EXPECT_GT(most_buffered, 0u);
    EXPECT_LE(most_buffered, kMaxLineBytes);
}

// Nobody pulls: the producer's send stops progressing (TCP flow control), nothing is read
// or lost; once pulling resumes, every line arrives in order.
TEST(SocketSources, AProducerIsPausedWhileNobodyPullsAndLosesNothing) {
    ListenSource source("127.0.0.1", 0);
    constexpr int kLines = 64 * 1024;  // 1 KiB each: 64 MiB, far more than kernel buffers
    const std::string padding(900, 'p');
    std::atomic<std::int64_t> sent{0};
    std::thread producer([&] {
        net::Fd c = connect_to("127.0.0.1", source.port());
        ASSERT_TRUE(c);
        for (int i = 0; i < kLines; ++i) {
            ASSERT_TRUE(send_all(c.get(), good_line("F" + std::to_string(i), i, padding)));
            sent += 1;
        }
    });
    // Rows are checked and let go as they come (64 MiB of them).
    Pulled p;
    int received = 0;
    bool in_order = true;
    std::size_t most_carried = 0;
    const auto check = [&] {
        most_carried = std::max(most_carried, source.carried_rows());
        for (const Transaction& t : p.rows)
            in_order = in_order && t.id == "F" + std::to_string(received++);
        p.rows.clear();
        p.arrivals.clear();
    };
    ASSERT_TRUE(pull_until(
        source, p, [&] { return received >= 100; }, 500, check));
    // Stop pulling; wait until the producer has made no progress for a second.
    std::int64_t last = -1;
    auto still_since = Clock::now();
    const auto deadline = Clock::now() + 60s;
    while (Clock::now() < deadline && sent < kLines) {
        std::this_thread::sleep_for(50ms);
        if (sent != last) {
            last = sent;
            still_since = Clock::now();
        } else if (Clock::now() - still_since > 1s) {
            break;
        }
    }
    const std::int64_t stalled_at = sent;
    EXPECT_LT(stalled_at, kLines) << "the producer was never paused";
    const SourceStatus paused = source.status();
    EXPECT_GT(paused.backlog, 0);
    EXPECT_EQ(paused.dropped, 0);
    EXPECT_EQ(paused.rows_read, received);  // nothing was read meanwhile
    std::cout << "producer paused after " << stalled_at << " lines (" << (stalled_at >> 10)
              << " MiB); " << paused.backlog << " bytes waiting in the kernel\n";

    ASSERT_TRUE(pull_until(
        source, p, [&] { return received >= kLines; }, 100, check));
    producer.join();
    EXPECT_EQ(received, kLines);
    EXPECT_TRUE(in_order);
    // What was read beyond the rows asked for: at most one 64 KiB read of 1 KiB lines.
    EXPECT_LE(most_carried, 64u);
    EXPECT_TRUE(p.rejects.empty());
    EXPECT_EQ(source.status().rows_read, kLines);
}

TEST(SocketSources, StopEndsALongWaitPromptly) {
    ListenSource listen("127.0.0.1", 0);
    SocketSourceOptions slow;
    slow.initial_backoff = 1h;  // once refused, the next attempt is an hour away
    slow.max_backoff = 1h;
    TcpSource tcp("127.0.0.1", free_port(), std::nullopt, slow);
    for (SocketSource* source :
         {static_cast<SocketSource*>(&listen), static_cast<SocketSource*>(&tcp)}) {
        std::vector<Transaction> rows;
        std::vector<Arrival> arrivals;
        EXPECT_TRUE(source->next(rows, arrivals, 10, 10ms));  // not ended
        std::atomic<bool> returned{false};
        bool more = true;
        const auto before = Clock::now();
        std::thread puller([&] {
            more = source->next(rows, arrivals, 10, std::chrono::milliseconds(3'600'000));
            returned = true;
        });
        std::this_thread::sleep_for(100ms);
        EXPECT_FALSE(returned);  // it is waiting
        source->stop();
        puller.join();
        EXPECT_FALSE(more);
        EXPECT_LT(Clock::now() - before, 30s);  // only against a hang: an hour otherwise
        EXPECT_EQ(source->status().state, "stopped");
        EXPECT_FALSE(source->next(rows, arrivals, 10, 10ms));
    }
}

// The waits between attempts double from the initial one up to the bound, and are back at
// the initial one after a connection that delivered data.
TEST(SocketSources, TcpBacksOffDoublingAndResetsAfterData) {
    TestListener producer;
    ASSERT_TRUE(producer.ok());
    SocketSourceOptions options;
    options.initial_backoff = 200ms;
    options.max_backoff = 800ms;
    TcpSource source("localhost", producer.port(), std::nullopt, options);
    EXPECT_EQ(source.name(), "tcp://localhost:" + std::to_string(producer.port()));
    constexpr int kEmpty = 5;  // connections closed without a byte
    std::vector<Clock::time_point> accepted;
    std::atomic<bool> served{false};
    std::thread serve([&] {
        for (int i = 0; i <= kEmpty; ++i) {
            net::Fd c = producer.accept();
            ASSERT_TRUE(c);
            accepted.push_back(Clock::now());
            if (i == kEmpty) {
                ASSERT_TRUE(send_all(c.get(), good_line("D", 1)));
            }
        }
        served = true;
    });
    Pulled p;
    double most_wait = 0;
    const auto seconds_in = [](const std::string& state) {
        return std::stod(state.substr(std::string("reconnecting in ").size()));
    };
    ASSERT_TRUE(pull_until(
        source, p, [&] { return served && !p.rows.empty(); }, 500,
        [&] {
            const std::string state = source.status().state;
            if (state.rfind("reconnecting in ", 0) == 0)
                most_wait = std::max(most_wait, seconds_in(state));
        }));
    serve.join();
    // The source never tries before its wait is over: gaps of at least 200, 400, 800, 800 ms.
    const std::chrono::milliseconds least[] = {200ms, 400ms, 800ms, 800ms, 800ms};
    for (int i = 0; i < kEmpty; ++i) EXPECT_GE(accepted[i + 1] - accepted[i], least[i]) << i;
    EXPECT_LE(most_wait, 0.8);  // never beyond the bound
    EXPECT_GE(source.status().reconnects, kEmpty);
    // The connection that delivered data ends: the next wait is the initial one again. (Each
    // next() waits 20 ms, less than that wait, so the state is seen before the attempt.)
    ASSERT_TRUE(pull_until(
        source, p, [&] { return source.status().state.rfind("reconnecting in ", 0) == 0; }));
    const std::string state = source.status().state;
    EXPECT_LE(seconds_in(state), 0.2) << state;
    EXPECT_NE(state.find("the producer closed the connection"), std::string::npos) << state;
}

// A producer sending only garbage: its rejects wait for the pipeline in bounded number
// (reading pauses until they are taken), and none is lost.
TEST(SocketSources, RejectsWaitingForThePipelineAreBoundedAndNoneIsLost) {
    ListenSource source("127.0.0.1", 0);
    constexpr int kGarbage = 100'000;
    std::thread producer([&] {
        net::Fd c = connect_to("127.0.0.1", source.port());
        ASSERT_TRUE(c);
        std::string lines;
        for (int i = 0; i < kGarbage; ++i) lines += "x\n";
        ASSERT_TRUE(send_all(c.get(), lines));
    });
    std::vector<Transaction> rows;
    std::vector<Arrival> arrivals;
    for (int i = 0; i < 50; ++i) source.next(rows, arrivals, 100, 10ms);  // rejects not taken
    std::vector<SourceReject> rejects;
    source.take_rejects(rejects);
    // The bound, plus what the last 64 KiB read held ("x\n": two bytes a line).
    EXPECT_GE(rejects.size(), 10'000u);
    EXPECT_LE(rejects.size(), 10'000u + 32'768u);
    Pulled p;
    ASSERT_TRUE(pull_until(source, p, [&] {
        return rejects.size() + p.rejects.size() == static_cast<std::size_t>(kGarbage);
    }));
    producer.join();
    EXPECT_TRUE(rows.empty() && p.rows.empty());
    EXPECT_EQ(source.status().rejects, kGarbage);
    EXPECT_EQ(p.rejects.back().error.line, static_cast<std::uint64_t>(kGarbage));
}

TEST(SocketSources, ProducersBeyondTheCapAreTurnedAway) {
    SocketSourceOptions options;
    options.max_producers = 2;
    ListenSource source("127.0.0.1", 0, std::nullopt, options);
    net::Fd a = connect_to("127.0.0.1", source.port());
    net::Fd b = connect_to("127.0.0.1", source.port());
    Pulled p;
    ASSERT_TRUE(pull_until(source, p, [&] {
        return source.status().state.find(", 2 producers") != std::string::npos;
    }));
    net::Fd c = connect_to("127.0.0.1", source.port());
    ASSERT_TRUE(a && b && c);
    ASSERT_TRUE(pull_until(source, p, [&] { return source.turned_away() == 1; }));
    EXPECT_TRUE(peer_closed(c.get()));
    EXPECT_NE(source.status().state.find("2 producers, 1 turned away (at most 2 at once)"),
              std::string::npos)
        << source.status().state;
    // Those let in are served as usual.
    ASSERT_TRUE(send_all(a.get(), good_line("a", 1)));
    ASSERT_TRUE(send_all(b.get(), good_line("b", 2)));
    ASSERT_TRUE(pull_until(source, p, [&] { return p.rows.size() == 2; }));
}

TEST(SocketSources, ListenBindErrorsSayWhatToDo) {
    ListenSource first("127.0.0.1", 0);
    const std::string uri = "listen://127.0.0.1:" + std::to_string(first.port());
    try {
        open_source(parse_source_uri(uri));
        ADD_FAILURE() << "bound a port already in use";
    } catch (const std::runtime_error& e) {
        const std::string message = e.what();
        EXPECT_EQ(message.rfind(uri + ": port ", 0), 0u) << message;
        EXPECT_NE(message.find("already in use"), std::string::npos) << message;
        EXPECT_NE(message.find("choose another port"), std::string::npos) << message;
    }
    try {
        ListenSource elsewhere("192.0.2.1", 0);  // TEST-NET-1: not this machine's
        ADD_FAILURE() << "bound an address that is not this machine's";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("is not an address of this machine"),
                  std::string::npos)
            << e.what();
    }
}

TEST(SocketSources, Ipv6ProducersAndConsumers) {
    std::unique_ptr<ListenSource> listen;
    try {
        listen = std::make_unique<ListenSource>("::1", 0);
    } catch (const std::runtime_error& e) {
        GTEST_SKIP() << "no IPv6 loopback here: " << e.what();
    }
    EXPECT_EQ(listen->name(), "listen://[::1]:" + std::to_string(listen->port()));
    net::Fd c = connect_to("::1", listen->port());
    ASSERT_TRUE(c);
    ASSERT_TRUE(send_all(c.get(), "oops\n" + good_line("v6", 1)));
    Pulled p;
    ASSERT_TRUE(
        pull_until(*listen, p, [&] { return p.rows.size() == 1 && p.rejects.size() == 1; }));
    EXPECT_EQ(p.rejects[0].origin, listen->name() + " from " + net::local_endpoint(c.get()));
    EXPECT_EQ(p.rejects[0].origin.find("from [::1]:"), listen->name().size() + 1);
}

}  // namespace
}  // namespace fd

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
