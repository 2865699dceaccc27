// frauddesk-cli feed, run as a user would, with test sockets at the other end: exactly
// --count lines, each a valid NDJSON record whose fields map (decoded by the live
// decoder with zero rejects) and equal the generator's rows; consumers joining late get a
// clean tail; a consumer that stops reading stops the producer; retries, signals, errors.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <functional>
#include <sstream>
#include <thread>

#include "core/generator.h"
#include "core/ndjson_stream.h"
#include "core/sim_stream.h"
#include "ingest/source_factory.h"
#include "test_support.h"

extern char** environ;

namespace fd {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

bool wait_until(const std::function<bool()>& done, std::chrono::milliseconds limit) {
    const auto deadline = Clock::now() + limit;
    while (!done()) {
        if (Clock::now() >= deadline) return false;
        std::this_thread::sleep_for(10ms);
    }
    return true;
}

// frauddesk-cli in a child process; stderr goes to a file the test can read.
class Feed {
public:
    explicit Feed(const std::string& args) {
        std::vector<std::string> words{test::cli(), "feed"};
        std::istringstream in(args);
        for (std::string w; in >> w;) words.push_back(w);
        std::vector<char*> argv;
        for (auto& w : words) argv.push_back(w.data());
        argv.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 2, log_.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                         0644);
        EXPECT_EQ(posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ), 0);
        posix_spawn_file_actions_destroy(&actions);
    }
    ~Feed() {
        if (pid_ > 0 && !finished()) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
        }
    }
    bool finished() {
        if (exit_code_ != kRunning) return true;
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) != pid_) return false;
        exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        return true;
    }
    // The exit code, waiting up to a minute; -2 if it is still running.
    int exit_code() {
        wait_until([&] { return finished(); }, 60s);
        return exit_code_;
    }
    void signal(int sig) { ::kill(pid_, sig); }
    std::string log() const { return test::read_file(log_); }

private:
    static constexpr int kRunning = -2;
    test::ScratchDir dir_;
    std::string log_ = dir_.file("stderr.txt");
    pid_t pid_ = -1;
    int exit_code_ = kRunning;
};

sockaddr_in loopback(std::uint16_t port) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

// A listening socket on an ephemeral port.
int listen_socket(std::uint16_t& port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a = loopback(port);
    EXPECT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
    EXPECT_EQ(::listen(fd, 4), 0);
    socklen_t len = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    port = ntohs(a.sin_port);
    return fd;
}

std::uint16_t free_port() {
    std::uint16_t port = 0;
    ::close(listen_socket(port));
    return port;
}

int accept_within(int listener, std::chrono::milliseconds limit) {
    pollfd p{listener, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(limit.count())) != 1) return -1;
    return ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
}

int connect_within(std::uint16_t port, std::chrono::milliseconds limit) {
    int fd = -1;
    wait_until(
        [&] {
            fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            const sockaddr_in a = loopback(port);
            if (::connect(fd, reinterpret_cast<const sockaddr*>(&a), sizeof a) == 0) return true;
            ::close(fd);
            fd = -1;
            return false;
        },
        limit);
    return fd;
}

// `feed --listen` on a free port.
class ListeningFeed : public Feed {
public:
    explicit ListeningFeed(const std::string& args, std::uint16_t port = free_port())
        : Feed("--listen 127.0.0.1:" + std::to_string(port) + " " + args), port_(port) {}
    // A consumer's socket, or -1 when none could connect within a minute.
    int consume() { return connect_within(port_, 60s); }

private:
    std::uint16_t port_;
};

// Reads until the peer closes (or `lines` newlines arrived, when positive); gives up after
// two minutes so a broken producer fails the test instead of hanging it.
std::string read_from(int fd, long lines = -1) {
    std::string data;
    long seen = 0;
    char buffer[1 << 16];
    const auto deadline = Clock::now() + 120s;
    while (Clock::now() < deadline && (lines < 0 || seen < lines)) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 200) <= 0) continue;
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0) return data;
        data.append(buffer, static_cast<std::size_t>(n));
        seen += std::count(buffer, buffer + n, '\n');
    }
    return data;
}

struct Decoded {
    std::vector<Transaction> rows;
    std::vector<SourceReject> rejects;
};

Decoded decode(const std::string& bytes) {
    Decoded d;
    NdjsonStreamDecoder decoder("feed");
    decoder.feed(bytes, d.rows, d.rejects);
    decoder.finish(d.rejects);
    return d;
}

// Accepts one producer on `listener` (closing it) and decodes all it sends.
Decoded accept_and_read(int listener) {
    const int fd = accept_within(listener, 60s);
    ::close(listener);
    if (fd < 0) {
        ADD_FAILURE() << "no producer connected";
        return {};
    }
    Decoded d = decode(read_from(fd));
    ::close(fd);
    return d;
}

