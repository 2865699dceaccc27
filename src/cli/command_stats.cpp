#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "arguments.h"
#include "core/timestamp.h"
#include "storage/database.h"

namespace fd::cli {
namespace {

const CommandSpec kSpec{"stats",
                        "stats --db DB [--json]",
                        "Summarises a database: transactions, labelled and fraud counts, time "
                        "range, imports and rejected rows.\n\n"
                        "  --db DB   database file (required)\n"
                        "  --json    print one JSON object",
                        {"db"},
                        {"json"}};

int stats(const CommandSpec&, const Arguments& args) {
    if (!args.positional().empty())
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    const std::string db_path = args.required("db");
    if (!std::filesystem::is_regular_file(db_path)) {
        std::cerr << "frauddesk-cli stats: no database at " << db_path
                  << "; create one with 'frauddesk-cli import FILE --db " << db_path << "'\n";
        return kFailure;
    }
    try {
        Database db(db_path, OpenMode::ReadOnly);
        const auto transactions = db.query_int64("SELECT count(*) FROM transactions");
        const auto labelled =
            db.query_int64("SELECT count(*) FROM transactions WHERE label IS NOT NULL");
        const auto fraud = db.query_int64("SELECT count(*) FROM transactions WHERE label = 1");
        const auto imports = db.query_int64("SELECT count(*) FROM imports");
        const auto rejected = db.query_int64("SELECT count(*) FROM import_rejects");
        nlohmann::ordered_json first = nullptr, last = nullptr;
        if (transactions > 0) {
            first = format_timestamp_iso(db.query_int64("SELECT min(ts_ms) FROM transactions"));
            last = format_timestamp_iso(db.query_int64("SELECT max(ts_ms) FROM transactions"));
        }
        if (args.flag("json")) {
            nlohmann::ordered_json out = {{"transactions", transactions},
                                          {"labelled", labelled},
                                          {"fraud", fraud},
                                          {"imports", imports},
                                          {"rejected_rows", rejected},
                                          {"first_timestamp", first},
                                          {"last_timestamp", last}};
            std::cout << out.dump() << "\n";
        } else {
            std::cout << "database:      " << db_path << "\n"
                      << "transactions:  " << transactions << "\n"
                      << "labelled:      " << labelled << " (" << fraud << " fraud)\n"
                      << "imports:       " << imports << " (" << rejected << " rejected rows)\n";
            if (transactions > 0)
                std::cout << "time range:    " << first.get<std::string>() << " .. "
                          << last.get<std::string>() << "\n";
        }
    } catch (const std::exception& e) {
        std::cerr << "frauddesk-cli stats: " << e.what() << "\n";
        return kFailure;
    }
    return kOk;
}

}  // namespace

int run_stats(const std::vector<std::string>& args) {
    return with_usage(kSpec, args, stats);
}

}  // namespace fd::cli
