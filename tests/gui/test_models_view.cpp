// The Models view offscreen: Retrain trains a challenger in the background and shows it
// against the active model (figures and curves); Promote and Roll Back switch the active
// model and are audited; a cancel stores nothing; the threshold dialog shows the effect of
// a threshold and an alert budget, marks the cheapest point and audits Apply.
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "core/engine/model_bundle.h"
#include "core/generator.h"
#include "gui/models/model_comparison_view.h"
#include "gui/models/models_view.h"
#include "gui/models/threshold_dialog.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/model_store.h"
#include "storage/transaction_store.h"

using namespace fd;

namespace {

EnsembleOptions fastOptions() {
    EnsembleOptions o;
    o.iforest.trees = 50;
    o.autoencoder.epochs = 3;
    o.autoencoder_max_rows = 10000;
    o.gbdt.nthread = 1;
    return o;
}

}  // namespace

class TestModelsView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString path_;
    qint64 firstModel_ = 0;

    qint64 query(const std::string& sql) {
        Database db(path_.toStdString(), OpenMode::ReadOnly);
        return db.query_int64(sql);
    }
    std::vector<AuditEntry> audit(const std::string& action) {
        Database db(path_.toStdString(), OpenMode::ReadOnly);
        return AuditLog(db).recent(10, action);
    }
    void open(ModelsView& view) {
        QSignalSpy refreshed(&view, &ModelsView::refreshed);
        view.setTrainingOptions(fastOptions());
        view.setAnalyst(QStringLiteral("ana"));
        view.setDatabase(path_);
        QVERIFY(refreshed.wait(10000));
    }

