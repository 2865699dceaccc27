// frauddesk-cli export: alerts, labels, transactions, the training set or the audit log of a
// period to CSV or JSON, written atomically and recorded in the audit log (see export/).
#include <atomic>
#include <csignal>
#include <iostream>

#include "audit_support.h"
#include "engine_support.h"
#include "export/export_job.h"

namespace fd::cli {
namespace {

std::atomic<bool> g_interrupted{false};
extern "C" void on_export_interrupt(int) {
    g_interrupted = true;
}

const CommandSpec kSpec{
    "export",
    "export --db DB --what KIND [--format csv|json] [--from T] [--until T] --out FILE "
    "[--analyst NAME]",
    "Exports one kind of record of a period. Card numbers are masked to their last four\n"
    "digits, text a spreadsheet would run as a formula (starting with = + - @, a tab or a\n"
    "carriage return) gets a leading apostrophe, and the file appears whole or not at all.\n"
    "The export is recorded in the audit log with its path, row count and period.\n\n"
    "KIND is one of:\n"
    "  alerts         each alert created in the period: risk, level, reasons, status, the\n"
    "                 transaction's label and the decision in force (analyst, note)\n"
    "  labels         each analyst decision made in the period, undone ones marked\n"
    "  transactions   each transaction of the period with the active model's risk\n"
    "  training-set   one row per labelled transaction of the period: its label (1 fraud,\n"
    "                 0 legit) and the features the model trains on, computed in time\n"
    "                 order over the whole history before it\n"
    "  audit          each audit log row of the period\n\n"
    "CSV has a header row; JSON is one array with one object per line.\n\n"
    "  --db DB          database file (required)\n"
    "  --what KIND      what to export (required)\n"
    "  --format F       csv (default) or json\n"
    "  --from T         start of the period, inclusive (ISO-8601, YYYY-MM-DD or epoch)\n"
    "  --until T        end of the period, exclusive\n"
    "  --out FILE       output file, replaced atomically (required)\n"
    "  --analyst NAME   who exports, for the audit log (default: the operating-system user)",
    {"db", "what", "format", "from", "until", "out", "analyst"},
    {}};

int export_records(const CommandSpec&, const Arguments& args) {
    if (!args.positional().empty())
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    const auto db_path = args.required("db");
    const auto what = args.required("what");
    ExportRequest request;
    if (const auto kind = export_kind_from_name(what))
        request.kind = *kind;
    else
        throw UsageError("--what '" + what +
                         "' is not something to export; use alerts, labels, transactions, "
                         "training-set or audit");
    const auto format = args.value("format").value_or("csv");
    if (const auto f = export_format_from_name(format))
        request.format = *f;
    else
        throw UsageError("--format '" + format + "' is not a format; use csv or json");
    request.from_ms = time_option(args, "from", kOpenStart);
    request.until_ms = time_option(args, "until", kOpenEnd);
    if (request.from_ms >= request.until_ms)
        throw UsageError("--from must be before --until (the period [from, until) is empty)");
    const auto out_path = args.required("out");
    request.actor = analyst_of(args, "system");

    std::signal(SIGINT, on_export_interrupt);
    std::signal(SIGTERM, on_export_interrupt);
    try {
        // Open it once first for the advice a missing database gets in every command.
        open_existing(db_path, OpenMode::ReadOnly, "export");
        const auto rows = fd::run_export(db_path, request, out_path,
                                         [](std::int64_t, std::int64_t) { return !g_interrupted; });
        std::cout << rows << " rows written to " << out_path << " ("
                  << export_kind_name(request.kind) << ", " << export_format_name(request.format)
                  << ")\n";
        return kOk;
    } catch (const std::exception& e) {
        std::cerr << "frauddesk-cli export: " << e.what() << "\n";
        return kFailure;
    }
}

}  // namespace

int run_export(const std::vector<std::string>& args) {
    return with_usage(kSpec, args, export_records);
}

}  // namespace fd::cli
