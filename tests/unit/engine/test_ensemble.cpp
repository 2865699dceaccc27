#include "core/engine/ensemble.h"

#include <gtest/gtest.h>

#include "core/engine/model_error.h"
#include "core/engine/scorer.h"
#include "core/generator.h"

namespace fd {
namespace {

const std::vector<Transaction>& history() {
    static const std::vector<Transaction> rows = [] {
        GeneratorConfig config;
        config.seed = 21;
        config.fraud_rate = 0.02;
        config.rows_per_day = 2000;
        Generator generator(config);
        std::vector<Transaction> out;
        for (int i = 0; i < 12000; ++i) out.push_back(generator.next());
        return out;
    }();
    return rows;
}

EnsembleOptions quick(ModelKind kind = ModelKind::Ensemble) {
    EnsembleOptions o;
    o.kind = kind;
    o.autoencoder.epochs = 5;
    o.gbdt.rounds = 40;
    return o;
}

std::vector<Verdict> score(const EnsembleModel& model, std::span<const Transaction> rows) {
    Scorer scorer(model);
    std::vector<Verdict> verdicts;
    scorer.score(rows, verdicts);
    return verdicts;
}

TEST(Ensemble, TrainsEveryMemberWithLabelsAndExplainsTheRiskiest) {
    const auto model = EnsembleModel::train(history(), quick());
    const auto weights = model.effective_weights();
    EXPECT_GT(weights["supervised"].get<double>(), 0.5);  // hundreds of fraud labels
    EXPECT_NEAR(weights["iforest"].get<double>() + weights["autoencoder"].get<double>() +
                    weights["supervised"].get<double>() + weights["rules"].get<double>(),
                1.0, 1e-9);
    const auto verdicts = score(model, history());
    ASSERT_EQ(verdicts.size(), history().size());
    std::size_t riskiest = 0;
    for (std::size_t i = 0; i < verdicts.size(); ++i) {
        EXPECT_GE(verdicts[i].risk, 0.0);
        EXPECT_LE(verdicts[i].risk, 100.0);
        EXPECT_EQ(verdicts[i].risk, std::min(verdicts[i].score, 100.0));
        if (verdicts[i].score > verdicts[riskiest].score) riskiest = i;
    }
    EXPECT_FALSE(verdicts[riskiest].reasons.empty());
    EXPECT_LE(verdicts[riskiest].reasons.size(), 3u);
    EXPECT_GE(verdicts[riskiest].level, RiskLevel::High);  // rarer than the top 1% overall
    EXPECT_GT(model.alert_threshold(), 0.0);
    EXPECT_TRUE(model.metrics().contains("training_auc"));
}

// The latest labels only choose the number of rounds at first; the model is then trained
// again with them, so a pattern labelled only in the most recent days is learnt.
TEST(Ensemble, SupervisedModelLearnsFromTheMostRecentLabelsToo) {
    std::vector<Transaction> rows = history();
    const std::int64_t first = rows.front().timestamp_ms, last = rows.back().timestamp_ms;
    const std::int64_t recent = last - (last - first) * 15 / 100;  // within the validation 20%
    const auto pattern = [&](const Transaction& t) {
        const auto hour = t.timestamp_ms / 3'600'000 % 24;
        return t.timestamp_ms >= recent && hour >= 2 && hour <= 5;
    };
    for (auto& t : rows)
        if (pattern(t)) t.label = Label::Fraud;
    EnsembleOptions options = quick(ModelKind::Gbdt);
    options.validation_share = 0.2;
    const auto model = EnsembleModel::train(rows, options);
    const auto verdicts = score(model, rows);
    double in_pattern = 0.0, other_legit = 0.0;
    int n_pattern = 0, n_other = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].timestamp_ms < recent) continue;
        if (pattern(rows[i])) {
            in_pattern += verdicts[i].supervised;
            ++n_pattern;
        } else if (rows[i].label == Label::Legit) {
            other_legit += verdicts[i].supervised;
            ++n_other;
        }
    }
    ASSERT_GT(n_pattern, 20);
    EXPECT_GT(in_pattern / n_pattern, 3.0 * other_legit / n_other);
    EXPECT_TRUE(model.to_bundle().header["members"]["gbdt"].contains("validation_aucpr"));
}

TEST(Ensemble, BundleRoundTripScoresIdentically) {
    const auto model = EnsembleModel::train(history(), quick());
    const auto back =
        EnsembleModel::from_bundle(read_bundle(write_bundle(model.to_bundle()), "test"));
    const std::span<const Transaction> some(history().data(), 3000);
    const auto a = score(model, some);
    const auto b = score(back, some);
    for (std::size_t i = 0; i < a.size(); ++i) {
        ASSERT_EQ(a[i].score, b[i].score) << i;
        ASSERT_EQ(a[i].reasons, b[i].reasons) << i;
    }
    EXPECT_EQ(back.alert_threshold(), model.alert_threshold());
}

TEST(Ensemble, SingleMemberKindsAndTheirLimits) {
    std::vector<Transaction> unlabelled = history();
    for (auto& t : unlabelled) t.label = Label::Unknown;
    const auto forest = EnsembleModel::train(unlabelled, quick(ModelKind::IsolationForest));
    EXPECT_EQ(forest.effective_weights()["iforest"].get<double>(), 0.4);
    EXPECT_EQ(forest.effective_weights()["autoencoder"].get<double>(), 0.0);
    try {
        EnsembleModel::train(unlabelled, quick(ModelKind::Gbdt));
        FAIL() << "gbdt without labels must be refused";
    } catch (const ModelError& e) {
        EXPECT_NE(std::string(e.what()).find("0 fraud and 0"), std::string::npos) << e.what();
    }
    auto subset = quick(ModelKind::IsolationForest);
    subset.feature_subset = {"amount_log", "card_count_1h"};
    const auto small = EnsembleModel::train(unlabelled, subset);
    EXPECT_EQ(small.feature_names(), (std::vector<std::string>{"amount_log", "card_count_1h"}));
    subset.feature_subset = {"amount_lgo"};
    EXPECT_THROW(EnsembleModel::train(unlabelled, subset), ModelError);
}

TEST(Ensemble, RefusesDamagedOrForeignHeaders) {
    auto o = quick(ModelKind::IsolationForest);
    const auto bundle = EnsembleModel::train(history(), o).to_bundle();
    std::vector<std::pair<const char*, std::function<void(ModelBundle&)>>> damage = {
        {"unknown feature", [](ModelBundle& b) { b.header["features"][0] = "no_such_feature"; }},
        {"format", [](ModelBundle& b) { b.header["format"] = "other"; }},
        {"version", [](ModelBundle& b) { b.header["format_version"] = 99; }},
        {"kind", [](ModelBundle& b) { b.header["kind"] = "magic"; }},
        {"threshold", [](ModelBundle& b) { b.header["alert_threshold"] = "high"; }},
        {"missing payload", [](ModelBundle& b) { b.payloads.clear(); }},
        {"levels", [](ModelBundle& b) { b.header["levels"]["medium"] = 90; }},
    };
    for (auto& [name, change] : damage) {
        auto b = bundle;
        change(b);
        EXPECT_THROW(EnsembleModel::from_bundle(b), ModelError) << name;
    }
}

TEST(Ensemble, HistoryMustBeInTimeOrder) {
    std::vector<Transaction> rows(history().begin(), history().begin() + 100);
    std::swap(rows[10], rows[50]);
    EXPECT_THROW(EnsembleModel::train(rows, quick(ModelKind::IsolationForest)), ModelError);
}

}  // namespace
}  // namespace fd
