// View > Review Metrics, offscreen, on a database with known decisions: the figures, the
// per-analyst table (under the model tester), the chart's series, bars and totals for each
// period; the menu action and its shortcut.
#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "gui/analyst_metrics_model.h"
#include "gui/main_window.h"
#include "gui/monitor/monitor_tile.h"
#include "gui/review_metrics_view.h"
#include "storage/alert_store.h"
#include "storage/decision_store.h"
#include "storage/transaction_store.h"

using namespace fd;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 3'600'000;

QString tile(const ReviewMetricsView& view, const char* name) {
    auto* t = view.findChild<MonitorTile*>(QString::fromLatin1(name));
    return t ? t->value() : QStringLiteral("(missing)");
}

QStackedBarSeries* bars(const ReviewMetricsView& view) {
    const auto series = view.chart()->chart()->series();
    return series.size() == 1 ? qobject_cast<QStackedBarSeries*>(series.front()) : nullptr;
}

qreal total(const QBarSet* set) {
    qreal sum = 0;
    for (int i = 0; i < set->count(); ++i) sum += set->at(i);
    return sum;
}

}  // namespace

class TestReviewMetricsView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString path_;

    static void waitLoaded(ReviewMetricsView& view, QSignalSpy& spy) {
        QVERIFY(spy.wait(10000));
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("metricsStatus"))
                     ->text()
                     .startsWith(QStringLiteral("As of")),
                 true);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FraudDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_review_metrics_view"));
        QVERIFY(dir_.isValid());
        path_ = dir_.filePath(QStringLiteral("metrics.db"));
        Database db(path_.toStdString());
        std::vector<Transaction> rows;
        for (int i = 0; i < 7; ++i) {
            Transaction t;
            t.id = "m" + std::to_string(i);
            t.timestamp_ms = 1'700'000'000'000 + i;
            t.card_id = "card-" + std::to_string(i);
            t.amount_minor = 1000;
            t.currency = "EUR";
            rows.push_back(t);
        }
        TransactionStore(db).insert(rows);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto alert = [&](int i, qint64 created) {
            AlertStore(db).create(std::vector<NewAlert>{{i + 1, 0, "card", 80, 10}}, created);
        };
        alert(0, now - 3 * kHour);
        alert(1, now - 3 * kHour);
        alert(2, now - 30 * kHour);  // due 6 hours ago
        alert(3, now - 48 * kHour);  // open, past due
        alert(4, now - kHour);
        alert(5, now - 21 * 24 * kHour);
        alert(6, now - kHour);
        DecisionStore decisions(db);
        decisions.decide(7, Decision::Legit, "bob", "", now - 50 * kMinute);
        decisions.undo_last("bob", now - 49 * kMinute);
        decisions.decide(1, Decision::Fraud, "ada", "", now - 2 * kHour);  // waited 1 h
        decisions.decide(2, Decision::Legit, "ada", "", now - kHour);      // 2 h
        decisions.decide(3, Decision::Fraud, "bob", "", now - 5 * kHour);  // 25 h, late
        decisions.decide(5, Decision::Escalate, "bob", "", now - 30 * kMinute);
        decisions.decide(6, Decision::Fraud, "ada", "", now - 20 * 24 * kHour);
    }

    void showsTheFiguresTableAndChartOfTheLastSevenDays() {
        ReviewMetricsView view(path_);
        QSignalSpy loaded(&view, &ReviewMetricsView::loaded);
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester sortedTester(
            view.table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.show();
        waitLoaded(view, loaded);
        QCOMPARE(view.period(), ReviewPeriod::Last7Days);
        QCOMPARE(tile(view, "metricDecisions"), QStringLiteral("4"));  // the undone one left out
        QCOMPARE(tile(view, "metricPrecision"),
                 QLocale().toString(66.7, 'f', 1) + QStringLiteral(" %"));
        QCOMPARE(tile(view, "metricMedianWait"), QStringLiteral("2 h 00 min"));
        QCOMPARE(tile(view, "metricSla"), QStringLiteral("2"));  // one late, one open past due

        auto* model = view.model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->analystAt(0)->analyst, std::string("ada"));
        QCOMPARE(model->data(model->index(0, AnalystMetricsModel::Decisions)).toString(),
                 QStringLiteral("2"));
        QCOMPARE(model->data(model->index(1, AnalystMetricsModel::Escalated)).toString(),
                 QStringLiteral("1"));
        QCOMPARE(model->data(model->index(1, AnalystMetricsModel::ClosedLate)).toString(),
                 QStringLiteral("1"));
        QCOMPARE(model->data(model->index(0, AnalystMetricsModel::MedianWait)).toString(),
                 QStringLiteral("1 h 30 min"));
        QVERIFY(
            !model->headerData(AnalystMetricsModel::PerActiveHour, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .isEmpty());

        QStackedBarSeries* series = bars(view);
        QVERIFY(series);
        QCOMPARE(series->count(), 2);  // fraud and legit
        QCOMPARE(series->barSets().at(0)->label(), QStringLiteral("Fraud"));
        QCOMPARE(series->barSets().at(0)->count(), 7);  // today and the six days before
        QCOMPARE(total(series->barSets().at(0)), 2.0);
        QCOMPARE(total(series->barSets().at(1)), 1.0);
        auto* axis =
            qobject_cast<QBarCategoryAxis*>(view.chart()->chart()->axes(Qt::Horizontal).front());
        QVERIFY(axis);
        QCOMPARE(axis->count(), 7);
    }

    void eachPeriodHasItsBucketsAndTotals() {
        ReviewMetricsView view(path_);
        QSignalSpy loaded(&view, &ReviewMetricsView::loaded);
        waitLoaded(view, loaded);

        view.setPeriod(ReviewPeriod::Last24Hours);
        waitLoaded(view, loaded);
        QCOMPARE(view.metrics().bucket_ms, kHour);
        QCOMPARE(bars(view)->barSets().at(0)->count(), 24);
        QCOMPARE(total(bars(view)->barSets().at(0)) + total(bars(view)->barSets().at(1)), 3.0);

        view.setPeriod(ReviewPeriod::Last30Days);
        waitLoaded(view, loaded);
        QCOMPARE(tile(view, "metricDecisions"), QStringLiteral("5"));
        QCOMPARE(bars(view)->barSets().at(0)->count(), 30);
        QCOMPARE(total(bars(view)->barSets().at(0)), 3.0);
        QCOMPARE(tile(view, "metricPrecision"),
                 QLocale().toString(75.0, 'f', 1) + QStringLiteral(" %"));

        view.setPeriod(ReviewPeriod::All);
        waitLoaded(view, loaded);
        QCOMPARE(tile(view, "metricDecisions"), QStringLiteral("5"));
        QVERIFY(bars(view)->barSets().at(0)->count() >= 21);  // from the first decision
        QCOMPARE(bars(view)->count(), 2);
    }

    void anEmptyDatabaseShowsDashes() {
        const QString empty = dir_.filePath(QStringLiteral("empty.db"));
        { Database db(empty.toStdString()); }
        ReviewMetricsView view(empty);
        QSignalSpy loaded(&view, &ReviewMetricsView::loaded);
        waitLoaded(view, loaded);
        QCOMPARE(tile(view, "metricDecisions"), QStringLiteral("0"));
        QCOMPARE(tile(view, "metricPrecision"), QStringLiteral("–"));
        QCOMPARE(tile(view, "metricMedianWait"), QStringLiteral("–"));
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(bars(view)->count(), 2);
        QCOMPARE(total(bars(view)->barSets().at(0)), 0.0);
    }

    void theViewMenuOpensItByAShortcutOfItsOwn() {
        MainWindow window;
        window.openDatabase(path_);
        auto* action = window.findChild<QAction*>(QStringLiteral("actionReviewMetrics"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+M")));
        QVERIFY(window.menuBar()->actions().at(2)->menu()->actions().contains(action));
        QSet<QString> seen;
        for (QAction* a : window.findChildren<QAction*>()) {
            if (a->shortcut().isEmpty()) continue;
            const QString key = a->shortcut().toString();
            QVERIFY2(!seen.contains(key), qPrintable(key + QStringLiteral(" is used twice")));
            seen.insert(key);
        }
        action->trigger();
        auto* view = window.findChild<ReviewMetricsView*>();
        QVERIFY(view);
        QSignalSpy loaded(view, &ReviewMetricsView::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view->metrics().decisions, 4);
    }
};

QTEST_MAIN(TestReviewMetricsView)
#include "test_review_metrics_view.moc"
