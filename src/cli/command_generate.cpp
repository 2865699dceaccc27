#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "arguments.h"
#include "core/generator.h"
#include "core/timestamp.h"
#include "core/transaction_writer.h"

namespace fd::cli {
namespace {

const CommandSpec kSpec{
    "generate",
    "generate --rows N [--seed S] [--fraud-rate R] [--start ISO8601] "
    "[--format csv|ndjson|json] --out FILE|-",
    "Writes N synthetic, labelled transactions with fraud scenarios (card testing, account\n"
    "takeover, impossible travel, compromised terminal, amount outlier, velocity burst).\n"
    "The same seed gives the same file. --format defaults to the extension of --out, else csv.\n"
    "\n"
    "  --rows N          number of transactions (required)\n"
    "  --seed S          random seed (default 42)\n"
    "  --fraud-rate R    fraction of fraudulent rows, 0 to 0.5 (default 0.005)\n"
    "  --start ISO8601   time of the first transaction (default 2024-01-01T00:00:00Z)\n"
    "  --rows-per-day N  traffic density, which sets the time span (default 100000)\n"
    "  --format F        csv, ndjson or json\n"
    "  --out FILE|-      output file, or - for standard output (required)",
    {"rows", "seed", "fraud-rate", "start", "format", "out", "rows-per-day"},
    {}};

WriteFormat format_for(const Arguments& args, const std::string& out) {
    if (const auto f = args.value("format")) {
        try {
            return write_format_from_name(*f);
        } catch (const std::invalid_argument&) {
            throw UsageError("--format must be csv, ndjson or json, not '" + *f + "'");
        }
    }
    const auto ext = std::filesystem::path(out).extension().string();
    if (ext == ".ndjson" || ext == ".jsonl") return WriteFormat::Ndjson;
    if (ext == ".json") return WriteFormat::Json;
    return WriteFormat::Csv;
}

int generate(const CommandSpec&, const Arguments& args) {
    if (!args.positional().empty())
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    const auto rows_option = args.integer("rows", 0, 10'000'000'000LL);
    if (!rows_option) throw UsageError("--rows is required");
    const long long rows = *rows_option;
    const std::string out_path = args.required("out");
    GeneratorConfig config;
    config.seed = static_cast<std::uint64_t>(args.integer("seed", 0, INT64_MAX).value_or(42));
    config.fraud_rate = args.number("fraud-rate", 0.0, 0.5).value_or(config.fraud_rate);
    config.rows_per_day = args.number("rows-per-day", 1.0, 1e9).value_or(config.rows_per_day);
    if (const auto start = args.value("start")) {
        std::string error;
        const auto ms = parse_timestamp_ms(*start, {TimestampFormat::Iso8601, 0}, &error);
        if (!ms) throw UsageError("--start: " + error);
        config.start_ms = *ms;
    }
    const auto format = format_for(args, out_path);

    // A file is written under a temporary name and renamed at the end, so a reader never
    // sees half a file.
    const bool to_stdout = out_path == "-";
    const std::string temp_path = out_path + ".tmp";
    std::ofstream file;
    if (!to_stdout) {
        file.open(temp_path, std::ios::binary | std::ios::trunc);
        if (!file) {
            std::cerr << "frauddesk-cli generate: cannot write " << temp_path
                      << ": check the directory exists and is writable\n";
            return kFailure;
        }
    }
    std::ostream& out = to_stdout ? std::cout : file;
    std::vector<char> buffer(1 << 20);
    if (!to_stdout)
        file.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    Generator generator(config);
    TransactionWriter writer(out, format);
    for (long long i = 0; i < rows; ++i) writer.write(generator.next());
    writer.finish();
    out.flush();
    if (!out) {
        std::cerr << "frauddesk-cli generate: write to " << out_path << " failed (disk full?)\n";
        if (!to_stdout) std::filesystem::remove(temp_path);
        return kFailure;
    }
    if (!to_stdout) {
        file.close();
        std::error_code ec;
        std::filesystem::rename(temp_path, out_path, ec);
        if (ec) {
            std::cerr << "frauddesk-cli generate: cannot rename " << temp_path << " to " << out_path
                      << ": " << ec.message() << "\n";
            return kFailure;
        }
    }
    return kOk;
}

}  // namespace

int run_generate(const std::vector<std::string>& args) {
    return with_usage(kSpec, args, generate);
}

}  // namespace fd::cli
