// frauddesk-cli feed: the simulator as a producer of NDJSON lines, for demos and tests.
#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <streambuf>
#include <thread>

#include "arguments.h"
#include "core/sim_stream.h"
#include "core/source_uri.h"
#include "core/transaction_writer.h"
#include "ingest/socket_sink.h"

namespace fd::cli {
namespace {

const CommandSpec kSpec{
    "feed",
    "feed (--connect HOST:PORT | --listen HOST:PORT | --kafka BROKERS/TOPIC) --rate N "
    "[--count N] [--seed S] [--fraud-rate R]",
    "Runs the simulator as a producer: synthetic, labelled transactions as NDJSON lines (the\n"
    "canonical field names, timestamps of when each was due, label and scenario included),\n"
    "at a steady rate. A consumer that reads slowly slows it down (nothing is buffered\n"
    "without bound); progress goes to standard error each second. Ends after --count lines,\n"
    "or on Ctrl-C.\n"
    "\n"
    "  --connect HOST:PORT     connect to a consumer listening there (a listen:// source);\n"
    "                          retries with backoff while none is there yet\n"
    "  --listen HOST:PORT      accept consumers (tcp:// sources); each gets the stream from\n"
    "                          when it connects; waits for the first one before starting\n"
    "  --kafka BROKERS/TOPIC   produce to a Kafka topic, as host:9092[,host:9092]/payments\n"
    "  --rate N                lines per second (required)\n"
    "  --count N               stop after N lines (default: run until interrupted)\n"
    "  --seed S                random seed (default 1); ids stay unique across runs\n"
    "  --fraud-rate R          fraction of fraudulent rows, 0 to 0.5 (default 0.005)",
    {"connect", "listen", "kafka", "rate", "count", "seed", "fraud-rate"},
    {}};

std::atomic<bool> g_interrupted{false};

extern "C" void on_signal(int) {
    g_interrupted.store(true);
}

void install_signal_handlers() {
    struct sigaction action {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: a blocking call returns so the flag is seen. SA_RESETHAND: a second
    // Ctrl-C ends the process at once (a Kafka flush to an unreachable broker can take long).
    action.sa_flags = SA_RESETHAND;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
}

// Collects what TransactionWriter writes, so each record becomes one line to send.
class LineBuffer : public std::streambuf {
public:
    std::string line;

protected:
    int_type overflow(int_type c) override {
        if (c != traits_type::eof()) line.push_back(static_cast<char>(c));
        return c;
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        line.append(s, static_cast<std::size_t>(n));
        return n;
    }
};

void log_line(const std::string& message) {
    std::cerr << "feed: " << message << std::endl;
}

// "b1:9092,b2:9092/payments" into brokers and topic.
void parse_kafka_target(const std::string& text, std::vector<std::string>& brokers,
                        std::string& topic) {
    const auto slash = text.find('/');
    if (slash == std::string::npos || slash + 1 >= text.size())
        throw UsageError("--kafka needs brokers and a topic, as localhost:9092/payments");
    topic = text.substr(slash + 1);
    if (topic.find('/') != std::string::npos) throw UsageError("a Kafka topic name has no '/'");
    std::string_view list(text.data(), slash);
    while (!list.empty()) {
        const auto comma = list.find(',');
        const std::string_view broker = list.substr(0, comma);
        std::string host;
        std::uint16_t port = 0;
        try {
            parse_host_port(broker, host, port);
        } catch (const SourceUriError& e) {
            throw UsageError(std::string("--kafka: ") + e.what());
        }
        brokers.emplace_back(broker);
        list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    }
}

std::unique_ptr<LineSink> open_sink(const Arguments& args, const SocketSinkOptions& options,
                                    TcpListenSink*& listener) {
    const auto connect = args.value("connect");
    const auto listen = args.value("listen");
    const auto kafka = args.value("kafka");
    if (int(connect.has_value()) + int(listen.has_value()) + int(kafka.has_value()) != 1)
        throw UsageError("give exactly one of --connect, --listen and --kafka");
    if (kafka) {
        std::vector<std::string> brokers;
        std::string topic;
        parse_kafka_target(*kafka, brokers, topic);
#ifdef FD_HAVE_KAFKA
        return open_kafka_sink(brokers, topic);
#else
        throw std::runtime_error("Kafka is not built in: install librdkafka-dev and rebuild");
#endif
    }
    std::string host;
    std::uint16_t port = 0;
    const std::string& target = connect ? *connect : *listen;
    try {
        parse_host_port(target, host, port);
    } catch (const SourceUriError& e) {
        throw UsageError(std::string(connect ? "--connect: " : "--listen: ") + e.what());
    }
    if (connect) return std::make_unique<TcpConnectSink>(host, port, options);
    auto sink = std::make_unique<TcpListenSink>(host, port, options);
    listener = sink.get();
    return sink;
}

void report(const SimStream& stream, std::int64_t sent, const LineSink& sink,
            std::chrono::steady_clock::time_point started, bool final) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const double rate = seconds > 0.0 ? static_cast<double>(sent) / seconds : 0.0;
    char text[160];
    std::snprintf(text, sizeof text, "%s%lld lines in %.1f s, %.0f/s (target %.6g/s)",
                  final ? "sent " : "", static_cast<long long>(sent), seconds, rate,
                  stream.pacer().rate());
    std::string message = text;
    const double behind =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - stream.next_due()).count();
    if (!final && behind >= 1.0) {
        std::snprintf(text, sizeof text, ", behind by %.1f s", behind);
        message += text;
    }
    log_line(message + ", " + sink.describe());
}

int feed(const CommandSpec&, const Arguments& args) {
    if (!args.positional().empty())
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    SimConfig config;
    const auto rate = args.number("rate", 0.001, 10'000'000.0);
    if (!rate) throw UsageError("--rate is required");
    config.rate = *rate;
    config.seed = static_cast<std::uint64_t>(args.integer("seed", 0, INT64_MAX).value_or(1));
    config.fraud_rate = args.number("fraud-rate", 0.0, 0.5).value_or(config.fraud_rate);
    const long long count = args.integer("count", 1, INT64_MAX).value_or(-1);

    install_signal_handlers();
    SocketSinkOptions options;
    options.log = log_line;
    options.stopping = [] { return g_interrupted.load(); };
    TcpListenSink* listener = nullptr;
    std::unique_ptr<LineSink> sink;
    std::int64_t sent = 0;
    try {
        sink = open_sink(args, options, listener);
        // The pace starts once someone takes the lines, not while waiting for them.
        if (listener) listener->wait_for_consumer();
        SimStream stream = SimStream::starting_now(config);
        char pace[64];
        std::snprintf(pace, sizeof pace, "sending at %.6g/s to ", config.rate);
        log_line(pace + sink->describe() + ", ids " + stream.id_prefix() + "T...");
        LineBuffer buffer;
        std::ostream out(&buffer);
        TransactionWriter writer(out, WriteFormat::Ndjson);
        const auto started = std::chrono::steady_clock::now();
        auto next_report = started + std::chrono::seconds(1);
        while (!g_interrupted.load() && (count < 0 || sent < count)) {
            const auto now = std::chrono::steady_clock::now();
            if (now >= next_report) {
                report(stream, sent, *sink, started, false);
                next_report += std::chrono::seconds(1);
            }
            // Rows are released by how many are due, never one sleep per row; a bounded
            // slice keeps progress and Ctrl-C responsive when far behind.
            std::int64_t due = std::min<std::int64_t>(stream.due(now), 10'000);
            if (count >= 0) due = std::min<std::int64_t>(due, count - sent);
            if (due == 0) {
                sink->flush();  // caught up: let the lines go before sleeping
                std::this_thread::sleep_until(std::min(
                    {stream.next_due(), next_report, now + std::chrono::milliseconds(200)}));
                continue;
            }
            for (std::int64_t i = 0; i < due; ++i) {
                buffer.line.clear();
                writer.write(stream.take());
                buffer.line.pop_back();  // the sink frames the line
                sink->send(buffer.line);
                ++sent;
            }
        }
        sink->flush();
        report(stream, sent, *sink, started, true);
    } catch (const SinkStopped&) {
        log_line("interrupted after " + std::to_string(sent) + " lines");
    } catch (const std::runtime_error& e) {
        if (dynamic_cast<const UsageError*>(&e)) throw;
        std::cerr << "frauddesk-cli feed: " << e.what() << "\n";
        return kFailure;
    }
    return kOk;
}

}  // namespace

int run_feed(const std::vector<std::string>& args) {
    return with_usage(kSpec, args, feed);
}

}  // namespace fd::cli
