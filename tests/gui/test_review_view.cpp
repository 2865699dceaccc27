// The review queue driven by the keyboard, offscreen: F, L, E, J, K and Ctrl+Z, checked in
// the database; undo after a restart; the queue model under the model tester.
#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "gui/audit_dialog.h"
#include "gui/review/review_view.h"
#include "storage/alert_store.h"
#include "storage/database.h"
#include "storage/transaction_store.h"

using namespace fd;

class TestReviewView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString path_;

    qint64 query(const QString& sql) {
        Database db(path_.toStdString(), OpenMode::ReadOnly);
        return db.query_int64(sql.toStdString());
    }
    QString status(const char* ext_id) {
        Database db(path_.toStdString(), OpenMode::ReadOnly);
        Statement s = db.prepare(
            "SELECT a.status FROM alerts a JOIN transactions t ON t.id = a.transaction_id "
            "WHERE t.ext_id = ?1");
        s.bind(1, ext_id);
        s.step();
        return QString::fromStdString(s.column_text(0));
    }
    QString current(ReviewView& view) {
        const auto* a = view.model()->alertAt(view.queue()->currentIndex().row());
        return a ? QString::fromStdString(a->ext_id) : QString();
    }
    static void open(ReviewView& view, const QString& path) {
        QSignalSpy loaded(&view, &ReviewView::queueLoaded);
        view.setDatabase(path);
        QVERIFY(loaded.wait(10000));
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.queue()->setFocus();
    }

