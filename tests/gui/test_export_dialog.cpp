// File > Export…, offscreen: the dialog's defaults and suggestions, an export driven end to
// end through its controls (training set, JSON, a period) with the file, the outcome shown
// and the audit row checked; failures shown in the dialog; every control reachable by
// keyboard and named for assistive technology.
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "../unit/export_test_data.h"
#include "gui/export_dialog.h"
#include "storage/audit_log.h"

using namespace fd;

namespace {

template <typename T>
T* child(const QWidget& w, const char* name) {
    auto* c = w.findChild<T*>(QString::fromLatin1(name));
    if (!c) qFatal("no child %s", name);
    return c;
}

std::string readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().toStdString() : std::string();
}

void typeInto(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

}  // namespace

class TestExportDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString db_;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FraudDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_export_dialog"));
        QSettings().clear();
        db_ = dir_.filePath(QStringLiteral("export.db"));
        Database db(db_.toStdString());
        test::seed_export_db(db);
    }

    void suggestsAFileThatFollowsWhatAndFormat() {
        QSettings().setValue(QStringLiteral("export/folder"), dir_.path());
        ExportDialog d(db_, QStringLiteral("ada"));
        QVERIFY(child<QCheckBox>(d, "exportAllTime")->isChecked());
        QVERIFY(!child<QDateTimeEdit>(d, "exportFrom")->isEnabled());
        auto* path = child<QLineEdit>(d, "exportPath");
        QCOMPARE(path->text(), QDir(dir_.path()).filePath(QStringLiteral("alerts.csv")));
        child<QComboBox>(d, "exportWhat")->setCurrentIndex(3);
        child<QComboBox>(d, "exportFormat")->setCurrentIndex(1);
        QCOMPARE(path->text(), QDir(dir_.path()).filePath(QStringLiteral("training-set.json")));
        QVERIFY(child<QLabel>(d, "exportDescription")->text().contains(QStringLiteral("feature")));
        // A name the analyst typed is kept; only its suffix follows the format.
        typeInto(path, dir_.filePath(QStringLiteral("mine.json")));
        child<QComboBox>(d, "exportFormat")->setCurrentIndex(0);
        QCOMPARE(path->text(), dir_.filePath(QStringLiteral("mine.csv")));
        child<QComboBox>(d, "exportWhat")->setCurrentIndex(0);
        QCOMPARE(path->text(), dir_.filePath(QStringLiteral("mine.csv")));
        child<QCheckBox>(d, "exportAllTime")->setChecked(false);
        QVERIFY(child<QDateTimeEdit>(d, "exportFrom")->isEnabled());
        QVERIFY(child<QDateTimeEdit>(d, "exportUntil")->isEnabled());
    }

    void exportsTheTrainingSetOfAPeriodEndToEnd() {
        QSettings().remove(QStringLiteral("export/folder"));
        ExportDialog d(db_, QStringLiteral("ada"));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        child<QComboBox>(d, "exportWhat")->setCurrentIndex(3);
        child<QComboBox>(d, "exportFormat")->setCurrentIndex(1);
        child<QCheckBox>(d, "exportAllTime")->setChecked(false);
        // Whole minutes, as the fields show them: [t20's minute, t35's minute) holds the
        // labelled t20 (fraud), t25 (legit) and t30 (fraud); t35 is 20 s past the end.
        const std::int64_t from = test::kT0 + 20 * test::kHourMs - 20'000;
        const std::int64_t until = test::kT0 + 35 * test::kHourMs - 20'000;
        const auto at = [](std::int64_t ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); };
        child<QDateTimeEdit>(d, "exportFrom")->setDateTime(at(from));
        child<QDateTimeEdit>(d, "exportUntil")->setDateTime(at(until));
        QCOMPARE(d.request().from_ms, from);
        QCOMPARE(d.request().until_ms, until);
        const QString out = dir_.filePath(QStringLiteral("training.json"));
        typeInto(child<QLineEdit>(d, "exportPath"), out);
        if (const QString shots = qEnvironmentVariable("FD_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(d.grab().save(shots + QStringLiteral("/export_dialog.png")));

        QSignalSpy finished(&d, &ExportDialog::exportFinished);
        QTest::mouseClick(child<QPushButton>(d, "exportStart"), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const auto rows = nlohmann::json::parse(readAll(out));
        QCOMPARE(finished.at(0).at(1).toLongLong(), qint64(rows.size()));
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(rows[0]["transaction_id"].get<std::string>(), std::string("t20"));
        QCOMPARE(rows[0]["label"].get<int>(), 1);
        QCOMPARE(rows[1]["label"].get<int>(), 0);
        const QString status = child<QLabel>(d, "exportStatus")->text();
        QVERIFY2(status.contains(QStringLiteral("3 row")) && status.contains(out),
                 qPrintable(status));
        QVERIFY(child<QProgressBar>(d, "exportProgress")->isHidden());
        if (const QString shots = qEnvironmentVariable("FD_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(d.grab().save(shots + QStringLiteral("/export_dialog_done.png")));
        QCOMPARE(child<QPushButton>(d, "exportClose")->text(), tr("Close"));
        QCOMPARE(QSettings().value(QStringLiteral("export/folder")).toString(),
                 QFileInfo(out).absolutePath());
        Database db(db_.toStdString(), OpenMode::ReadOnly);
        const auto exports = AuditLog(db).recent(1, "export");
        QCOMPARE(exports.size(), std::size_t(1));
        QCOMPARE(exports[0].actor, std::string("ada"));
        const auto details = nlohmann::json::parse(exports[0].details);
        QCOMPARE(details["format"].get<std::string>(), std::string("json"));
        QCOMPARE(details["filter"]["what"].get<std::string>(), std::string("training-set"));
    }

    void showsFailuresAndRefusesAnEmptyPeriod() {
        ExportDialog d(db_, QStringLiteral("ada"));
        typeInto(child<QLineEdit>(d, "exportPath"), dir_.filePath(QStringLiteral("no/dir/x.csv")));
        QSignalSpy finished(&d, &ExportDialog::exportFinished);
        QTest::mouseClick(child<QPushButton>(d, "exportStart"), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const QString status = child<QLabel>(d, "exportStatus")->text();
        QVERIFY2(status.contains(QStringLiteral("check the folder exists")), qPrintable(status));
        QVERIFY(!QFileInfo::exists(dir_.filePath(QStringLiteral("no"))));

        child<QCheckBox>(d, "exportAllTime")->setChecked(false);
        auto* from = child<QDateTimeEdit>(d, "exportFrom");
        child<QDateTimeEdit>(d, "exportUntil")->setDateTime(from->dateTime());
        QTest::mouseClick(child<QPushButton>(d, "exportStart"), Qt::LeftButton);
        QVERIFY(child<QLabel>(d, "exportStatus")->text().contains(QStringLiteral("empty")));
        QVERIFY(!d.isExporting());
        typeInto(child<QLineEdit>(d, "exportPath"), QString());
        QVERIFY(!child<QPushButton>(d, "exportStart")->isEnabled());
    }

    void everyControlIsReachableByKeyboardAndNamed() {
        ExportDialog d(db_, QStringLiteral("ada"));
        child<QCheckBox>(d, "exportAllTime")->setChecked(false);
        d.show();
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        const char* names[] = {"exportWhat",   "exportFormat", "exportAllTime",
                               "exportFrom",   "exportUntil",  "exportPath",
                               "exportBrowse", "exportStart",  "exportClose"};
        QSet<QWidget*> wanted;
        for (const char* name : names) {
            auto* w = child<QWidget>(d, name);
            QVERIFY2(w->focusPolicy() & Qt::TabFocus, name);
            if (!qobject_cast<QAbstractButton*>(w))  // buttons are named by their text
                QVERIFY2(!w->accessibleName().isEmpty(), name);
            wanted.insert(w);
        }
        // Tab from the first control visits every one of them.
        child<QWidget>(d, "exportWhat")->setFocus();
        QSet<QWidget*> reached;
        for (int i = 0; i < 30 && reached.size() < wanted.size(); ++i) {
            QWidget* focus = QApplication::focusWidget();
            while (focus && !wanted.contains(focus)) focus = focus->parentWidget();
            if (focus) reached.insert(focus);
            QVERIFY(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(reached.size(), wanted.size());
        // Each field has a label with a mnemonic that focuses it.
        for (auto* label : d.findChildren<QLabel*>())
            if (label->buddy()) QVERIFY(label->text().contains(QLatin1Char('&')));
    }
};

QTEST_MAIN(TestExportDialog)
#include "test_export_dialog.moc"
