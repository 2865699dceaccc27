// fd_render_icons: renders the app's SVG icon to the PNG sizes of the hicolor icon theme.
// Build-time host tool (cmake/Packaging.cmake runs it), so the PNGs always match the SVG
// and no binary copies live in the repository.
//
//   fd_render_icons INPUT.svg OUTDIR NAME SIZE...
// writes OUTDIR/<SIZE>x<SIZE>/apps/NAME.png for every SIZE.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>
#include <cstdio>

namespace {

int fail(const QString& message) {
    std::fprintf(stderr, "fd_render_icons: %s\n", qPrintable(message));
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 5) {
        std::fprintf(stderr, "usage: fd_render_icons INPUT.svg OUTDIR NAME SIZE...\n");
        return 2;
    }
    // A build machine may have no display; SVG text would need a font database, hence a
    // QGuiApplication, and the offscreen platform always exists.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    const QString input = QString::fromLocal8Bit(argv[1]);
    const QString outDir = QString::fromLocal8Bit(argv[2]);
    const QString name = QString::fromLocal8Bit(argv[3]);
    QSvgRenderer renderer(input);
    if (!renderer.isValid())
        return fail(QStringLiteral("%1: not a valid SVG file; fix it or point the build at the "
                                   "right file")
                        .arg(input));

    for (int i = 4; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return fail(QStringLiteral("size '%1' (argument %2): expected a whole number of pixels "
                                       "from 1 to 4096")
                            .arg(QString::fromLocal8Bit(argv[i]))
                            .arg(i));
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();

        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(outDir).arg(size);
        const QString file = QStringLiteral("%1/%2.png").arg(dir, name);
        if (!QDir().mkpath(dir))
            return fail(QStringLiteral("%1: cannot create directory").arg(dir));
        if (!image.save(file, "PNG"))
            return fail(
                QStringLiteral("%1: cannot write the PNG (disk full or no permission?)").arg(file));
    }
    return 0;
}
