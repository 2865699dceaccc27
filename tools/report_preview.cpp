// Renders a report's pages as PNG images the way the PDF lays them out (same QTextDocument
// pagination, on A4 at 110 dpi), plus each chart at full resolution, so a developer can
// look at a report without a PDF viewer.
// Run: fd_report_preview DB OUT_DIR [ALERT_ID]
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <cstdio>

#include "report/case_data.h"
#include "report/report_data.h"
#include "report/report_document.h"

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: fd_report_preview DB OUT_DIR [ALERT_ID]\n");
        return 2;
    }
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    QDir().mkpath(out.path());
    fd::Database db(argv[1], fd::OpenMode::ReadOnly);
    const QDateTime now = QDateTime::currentDateTime();
    const fd::report::ReportContext context{QStringLiteral("preview"), QStringLiteral("preview"),
                                            now.toMSecsSinceEpoch(), now.offsetFromUtc()};
    QElapsedTimer timer;
    timer.start();
    fd::report::ReportDocument doc;
    if (argc > 3) {
        doc = fd::report::caseDocument(
            fd::report::gather_case(db, std::atoll(argv[3]), now.toMSecsSinceEpoch()), context);
    } else {
        fd::report::Period period;
        period.now_ms = now.toMSecsSinceEpoch();
        period.utc_offset_ms = qint64(now.offsetFromUtc()) * 1000;
        doc = fd::report::periodDocument(fd::report::gather_period(db, period), context);
    }
    const qint64 built = timer.restart();  // figures read and charts drawn
    for (const auto& image : doc.images)
        image.image.save(out.filePath(image.name + QStringLiteral(".png")));
    constexpr int kDpi = 110;
    const QSize a4(qRound(210 / 25.4 * kDpi), qRound(297 / 25.4 * kDpi));
    const int margin = qRound(16 / 25.4 * kDpi);  // as the PDF's
    QImage probe(a4, QImage::Format_RGB32);
    probe.setDotsPerMeterX(qRound(kDpi / 0.0254));
    probe.setDotsPerMeterY(qRound(kDpi / 0.0254));
    const fd::report::PagedReport paged(doc, &probe,
                                        QSizeF(a4.width() - 2 * margin, a4.height() - 2 * margin));
    for (int i = 0; i < paged.pageCount(); ++i) {
        QImage page = probe.copy();
        page.fill(Qt::white);
        QPainter painter(&page);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(margin, margin);
        paged.drawPage(painter, i);
        painter.end();
        page.save(out.filePath(QStringLiteral("page-%1.png").arg(i + 1)));
    }
    std::printf("%d page(s) in %s; figures and charts %lld ms, pages and PNG files %lld ms\n",
                paged.pageCount(), qPrintable(out.path()), static_cast<long long>(built),
                static_cast<long long>(timer.elapsed()));
    return 0;
}
