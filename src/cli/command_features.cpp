#include <iostream>

#include "audit_support.h"
#include "core/features/feature_engine.h"
#include "core/timestamp.h"
#include "engine_support.h"
#include "export/feature_rows.h"

namespace fd::cli {
namespace {

const CommandSpec kSpec{
    "features",
    "features --db DB --out FILE.csv [--from T] [--until T] [--analyst NAME]",
    "Writes the feature matrix: one row per stored transaction with its id, timestamp and\n"
    "label, then every feature of the registry. Features are computed over the whole\n"
    "history in time order (from the past only); --from/--until choose the rows written.\n"
    "The export is written to the audit log with its row count and time range.\n\n"
    "  --db DB          database file (required)\n"
    "  --out FILE.csv   output file, written atomically (required)\n"
    "  --from T         first timestamp to write (ISO-8601 or YYYY-MM-DD)\n"
    "  --until T        write rows before this time\n"
    "  --analyst NAME   who exports, for the audit log (default: the operating-system user)",
    {"db", "out", "from", "until", "analyst"},
    {}};

int features(const CommandSpec&, const Arguments& args) {
    if (!args.positional().empty())
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    const auto db_path = args.required("db");
    const auto out_path = args.required("out");
    const auto from = time_option(args, "from", kBeginningOfTime);
    const auto until = time_option(args, "until", kEndOfTime);
    try {
        Database db = open_existing(db_path, OpenMode::ReadOnly, "features");
        AtomicOutput out(out_path);
        auto& csv = out.stream();
        csv << "transaction_id,timestamp,label";
        for (const auto& name : FeatureEngine::names()) csv << ',' << name;
        csv << '\n';
        const auto width = FeatureEngine::names().size();
        std::int64_t written = 0;
        stream_feature_rows(db, until, [&](const Transaction& t, std::span<const float> row) {
            if (t.timestamp_ms < from) return true;
            csv << csv_field(t.id) << ',' << format_timestamp_iso(t.timestamp_ms) << ','
                << (t.label == Label::Unknown ? ""
                    : t.label == Label::Fraud ? "1"
                                              : "0");
            for (float v : row) csv << ',' << csv_number(v);
            csv << '\n';
            ++written;
            return true;
        });
        commit_audited_export(
            db_path, out, analyst_of(args, "system"), out_path, written,
            {{"command", "features"}, {"from", time_detail(from)}, {"until", time_detail(until)}});
        std::cerr << "frauddesk-cli features: wrote " << written << " rows x " << width
                  << " features to " << out_path << "\n";
        return kOk;
    } catch (const std::exception& error) {
        std::cerr << "frauddesk-cli features: " << error.what() << "\n";
        return kFailure;
    }
}

}  // namespace

int run_features(const std::vector<std::string>& args) {
    return with_usage(kSpec, args, features);
}

}  // namespace fd::cli
