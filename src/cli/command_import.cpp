#include <unistd.h>
#include <csignal>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "arguments.h"
#include "audit_support.h"
#include "ingest/file_importer.h"
#include "storage/database.h"

namespace fd::cli {
namespace {

const CommandSpec kSpec{
    "import",
    "import FILE... --db DB [--mapping NAME|FILE] [--format auto|csv|json|ndjson]\n"
    "       [--analyst NAME] [--json]",
    "Imports CSV, JSON or NDJSON transaction files into the database DB (created if missing).\n"
    "Every file is checked first; a file-level problem imports nothing. Rows already stored\n"
    "(same transaction id) are counted as duplicates, so re-running an import is safe, and\n"
    "bad rows are reported with line, field and reason while the good ones are imported.\n"
    "Ctrl+C stops after the current batch and keeps what was committed. Each file's import\n"
    "is written to the audit log with its counts.\n"
    "\n"
    "  --db DB            database file (required)\n"
    "  --mapping NAME     a saved mapping profile name, or a profile JSON file\n"
    "  --format F         force the input format (default: detect)\n"
    "  --analyst NAME     who imports, for the audit log (default: the operating-system\n"
    "                     user, else \"system\")\n"
    "  --json             print one JSON object with the counts and rejects\n"
    "\n"
    "Exit codes: 0 every row imported or a duplicate; 3 some rows rejected, the good ones\n"
    "imported; 1 a file-level error, nothing imported; 2 usage error.",
    {"db", "mapping", "format", "analyst"},
    {"json"}};

std::atomic<bool> g_cancel{false};
extern "C" void on_interrupt(int) {
    g_cancel = true;
}

constexpr std::size_t kRejectsPrinted = 20;

nlohmann::ordered_json reject_json(const RowError& r, const std::string& file) {
    return {{"file", file}, {"line", r.line}, {"field", r.field}, {"reason", r.reason}};
}

int import_files(const CommandSpec&, const Arguments& args) {
    if (args.positional().empty()) throw UsageError("name at least one FILE to import");
    const std::string db_path = args.required("db");
    const bool json = args.flag("json");
    ImportOptions options;
    options.cancel = &g_cancel;
    options.actor = analyst_of(args, "system");
    if (const auto f = args.value("format")) {
        try {
            options.format = input_format_from_name(*f);
        } catch (const std::invalid_argument&) {
            throw UsageError("--format must be auto, csv, json or ndjson, not '" + *f + "'");
        }
    }

    // File-level checks for every file before anything is written.
    std::vector<PreparedImport> prepared;
    try {
        if (const auto m = args.value("mapping"))
            options.mapping =
                load_mapping(*m, MappingProfileStore(MappingProfileStore::default_directory()));
        for (const auto& path : args.positional())
            prepared.push_back(prepare_import(path, options));
    } catch (const std::exception& e) {
        std::cerr << "frauddesk-cli import: " << e.what() << "\nNothing was imported.\n";
        return kFailure;
    }

    std::signal(SIGINT, on_interrupt);
    std::signal(SIGTERM, on_interrupt);
    const bool show_progress = !json && isatty(STDERR_FILENO);
    ImportCounts total;
    double seconds = 0;
    bool any_cancelled = false;
    nlohmann::ordered_json rejects = nlohmann::ordered_json::array();
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    try {
        Database db(db_path);
        FileImporter importer(db);
        for (const auto& p : prepared) {
            const auto report = importer.run(p, options, [&](const ImportProgress& progress) {
                if (!show_progress) return;
                const double fraction = progress.bytes_total ? double(progress.bytes_done) /
                                                                   double(progress.bytes_total)
                                                             : 0.0;
                std::cerr << "\r" << progress.path << ": " << static_cast<int>(fraction * 100)
                          << "%, " << progress.counts.rows_read << " rows" << std::flush;
            });
            if (show_progress) std::cerr << "\r\033[K";
            total.rows_read += report.counts.rows_read;
            total.imported += report.counts.imported;
            total.duplicates += report.counts.duplicates;
            total.rejected += report.counts.rejected;
            seconds += report.seconds;
            any_cancelled = any_cancelled || report.cancelled;
            for (const auto& r : report.rejects) rejects.push_back(reject_json(r, p.path));
            files.push_back({{"file", p.path},
                             {"format", report.format},
                             {"sha256", report.sha256},
                             {"import_id", report.import_id},
                             {"rows_read", report.counts.rows_read},
                             {"imported", report.counts.imported},
                             {"duplicates", report.counts.duplicates},
                             {"rejected", report.counts.rejected},
                             {"cancelled", report.cancelled},
                             {"seconds", report.seconds}});
            if (!json) {
                std::cout << p.path << ": " << report.counts.rows_read << " rows read, "
                          << report.counts.imported << " imported, " << report.counts.duplicates
                          << " duplicates, " << report.counts.rejected << " rejected in "
                          << report.seconds << " s\n";
                std::size_t shown = 0;
                for (const auto& r : report.rejects) {
                    if (shown++ == kRejectsPrinted) break;
                    std::cout << "  line " << r.line
                              << (r.field.empty() ? "" : ", field " + r.field) << ": " << r.reason
                              << "\n";
                }
                if (report.counts.rejected > static_cast<std::int64_t>(kRejectsPrinted))
                    std::cout << "  ... every reject is stored with import #" << report.import_id
                              << " in " << db_path << "\n";
                if (report.cancelled)
                    std::cout << "Cancelled: the " << report.counts.imported
                              << " rows committed so far are kept; re-run the same command to "
                                 "import the rest.\n";
            }
            if (report.cancelled) break;
        }
    } catch (const std::exception& e) {
        std::cerr << "frauddesk-cli import: " << e.what() << "\n";
        return kFailure;
    }
    if (json) {
        nlohmann::ordered_json out = {{"rows_read", total.rows_read},
                                      {"imported", total.imported},
                                      {"duplicates", total.duplicates},
                                      {"rejected", total.rejected},
                                      {"rejects", rejects},
                                      {"seconds", seconds},
                                      {"cancelled", any_cancelled},
                                      {"files", files}};
        std::cout << out.dump() << "\n";
    }
    if (any_cancelled) return kFailure;
    return total.rejected > 0 ? kPartial : kOk;
}

}  // namespace

int run_import(const std::vector<std::string>& args) {
    return with_usage(kSpec, args, import_files);
}

}  // namespace fd::cli
