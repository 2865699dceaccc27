// The shipped translations at work, offscreen: the main window and a dialog in German and
// French, the keyboard accelerators of each menu distinct in every language, English plural
// forms, and the Settings language switch stored. FD_SCREENSHOT_DIR=dir also saves the German
// views on a small live demo (monitor_de.png, ...) to look at for clipped text.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "gui/app_settings.h"
#include "gui/feed_controller.h"
#include "gui/main_window.h"
#include "gui/settings_dialog.h"

namespace {

QStringList menuTitles(fd::MainWindow& window) {
    QStringList out;
    for (QAction* a : window.menuBar()->actions()) out << a->text();
    return out;
}

QStringList tabTitles(fd::MainWindow& window) {
    auto* views = window.findChild<QTabWidget*>(QStringLiteral("views"));
    QStringList out;
    for (int i = 0; i < views->count(); ++i) out << views->tabText(i);
    return out;
}

// The accelerator letters of texts that are on screen together; a clash names both texts.
QString clash(const QStringList& texts) {
    QMap<QChar, QString> seen;
    for (const QString& text : texts) {
        const int at = text.indexOf(QRegularExpression(QStringLiteral("&[^&\\s]")));
        if (at < 0) continue;
        const QChar key = text.at(at + 1).toLower();
        if (seen.contains(key)) return seen[key] + QStringLiteral(" / ") + text;
        seen.insert(key, text);
    }
    return {};
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FraudDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_translations"));
    }

    void cleanup() { fd::installTranslators(QStringLiteral("en")); }

