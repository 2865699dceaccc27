// Retraining from a database's labels and the challenger-against-active comparison: the
// figures on a hand-made slice, and a real retrain on generated history (stored inactive,
// its comparison kept, audited; too few labels and a cancel leave nothing behind).
#include "ingest/model_comparison.h"

#include <gtest/gtest.h>

#include "core/engine/model_bundle.h"
#include "core/engine/model_error.h"
#include "core/generator.h"
#include "storage/alert_store.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/model_store.h"
#include "storage/transaction_store.h"

namespace fd {
namespace {

constexpr std::int64_t kDay = 86'400'000;

TEST(EvaluateSlice, FiguresOnlyFromTheSliceAndItsLabels) {
    // Rows 0-1 lie before the slice; rows 2-7 are in it, row 5 unlabelled.
    std::vector<Transaction> history(8);
    for (std::size_t i = 0; i < history.size(); ++i) {
        history[i].timestamp_ms = static_cast<std::int64_t>(i) * kDay / 2;
        history[i].card_id = "c" + std::to_string(i);
    }
    ScoredRows scored;
    scored.score = {99, 98, 90, 80, 70, 95, 20, 10};
    scored.risk = scored.score;
    scored.always_alert = {0, 0, 0, 0, 0, 0, 0, 1};  // row 7 alerts whatever its risk
    const std::vector<std::uint8_t> labels = {1, 1, 1, 0, 1, 2, 0, 0};
    const auto f = evaluate_slice(scored, history, labels, 2, 8, 75, 2);
    // Labelled in the slice by score: 90 F, 80 L, 70 F, 20 L, 10 L.
    EXPECT_DOUBLE_EQ(*f.average_precision, (1.0 + 2.0 / 3.0) / 2.0);
    EXPECT_DOUBLE_EQ(*f.roc_auc, 5.0 / 6.0);
    EXPECT_DOUBLE_EQ(f.precision_at_k, 0.5);
    // At risk 75: 90 and 80 alert, and row 7 by its rule.
    EXPECT_EQ(f.confusion.tp, 1);
    EXPECT_EQ(f.confusion.fp, 2);
    EXPECT_EQ(f.confusion.fn, 1);
    EXPECT_EQ(f.confusion.tn, 1);
    // Four alerts (row 5 unlabelled too) over the slice's 2.5 days.
    EXPECT_DOUBLE_EQ(f.alerts_per_day, 4 / 2.5);
    EXPECT_FALSE(f.roc.empty());
    EXPECT_FALSE(f.pr.empty());
    const auto back = ModelFigures::from_json(f.to_json());
    EXPECT_EQ(back.average_precision, f.average_precision);
    EXPECT_EQ(back.confusion.fp, f.confusion.fp);
    EXPECT_EQ(back.pr.size(), f.pr.size());
}

TEST(PresumeLegit, OnlyOldUnlabelledUnalertedRowsAndEveryNthOfThem) {
    // One row a day for 30 days: rows 3-4 labelled, rows 5-6 alerted; 7 days before the
    // newest row (day 29) is day 22, so rows 0-21 are old enough and 18 of them qualify.
    Database db(":memory:");
    std::vector<Transaction> rows(30);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i].id = "t" + std::to_string(i);
        rows[i].timestamp_ms = static_cast<std::int64_t>(i) * kDay;
        rows[i].card_id = "c" + std::to_string(i % 4);
        rows[i].amount_minor = 1000;
        rows[i].currency = "EUR";
    }
    rows[3].label = Label::Fraud;
    rows[4].label = Label::Legit;
    TransactionStore(db).insert(rows);
    std::vector<std::int64_t> ids;
    Statement s = db.prepare("SELECT id FROM transactions ORDER BY ts_ms");
    while (s.step()) ids.push_back(s.column_int64(0));
    ASSERT_EQ(ids.size(), rows.size());
    AlertStore(db).create(
        std::vector<NewAlert>{{ids[5], 0, "c1", 80, 10}, {ids[6], 0, "c2", 80, 10}}, 29 * kDay);

    auto every = rows;
    EXPECT_EQ(presume_legit(db, every, ids, 7 * kDay, 1), 18);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const bool expected = i < 22 && (i < 3 || i > 6);
        EXPECT_EQ(every[i].label, expected ? Label::Legit : rows[i].label) << "row " << i;
    }
    // Every 4th of the 18 in time order: rows 0, 8, 12, 16 and 20.
    auto sample = rows;
    EXPECT_EQ(presume_legit(db, sample, ids, 7 * kDay, 4), 5);
    std::vector<std::size_t> marked;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (sample[i].label == Label::Legit && rows[i].label == Label::Unknown) marked.push_back(i);
    EXPECT_EQ(marked, (std::vector<std::size_t>{0, 8, 12, 16, 20}));
    // The rule off: nothing is presumed.
    auto off = rows;
    EXPECT_EQ(presume_legit(db, off, ids, 0, 4), 0);
}

