// frauddesk-cli report: a period report or one alert's case report as PDF or HTML.
#include <QDateTime>
#include <QGuiApplication>
#include <cstdlib>
#include <iostream>
#include <limits>

#include "arguments.h"
#include "audit_support.h"
#include "engine_support.h"
#include "report/report_job.h"

namespace fd::cli {
namespace {

const CommandSpec kSpec{
    "report",
    "report --db DB [--from T] [--until T] [--case ALERT_ID] --out FILE.pdf|FILE.html "
    "[--analyst NAME]",
    "Writes a period report (volume and amount, alerts, decisions, confirmed fraud, alert "
    "precision, top reasons, merchants and countries, risk over time and score distribution "
    "charts, analysts, the active model) or, with --case, the case report of one alert "
    "(transaction, reasons, the card's history, notes, decisions, audit trail). Card numbers "
    "are masked. The format follows the file name: .pdf (A4) or .html (one self-contained "
    "file). The file appears whole, and the audit log gets a \"report\" row.\n\n"
    "  --db DB          database file (required)\n"
    "  --out FILE       FILE.pdf or FILE.html (required)\n"
    "  --from T         first instant of the period (ISO-8601, YYYY-MM-DD or epoch); default:\n"
    "                   the first transaction\n"
    "  --until T        end of the period, exclusive; default: after the last transaction\n"
    "  --case ALERT_ID  a case report for this alert (see 'frauddesk-cli alerts')\n"
    "  --analyst NAME   who makes the report (default: the user name)",
    {"db", "out", "from", "until", "case", "analyst"},
    {}};

std::optional<std::int64_t> bound(std::int64_t value, std::int64_t open) {
    return value == open ? std::nullopt : std::optional<std::int64_t>(value);
}

int make_report(const CommandSpec&, const Arguments& args) {
    if (!args.positional().empty())
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    const std::string db = args.required("db");
    const std::string out = args.required("out");
    if (!report::reportFormatFor(QString::fromStdString(out)))
        throw UsageError("cannot tell the format of '" + out +
                         "': name the file FILE.pdf or FILE.html");
    const auto alert = args.integer("case", 1, std::numeric_limits<long long>::max());
    const std::int64_t from = time_option(args, "from", kBeginningOfTime);
    const std::int64_t until = time_option(args, "until", kEndOfTime);
    if (alert && (args.value("from") || args.value("until")))
        throw UsageError("--case reports one alert: leave out --from and --until");
    if (from >= until) throw UsageError("--from must come before --until");

    // Fonts and QPdfWriter need a QGuiApplication; a report needs no screen, so unless told
    // otherwise it uses the offscreen platform (no display, no X server).
    if (!std::getenv("QT_QPA_PLATFORM")) ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    // Without a desktop session Qt complains that XDG_RUNTIME_DIR is unset, which a report
    // never uses; that one line would only alarm a cron job's reader.
    static QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
                previous(type, context, message);
        });
    int argc = 1;
    char name[] = "frauddesk-cli";
    char* argv[] = {name, nullptr};
    QGuiApplication app(argc, argv);

    report::ReportRequest request;
    request.databasePath = QString::fromStdString(db);
    request.outputPath = QString::fromStdString(out);
    request.caseAlertId = alert;
    request.period.from_ms = bound(from, kBeginningOfTime);
    request.period.until_ms = bound(until, kEndOfTime);
    request.period.now_ms = QDateTime::currentMSecsSinceEpoch();
    request.period.utc_offset_ms =
        std::int64_t{QDateTime::currentDateTime().offsetFromUtc()} * 1000;
    request.analyst = QString::fromStdString(analyst_of(args, "system"));
    try {
        const report::ReportResult result = report::generateReport(request);
        std::cout << "wrote " << out << " ("
                  << (result.format == report::ReportFormat::Pdf
                          ? "PDF, " + std::to_string(result.pages) + " page(s), "
                          : std::string("HTML, "))
                  << result.bytes << " bytes)\n";
    } catch (const std::exception& e) {
        std::cerr << "frauddesk-cli report: " << e.what() << "\n";
        return kFailure;
    }
    return kOk;
}

}  // namespace

int run_report(const std::vector<std::string>& args) {
    return with_usage(kSpec, args, make_report);
}

}  // namespace fd::cli
