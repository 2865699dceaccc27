#include "report_job.h"

#include <QFileInfo>
#include <QSaveFile>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "case_data.h"
#include "core/timestamp.h"
#include "report_document.h"
#include "report_text.h"
#include "storage/audit_log.h"

namespace fd::report {
namespace {

std::runtime_error failure(const QString& message) {
    return std::runtime_error(message.toStdString());
}

nlohmann::json timeDetail(const std::optional<std::int64_t>& ms) {
    return ms ? nlohmann::json(format_timestamp_iso(*ms)) : nlohmann::json(nullptr);
}

ReportDocument build(const ReportRequest& r) {
    Database db(r.databasePath.toStdString(), OpenMode::ReadOnly);
    const ReportContext context{QFileInfo(r.databasePath).fileName(), r.analyst, r.period.now_ms,
                                static_cast<int>(r.period.utc_offset_ms / 1000)};
    if (r.caseAlertId)
        return caseDocument(gather_case(db, *r.caseAlertId, r.period.now_ms), context);
    return periodDocument(gather_period(db, r.period), context);
}

}  // namespace

std::optional<ReportFormat> reportFormatFor(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) return ReportFormat::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    return std::nullopt;
}

ReportResult generateReport(const ReportRequest& r) {
    ReportResult result;
    const auto format = reportFormatFor(r.outputPath);
    if (!format)
        throw failure(ReportText::tr("Cannot tell the report's format from '%1': name the file "
                                     "….pdf or ….html")
                          .arg(r.outputPath));
    result.format = *format;
    if (!QFileInfo(r.databasePath).isFile())
        throw failure(ReportText::tr("The database '%1' does not exist: check the path, or "
                                     "import transactions first")
                          .arg(r.databasePath));
    const ReportDocument document = build(r);

    QSaveFile file(r.outputPath);
    if (!file.open(QIODevice::WriteOnly))
        throw failure(ReportText::tr("Cannot write '%1': %2. Check that the folder exists and "
                                     "is writable.")
                          .arg(r.outputPath, file.errorString()));
    if (result.format == ReportFormat::Pdf) {
        result.pages = writePdf(document, &file);
    } else {
        file.write(selfContainedHtml(document).toUtf8());
    }
    result.bytes = file.size();

    Database db(r.databasePath.toStdString());
    SqlTransaction tx(db);
    const QString absolute = QFileInfo(r.outputPath).absoluteFilePath();
    nlohmann::ordered_json details = {
        {"path", absolute.toStdString()},
        {"format", result.format == ReportFormat::Pdf ? "pdf" : "html"},
        {"kind", r.caseAlertId ? "case" : "period"}};
    if (r.caseAlertId) {
        details["alert"] = *r.caseAlertId;
    } else {
        details["from"] = timeDetail(r.period.from_ms);
        details["until"] = timeDetail(r.period.until_ms);
    }
    if (result.format == ReportFormat::Pdf) details["pages"] = result.pages;
    details["bytes"] = result.bytes;
    const std::string actor = r.analyst.isEmpty() ? std::string("system") : r.analyst.toStdString();
    AuditLog(db).append(r.period.now_ms, actor, "report",
                        QFileInfo(absolute).fileName().toStdString(),
                        details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    if (!file.commit())
        throw failure(ReportText::tr("Cannot write '%1': %2. Is the disk full?")
                          .arg(r.outputPath, file.errorString()));
    try {
        tx.commit();
    } catch (...) {
        QFile::remove(r.outputPath);  // unlogged: take it back
        throw;
    }
    return result;
}

}  // namespace fd::report