private slots:
    void init() {
        QVERIFY(dir_.isValid());
        path_ = dir_.filePath(
            QStringLiteral("review-%1.db").arg(QTime::currentTime().msecsSinceStartOfDay()));
        Database db(path_.toStdString());
        std::vector<Transaction> rows;
        std::vector<NewAlert> alerts;
        for (int i = 0; i < 6; ++i) {
            Transaction t;
            t.id = "a" + std::to_string(i);
            t.timestamp_ms = 1'700'000'000'000 + i;
            t.card_id = "card-" + std::to_string(i);
            t.amount_minor = 1000;
            t.currency = "EUR";
            rows.push_back(t);
            alerts.push_back({i + 1, 0, t.card_id, 90.0 - i * 5, 10});  // a0 first
        }
        TransactionStore(db).insert(rows);
        AlertStore(db).create(alerts, QDateTime::currentMSecsSinceEpoch());
    }

    void theKeyboardFlowDecidesInOrderAndUndoes() {
        ReviewView view;
        view.setAnalyst(QStringLiteral("ada"));
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        open(view, path_);
        QCOMPARE(view.model()->rowCount(), 6);
        QCOMPARE(current(view), QStringLiteral("a0"));

        QTest::keyClick(view.queue(), Qt::Key_F);  // a0 fraud; a1 shown at once
        QCOMPARE(view.model()->rowCount(), 5);
        QCOMPARE(current(view), QStringLiteral("a1"));
        QTest::keyClick(view.queue(), Qt::Key_J);  // skip to a2
        QCOMPARE(current(view), QStringLiteral("a2"));
        QTest::keyClick(view.queue(), Qt::Key_L);  // a2 legit
        QCOMPARE(current(view), QStringLiteral("a3"));
        QTest::keyClick(view.queue(), Qt::Key_K);  // back to a1
        QCOMPARE(current(view), QStringLiteral("a1"));
        QTest::keyClick(view.queue(), Qt::Key_E);  // a1 escalated
        view.flush();
        QCOMPARE(query(QStringLiteral("SELECT label FROM transactions WHERE ext_id = 'a0'")), 1);
        QCOMPARE(query(QStringLiteral("SELECT label FROM transactions WHERE ext_id = 'a2'")), 0);
        QCOMPARE(status("a0"), QStringLiteral("closed_fraud"));
        QCOMPARE(status("a2"), QStringLiteral("closed_legit"));
        QCOMPARE(status("a1"), QStringLiteral("escalated"));
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM labels WHERE analyst = 'ada'")), 3);
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'label'")), 3);

        // Ctrl+Z twice: the escalation, then the legit decision, newest first.
        QTest::qWait(50);  // deliver the three decisions' notifications first
        QSignalSpy decided(&view, &ReviewView::decided);
        QTest::keyClick(view.queue(), Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(view.queue(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 2, 10000);
        view.flush();
        QCOMPARE(status("a1"), QStringLiteral("new"));
        QCOMPARE(status("a2"), QStringLiteral("new"));
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM transactions WHERE ext_id = 'a2' AND "
                                      "label IS NULL")),
                 1);
        QCOMPARE(status("a0"), QStringLiteral("closed_fraud"));
        // The queue shows the reopened alerts, the undone one selected.
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 5, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(current(view), QStringLiteral("a2"), 5000);
    }

    void undoWorksAfterARestart() {
        {
            ReviewView view;
            view.setAnalyst(QStringLiteral("bob"));
            open(view, path_);
            QTest::keyClick(view.queue(), Qt::Key_L);
            QTest::keyClick(view.queue(), Qt::Key_F);
        }  // closed: pending writes finish first
        QCOMPARE(status("a1"), QStringLiteral("closed_fraud"));
        ReviewView again;
        again.setAnalyst(QStringLiteral("bob"));
        open(again, path_);
        QTest::keyClick(again.queue(), Qt::Key_Z, Qt::ControlModifier);
        again.flush();
        QCOMPARE(status("a1"), QStringLiteral("new"));
        QCOMPARE(status("a0"), QStringLiteral("closed_legit"));
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'undo'")), 1);
    }

    void bulkLabellingConfirmsCountAndAmount() {
        ReviewView view;
        view.setAnalyst(QStringLiteral("dee"));
        open(view, path_);
        view.queue()->selectionModel()->select(
            QItemSelection(view.model()->index(1, 0), view.model()->index(3, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QString asked;
        view.decideSelection(Decision::Legit, [&](const QString& q) {
            asked = q;
            return false;  // declined: nothing happens
        });
        QVERIFY2(asked.contains(QStringLiteral("3 alert")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("30.00 EUR")), qPrintable(asked));
        QCOMPARE(view.model()->rowCount(), 6);
        view.decideSelection(Decision::Legit, [](const QString&) { return true; });
        QCOMPARE(view.model()->rowCount(), 3);
        view.flush();
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM alerts WHERE status = 'closed_legit'")),
                 3);
        QCOMPARE(status("a0"), QStringLiteral("new"));
        QCOMPARE(status("a2"), QStringLiteral("closed_legit"));
    }

    void theDetailShowsTheCaseAndEarlierDecisions() {
        {
            // a0 and a1 share a card; a decision on a1 is earlier history for a0's card.
            Database db(path_.toStdString());
            db.exec("UPDATE transactions SET card_id = 'card-0' WHERE ext_id = 'a1'");
            db.exec("UPDATE alerts SET card_id = 'card-0' WHERE transaction_id = 2");
        }
        ReviewView view;
        view.setAnalyst(QStringLiteral("eve"));
        open(view, path_);
        // The detail of the first alert loads on its own; wait for its lines.
        auto* history = view.findChild<QListWidget*>(QStringLiteral("reviewHistory"));
        const auto lines = [&] {
            QStringList out;
            for (int i = 0; i < history->count(); ++i) out << history->item(i)->text();
            return out.join(QLatin1Char('|'));
        };
        QTRY_VERIFY_WITH_TIMEOUT(lines().contains(QStringLiteral("a1 (85.0)")), 10000);
        QVERIFY2(lines().contains(QStringLiteral("this card 0 fraud / 0 legit")),
                 qPrintable(lines()));
    }

    void theAuditDialogListsChecksAndExports() {
        {
            ReviewView view;
            view.setAnalyst(QStringLiteral("fay"));
            open(view, path_);
            QTest::keyClick(view.queue(), Qt::Key_F);
            QTest::keyClick(view.queue(), Qt::Key_L);
        }
        AuditDialog dialog(path_);
        QSignalSpy loaded(&dialog, &AuditDialog::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.last().at(0).toInt(), 2);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("auditChain"))
                    ->text()
                    .startsWith(QStringLiteral("Hash chain intact over 2 row")));
        const QString csv = QDir(QFileInfo(path_).path()).filePath(QStringLiteral("audit.csv"));
        QCOMPARE(dialog.exportCsv(csv), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("id,time,actor,action,subject,details\n"));
        QCOMPARE(text.count('\n'), 3);
        QVERIFY(text.contains(",fay,label,a1,"));
        // The export itself is audited.
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' "
                                      "AND subject = 'audit.csv'")),
                 1);
    }

    void aNoteIsAuditedAndShown() {
        ReviewView view;
        view.setAnalyst(QStringLiteral("cy"));
        open(view, path_);
        QTest::keyClick(view.queue(), Qt::Key_N);
        auto* note = view.findChild<QLineEdit*>(QStringLiteral("reviewNote"));
        QVERIFY(note->hasFocus());
        QTest::keyClicks(note, QStringLiteral("called the cardholder"));
        QTest::keyClick(note, Qt::Key_Return);
        view.flush();
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'note' AND "
                                      "details LIKE '%called the cardholder%'")),
                 1);
        QCOMPARE(view.model()->rowCount(), 6);  // typing F in the note decided nothing
    }
};

QTEST_MAIN(TestReviewView)
#include "test_review_view.moc"