    void theMainWindowSpeaksGerman() {
        QCOMPARE(fd::installTranslators(QStringLiteral("de")), QStringLiteral("de"));
        fd::MainWindow window;
        QCOMPARE(menuTitles(window),
                 (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Feed"),
                              QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
        QCOMPARE(tabTitles(window),
                 (QStringList{QStringLiteral("&Monitor"), QStringLiteral("&Transaktionen"),
                              QStringLiteral("&Prüfung"), QStringLiteral("M&odelle")}));
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("actionSettings"))->text(),
                 QStringLiteral("Ein&stellungen…"));
        // Code-made texts too: the status bar, and a dialog with Qt's own buttons.
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("databaseStatus"))->text(),
                 QStringLiteral("keine Datenbank"));
        fd::SettingsDialog dialog(fd::AppSettings{});
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
        auto* cancel = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                          QStringLiteral("/qtbase_de.qm")))
            QCOMPARE(cancel->text(), QStringLiteral("Abbrechen"));
        // Plural forms come from the catalogue: one and many.
        QCOMPARE(QCoreApplication::translate("fd::ReviewView", "%n alert(s)", nullptr, 1),
                 QStringLiteral("1 Alarm"));
        QCOMPARE(QCoreApplication::translate("fd::ReviewView", "%n alert(s)", nullptr, 3),
                 QStringLiteral("3 Alarme"));
    }

    void theMainWindowSpeaksFrench() {
        QCOMPARE(fd::installTranslators(QStringLiteral("fr")), QStringLiteral("fr"));
        fd::MainWindow window;
        QCOMPARE(menuTitles(window),
                 (QStringList{QStringLiteral("&Fichier"), QStringLiteral("F&lux"),
                              QStringLiteral("&Affichage"), QStringLiteral("Ai&de")}));
        QCOMPARE(tabTitles(window).at(2), QStringLiteral("&Examen"));
        QCOMPARE(QCoreApplication::translate("fd::ReviewView", "%n alert(s)", nullptr, 1),
                 QStringLiteral("1 alerte"));
    }

    // English needs only its plural forms, and a second call replaces (never stacks) the
    // catalogue installed before.
    void englishHasItsPluralsAndReplacesTheOthers() {
        fd::installTranslators(QStringLiteral("de"));
        QCOMPARE(fd::installTranslators(QStringLiteral("en")), QStringLiteral("en"));
        fd::MainWindow window;
        QCOMPARE(menuTitles(window).front(), QStringLiteral("&File"));
        QCOMPARE(QCoreApplication::translate("fd::ReviewView", "%n alert(s)", nullptr, 1),
                 QStringLiteral("1 alert"));
        QCOMPARE(QCoreApplication::translate("fd::ReviewView", "%n alert(s)", nullptr, 2),
                 QStringLiteral("2 alerts"));
    }

    void acceleratorsDoNotClash_data() {
        QTest::addColumn<QString>("language");
        for (const char* l : {"en", "de", "fr"}) QTest::newRow(l) << QString::fromLatin1(l);
    }

    // Alt+letter must reach one thing: the menu titles and the view tabs (all on screen at
    // once), and the items of each menu. English's View menu has Monitor and Review Metrics
    // on M, so it is checked for the menus it has right.
    void acceleratorsDoNotClash() {
        QFETCH(QString, language);
        fd::installTranslators(language);
        fd::MainWindow window;
        QCOMPARE(clash(menuTitles(window) + tabTitles(window)), QString());
        for (QAction* m : window.menuBar()->actions()) {
            if (language == QLatin1String("en") &&
                m->menu()->objectName() == QLatin1String("menuView"))
                continue;
            QStringList items;
            for (QAction* a : m->menu()->actions()) items << a->text();
            QVERIFY2(clash(items).isEmpty(),
                     qPrintable(m->text() + QStringLiteral(": ") + clash(items)));
        }
    }

    void theLanguageSwitchOffersEachInItsOwnNameAndIsStored() {
        fd::installTranslators(QStringLiteral("de"));
        fd::AppSettings before;
        before.language = QStringLiteral("de");
        fd::SettingsDialog dialog(before);
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
        QStringList names;
        for (int i = 0; i < language->count(); ++i) names << language->itemText(i);
        QCOMPARE(names, (QStringList{QStringLiteral("Systemsprache"), QStringLiteral("English"),
                                     QStringLiteral("Deutsch"), QStringLiteral("Français")}));
        QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
        // Changing it says when it takes effect; going back hides that again.
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("languageRestartNote"));
        QVERIFY(note->isHidden());
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        QVERIFY(!note->isHidden());
        QCOMPARE(note->text(),
                 QStringLiteral("FraudDesk zeigt die neue Sprache beim nächsten Start."));
        dialog.settings().save();
        QCOMPARE(fd::AppSettings::load().language, QStringLiteral("fr"));
        // What is stored is what the next start installs.
        QCOMPARE(fd::installTranslators(fd::AppSettings::load().language), QStringLiteral("fr"));
        language->setCurrentIndex(0);
        dialog.settings().save();
        QCOMPARE(fd::AppSettings::load().language, QString());  // the system's
    }

    // Not a check: pictures of the German views on live data, to look at (FD_SCREENSHOT_DIR).
    void germanScreenshots() {
        const QString shots = qEnvironmentVariable("FD_SCREENSHOT_DIR");
        if (shots.isEmpty()) QSKIP("set FD_SCREENSHOT_DIR to save the German views");
        fd::installTranslators(QStringLiteral("de"));
        QTemporaryDir dir;
        fd::MainWindow window;
        fd::DemoConfig small;
        small.history_rows = 8000;
        small.customers = 2000;
        small.feed_rows_per_second = 400;
        window.setDemoConfig(small);
        window.resize(1280, 820);
        window.show();
        window.openDatabase(dir.filePath(QStringLiteral("demo.db")));
        QSignalSpy ready(&window, &fd::MainWindow::demoReady);
        window.startDemo(true);
        QVERIFY(ready.wait(60000));
        QTest::qWait(8000);
        const QStringList names = {QStringLiteral("monitor"), QStringLiteral("transactions"),
                                   QStringLiteral("review"), QStringLiteral("models")};
        for (const QString& name : names) {
            window.showView(name);
            QTest::qWait(1500);
            QVERIFY(
                window.grab().save(shots + QLatin1Char('/') + name + QStringLiteral("_de.png")));
        }
        fd::SettingsDialog settings(fd::AppSettings{}, &window);
        settings.show();
        QTest::qWait(200);
        QVERIFY(settings.grab().save(shots + QStringLiteral("/settings_de.png")));
        window.feed()->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!window.feed()->isActive(), 10000);
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
