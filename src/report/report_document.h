// A report as one HTML body plus its chart images, written either as one self-contained
// HTML file (CSS inline, charts as data: URIs) or as a PDF through QTextDocument, from the
// same markup. Every database string in the body is escaped and card numbers are masked.
#pragma once

#include <QImage>
#include <QString>
#include <memory>
#include <vector>

#include "case_data.h"
#include "report_data.h"

class QIODevice;
class QPaintDevice;
class QPainter;
class QTextDocument;

namespace fd::report {

struct ReportImage {
    QString name;  // referenced in the body as <img src="fdreport:NAME">
    QImage image;
};

struct ReportDocument {
    QString title;
    QString body;  // HTML fragment
    std::vector<ReportImage> images;
};

// Who made the report, when, from what: the header line of every report.
struct ReportContext {
    QString database;  // the file name shown
    QString analyst;
    qint64 generatedMs = 0;
    int utcOffsetS = 0;  // times are shown on this clock
};

ReportDocument periodDocument(const PeriodData& data, const ReportContext& context);
ReportDocument caseDocument(const CaseData& data, const ReportContext& context);

// "<img src=\"fdreport:NAME\" width=\"W\" alt=\"ALT\">" for a chart `layoutWidth` wide.
QString imageTag(const QString& name, const QImage& image, const QString& alt);

// One HTML file, nothing outside it referenced.
QString selfContainedHtml(const ReportDocument& document);

// The document laid out on pages of `pageSize` (device pixels of `device`), with room for a
// footer; drawPage() paints page `index` (0-based) and its footer "title · page i of n".
class PagedReport {
public:
    PagedReport(const ReportDocument& document, QPaintDevice* device, QSizeF pageSize);
    ~PagedReport();
    int pageCount() const;
    void drawPage(QPainter& painter, int index) const;

private:
    std::unique_ptr<QTextDocument> text_;
    QString title_;
    QSizeF page_;
    qreal footer_;
};

// Writes `document` as an A4 PDF to `out`; returns the number of pages.
int writePdf(const ReportDocument& document, QIODevice* out);

}  // namespace fd::report
