// frauddesk: the analyst's desktop application.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QStandardPaths>
#include <cstdio>
#include <cstdlib>

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

}  // namespace

int main(int argc, char** argv) {
#if defined(Q_OS_LINUX)
    if (!displayAvailable()) {
        std::fprintf(stderr,
                     "frauddesk: no display found; run it under 'xvfb-run -a frauddesk' or with "
                     "QT_QPA_PLATFORM=offscreen\n");
        return 2;
    }
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FraudDesk"));
    QApplication::setOrganizationName(QStringLiteral("FraudDesk"));
    QApplication::setApplicationVersion(QStringLiteral(FD_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/frauddesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Fraud analyst workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"),
                                QApplication::translate("main", "Open the database <file>."),
                                QStringLiteral("file"));
    parser.addOption(dbOption);
    parser.process(app);

    fd::MainWindow window;
    QString db = parser.value(dbOption);
    if (db.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        db = dir + QStringLiteral("/frauddesk.db");
    }
    window.openDatabase(db);
    window.show();
    return app.exec();
}