private slots:
    // Ten days of payments with ground truth on every row; the active model saw the first half.
    void initTestCase() {
        QVERIFY(dir_.isValid());
        path_ = dir_.filePath(QStringLiteral("models.db"));
        GeneratorConfig config;
        config.seed = 11;
        config.fraud_rate = 0.02;
        config.rows_per_day = 3000;
        Generator generator(config);
        std::vector<Transaction> rows;
        for (int i = 0; i < 30000; ++i) rows.push_back(generator.next());
        Database db(path_.toStdString());
        TransactionStore(db).insert(rows);
        const auto model = EnsembleModel::train(std::span(rows).first(15000), fastOptions());
        const auto bundle = model.to_bundle();
        ModelStore models(db);
        firstModel_ =
            models.add("ensemble", "first", 1, bundle.header.dump(), write_bundle(bundle));
        models.activate(firstModel_);
    }

    void retrainShowsTheChallengerAgainstTheActiveModel() {
        ModelsView view;
        open(view);
        QCOMPARE(view.table()->rowCount(), 1);
        QSignalSpy finished(&view, &ModelsView::retrainFinished);
        view.retrain();
        QVERIFY(view.isRetraining());
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(!view.isRetraining());
        QSignalSpy refreshed(&view, &ModelsView::refreshed);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(view.table()->rowCount(), 2);
        QCOMPARE(query("SELECT count(*) FROM models WHERE active = 1 AND id = " +
                       std::to_string(firstModel_)),
                 1);  // promotion is the analyst's call
        QVERIFY(view.statusText().contains(QStringLiteral("Promote it")));
        // The challenger is selected, its comparison shown: 12 figures for both models.
        auto* figures = view.comparison()->figures();
        QCOMPARE(figures->rowCount(), 12);
        QVERIFY(figures->horizontalHeaderItem(0)->text().contains(QString::number(firstModel_)));
        for (int r = 0; r < figures->rowCount(); ++r)
            for (int c = 0; c < 2; ++c) QVERIFY(!figures->item(r, c)->text().isEmpty());
        QCOMPARE(view.comparison()->rocChart()->chart()->series().size(), 2);
        QCOMPARE(view.comparison()->prChart()->chart()->series().size(), 2);
        auto* curve =
            qobject_cast<QLineSeries*>(view.comparison()->prChart()->chart()->series()[1]);
        QVERIFY(curve && curve->count() > 2);
        // The registry column shows the stored comparison.
        QVERIFY(!view.table()->item(0, 5)->text().isEmpty());
        QCOMPARE(audit("train").size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(audit("train")[0].actor), QStringLiteral("ana"));
    }

    void promoteThenRollBackAreAudited() {
        ModelsView view;
        open(view);
        const qint64 newest = query("SELECT max(id) FROM models");
        QVERIFY(newest != firstModel_);
        QVERIFY(view.selectModel(newest));
        auto* button = view.findChild<QPushButton*>(QStringLiteral("activateButton"));
        QVERIFY(button->isEnabled());
        QVERIFY(button->text().contains(QStringLiteral("Promote")));
        QSignalSpy activated(&view, &ModelsView::modelActivated);
        QString asked;
        view.activateSelected([&](const QString& q) {
            asked = q;
            return true;
        });
        QCOMPARE(activated.size(), 1);
        QVERIFY(asked.contains(QString::number(newest)));
        QCOMPARE(query("SELECT id FROM models WHERE active = 1"), newest);
        QCOMPARE(audit("promote").size(), std::size_t(1));
        QSignalSpy refreshed(&view, &ModelsView::refreshed);
        QVERIFY(refreshed.wait(10000));

        QVERIFY(view.selectModel(firstModel_));
        QVERIFY(button->text().contains(QStringLiteral("Roll Back")));
        view.activateSelected([](const QString&) { return false; });  // declined: nothing
        QCOMPARE(query("SELECT id FROM models WHERE active = 1"), newest);
        view.activateSelected([](const QString&) { return true; });
        QCOMPARE(query("SELECT id FROM models WHERE active = 1"), firstModel_);
        const auto rollbacks = audit("rollback");
        QCOMPARE(rollbacks.size(), std::size_t(1));
        QCOMPARE(nlohmann::json::parse(rollbacks[0].details)["previous"].get<qint64>(), newest);
        Database db(path_.toStdString(), OpenMode::ReadOnly);
        QVERIFY(AuditLog(db).verify().intact);
    }

    void aCancelledRetrainStoresNothing() {
        ModelsView view;
        open(view);
        const qint64 models = query("SELECT count(*) FROM models");
        QSignalSpy finished(&view, &ModelsView::retrainFinished);
        view.retrain();
        view.cancelRetrain();
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("cancelled")));
        QCOMPARE(query("SELECT count(*) FROM models"), models);
    }

    void thresholdDialogShowsTheEffectAndAuditsApply() {
        ThresholdDialog dialog(path_, QStringLiteral("ana"), 55.0);
        QSignalSpy loaded(&dialog, &ThresholdDialog::loaded);
        QVERIFY(loaded.wait(60000));
        QVERIFY(dialog.isLoaded());
        QCOMPARE(dialog.threshold(), 55.0);  // opens on the threshold in effect
        // A budget sets the threshold that gives about that many alerts a day.
        dialog.setAlertsPerDay(40);
        QVERIFY(qAbs(dialog.effect().alerts_per_day - 40) <= 2);
        const double atBudget = dialog.threshold();
        dialog.setAlertsPerDay(10);
        QVERIFY(dialog.threshold() > atBudget);  // fewer alerts, higher risk
        // Lower thresholds catch more of the labelled fraud.
        dialog.setThreshold(90);
        const auto high = dialog.effect();
        dialog.setThreshold(20);
        const auto low = dialog.effect();
        QVERIFY(low.recall && high.recall && *low.recall >= *high.recall);
        QVERIFY(low.alerts_per_day > high.alerts_per_day);
        // The cheapest point is marked and no dearer than either end.
        dialog.setReviewCost(2.0);
        const auto cheapest = dialog.cheapest();
        QVERIFY(cheapest);
        dialog.setThreshold(*cheapest);
        const double best = dialog.effect().cost;
        QVERIFY(best <= low.cost + 1e-6 && best <= high.cost + 1e-6);
        const auto series = dialog.costChart()->chart()->series();
        QCOMPARE(series.size(), 3);
        QVERIFY(qobject_cast<QLineSeries*>(series[0])->count() > 10);
        QCOMPARE(qobject_cast<QScatterSeries*>(series[1])->count(), 1);
        QCOMPARE(qobject_cast<QLineSeries*>(series[2])->count(), 2);  // the chosen threshold

        QSignalSpy applied(&dialog, &ThresholdDialog::applied);
        dialog.setThreshold(62.5);
        QVERIFY(dialog.apply());
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.first().at(0).toDouble(), 62.5);
        const auto rows = audit("threshold");
        QCOMPARE(rows.size(), std::size_t(1));
        const auto details = nlohmann::json::parse(rows[0].details);
        QCOMPARE(details["to"].get<double>(), 62.5);
        QCOMPARE(details["from"].get<double>(), 55.0);
        QCOMPARE(QString::fromStdString(rows[0].actor), QStringLiteral("ana"));
    }
};

QTEST_MAIN(TestModelsView)
#include "test_models_view.moc"
