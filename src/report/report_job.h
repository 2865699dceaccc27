// Making a report end to end: read the figures (read-only connection), draw the charts,
// lay out the document, write it as PDF or HTML under a temporary name, and publish it
// (rename into place) together with its "report" row in the audit log, so the log names
// every published report and only those. Usable on any thread once a QGuiApplication
// exists (fonts need one); the CLI and the GUI share it.
#pragma once

#include <QString>
#include <optional>

#include "report_data.h"

namespace fd::report {

enum class ReportFormat { Pdf, Html };

// The format a file name asks for (.pdf, .html or .htm, any case); none for anything else.
std::optional<ReportFormat> reportFormatFor(const QString& path);

struct ReportRequest {
    QString databasePath;
    QString outputPath;
    std::optional<qint64> caseAlertId;  // a case report for this alert; else a period report
    Period period;                      // its now_ms and utc_offset_ms serve both kinds
    QString analyst;                    // who asks: the header and the audit log
};

struct ReportResult {
    ReportFormat format = ReportFormat::Pdf;
    int pages = 0;  // PDF only
    qint64 bytes = 0;
};

// Throws std::runtime_error saying what failed, where, and what to do.
ReportResult generateReport(const ReportRequest& request);

}  // namespace fd::report
