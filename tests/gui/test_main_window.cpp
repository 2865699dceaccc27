#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "gui/main_window.h"
#include "ingest/file_importer.h"
#include "storage/database.h"

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FraudDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_main_window"));
    }

    void hasTheMenusAndTheirActions() {
        fd::MainWindow window;
        QStringList menus;
        for (QAction* action : window.menuBar()->actions()) menus << action->text();
        QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Help")}));
        QStringList fileActions;
        for (QAction* action : window.menuBar()->actions().first()->menu()->actions())
            if (!action->isSeparator()) fileActions << action->text();
        QCOMPARE(fileActions,
                 (QStringList{QStringLiteral("&Open Database…"),
                              QStringLiteral("&Import Transactions…"), QStringLiteral("&Quit")}));
    }

    void showsTheSummaryOfAnOpenedDatabase() {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("in.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,timestamp,amount,is_fraud\na,2024-01-01,1.00,1\nb,2024-01-02,2.00,\n");
        file.close();
        const QString dbPath = dir.filePath(QStringLiteral("fd.db"));
        {
            fd::Database db(dbPath.toStdString());
            fd::FileImporter importer(db);
            importer.run(fd::prepare_import(csv.toStdString(), {}), {});
        }
        fd::MainWindow window;
        window.show();
        QSignalSpy updated(&window, &fd::MainWindow::summaryUpdated);
        window.openDatabase(dbPath);
        QVERIFY(updated.wait(5000));
        auto* label = window.findChild<QLabel*>(QStringLiteral("overviewLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("2 transactions, 1 labelled, from 1 import."));
        QVERIFY(window.windowTitle().contains(QStringLiteral("fd.db")));
        // FD_SCREENSHOT_DIR=docs/screenshots keeps the README picture current.
        const QString shots = qEnvironmentVariable("FD_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            window.resize(900, 600);
            QVERIFY(window.grab().save(shots + QStringLiteral("/main_window.png")));
        }
    }

    void persistsGeometryAcrossSessions() {
        {
            fd::MainWindow window;
            window.show();
            window.resize(900, 650);
            window.close();
        }
        fd::MainWindow again;
        QCOMPARE(again.size(), QSize(900, 650));
    }

    void saysInOneLineWhenThereIsNoDisplay() {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(FD_APP_PATH), {});
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitCode(), 2);
        const QString err = QString::fromUtf8(app.readAllStandardError());
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        QVERIFY(err.contains(QStringLiteral("xvfb-run")));
        QVERIFY(err.contains(QStringLiteral("QT_QPA_PLATFORM=offscreen")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