std::string first_reject(const Decoded& d) {
    return d.rejects.empty() ? std::string() : d.rejects.front().error.reason;
}

TEST(CliFeed, ListenSendsExactlyCountLinesThatMapToTheGeneratorsRows) {
    ListeningFeed feed("--rate 2000 --count 2000 --seed 9 --fraud-rate 0.05");
    const int fd = feed.consume();
    ASSERT_GE(fd, 0) << feed.log();
    const Decoded got = decode(read_from(fd));
    ::close(fd);
    EXPECT_EQ(feed.exit_code(), 0) << feed.log();
    EXPECT_TRUE(got.rejects.empty()) << first_reject(got);
    ASSERT_EQ(got.rows.size(), 2000u) << feed.log();
    EXPECT_NE(feed.log().find("sent 2000 lines"), std::string::npos) << feed.log();

    SimConfig config;
    config.rate = 2000;
    config.seed = 9;
    config.fraud_rate = 0.05;
    Generator reference(SimStream::generator_config(config));
    const std::string& first = got.rows.front().id;
    const std::string prefix = first.substr(0, first.size() - 11);  // before "T0000000001"
    EXPECT_EQ(prefix, "S9-" + std::to_string(got.rows.front().timestamp_ms) + "-");
    int fraud = 0;
    for (std::size_t i = 0; i < got.rows.size(); ++i) {
        const Transaction& t = got.rows[i];
        const Transaction expected = reference.next();
        ASSERT_EQ(t.id, prefix + expected.id);
        EXPECT_EQ(t.card_id, expected.card_id);
        EXPECT_EQ(t.customer_id, expected.customer_id);
        EXPECT_EQ(t.amount_minor, expected.amount_minor);
        EXPECT_EQ(t.currency, expected.currency);
        EXPECT_EQ(t.merchant_id, expected.merchant_id);
        EXPECT_EQ(t.merchant_category, expected.merchant_category);
        EXPECT_EQ(t.country, expected.country);
        EXPECT_EQ(t.city, expected.city);
        EXPECT_EQ(t.channel, expected.channel);
        EXPECT_EQ(t.label, expected.label);  // the oracle travels with the line
        EXPECT_EQ(t.scenario, expected.scenario);
        // Stamped when due: row i at the start plus i / 2000 s.
        EXPECT_EQ(t.timestamp_ms,
                  got.rows.front().timestamp_ms + static_cast<std::int64_t>(i) * 1000 / 2000);
        fraud += t.label == Label::Fraud;
    }
    EXPECT_GT(fraud, 0);
}

TEST(CliFeed, AConsumerThatConnectsLateGetsTheStreamFromThenInWholeLines) {
    ListeningFeed feed("--rate 2000 --count 4000");
    const int a = feed.consume();
    ASSERT_GE(a, 0) << feed.log();
    std::string a_data = read_from(a, 600);
    const int b = feed.consume();
    ASSERT_GE(b, 0);
    std::string b_data;
    std::thread reader_b([&] { b_data = read_from(b); });
    a_data += read_from(a);
    reader_b.join();
    ::close(a);
    ::close(b);
    EXPECT_EQ(feed.exit_code(), 0) << feed.log();
    const Decoded got_a = decode(a_data);
    const Decoded got_b = decode(b_data);
    EXPECT_TRUE(got_a.rejects.empty()) << first_reject(got_a);
    EXPECT_TRUE(got_b.rejects.empty()) << first_reject(got_b);
    ASSERT_EQ(got_a.rows.size(), 4000u);
    ASSERT_GT(got_b.rows.size(), 0u) << feed.log();
    ASSERT_LE(got_b.rows.size(), 3400u);  // it joined after A had 600
    // B's lines are exactly A's last ones.
    EXPECT_EQ(a_data.substr(a_data.size() - b_data.size()), b_data);
}

// The consumer stops reading: the producer blocks on it instead of buffering, then
// delivers everything once it reads again.
TEST(CliFeed, AConsumerThatDoesNotReadHoldsTheProducerBack) {
    // About 65 MB, far more than the sockets' buffers hold.
    ListeningFeed feed("--rate 100000 --count 150000");
    const int fd = feed.consume();
    ASSERT_GE(fd, 0) << feed.log();
    std::this_thread::sleep_for(5s);  // enough to send it all, were it not held back
    EXPECT_FALSE(feed.finished()) << feed.log();
    const Decoded got = decode(read_from(fd));
    ::close(fd);
    EXPECT_EQ(feed.exit_code(), 0) << feed.log();
    EXPECT_TRUE(got.rejects.empty()) << first_reject(got);
    EXPECT_EQ(got.rows.size(), 150000u);
    EXPECT_NE(feed.log().find("sent 150000 lines"), std::string::npos) << feed.log();
}

