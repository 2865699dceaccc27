// The two ways a ReportDocument leaves the program: one self-contained HTML file, or an A4
// PDF laid out by QTextDocument.
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>
#include <stdexcept>

#include "report_document.h"
#include "report_text.h"

namespace fd::report {
namespace {

const QString kScheme = QStringLiteral("fdreport:");

// What QTextDocument understands of CSS (a subset), shared by both outputs.
QString commonCss() {
    return QStringLiteral(
        "h1 { font-size: 17pt; margin-bottom: 2px; }\n"
        "h2 { font-size: 12.5pt; margin-top: 16px; margin-bottom: 5px; color: #1f3f6f; }\n"
        "p.meta { color: #555555; font-size: 8.5pt; margin-top: 0; }\n"
        "p.note { color: #555555; font-size: 8pt; }\n"
        "p.empty { color: #777777; font-style: italic; }\n"
        "table.data { border-collapse: collapse; margin-bottom: 4px; }\n"
        "table.data th { background-color: #e8edf3; text-align: left; font-weight: bold; padding: "
        "3px 6px; border-bottom: 1px solid #9aa8b8; }\n"
        "table.data td { padding: 3px 6px; border-bottom: 1px solid #dddddd; }\n"
        "table.data td.num, table.data th.num { text-align: right; }\n"
        "table.facts td { padding: 2px 10px 2px 0; vertical-align: top; }\n"
        "table.facts td.label { color: #555555; }\n"
        "table.facts td.value { font-weight: bold; }\n"
        "li { margin-bottom: 3px; }\n");
}

// The document's language for browsers and screen readers ("C" is no language: English).
QString language() {
    const QString name = QLocale().name().section(QLatin1Char('_'), 0, 0);
    return name == QLatin1String("C") || name.isEmpty() ? QStringLiteral("en")
                                                        : name.toHtmlEscaped();
}

}  // namespace

QString imageTag(const QString& name, const QImage& image, const QString& alt) {
    // Width in layout pixels: a browser shows the 2x image sharp at that width, and
    // QTextDocument scales it to the page's resolution.
    return QStringLiteral("<img src=\"%1%2\" width=\"%3\" alt=\"%4\">")
        .arg(kScheme, name)
        .arg(qRound(image.width() / image.devicePixelRatio()))
        .arg(escaped(alt));
}

QString selfContainedHtml(const ReportDocument& document) {
    QString body = document.body;
    for (const ReportImage& image : document.images) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.image.save(&buffer, "PNG");
        body.replace(QStringLiteral("src=\"%1%2\"").arg(kScheme, image.name),
                     QStringLiteral("src=\"data:image/png;base64,%1\"")
                         .arg(QString::fromLatin1(png.toBase64())));
    }
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"generator\" content=\"FraudDesk\">\n<title>%2</title>\n<style>\n"
               "body { font-family: 'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif; "
               "font-size: 10pt; color: #222222; max-width: 760px; margin: 24px auto; "
               "padding: 0 12px; }\nimg { max-width: 100%; height: auto; }\n"
               "table.data { width: 100%; }\n%3\n</style>\n</head>\n<body>\n%4\n</body>\n"
               "</html>\n")
        .arg(language(), escaped(document.title), commonCss(), body);
}

PagedReport::PagedReport(const ReportDocument& document, QPaintDevice* device, QSizeF pageSize)
    : text_(std::make_unique<QTextDocument>()), title_(document.title), page_(pageSize) {
    text_->documentLayout()->setPaintDevice(device);
    QFont font(QFontDatabase::systemFont(QFontDatabase::GeneralFont).family());
    font.setPointSizeF(9.5);
    text_->setDefaultFont(font);
    text_->setDefaultStyleSheet(commonCss());
    for (const ReportImage& image : document.images)
        text_->addResource(QTextDocument::ImageResource, QUrl(kScheme + image.name), image.image);
    text_->setHtml(document.body);
    footer_ = QFontMetricsF(font, device).height() * 2;
    text_->setPageSize(QSizeF(page_.width(), page_.height() - footer_));
}

PagedReport::~PagedReport() = default;

int PagedReport::pageCount() const {
    return text_->pageCount();
}

void PagedReport::drawPage(QPainter& painter, int index) const {
    const qreal height = text_->pageSize().height();
    painter.save();
    painter.translate(0, -index * height);
    text_->drawContents(&painter, QRectF(0, index * height, page_.width(), height));
    painter.restore();
    painter.save();
    QFont font = text_->defaultFont();
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(QColor(0x66, 0x66, 0x66));
    const QRectF footer(0, page_.height() - footer_ / 2, page_.width(), footer_ / 2);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, title_);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                     ReportText::tr("page %1 of %2").arg(index + 1).arg(pageCount()));
    painter.restore();
}

int writePdf(const ReportDocument& document, QIODevice* out) {
    QPdfWriter writer(out);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("FraudDesk"));
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const PagedReport paged(document, &writer, QSizeF(page.size()));
    QPainter painter;
    if (!painter.begin(&writer)) throw std::runtime_error("cannot start the PDF");
    const int pages = paged.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0) writer.newPage();
        paged.drawPage(painter, i);
    }
    painter.end();
    return pages;
}

}  // namespace fd::report
