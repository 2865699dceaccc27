#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "gui/app_settings.h"
#include "gui/feed_controller.h"
#include "gui/main_window.h"
#include "gui/models/models_view.h"
#include "gui/settings_dialog.h"
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
        QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("F&eed"),
                                     QStringLiteral("&View"), QStringLiteral("&Help")}));
        const auto actionsOf = [&](int menu) {
            QStringList out;
            for (QAction* a : window.menuBar()->actions().at(menu)->menu()->actions())
                if (!a->isSeparator()) out << a->text();
            return out;
        };
        QCOMPARE(actionsOf(0),
                 (QStringList{QStringLiteral("&Open Database…"),
                              QStringLiteral("&Import Transactions…"), QStringLiteral("&Export…"),
                              QStringLiteral("Export &Visible Transactions…"),
                              QStringLiteral("&Report…"), QStringLiteral("&Settings…"),
                              QStringLiteral("&Quit")}));
        QCOMPARE(actionsOf(1),
                 (QStringList{QStringLiteral("Start &Demo Feed"), QStringLiteral("&Connect…"),
                              QStringLiteral("&Pause"), QStringLiteral("&Stop")}));
        QCOMPARE(actionsOf(3), (QStringList{QStringLiteral("&Keyboard Shortcuts"),
                                            QStringLiteral("&About FraudDesk")}));
        // Without a database nothing that needs one is enabled.
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionImport"))->isEnabled());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionStartDemo"))->isEnabled());
        auto* exportData = window.findChild<QAction*>(QStringLiteral("actionExportData"));
        QVERIFY(!exportData->isEnabled());
        QCOMPARE(exportData->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    }

    void theViewsAreReachableByShortcut() {
        fd::MainWindow window;
        auto* views = window.findChild<QTabWidget*>(QStringLiteral("views"));
        QVERIFY(views);
        QCOMPARE(views->count(), 4);
        window.findChild<QAction*>(QStringLiteral("actionShowModels"))->trigger();
        QCOMPARE(views->currentIndex(), 3);
        window.findChild<QAction*>(QStringLiteral("actionShowMonitor"))->trigger();
        QCOMPARE(views->currentIndex(), 0);
    }

    // The first-start path: history, model, then live scoring in the monitor and status bar.
    void theDemoComesAliveAndStopsCleanly() {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("demo.db"));
        fd::MainWindow window;
        fd::DemoConfig small;
        small.history_rows = 8000;
        small.customers = 2000;
        small.feed_rows_per_second = 400;
        window.setDemoConfig(small);
        window.resize(1280, 820);
        window.show();
        window.openDatabase(dbPath);
        QSignalSpy ready(&window, &fd::MainWindow::demoReady);
        window.startDemo(true);
        QVERIFY(ready.wait(60000));
        auto* feed = window.feed();
        QTRY_VERIFY_WITH_TIMEOUT(feed->stats().scored() >= 200, 30000);
        auto* tile = window.findChild<QWidget*>(QStringLiteral("tileTransactions"));
        QVERIFY(tile);
        QTRY_VERIFY_WITH_TIMEOUT(
            tile->findChild<QLabel*>(QStringLiteral("value"))->text() != QStringLiteral("–"), 5000);
        auto* status = window.findChild<QLabel*>(QStringLiteral("feedStatus"));
        QVERIFY(status->text().contains(QStringLiteral("demo feed")));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionStop"))->isEnabled());
        const QString shots = qEnvironmentVariable("FD_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTest::qWait(8000);  // a few seconds of live data on the charts
            QVERIFY(window.grab().save(shots + QStringLiteral("/monitor.png")));
        }
        // A threshold applied in the Models view is saved and reaches the running feed.
        emit window.findChild<fd::ModelsView*>()->thresholdApplied(77.5);
        QVERIFY(fd::AppSettings::load().alertMode == fd::AppSettings::AlertMode::Risk);
        QCOMPARE(fd::AppSettings::load().alertRisk, 77.5);
        QCOMPARE(feed->alertThreshold(), 77.5);
        fd::AppSettings{}.save();
        QSignalSpy stopped(feed, &fd::FeedController::stateChanged);
        window.findChild<QAction*>(QStringLiteral("actionStop"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!feed->isActive(), 10000);
        fd::Database db(dbPath.toStdString(), fd::OpenMode::ReadOnly);
        QVERIFY(db.query_int64("SELECT count(*) FROM transactions") >= 8200);
        // The live rows were scored; the history they continue was not.
        QCOMPARE(db.query_int64("SELECT count(*) FROM scores"),
                 db.query_int64("SELECT count(*) FROM transactions") - 8000);
        QCOMPARE(db.query_int64("SELECT count(*) FROM models WHERE active = 1"), qint64(1));
    }

    void settingsRoundTripThroughTheDialog() {
        fd::AppSettings before;
        before.alertMode = fd::AppSettings::AlertMode::Budget;
        before.alertsPerDay = 120;
        before.weightRules = 0.3;
        before.analystName = QStringLiteral("Ada");
        before.theme = fd::AppSettings::Theme::Dark;
        fd::SettingsDialog dialog(before);
        // Only the field of the chosen mode is editable.
        QVERIFY(dialog.findChild<QSpinBox*>(QStringLiteral("alertsPerDay"))->isEnabled());
        QVERIFY(!dialog.findChild<QDoubleSpinBox*>(QStringLiteral("alertRisk"))->isEnabled());
        dialog.findChild<QComboBox*>(QStringLiteral("alertMode"))->setCurrentIndex(1);
        QVERIFY(dialog.findChild<QDoubleSpinBox*>(QStringLiteral("alertRisk"))->isEnabled());
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("alertRisk"))->setValue(62.5);
        dialog.findChild<QLineEdit*>(QStringLiteral("analystName"))
            ->setText(QStringLiteral(" Grace "));
        dialog.settings().save();
        const fd::AppSettings after = fd::AppSettings::load();
        QVERIFY(after.alertMode == fd::AppSettings::AlertMode::Risk);
        QCOMPARE(after.alertRisk, 62.5);
        QCOMPARE(after.alertsPerDay, 120);
        QCOMPARE(after.weightRules, 0.3);
        QCOMPARE(after.analystName, QStringLiteral("Grace"));
        QVERIFY(after.theme == fd::AppSettings::Theme::Dark);
        fd::AppSettings{}.save();  // the next tests start from the defaults
    }

    void persistsGeometryAcrossSessions() {
        {
            fd::MainWindow window;
            window.show();
            window.resize(1100, 700);
            window.close();
        }
        fd::MainWindow again;
        QCOMPARE(again.size(), QSize(1100, 700));
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
