// Exports and reports on a large database, timed through the commands a user runs:
//   frauddesk-cli export  transactions (CSV, JSON), alerts (CSV), training set (CSV), audit
//   frauddesk-cli report  period report (PDF, HTML) and one case report (PDF)
// The database: a day of history trains the active ensemble, then N generated payments are
// ingested through the scoring pipeline (scores, reasons and alerts stored). Each command
// runs as a child process; the bench prints its wall time, peak resident size, output size
// and rows per second, then one JSON line with every figure.
//
// usage: bench_export_report [--rows N (default 1000000)] [--dir DIR] [--keep]
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "child_process.h"

namespace {

namespace fs = std::filesystem;
using fd::bench::run_child;

std::string cli = FD_CLI_PATH;

void must(const fd::bench::RunResult& r, const std::string& what) {
    // Exit code 3 means some rows were rejected: the generator writes none, so it fails too.
    if (r.exit_code != 0) {
        std::fprintf(stderr, "bench_export_report: %s failed with exit code %d\n", what.c_str(),
                     r.exit_code);
        std::exit(1);
    }
}

std::int64_t count_lines(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::int64_t n = 0;
    std::string line;
    while (std::getline(in, line)) ++n;
    return n;
}

constexpr std::int64_t kHistoryRows = 100000;

// The header and the first `head` rows to `first`, the header and the rest to `second`
// (the generator quotes no line breaks, so a line is a row).
void split_csv(const std::string& in_path, std::int64_t head, const std::string& first,
               const std::string& second) {
    std::ifstream in(in_path, std::ios::binary);
    std::ofstream a(first, std::ios::binary), b(second, std::ios::binary);
    std::string header, line;
    std::getline(in, header);
    a << header << '\n';
    b << header << '\n';
    for (std::int64_t n = 0; std::getline(in, line); ++n) (n < head ? a : b) << line << '\n';
}

// The highest-priority open alert, for the case report.
std::string first_alert_id(const std::string& db, const fs::path& scratch) {
    const fs::path out = scratch / "alerts.jsonl";
    must(run_child({cli, "alerts", "--db", db, "--limit", "1", "--json"}, "", out.string()),
         "alerts");
    std::ifstream in(out);
    std::string line;
    if (!std::getline(in, line)) {
        std::fprintf(stderr, "bench_export_report: the feed raised no alert\n");
        std::exit(1);
    }
    return std::to_string(nlohmann::json::parse(line).at("alert_id").get<std::int64_t>());
}

}  // namespace

int main(int argc, char** argv) {
    std::int64_t rows = 1000000;
    fs::path dir = fs::temp_directory_path() / ("fd-bench-export-" + std::to_string(getpid()));
    bool keep = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--rows") && i + 1 < argc)
            rows = std::atoll(argv[++i]);
        else if (!std::strcmp(argv[i], "--dir") && i + 1 < argc)
            dir = argv[++i];
        else if (!std::strcmp(argv[i], "--keep"))
            keep = true;
        else {
            std::fprintf(stderr, "usage: bench_export_report [--rows N] [--dir DIR] [--keep]\n");
            return 2;
        }
    }
    fs::create_directories(dir);
    const std::string db = (dir / "bench.db").string();
    const std::string history = (dir / "history.csv").string();
    const std::string feed = (dir / "feed.csv").string();

    std::printf("building the database: 100,000 rows of history, %lld ingested and scored\n",
                static_cast<long long>(rows));
    std::fflush(stdout);
    // One generated stream, split: its ids and cards continue from the history into the feed.
    const std::string all = (dir / "all.csv").string();
    must(run_child({cli, "generate", "--rows", std::to_string(kHistoryRows + rows), "--seed", "1",
                    "--out", all}),
         "generate");
    split_csv(all, kHistoryRows, history, feed);
    fs::remove(all);
    must(run_child({cli, "import", history, "--db", db}), "import");
    must(run_child({cli, "train", "--db", db, "--kind", "ensemble", "--activate", "--out",
                    (dir / "model.fdm").string()}),
         "train");
    const auto ingest = run_child({cli, "ingest", "file://" + feed, "--db", db, "--json"});
    must(ingest, "ingest");
    std::printf("  ingest and score: %.1f s\n\n", ingest.seconds);
    const std::string alert = first_alert_id(db, dir);

    struct Job {
        std::string name;
        std::vector<std::string> args;
        std::string out;
        bool counts_rows;  // a CSV with one header line: rows per second is meaningful
    };
    const auto out = [&](const std::string& f) { return (dir / f).string(); };
    const std::vector<Job> jobs = {
        {"export transactions CSV",
         {"export", "--what", "transactions", "--format", "csv"},
         out("transactions.csv"),
         true},
        {"export transactions JSON",
         {"export", "--what", "transactions", "--format", "json"},
         out("transactions.json"),
         false},
        {"export alerts CSV",
         {"export", "--what", "alerts", "--format", "csv"},
         out("alerts.csv"),
         true},
        {"export training set CSV",
         {"export", "--what", "training-set", "--format", "csv"},
         out("training.csv"),
         true},
        {"export audit CSV",
         {"export", "--what", "audit", "--format", "csv"},
         out("audit.csv"),
         true},
        {"report period PDF", {"report"}, out("period.pdf"), false},
        {"report period HTML", {"report"}, out("period.html"), false},
        {"report case PDF", {"report", "--case", alert}, out("case.pdf"), false},
    };
    std::printf("%-26s %10s %12s %12s %14s\n", "command", "seconds", "peak RSS MB", "output MB",
                "rows/s");
    nlohmann::json figures = {{"rows", rows}, {"ingest_seconds", ingest.seconds}};
    for (const Job& job : jobs) {
        std::vector<std::string> args = {cli, job.args.front(), "--db", db, "--out", job.out};
        args.insert(args.end(), job.args.begin() + 1, job.args.end());
        const auto r = run_child(args);
        must(r, job.name);
        const double mb = static_cast<double>(fs::file_size(job.out)) / 1e6;
        const std::int64_t lines = job.counts_rows ? count_lines(job.out) - 1 : 0;
        const double rate = job.counts_rows && r.seconds > 0 ? lines / r.seconds : 0;
        std::printf("%-26s %10.2f %12.1f %12.1f %14s\n", job.name.c_str(), r.seconds, r.peak_rss_mb,
                    mb,
                    job.counts_rows ? std::to_string(static_cast<long long>(rate)).c_str() : "-");
        std::fflush(stdout);
        figures[job.name] = {{"seconds", r.seconds},
                             {"peak_rss_mb", r.peak_rss_mb},
                             {"output_mb", mb},
                             {"rows", lines}};
    }
    std::printf("%s\n", figures.dump().c_str());
    if (!keep) fs::remove_all(dir);
    return 0;
}
