// File > Report… and the review queue's Case Report…, offscreen: the format follows the file
// name and the other way round, bad choices are refused in the dialog, a report is written
// on a worker thread with its audit row, and the case report opens for the selected case.
#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "../unit/report_test_db.h"
#include "gui/main_window.h"
#include "gui/report_dialog.h"
#include "gui/review/review_view.h"
#include "storage/audit_log.h"

using namespace fd;

class TestReportDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString db_;

    QString file(const QString& name) const { return dir_.filePath(name); }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FraudDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_report_dialog"));
        QVERIFY(dir_.isValid());
        db_ = file(QStringLiteral("report.db"));
        Database db(db_.toStdString());
        test::build_report_db(db);
    }

    void formatFollowsTheFileNameAndBack() {
        ReportDialog dialog(db_, QStringLiteral("ada"), std::nullopt);
        auto* format = dialog.findChild<QComboBox*>(QStringLiteral("reportFormat"));
        QVERIFY(format);
        dialog.setOutputPath(file(QStringLiteral("x.html")));
        QCOMPARE(format->currentIndex(), 1);
        format->setCurrentIndex(0);
        QCOMPARE(dialog.outputPath(), file(QStringLiteral("x.pdf")));
        dialog.setOutputPath(file(QStringLiteral("notes")));
        format->setCurrentIndex(1);
        QCOMPARE(dialog.outputPath(), file(QStringLiteral("notes.html")));
    }

    void badChoicesAreRefusedInTheDialog() {
        ReportDialog dialog(db_, QStringLiteral("ada"), std::nullopt);
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("reportStatus"));
        dialog.setOutputPath(file(QStringLiteral("report.txt")));
        QVERIFY(!dialog.generate());
        QVERIFY(status->text().contains(QStringLiteral(".pdf")));
        dialog.setOutputPath(file(QStringLiteral("report.pdf")));
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(test::kDay0);
        dialog.setPeriod(t, t.addSecs(-60));
        QVERIFY(!dialog.generate());
        QVERIFY(status->text().contains(QStringLiteral("start before")));
        QVERIFY(!QFile::exists(file(QStringLiteral("report.pdf"))));
    }

    void writesTheReportOnAWorkerThread() {
        ReportDialog dialog(db_, QStringLiteral("ada"), std::nullopt);
        dialog.show();
        const QString out = file(QStringLiteral("period.html"));
        dialog.setOutputPath(out);
        dialog.setPeriod(QDateTime::fromMSecsSinceEpoch(test::kDay0),
                         QDateTime::fromMSecsSinceEpoch(test::kDay0 + 48 * test::kHourMs));
        QSignalSpy finished(&dialog, &ReportDialog::finished);
        QVERIFY(dialog.generate());
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.generate());  // one at a time
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(finished.at(0).at(1).toString().contains(out));
        QVERIFY(!dialog.isBusy());
        QVERIFY(!dialog.isVisible());  // closed on success
        QFile html(out);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray text = html.readAll();
        QVERIFY(text.contains("66.7%"));
        QVERIFY(!text.contains(test::kPan));
        Database db(db_.toStdString(), OpenMode::ReadOnly);
        const auto rows = AuditLog(db).recent(1, "report");
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(rows.front().actor, std::string("ada"));
    }

    void caseReportOpensForTheSelectedCase() {
        ReviewView view;
        view.resize(1200, 800);
        view.show();
        QSignalSpy loaded(&view, &ReviewView::queueLoaded);
        view.setDatabase(db_);
        QVERIFY(loaded.wait(10000));
        auto* action = view.findChild<QAction*>(QStringLiteral("caseReportAction"));
        QVERIFY(action);
        QVERIFY(view.queue()->actions().contains(action));
        QCOMPARE(view.queue()->contextMenuPolicy(), Qt::ActionsContextMenu);
        ReportDialog* dialog = view.openCaseReport();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Case Report"));
        QVERIFY(dialog->findChild<QDateTimeEdit*>(QStringLiteral("reportFrom")) == nullptr);
        const QString out = file(QStringLiteral("case.html"));
        dialog->setOutputPath(out);
        QSignalSpy finished(dialog, &ReportDialog::finished);
        QVERIFY(dialog->generate());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QFile html(out);
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("************1111"));
        if (qEnvironmentVariableIsSet("FD_SCREENSHOT_DIR")) {
            ReportDialog period(db_, QStringLiteral("ada"), std::nullopt);
            period.show();
            period.grab().save(qEnvironmentVariable("FD_SCREENSHOT_DIR") +
                               QStringLiteral("/report_dialog.png"));
        }
    }

    void fileMenuHasTheReportAction() {
        MainWindow window;
        auto* action = window.findChild<QAction*>(QStringLiteral("actionReport"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+R")));
        QVERIFY(window.menuBar()->actions().at(0)->menu()->actions().contains(action));
        QVERIFY(!action->isEnabled());  // no database yet
        window.openDatabase(db_);
        QVERIFY(action->isEnabled());
        // test_review_metrics_view checks that no two actions share a shortcut.
        action->trigger();
        auto* dialog = window.findChild<ReportDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Report"));
        dialog->reject();
    }
};

QTEST_MAIN(TestReportDialog)
#include "test_report_dialog.moc"