TEST(CliFeed, ConnectSendsToAListeningConsumer) {
    std::uint16_t port = 0;
    const int listener = listen_socket(port);
    Feed feed("--connect 127.0.0.1:" + std::to_string(port) + " --rate 5000 --count 1000");
    const Decoded got = accept_and_read(listener);
    EXPECT_EQ(feed.exit_code(), 0) << feed.log();
    EXPECT_TRUE(got.rejects.empty()) << first_reject(got);
    EXPECT_EQ(got.rows.size(), 1000u);
}

TEST(CliFeed, ConnectRetriesUntilTheConsumerIsThere) {
    const std::uint16_t port = free_port();
    Feed feed("--connect 127.0.0.1:" + std::to_string(port) + " --rate 1000 --count 300");
    ASSERT_TRUE(
        wait_until([&] { return feed.log().find("retrying in") != std::string::npos; }, 30s))
        << feed.log();
    EXPECT_FALSE(feed.finished());
    std::uint16_t same = port;
    const int listener = listen_socket(same);
    ASSERT_EQ(same, port);
    const Decoded got = accept_and_read(listener);
    EXPECT_EQ(feed.exit_code(), 0) << feed.log();
    EXPECT_TRUE(got.rejects.empty()) << first_reject(got);
    EXPECT_EQ(got.rows.size(), 300u);
    EXPECT_NE(feed.log().find("connected to 127.0.0.1:" + std::to_string(port)), std::string::npos)
        << feed.log();
}

// Without --count it runs until told to stop, even while blocked on a consumer, and
// ends cleanly: exit 0, whole lines only.
TEST(CliFeed, SigtermEndsAnEndlessFeed) {
    ListeningFeed feed("--rate 1000");
    const int fd = feed.consume();
    ASSERT_GE(fd, 0) << feed.log();
    std::string data = read_from(fd, 200);
    feed.signal(SIGTERM);
    data += read_from(fd);
    ::close(fd);
    EXPECT_EQ(feed.exit_code(), 0) << feed.log();
    const Decoded got = decode(data);
    EXPECT_TRUE(got.rejects.empty()) << first_reject(got);
    EXPECT_GE(got.rows.size(), 200u);

    ListeningFeed blocked("--rate 100000");
    const int idle = blocked.consume();  // never reads
    ASSERT_GE(idle, 0) << blocked.log();
    std::this_thread::sleep_for(1s);
    blocked.signal(SIGINT);
    EXPECT_EQ(blocked.exit_code(), 0) << blocked.log();
    ::close(idle);
}

TEST(CliFeed, UsageErrorsExitWithTwo) {
    const char* cases[] = {"",
                           "--rate 10",
                           "--listen 127.0.0.1:9000",
                           "--listen 127.0.0.1:9000 --connect 127.0.0.1:9001 --rate 10",
                           "--listen 127.0.0.1 --rate 10",
                           "--connect 127.0.0.1:99999 --rate 10",
                           "--connect :9000 --rate 10",
                           "--listen 127.0.0.1:9000 --rate 0",
                           "--listen 127.0.0.1:9000 --rate fast",
                           "--listen 127.0.0.1:9000 --rate 10 --count 0",
                           "--listen 127.0.0.1:9000 --rate 10 --fraud-rate 0.9",
                           "--listen 127.0.0.1:9000 --rate 10 --seed -1",
                           "--listen 127.0.0.1:9000 --rate 10 extra",
                           "--listen 127.0.0.1:9000 --rate 10 --colour",
                           "--kafka localhost:9092 --rate 10",
                           "--kafka localhost/payments --rate 10"};
    for (const char* args : cases)
        EXPECT_EQ(test::run_command(test::cli() + " feed " + args + " 2>/dev/null").exit_code, 2)
            << args;
    const auto help = test::run_command(test::cli() + " feed --help");
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.output.find("usage: frauddesk-cli feed"), std::string::npos);
}

TEST(CliFeed, FailuresExitWithOneAndSayWhy) {
    std::uint16_t port = 0;
    const int taken = listen_socket(port);
    ListeningFeed busy("--rate 10 --count 1", port);
    EXPECT_EQ(busy.exit_code(), 1);
    EXPECT_NE(busy.log().find("cannot listen on 127.0.0.1:" + std::to_string(port)),
              std::string::npos)
        << busy.log();
    ::close(taken);

    if (kafka_supported()) GTEST_SKIP() << "built with Kafka";
    Feed kafka("--kafka localhost:9092/payments --rate 10 --count 1");
    EXPECT_EQ(kafka.exit_code(), 1);
    EXPECT_NE(kafka.log().find("Kafka is not built in: install librdkafka-dev and rebuild"),
              std::string::npos)
        << kafka.log();
}

}  // namespace
}  // namespace fd
