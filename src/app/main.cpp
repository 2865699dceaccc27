// frauddesk: the analyst's desktop application.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>
#include <cstdio>
#include <cstdlib>

#include "gui/app_settings.h"
#include "gui/main_window.h"

namespace {

// Without a display Qt aborts with a long message; say what to do in one line instead.
bool displayAvailable() {
    const auto has = [](const char* name) {
        const char* v = std::getenv(name);
        return v && *v;
    };
    return has("QT_QPA_PLATFORM") || has("DISPLAY") || has("WAYLAND_DISPLAY");
}

// --help and --version open no window, so they must answer on a machine without a display.
bool onlyAsksForInformation(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

}  // namespace

int main(int argc, char** argv) {
#if defined(Q_OS_LINUX)
    if (!displayAvailable()) {
        if (!onlyAsksForInformation(argc, argv)) {
            std::fprintf(stderr,
                         "frauddesk: no display found; run it under 'xvfb-run -a frauddesk' or "
                         "with QT_QPA_PLATFORM=offscreen\n");
            return 2;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FraudDesk"));
    QApplication::setOrganizationName(QStringLiteral("FraudDesk"));
    QApplication::setApplicationVersion(QStringLiteral(FD_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/frauddesk.svg")));
    // Wayland compositors find the desktop file, hence the themed icon, by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral(FD_APP_ID));
    // Before any text is made, the command-line help included (QSettings needs the names).
    fd::installTranslators(fd::AppSettings::load().language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Fraud analyst workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"),
                                QApplication::translate("main", "Open the database <file>."),
                                QStringLiteral("file"));
    QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start the built-in demo on a fresh demo database."));
    parser.addOption(dbOption);
    QCommandLineOption viewOption(
        QStringLiteral("view"),
        QApplication::translate("main", "Open on <view>: monitor, transactions, review or models."),
        QStringLiteral("view"));
    parser.addOption(demoOption);
    parser.addOption(viewOption);
    // The desktop file's "Exec=frauddesk %F": files opened with FraudDesk are imported.
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QApplication::translate("main", "Transaction files (CSV, JSON, NDJSON) to import."),
        QStringLiteral("[files...]"));
    parser.process(app);

    fd::MainWindow window;
    const QString dataDir = fd::AppSettings::load().effectiveDataDirectory();
    if (parser.isSet(demoOption)) {
        // A fresh demo every time, next to (never over) the analyst's own database.
        const QString demo = dataDir + QStringLiteral("/demo.db");
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(demo + suffix);
        window.openDatabase(demo);
        window.startDemo(true);
    } else if (parser.isSet(dbOption)) {
        window.openDatabase(parser.value(dbOption));
    } else {
        // First start: no database yet, so the demo fills one and the window opens alive.
        const QString db = dataDir + QStringLiteral("/frauddesk.db");
        const bool first = !QFileInfo::exists(db);
        window.openDatabase(db);
        if (first || QSettings().value(QStringLiteral("demo/database")).toString() == db)
            window.startDemo(first);
    }
    window.show();
    if (parser.isSet(viewOption)) window.showView(parser.value(viewOption));
    if (!parser.positionalArguments().isEmpty()) window.importFiles(parser.positionalArguments());
    return app.exec();
}
