// Pieces of report markup that QTextDocument and browsers both render well. Cell text is
// passed in already escaped (escaped() in report_text.h); headings are escaped here.
#pragma once

#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

#include "report_document.h"

namespace fd::report::html {

QString heading(const QString& text);  // <h2>
QString paragraph(const QString& escapedText, const QString& cssClass = {});
// A table with a header row; columns listed in `numeric` are right-aligned.
QString table(const QStringList& headers, const std::vector<QStringList>& rows,
              const std::vector<int>& numeric = {});
// Label / value pairs, one per row.
QString facts(const std::vector<std::pair<QString, QString>>& pairs);
// "Database demo.sqlite · generated 2025-06-15 14:30 (UTC+02:00) by ada".
QString generatedLine(const ReportContext& context);

}  // namespace fd::report::html
