// Import throughput, side by side in one run:
//   frauddesk-cli import (parse, validate, map, store with indexes, batch commits)
//   sqlite3 .import of the same CSV into a table with a unique index on the id column
//   sqlite3 .import of the same CSV into a plain table (no index)
// plus parser-only throughput (CSV reader alone, and reader + field mapper) and peak RSS.
//
// usage: bench_import [--rows N] [--dir DIR] [--keep]
// Prints a table and, last, one JSON line with every figure.

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "child_process.h"
#include "core/csv_reader.h"
#include "core/field_mapping.h"

namespace {

using fd::bench::RunResult;

RunResult run(const std::vector<std::string>& argv, const std::string& stdin_path = "") {
    return fd::bench::run_child(argv, stdin_path);
}

double parse_only_seconds(const std::string& csv, bool with_mapping, std::int64_t* rows_out) {
    const auto start = std::chrono::steady_clock::now();
    fd::CsvReader reader(fd::open_file_source(csv));
    fd::RecordMapper mapper(fd::detect_mapping(reader.columns()));
    mapper.bind(reader.columns(), csv);
    fd::Record record;
    fd::RowError error;
    fd::Transaction tx;
    std::int64_t rows = 0;
    while (true) {
        const auto status = reader.next(record, error);
        if (status == fd::ReadStatus::End) break;
        if (status == fd::ReadStatus::Record && with_mapping && !mapper.map(record, tx, error)) {
            std::cerr << "bench: unexpected reject at line " << error.line << ": " << error.reason
                      << "\n";
        }
        ++rows;
    }
    *rows_out = rows;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    long long rows = 1'000'000;
    std::string dir = "/tmp/fd-bench-import";
    bool keep = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--rows" && i + 1 < argc)
            rows = std::stoll(argv[++i]);
        else if (a == "--dir" && i + 1 < argc)
            dir = argv[++i];
        else if (a == "--keep")
            keep = true;
        else {
            std::cerr << "usage: bench_import [--rows N] [--dir DIR] [--keep]\n";
            return 2;
        }
    }
    namespace fs = std::filesystem;
    fs::create_directories(dir);
    const std::string cli = FD_CLI_PATH;
    const std::string csv = dir + "/bench.csv";
    if (run({cli, "generate", "--rows", std::to_string(rows), "--seed", "1", "--out", csv})
            .exit_code != 0) {
        std::cerr << "bench: generate failed\n";
        return 1;
    }
    const double mb = static_cast<double>(fs::file_size(csv)) / 1e6;

    std::int64_t parsed_rows = 0;
    parse_only_seconds(csv, false, &parsed_rows);  // warm the page cache
    const double parse_s = parse_only_seconds(csv, false, &parsed_rows);
    const double map_s = parse_only_seconds(csv, true, &parsed_rows);

    const std::string ours_db = dir + "/ours.db";
    const std::string unique_db = dir + "/sqlite_unique.db";
    const std::string plain_db = dir + "/sqlite_plain.db";
    for (const auto& db : {ours_db, unique_db, plain_db})
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);

    const auto ours = run({cli, "import", csv, "--db", ours_db});
    // The reference table with the generator's 17 columns and a unique index on the id.
    const std::string schema =
        "CREATE TABLE t(transaction_id TEXT, timestamp TEXT, card_id TEXT, customer_id TEXT, "
        "merchant_id TEXT, merchant_category TEXT, amount TEXT, currency TEXT, country TEXT, "
        "city TEXT, latitude TEXT, longitude TEXT, channel TEXT, device_id TEXT, ip TEXT, "
        "label TEXT, scenario TEXT); CREATE UNIQUE INDEX t_id ON t(transaction_id);";
    const auto unique = run({"sqlite3", unique_db, schema, ".import --csv --skip 1 " + csv + " t"});
    const auto plain = run({"sqlite3", plain_db, "-cmd", ".mode csv", ".import " + csv + " t"});

    if (ours.exit_code != 0 || unique.exit_code != 0 || plain.exit_code != 0) {
        std::cerr << "bench: an import failed (frauddesk " << ours.exit_code << ", sqlite3 unique "
                  << unique.exit_code << ", sqlite3 plain " << plain.exit_code << ")\n";
        return 1;
    }
    std::printf("rows                                  %lld (%.1f MB CSV)\n", rows, mb);
    std::printf("CSV parse only                        %.3f s  %.0f MB/s\n", parse_s, mb / parse_s);
    std::printf("CSV parse + validate + map            %.3f s  %.0f MB/s\n", map_s, mb / map_s);
    std::printf("frauddesk-cli import                  %.3f s  %.0f rows/s  peak %.0f MB\n",
                ours.seconds, double(rows) / ours.seconds, ours.peak_rss_mb);
    std::printf("sqlite3 .import, unique id index      %.3f s  %.0f rows/s  (ratio %.2fx)\n",
                unique.seconds, double(rows) / unique.seconds, unique.seconds / ours.seconds);
    std::printf("sqlite3 .import, plain table          %.3f s  %.0f rows/s  (ratio %.2fx)\n",
                plain.seconds, double(rows) / plain.seconds, plain.seconds / ours.seconds);
    std::printf(
        "{\"rows\":%lld,\"csv_mb\":%.1f,\"parse_mb_s\":%.0f,\"parse_map_mb_s\":%.0f,"
        "\"import_s\":%.3f,\"import_rows_s\":%.0f,\"import_peak_rss_mb\":%.1f,"
        "\"sqlite_unique_s\":%.3f,\"sqlite_plain_s\":%.3f,"
        "\"speedup_vs_sqlite_unique\":%.2f,\"speedup_vs_sqlite_plain\":%.2f}\n",
        rows, mb, mb / parse_s, mb / map_s, ours.seconds, double(rows) / ours.seconds,
        ours.peak_rss_mb, unique.seconds, plain.seconds, unique.seconds / ours.seconds,
        plain.seconds / ours.seconds);
    if (!keep) fs::remove_all(dir);
    return 0;
}
