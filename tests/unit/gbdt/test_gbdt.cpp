// Gradient-boosted trees: training, imbalance, early stopping, determinism, TreeSHAP,
// cancellation and refusals of bad training input. Model files: test_gbdt_model_file.cpp.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "core/engine/model_error.h"
#include "core/gbdt/gradient_boosted_trees.h"
#include "gbdt_test_data.h"

namespace fd {
namespace {

using test::make_labelled;

GbdtParams small_params() {
    GbdtParams p;
    p.rounds = 60;
    p.max_depth = 4;
    p.eta = 0.3;
    p.nthread = 1;
    return p;
}

std::vector<double> predict_all(const GradientBoostedTrees& model, const FeatureMatrix& rows) {
    std::vector<double> out(rows.rows);
    model.predict(rows.view(), out.data());
    return out;
}

// Runs `train` and returns the ModelError's message, or "" when nothing was thrown.
template <typename Train>
std::string refusal(Train&& train) {
    try {
        train();
    } catch (const ModelError& e) {
        return e.what();
    }
    return "";
}

TEST(GradientBoostedTrees, LearnsASeparableProblem) {
    const auto train = make_labelled(2000, 5, 1, test::separable);
    const auto validation = make_labelled(500, 5, 2, test::separable);
    const auto held_out = make_labelled(1000, 5, 3, test::separable);
    const auto model = GradientBoostedTrees::fit(
        train.rows.view(), train.labels, validation.rows.view(), validation.labels, small_params());
    EXPECT_EQ(model.features(), 5u);
    const auto scores = predict_all(model, held_out.rows);
    for (double p : scores) ASSERT_TRUE(p > 0.0 && p < 1.0);
    EXPECT_GT(test::roc_auc(scores, held_out.labels), 0.95);
    EXPECT_GT(model.best_validation_aucpr(), 0.9);
}

TEST(GradientBoostedTrees, FindsOnePercentFraudWithAutomaticWeight) {
    const auto train = make_labelled(6000, 6, 11, test::rare_fraud);
    const auto held_out = make_labelled(6000, 6, 12, test::rare_fraud);
    const double frauds = std::count(train.labels.begin(), train.labels.end(), 1.0f);
    ASSERT_GT(frauds, 30);
    ASSERT_LT(frauds, 120);
    const auto model =
        GradientBoostedTrees::fit(train.rows.view(), train.labels, {}, {}, small_params());
    EXPECT_FLOAT_EQ(model.scale_pos_weight_used(), (6000 - frauds) / frauds);
    EXPECT_EQ(model.best_iteration(), small_params().rounds - 1);  // no validation: all kept
    const auto scores = predict_all(model, held_out.rows);
    EXPECT_GT(test::roc_auc(scores, held_out.labels), 0.97);
    // Balanced weights push the rare class above one half.
    double fraud_mean = 0.0, fraud_count = 0.0;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (held_out.labels[i] == 1.0f) fraud_mean += scores[i], fraud_count += 1.0;
    }
    EXPECT_GT(fraud_mean / fraud_count, 0.5);
}

TEST(GradientBoostedTrees, GivenWeightIsUsedAsIs) {
    const auto train = make_labelled(1000, 4, 5, test::separable);
    auto params = small_params();
    params.rounds = 5;
    params.scale_pos_weight = 3.5;
    const auto model = GradientBoostedTrees::fit(train.rows.view(), train.labels, {}, {}, params);
    EXPECT_DOUBLE_EQ(model.scale_pos_weight_used(), 3.5);
}

TEST(GradientBoostedTrees, EarlyStoppingKeepsTheBestIterationOnNoise) {
    const auto train = test::make_noise(1500, 6, 21);
    const auto validation = test::make_noise(800, 6, 22);
    auto params = small_params();
    params.rounds = 300;
    params.early_stopping_rounds = 10;
    int calls = 0;
    int last_best = -1;
    const auto model =
        GradientBoostedTrees::fit(train.rows.view(), train.labels, validation.rows.view(),
                                  validation.labels, params, [&](const GbdtProgress& p) {
                                      EXPECT_EQ(p.round, calls);
                                      EXPECT_EQ(p.rounds, 300);
                                      EXPECT_FALSE(std::isnan(p.validation_aucpr));
                                      last_best = p.best_iteration;
                                      ++calls;
                                      return true;
                                  });
    EXPECT_LT(calls, 300);
    EXPECT_EQ(model.best_iteration(), last_best);
    EXPECT_EQ(calls, model.best_iteration() + params.early_stopping_rounds + 1);
    EXPECT_FALSE(model.cancelled());
    // Only the best rounds are kept: a reloaded model has the same number of trees.
    const auto reloaded = GradientBoostedTrees::load(model.save(), 6, params);
    EXPECT_EQ(reloaded.best_iteration(), model.best_iteration());
}

TEST(GradientBoostedTrees, SameSeedSameModelWithOneThread) {
    const auto train = make_labelled(1500, 5, 31, test::separable);
    const auto validation = make_labelled(400, 5, 32, test::separable);
    auto params = small_params();
    params.subsample = 0.7;
    params.colsample = 0.6;
    params.seed = 42;
    const auto fit = [&](const GbdtParams& p) {
        return GradientBoostedTrees::fit(train.rows.view(), train.labels, validation.rows.view(),
                                         validation.labels, p);
    };
    const auto first = fit(params);
    const auto second = fit(params);
    EXPECT_EQ(first.save(), second.save());
    EXPECT_EQ(predict_all(first, validation.rows), predict_all(second, validation.rows));

    params.seed = 43;
    const auto other_seed = fit(params);
    EXPECT_NE(predict_all(first, validation.rows), predict_all(other_seed, validation.rows));
    params.seed = std::numeric_limits<std::uint64_t>::max();  // beyond XGBoost's int64
    EXPECT_NO_THROW(fit(params));
}

TEST(GradientBoostedTrees, ContributionsSumToTheMargin) {
    const auto train = make_labelled(1500, 5, 41, test::rare_fraud);
    const auto rows = make_labelled(300, 5, 42, test::rare_fraud);
    const auto model =
        GradientBoostedTrees::fit(train.rows.view(), train.labels, {}, {}, small_params());
    const auto probabilities = predict_all(model, rows.rows);
    std::vector<float> exact(rows.rows.rows * 6);
    model.contributions(rows.rows.view(), exact.data());
    std::vector<float> approximate(exact.size());
    model.approximate_contributions(rows.rows.view(), approximate.data());
    EXPECT_NE(exact, approximate);
    for (const auto* contributions : {&exact, &approximate}) {
        for (std::size_t r = 0; r < rows.rows.rows; ++r) {
            const float* row = contributions->data() + r * 6;
            double margin = 0.0;
            for (int c = 0; c < 6; ++c) margin += row[c];
            const double p = probabilities[r];
            ASSERT_NEAR(margin, std::log(p / (1.0 - p)), 1e-3 * (1.0 + std::abs(margin))) << r;
            EXPECT_EQ(row[5], (*contributions)[5]) << "the bias is the same for every row";
        }
    }
}

TEST(GradientBoostedTrees, CallbackCancels) {
    const auto train = make_labelled(800, 4, 51, test::separable);
    int calls = 0;
    const auto model = GradientBoostedTrees::fit(train.rows.view(), train.labels, {}, {},
                                                 small_params(), [&](const GbdtProgress& p) {
                                                     ++calls;
                                                     EXPECT_TRUE(std::isnan(p.validation_aucpr));
                                                     return p.round < 4;
                                                 });
    EXPECT_EQ(calls, 5);
    EXPECT_TRUE(model.cancelled());
    EXPECT_EQ(model.best_iteration(), 4);
    EXPECT_EQ(predict_all(model, train.rows).size(), 800u);
}

TEST(GradientBoostedTrees, RefusesSingleClassLabelsSayingWhatIsMissing) {
    const auto train = make_labelled(300, 3, 61, [](const float*) { return false; });
    const auto message = refusal([&] {
        GradientBoostedTrees::fit(train.rows.view(), train.labels, {}, {}, small_params());
    });
    EXPECT_NE(message.find("0 fraud and 300 genuine"), std::string::npos) << message;
    EXPECT_NE(message.find("label more transactions"), std::string::npos) << message;

    const auto all_fraud = make_labelled(20, 3, 62, [](const float*) { return true; });
    EXPECT_NE(refusal([&] {
                  GradientBoostedTrees::fit(all_fraud.rows.view(), all_fraud.labels, {}, {},
                                            small_params());
              }).find("20 fraud and 0 genuine"),
              std::string::npos);
}

TEST(GradientBoostedTrees, RefusesBadTrainingInput) {
    auto train = make_labelled(200, 3, 71, test::separable);
    const auto validation = make_labelled(50, 3, 72, test::separable);
    const auto params = small_params();
    const auto fit_with = [&](std::span<const float> labels) {
        return refusal([&] {
            GradientBoostedTrees::fit(train.rows.view(), labels, validation.rows.view(),
                                      validation.labels, params);
        });
    };
    EXPECT_NE(fit_with(std::span(train.labels).first(199)).find("199 training labels for 200"),
              std::string::npos);
    auto labels = train.labels;
    labels[17] = std::numeric_limits<float>::quiet_NaN();
    EXPECT_NE(fit_with(labels).find("row 17 is NaN"), std::string::npos);
    labels[17] = 0.5f;
    EXPECT_NE(fit_with(labels).find("must be 1 (fraud) or 0 (genuine)"), std::string::npos);

    const auto genuine_only = make_labelled(50, 3, 73, [](const float*) { return false; });
    EXPECT_NE(refusal([&] {
                  GradientBoostedTrees::fit(train.rows.view(), train.labels,
                                            genuine_only.rows.view(), genuine_only.labels, params);
              }).find("validation slice"),
              std::string::npos);
    const auto wider = make_labelled(50, 4, 74, test::separable);
    EXPECT_FALSE(refusal([&] {
                     GradientBoostedTrees::fit(train.rows.view(), train.labels, wider.rows.view(),
                                               wider.labels, params);
                 }).empty());
    auto bad = params;
    bad.eta = 0.0;
    EXPECT_NE(refusal([&] {
                  GradientBoostedTrees::fit(train.rows.view(), train.labels, {}, {}, bad);
              }).find("'eta'"),
              std::string::npos);
    train.rows.at(3, 1) = std::numeric_limits<float>::infinity();  // XGBoost's own refusal
    EXPECT_NE(fit_with(train.labels).find("XGBoost"), std::string::npos);
}

TEST(GradientBoostedTrees, PredictChecksItsInput) {
    const auto train = make_labelled(300, 3, 81, test::separable);
    auto model = GradientBoostedTrees::fit(train.rows.view(), train.labels, {}, {}, small_params());
    const FeatureMatrix wider(2, 4);
    double out[2];
    EXPECT_THROW(model.predict(wider.view(), out), ModelError);
    EXPECT_NO_THROW(model.predict(FeatureView{nullptr, 0, 3}, nullptr));  // nothing to do
    // NaN is a missing value, as in XGBoost.
    FeatureMatrix missing(1, 3);
    missing.at(0, 1) = std::numeric_limits<float>::quiet_NaN();
    model.predict(missing.view(), out);
    EXPECT_TRUE(out[0] > 0.0 && out[0] < 1.0);

    GradientBoostedTrees moved = std::move(model);
    EXPECT_THROW(model.predict(missing.view(), out),
                 ModelError);  // NOLINT(bugprone-use-after-move)
    EXPECT_NO_THROW(moved.predict(missing.view(), out));
}

TEST(GbdtParams, JsonRoundTripAndChecks) {
    GbdtParams p;
    p.rounds = 123;
    p.eta = 0.05;
    p.seed = std::numeric_limits<std::uint64_t>::max();
    const auto back = gbdt_params_from_json(nlohmann::json::parse(gbdt_params_to_json(p).dump()));
    EXPECT_EQ(back.rounds, 123);
    EXPECT_EQ(back.eta, 0.05);
    EXPECT_EQ(back.seed, p.seed);

    auto j = gbdt_params_to_json(p);
    j.erase("max_depth");
    EXPECT_THROW(gbdt_params_from_json(j), ModelError);
    j = gbdt_params_to_json(p);
    j["max_depth"] = 40;
    EXPECT_THROW(gbdt_params_from_json(j), ModelError);
    j["max_depth"] = "6";
    EXPECT_THROW(gbdt_params_from_json(j), ModelError);
    j = gbdt_params_to_json(p);
    j["rounds"] = 1e12;
    EXPECT_THROW(gbdt_params_from_json(j), ModelError);
    EXPECT_THROW(gbdt_params_from_json(nlohmann::json::array()), ModelError);
}

}  // namespace
}  // namespace fd
