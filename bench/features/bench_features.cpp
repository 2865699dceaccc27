// Feature engine throughput (one thread) and state memory, in two runs over the same rows:
//   generator:      the Generator's population (cards come back, windows fill up)
//   distinct cards: the same rows with every card id made unique (a million new cards)
// Each run feeds every row to FeatureEngine::process and adds the imported labels as
// compute_all does (7-day delay); rows are generated beforehand and not timed.
// Memory: the engine's own estimate (memory_bytes) and the resident-set growth while it ran.
//
// usage: bench_features [--rows N] [--seed S] [--rows-per-day D] [--only generator|distinct]
// Prints a table and, last, one JSON line with every figure.
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "core/features/feature_engine.h"
#include "core/generator.h"

namespace {

struct Options {
    std::size_t rows = 1'000'000;
    std::uint64_t seed = 42;
    double rows_per_day = 30'000;  // a million rows span about a month: windows fill up
    std::string only;              // "generator" or "distinct": one run (for profiling)
};

struct RunResult {
    const char* name = "";
    double seconds = 0;      // wall clock
    double cpu_seconds = 0;  // this thread's CPU time
    std::size_t cards = 0;
    std::size_t merchants = 0;
    std::size_t memory_bytes = 0;
    long rss_growth_bytes = 0;
    double checksum = 0;

    double per_second(std::size_t rows) const { return static_cast<double>(rows) / seconds; }
    double per_cpu_second(std::size_t rows) const {
        return static_cast<double>(rows) / cpu_seconds;
    }
    // Bytes per card are MB per million cards (merchants' state included).
    double mb_per_million_cards() const {
        return static_cast<double>(memory_bytes) / static_cast<double>(cards);
    }
};

// CPU time of this thread: on a shared machine it shows the cost without the waiting.
double thread_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

long resident_bytes() {
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return resident * sysconf(_SC_PAGESIZE);
}

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; i += 2) {
        const std::string flag = argv[i];
        const char* value = i + 1 < argc ? argv[i + 1] : nullptr;
        if (value != nullptr && flag == "--rows") {
            o.rows = std::strtoull(value, nullptr, 10);
        } else if (value != nullptr && flag == "--seed") {
            o.seed = std::strtoull(value, nullptr, 10);
        } else if (value != nullptr && flag == "--rows-per-day") {
            o.rows_per_day = std::strtod(value, nullptr);
        } else if (value != nullptr && flag == "--only") {
            o.only = value;
        } else {
            std::fprintf(stderr,
                         "usage: bench_features [--rows N] [--seed S] [--rows-per-day D]\n"
                         "                      [--only generator|distinct]\n");
            std::exit(2);
        }
    }
    return o;
}

RunResult run(const char* name, const std::vector<fd::Transaction>& rows) {
    RunResult r;
    r.name = name;
    const long rss_before = resident_bytes();
    fd::FeatureEngine engine;
    std::vector<float> features(engine.size());
    const std::int64_t delay = engine.config().label_delay_ms;
    const double cpu_start = thread_cpu_seconds();
    const auto start = std::chrono::steady_clock::now();
    for (const fd::Transaction& t : rows) {
        engine.process(t, features.data());
        if (t.label != fd::Label::Unknown)
            engine.add_label(t, t.label == fd::Label::Fraud, t.timestamp_ms + delay);
        r.checksum += features[5];  // keeps the work observable
    }
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    r.cpu_seconds = thread_cpu_seconds() - cpu_start;
    r.rss_growth_bytes = resident_bytes() - rss_before;
    r.cards = engine.cards();
    r.merchants = engine.merchants();
    r.memory_bytes = engine.memory_bytes();
    return r;
}

}  // namespace

int main(int argc, char** argv) {
    const Options options = parse(argc, argv);
    fd::GeneratorConfig config;
    config.seed = options.seed;
    config.rows_per_day = options.rows_per_day;
    fd::Generator generator(config);
    std::vector<fd::Transaction> rows;
    rows.reserve(options.rows);
    for (std::size_t i = 0; i < options.rows; ++i) rows.push_back(generator.next());
    const double days =
        rows.empty()
            ? 0.0
            : static_cast<double>(rows.back().timestamp_ms - rows.front().timestamp_ms) / 86.4e6;

    const bool skip_population = options.only == "distinct";
    const bool skip_distinct = options.only == "generator";
    const RunResult population = skip_population ? RunResult{} : run("generator", rows);
    char card[32];
    for (std::size_t i = 0; i < rows.size(); ++i) {
        std::snprintf(card, sizeof card, "9%015zu", i);  // 16 digits, like a card number
        rows[i].card_id = card;
    }
    const RunResult distinct = skip_distinct ? RunResult{} : run("distinct cards", rows);

    std::printf("feature engine, %zu rows over %.1f days, %zu features, one thread\n", rows.size(),
                days, fd::FeatureEngine::registry().size());
    std::printf("%-15s %8s %11s %11s %8s %9s %9s %8s %11s\n", "run", "wall s", "tx/s wall",
                "tx/s cpu", "cards", "merchants", "state MB", "RSS +MB", "MB/M cards");
    for (const RunResult* r : {&population, &distinct}) {
        if (r->cards == 0) continue;  // skipped
        std::printf("%-15s %8.3f %11.0f %11.0f %8zu %9zu %9.1f %8.1f %11.1f\n", r->name, r->seconds,
                    r->per_second(rows.size()), r->per_cpu_second(rows.size()), r->cards,
                    r->merchants, r->memory_bytes / 1e6, r->rss_growth_bytes / 1e6,
                    r->mb_per_million_cards());
    }

    const auto json = [&](const RunResult& r) {
        if (r.cards == 0) return std::string("null");
        char buffer[512];
        std::snprintf(buffer, sizeof buffer,
                      "{\"seconds\":%.4f,\"cpu_seconds\":%.4f,\"tx_per_s\":%.0f,"
                      "\"tx_per_cpu_s\":%.0f,\"cards\":%zu,\"merchants\":%zu,\"state_bytes\":%zu,"
                      "\"rss_growth_bytes\":%ld,\"mb_per_million_cards\":%.1f}",
                      r.seconds, r.cpu_seconds, r.per_second(rows.size()),
                      r.per_cpu_second(rows.size()), r.cards, r.merchants, r.memory_bytes,
                      r.rss_growth_bytes, r.mb_per_million_cards());
        return std::string(buffer);
    };
    std::printf(
        "{\"bench\":\"features\",\"rows\":%zu,\"days\":%.1f,\"features\":%zu,"
        "\"generator\":%s,\"distinct_cards\":%s,\"checksum\":%.0f}\n",
        rows.size(), days, fd::FeatureEngine::registry().size(), json(population).c_str(),
        json(distinct).c_str(), population.checksum + distinct.checksum);
    return 0;
}
