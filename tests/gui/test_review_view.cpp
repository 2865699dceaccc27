// The review queue driven by the keyboard, offscreen: F, L, E, J, K and Ctrl+Z, checked in
// the database; undo after a restart; a case of one card's alerts as one row decided and
// undone whole; the filters against SQL; the detail's charts; the queue model under the
// model tester.
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "gui/audit_dialog.h"
#include "gui/review/review_charts.h"
#include "gui/review/review_filter_bar.h"
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
    void exec(const std::string& sql) {
        Database db(path_.toStdString());
        db.exec(sql);
    }
    QStringList rows(ReviewView& view) {
        QStringList out;
        for (int r = 0; r < view.model()->rowCount(); ++r)
            out << QString::fromStdString(view.model()->alertAt(r)->ext_id);
        return out;
    }
    // The open alerts' ids by the given SQL condition over alerts a and transactions t, in
    // priority order (ties: none in these data).
    QStringList expected(const QString& condition) {
        Database db(path_.toStdString(), OpenMode::ReadOnly);
        Statement s = db.prepare(
            "SELECT t.ext_id FROM alerts a JOIN transactions t ON t.id = a.transaction_id "
            "WHERE a.status IN ('new', 'in_review', 'escalated') AND (" +
            condition.toStdString() + ") ORDER BY a.priority DESC");
        QStringList out;
        while (s.step()) out << QString::fromStdString(s.column_text(0));
        return out;
    }
    static QListWidget* list(ReviewView& view, const char* name) {
        return view.findChild<QListWidget*>(QString::fromLatin1(name));
    }
    static QString lines(QListWidget* list) {
        QStringList out;
        for (int i = 0; i < list->count(); ++i) out << list->item(i)->text();
        return out.join(QLatin1Char('|'));
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
            // a0 and a1 share a card: one case; a decision on a5 is earlier history for it.
            Database db(path_.toStdString());
            db.exec("UPDATE transactions SET card_id = 'card-0' WHERE ext_id IN ('a1', 'a5')");
            db.exec("UPDATE alerts SET card_id = 'card-0' WHERE transaction_id = 2");
            db.exec("UPDATE transactions SET label = 1 WHERE ext_id = 'a5'");
            db.exec("DELETE FROM alerts WHERE transaction_id = 6");
            DecisionStore(db).decide(6, Decision::Fraud, "eve", "", 1);
        }
        ReviewView view;
        view.setAnalyst(QStringLiteral("eve"));
        open(view, path_);
        QCOMPARE(view.model()->rowCount(), 4);  // a0+a1, a2, a3, a4
        // The detail of the first case loads on its own; wait for its lines.
        auto* cases = list(view, "reviewCase");
        QTRY_COMPARE_WITH_TIMEOUT(cases->count(), 2, 10000);
        QVERIFY2(lines(cases).contains(QStringLiteral("a0")), qPrintable(lines(cases)));
        QVERIFY2(lines(cases).contains(QStringLiteral("a1")), qPrintable(lines(cases)));
        QVERIFY2(lines(cases).contains(QStringLiteral("10.00 EUR")), qPrintable(lines(cases)));
        QVERIFY2(lines(cases).contains(QStringLiteral("risk 85.0")), qPrintable(lines(cases)));
        const QString history = lines(list(view, "reviewHistory"));
        QVERIFY2(history.contains(QStringLiteral("this card 1 fraud / 0 legit")),
                 qPrintable(history));
    }

    void aCaseIsOneRowDecidedAndUndoneWhole() {
        {
            // a2, a3 and a4 on one card within 24 h: one case; a5 on it 30 h before: another.
            Database db(path_.toStdString());
            db.exec(
                "UPDATE transactions SET card_id = 'card-x' WHERE ext_id IN ('a2', 'a3', "
                "'a4', 'a5')");
            db.exec("UPDATE alerts SET card_id = 'card-x' WHERE transaction_id IN (3, 4, 5, 6)");
            db.exec(
                "UPDATE alerts SET created_ms = created_ms - 30 * 3600000 WHERE "
                "transaction_id = 6");
            db.exec("UPDATE transactions SET ts_ms = ts_ms - 30 * 3600000 WHERE id = 6");
        }
        ReviewView view;
        view.setAnalyst(QStringLiteral("gus"));
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        open(view, path_);
        // a5 waited 30 h longer: its priority (65 + 30 + 10) leads the queue.
        QCOMPARE(rows(view), (QStringList{QStringLiteral("a5"), QStringLiteral("a0"),
                                          QStringLiteral("a1"), QStringLiteral("a2")}));
        const int row = 3;
        const auto cell = [&](int column) {
            return view.model()->index(row, column).data().toString();
        };
        QCOMPARE(cell(ReviewQueueModel::Case), QStringLiteral("3 alerts"));
        QCOMPARE(cell(ReviewQueueModel::Amount), QStringLiteral("30.00 EUR"));
        QCOMPARE(view.model()->index(0, ReviewQueueModel::Case).data().toString(), QString());
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("reviewSummary"))->text(),
                 QStringLiteral("6 alerts in 4 cases"));

        view.queue()->setCurrentIndex(view.model()->index(row, 0));
        auto* cases = list(view, "reviewCase");
        QTRY_COMPARE_WITH_TIMEOUT(cases->count(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(lines(list(view, "reviewHistory"))
                                     .contains(QStringLiteral("Other open alerts on this card: "
                                                              "a5")),
                                 5000);

        QTest::keyClick(view.queue(), Qt::Key_F);  // the whole case; nothing else left below
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(current(view), QStringLiteral("a1"));
        view.flush();
        for (const char* id : {"a2", "a3", "a4"})
            QCOMPARE(status(id), QStringLiteral("closed_fraud"));
        QCOMPARE(status("a5"), QStringLiteral("new"));
        QCOMPARE(query(QStringLiteral("SELECT count(DISTINCT batch_id) FROM labels WHERE "
                                      "analyst = 'gus' AND batch_id IS NOT NULL")),
                 1);
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM transactions WHERE label = 1")), 3);

        QTest::qWait(50);  // deliver the decision's notification first
        QSignalSpy decided(&view, &ReviewView::decided);
        QTest::keyClick(view.queue(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 1, 10000);
        view.flush();
        for (const char* id : {"a2", "a3", "a4"}) QCOMPARE(status(id), QStringLiteral("new"));
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM transactions WHERE label IS NULL")), 6);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 4, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(current(view), QStringLiteral("a2"), 5000);

        // Escalate: every alert of the case, and the case stays open in the queue.
        QTest::keyClick(view.queue(), Qt::Key_E);
        view.flush();
        for (const char* id : {"a2", "a3", "a4"}) QCOMPARE(status(id), QStringLiteral("escalated"));
        QCOMPARE(status("a5"), QStringLiteral("new"));
    }

    void theFiltersNarrowTheQueueAsSqlSays() {
        exec("UPDATE transactions SET merchant_category = '5411' WHERE ext_id IN ('a0', 'a2')");
        exec("UPDATE transactions SET merchant_category = '7995' WHERE ext_id = 'a4'");
        exec("UPDATE transactions SET country = 'BR' WHERE ext_id = 'a1'");
        exec("UPDATE transactions SET country = 'br' WHERE ext_id = 'a3'");
        exec("UPDATE transactions SET country = 'FR' WHERE ext_id = 'a5'");
        exec("UPDATE alerts SET assignee = 'bob' WHERE transaction_id = 5");
        exec("UPDATE alerts SET assignee = 'hal' WHERE transaction_id = 6");
        exec("UPDATE alerts SET due_ms = 1000 WHERE transaction_id IN (2, 3)");
        ReviewView view;
        view.setAnalyst(QStringLiteral("hal"));
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        open(view, path_);
        ReviewFilterBar* bar = view.filters();
        QCOMPARE(rows(view), expected(QStringLiteral("1")));
        const auto choose = [&](QComboBox* box, const QString& text) {
            QSignalSpy loaded(&view, &ReviewView::queueLoaded);
            const int index = box->findText(text);
            QVERIFY2(index >= 0, qPrintable(text));
            box->setCurrentIndex(index);
            QVERIFY(loaded.wait(10000));
        };
        // The choices come from the alerts.
        QCOMPARE(bar->category()->count(), 3);  // any, 5411, 7995
        QCOMPARE(bar->country()->count(), 3);   // any, BR, FR
        QVERIFY(bar->assignee()->findText(QStringLiteral("bob")) > 0);

        choose(bar->level(), QStringLiteral("critical"));
        QCOMPARE(rows(view), expected(QStringLiteral("a.risk >= 75")));
        QCOMPARE(rows(view).size(), 4);
        choose(bar->level(), QStringLiteral("high"));
        QCOMPARE(rows(view), expected(QStringLiteral("a.risk >= 50 AND a.risk < 75")));
        choose(bar->level(), QStringLiteral("Any level"));

        choose(bar->category(), QStringLiteral("5411"));
        QCOMPARE(rows(view), expected(QStringLiteral("t.merchant_category = '5411'")));
        QCOMPARE(rows(view).size(), 2);
        choose(bar->country(), QStringLiteral("BR"));  // and 5411: nothing
        QCOMPARE(rows(view), QStringList());
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("reviewFields"))->text(),
                 QStringLiteral("Nothing to review."));
        choose(bar->category(), QStringLiteral("Any category"));
        QCOMPARE(rows(view), expected(QStringLiteral("upper(t.country) = 'BR'")));
        QCOMPARE(rows(view).size(), 2);
        choose(bar->country(), QStringLiteral("Any country"));

        choose(bar->assignee(), QStringLiteral("bob"));
        QCOMPARE(rows(view), expected(QStringLiteral("a.assignee = 'bob'")));
        choose(bar->assignee(), QStringLiteral("Me"));
        QCOMPARE(rows(view), expected(QStringLiteral("a.assignee = 'hal'")));
        QCOMPARE(rows(view), QStringList{QStringLiteral("a5")});
        choose(bar->assignee(), QStringLiteral("Unassigned"));
        QCOMPARE(rows(view), expected(QStringLiteral("a.assignee = ''")));
        QCOMPARE(rows(view).size(), 4);
        choose(bar->assignee(), QStringLiteral("Anyone"));

        {
            QSignalSpy loaded(&view, &ReviewView::queueLoaded);
            bar->slaBreached()->setChecked(true);
            QVERIFY(loaded.wait(10000));
        }
        QCOMPARE(rows(view), expected(QStringLiteral("a.due_ms < 2000")));
        QCOMPARE(rows(view).size(), 2);
        QCOMPARE(view.model()->index(0, ReviewQueueModel::Due).data().toString(),
                 QStringLiteral("SLA breached"));
        choose(bar->status(), QStringLiteral("closed: fraud"));  // closed: never breached
        QCOMPARE(rows(view), QStringList());
    }

    void theChartsShowEachModelsPointsAndTheCardsHistory() {
        {
            Database db(path_.toStdString());
            db.exec(
                "INSERT INTO models(id, kind, created_ms, header, bundle) VALUES (1, 'ensemble', "
                "0, '{}', x'00')");
            db.exec("UPDATE alerts SET model_id = 1 WHERE transaction_id = 1");
            db.exec(
                "INSERT INTO scores(transaction_id, model_id, risk, level, model_scores, "
                "scored_ms) VALUES (1, 1, 90, 3, '{\"iforest\": 0.7, \"risk_points\": [40.5, "
                "25, 0, 12]}', 0)");
            // Nine earlier payments on a0's card, one labelled fraud, and a later one.
            std::vector<Transaction> earlier;
            for (int i = 0; i < 10; ++i) {
                Transaction t;
                t.id = "h" + std::to_string(i);
                t.timestamp_ms =
                    1'700'000'000'000 - (9 - i) * 3'600'000LL + (i == 9 ? 7'200'000 : 0);
                t.card_id = "card-0";
                t.amount_minor = 500 + 100 * i;
                t.currency = "EUR";
                if (i == 3) t.label = Label::Fraud;
                earlier.push_back(t);
            }
            TransactionStore(db).insert(earlier);
        }
        ReviewView view;
        view.setAnalyst(QStringLiteral("ivy"));
        view.resize(1200, 800);
        open(view, path_);
        QCOMPARE(current(view), QStringLiteral("a0"));
        ContributionChart* bars = view.contributions();
        QTRY_COMPARE_WITH_TIMEOUT(bars->bars()->count(), 4, 10000);
        // Bottom-up: rules, supervised, autoencoder, isolation forest.
        QCOMPARE(bars->bars()->at(0), 12.0);
        QCOMPARE(bars->bars()->at(1), 0.0);
        QCOMPARE(bars->bars()->at(2), 25.0);
        QCOMPARE(bars->bars()->at(3), 40.5);
        CardHistoryChart* history = view.cardHistory();
        QTRY_COMPARE_WITH_TIMEOUT(history->current()->count(), 1, 10000);
        QCOMPARE(history->earlier()->count(), 9);  // h0..h8; h9 came after this one
        QCOMPARE(history->current()->at(0).x(), 1'700'000'000'000.0);
        QCOMPARE(history->current()->at(0).y(), 10.0);
        QCOMPARE(history->fraud()->count(), 1);
        QCOMPARE(history->fraud()->at(0).y(), 8.0);  // h3: 800 minor units
        QVERIFY(history->current()->markerSize() > history->earlier()->markerSize());
        QVERIFY(history->current()->color() != history->earlier()->color());

        // a1: no score and no active model: no bars, and the pane says why.
        QTest::keyClick(view.queue(), Qt::Key_J);
        QTRY_VERIFY_WITH_TIMEOUT(bars->chart()->title().contains(QStringLiteral("No model")),
                                 10000);
        QCOMPARE(bars->bars()->count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(history->current()->count(), 1, 10000);
        QCOMPARE(history->earlier()->count(), 0);
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