EnsembleOptions fast_options() {
    EnsembleOptions o;
    o.iforest.trees = 50;
    o.autoencoder.epochs = 3;
    o.autoencoder_max_rows = 10000;
    o.gbdt.nthread = 1;
    return o;
}

class Retraining : public ::testing::Test {
protected:
    // Twelve days of generated payments, 2% fraud, ground truth on every row.
    void SetUp() override {
        GeneratorConfig config;
        config.seed = 5;
        config.fraud_rate = 0.02;
        config.rows_per_day = 3000;
        Generator generator(config);
        for (int i = 0; i < 36000; ++i) rows_.push_back(generator.next());
        TransactionStore(db_).insert(rows_);
    }
    std::int64_t store_active(std::span<const Transaction> history) {
        const auto model = EnsembleModel::train(history, fast_options());
        const auto bundle = model.to_bundle();
        ModelStore models(db_);
        const auto id =
            models.add("ensemble", "first", 1, bundle.header.dump(), write_bundle(bundle));
        models.activate(id);
        return id;
    }
    std::int64_t count(const char* table) {
        return db_.query_int64(std::string("SELECT count(*) FROM ") + table);
    }

    Database db_{":memory:"};
    std::vector<Transaction> rows_;
};

TEST_F(Retraining, StoresAnInactiveChallengerWithItsOutOfSampleComparison) {
    const auto active = store_active(std::span(rows_).first(rows_.size() / 2));
    RetrainOptions options;
    options.ensemble = fast_options();
    options.actor = "ana";
    double last = -1;
    bool monotonic = true;
    const auto result = retrain_challenger(db_, options, 1000, [&](const TrainingStep& s) {
        monotonic = monotonic && s.fraction >= last;
        last = s.fraction;
        return true;
    });
    EXPECT_TRUE(monotonic);
    EXPECT_DOUBLE_EQ(last, 1.0);
    ModelStore models(db_);
    EXPECT_EQ(models.active()->id, active);  // promotion is the analyst's call
    const auto stored = models.find(result.challenger_id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->name, "retrained");
    EXPECT_GT(result.summary.fraud_labels, 500);  // every label, the slice's too

    const auto& c = result.comparison;
    EXPECT_GT(c.slice_from_ms, rows_.front().timestamp_ms + 9 * kDay);  // the latest 20%
    EXPECT_GT(c.frauds, 50);
    EXPECT_EQ(c.challenger.model_id, result.challenger_id);
    ASSERT_TRUE(c.active);
    EXPECT_EQ(c.active->model_id, active);
    EXPECT_FALSE(c.active->in_sample);  // trained on the first six days only
    // Both rank fraud far above chance on the slice, and the one that saw more labels better.
    EXPECT_GT(*c.active->average_precision, 0.3);
    EXPECT_GT(*c.challenger.average_precision, *c.active->average_precision);

    const auto report = models.latest_evaluation(result.challenger_id);
    ASSERT_TRUE(report);
    const auto back = Comparison::from_json(nlohmann::json::parse(*report));
    EXPECT_EQ(back.challenger.average_precision, c.challenger.average_precision);
    EXPECT_EQ(back.active->model_id, active);
    const auto log = AuditLog(db_).recent(5);
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].action, "train");
    EXPECT_EQ(log[0].actor, "ana");
    EXPECT_EQ(log[0].subject, "model " + std::to_string(result.challenger_id));
}

TEST_F(Retraining, AnActiveModelTrainedOnTheSliceIsMarkedInSample) {
    store_active(rows_);
    RetrainOptions options;
    options.ensemble = fast_options();
    options.alert_risk = 60;
    const auto result = retrain_challenger(db_, options, 1000);
    ASSERT_TRUE(result.comparison.active);
    EXPECT_TRUE(result.comparison.active->in_sample);
    EXPECT_FALSE(result.comparison.challenger.in_sample);
    EXPECT_DOUBLE_EQ(result.comparison.active->threshold, 60);  // the threshold in effect
    EXPECT_DOUBLE_EQ(result.comparison.challenger.threshold, 60);
}

TEST_F(Retraining, TooFewLabelsOrACancelLeaveNothingBehind) {
    db_.exec("UPDATE transactions SET label = NULL WHERE id % 50 != 0");
    RetrainOptions options;
    options.ensemble = fast_options();
    options.ensemble.min_fraud_labels = 100;
    try {
        retrain_challenger(db_, options, 1000);
        FAIL() << "expected a ModelError";
    } catch (const ModelError& e) {
        EXPECT_NE(std::string(e.what()).find("Label more alerts"), std::string::npos) << e.what();
    }
    options.ensemble.min_fraud_labels = 2;
    EXPECT_THROW(retrain_challenger(db_, options, 1000,
                                    [](const TrainingStep& s) { return s.fraction < 0.5; }),
                 std::runtime_error);
    EXPECT_EQ(count("models"), 0);
    EXPECT_EQ(count("model_evaluations"), 0);
    EXPECT_EQ(count("audit_log"), 0);
}

}  // namespace
}  // namespace fd
