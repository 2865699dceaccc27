#include "html_parts.h"

#include <algorithm>

#include "report_text.h"

namespace fd::report::html {

QString heading(const QString& text) {
    return QStringLiteral("<h2>%1</h2>\n").arg(escaped(text));
}

QString paragraph(const QString& escapedText, const QString& cssClass) {
    return cssClass.isEmpty()
               ? QStringLiteral("<p>%1</p>\n").arg(escapedText)
               : QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cssClass, escapedText);
}

QString table(const QStringList& headers, const std::vector<QStringList>& rows,
              const std::vector<int>& numeric) {
    const auto isNumeric = [&](int column) {
        return std::find(numeric.begin(), numeric.end(), column) != numeric.end();
    };
    QString out = QStringLiteral("<table class=\"data\" width=\"100%\" cellspacing=\"0\">\n<tr>");
    for (int c = 0; c < headers.size(); ++c)
        out += QStringLiteral("<th%1>%2</th>")
                   .arg(isNumeric(c) ? QStringLiteral(" class=\"num\"") : QString(),
                        escaped(headers[c]));
    out += QStringLiteral("</tr>\n");
    for (const QStringList& row : rows) {
        out += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c)
            out += QStringLiteral("<td%1>%2</td>")
                       .arg(isNumeric(c) ? QStringLiteral(" class=\"num\"") : QString(), row[c]);
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

QString facts(const std::vector<std::pair<QString, QString>>& pairs) {
    QString out = QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\">\n");
    for (const auto& [label, value] : pairs)
        out +=
            QStringLiteral(
                "<tr><td class=\"label\" width=\"32%\">%1</td><td class=\"value\">%2</td></tr>\n")
                .arg(escaped(label), value);
    return out + QStringLiteral("</table>\n");
}

QString generatedLine(const ReportContext& context) {
    return escaped(ReportText::tr("Database %1 · generated %2 (%3) by %4"))
        .arg(escaped(context.database.toStdString()),
             escaped(timeText(context.generatedMs, context.utcOffsetS)),
             escaped(offsetText(context.utcOffsetS)), escaped(context.analyst.toStdString()));
}

}  // namespace fd::report::html
