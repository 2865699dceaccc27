#include "core/iforest/isolation_forest.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/engine/model_error.h"
#include "core/metrics/metrics.h"

namespace fd {
namespace {

// Gaussian inliers with a few far-off outliers; labels mark the outliers.
struct Data {
    FeatureMatrix x;
    std::vector<std::uint8_t> outlier;
};

Data gaussian_with_outliers(std::size_t rows, std::size_t cols, unsigned seed) {
    std::mt19937 random(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    Data d{FeatureMatrix(rows, cols), {}};
    for (std::size_t r = 0; r < rows; ++r) {
        const bool outlier = r % 50 == 0;
        d.outlier.push_back(outlier);
        for (std::size_t c = 0; c < cols; ++c)
            d.x.at(r, c) = normal(random) + (outlier ? 6.0f : 0.0f);
    }
    return d;
}

std::vector<double> scores_of(const IsolationForest& f, const FeatureMatrix& x) {
    std::vector<double> s(x.rows);
    f.score(x.view(), s.data());
    return s;
}

TEST(IsolationForest, AveragePathLengthMatchesThePaper) {
    EXPECT_EQ(average_path_length(1), 0.0);
    EXPECT_EQ(average_path_length(2), 1.0);
    // c(256) = 2 H(255) - 2 * 255 / 256 with H(i) ~ ln(i) + Euler's gamma.
    EXPECT_NEAR(average_path_length(256), 2 * (std::log(255.0) + 0.5772156649) - 2 * 255.0 / 256,
                1e-9);
}

TEST(IsolationForest, OutliersScoreHigherThanInliers) {
    const auto d = gaussian_with_outliers(5000, 4, 1);
    const auto forest = IsolationForest::fit(d.x.view(), {});
    const auto s = scores_of(forest, d.x);
    EXPECT_GT(*roc_auc(s, d.outlier), 0.95);
    for (double v : s) {
        EXPECT_GT(v, 0.0);
        EXPECT_LT(v, 1.0);
    }
}

TEST(IsolationForest, ReproducibleForASeedAndDifferentAcrossSeeds) {
    const auto d = gaussian_with_outliers(2000, 3, 2);
    const auto a = scores_of(IsolationForest::fit(d.x.view(), {50, 128, 7}), d.x);
    const auto b = scores_of(IsolationForest::fit(d.x.view(), {50, 128, 7}), d.x);
    const auto c = scores_of(IsolationForest::fit(d.x.view(), {50, 128, 8}), d.x);
    EXPECT_EQ(a, b);
    EXPECT_NE(a, c);
}

TEST(IsolationForest, HeightLimitAndSampleSize) {
    const auto d = gaussian_with_outliers(1000, 2, 3);
    const auto forest = IsolationForest::fit(d.x.view(), {20, 256, 1});
    EXPECT_EQ(forest.height_limit(), 8);
    EXPECT_LE(forest.max_depth(), 8);
    const auto small = IsolationForest::fit(d.x.view().slice(0, 10), {20, 256, 1});  // capped at 10
    EXPECT_EQ(small.height_limit(), 4);
}

TEST(IsolationForest, ConstantColumnsAreNeverSplitOn) {
    FeatureMatrix x(500, 3);
    std::mt19937 random(4);
    for (std::size_t r = 0; r < x.rows; ++r) {
        x.at(r, 0) = 5.0f;  // constant
        x.at(r, 1) = static_cast<float>(random() % 1000);
        x.at(r, 2) = -1.0f;  // constant
    }
    const auto forest = IsolationForest::fit(x.view(), {});
    const auto j = forest.to_json();
    for (const auto& f : j["feature"]) EXPECT_TRUE(f == -1 || f == 1);
}

TEST(IsolationForest, BatchedScoresEqualOneByOne) {
    const auto d = gaussian_with_outliers(700, 5, 5);
    const auto forest = IsolationForest::fit(d.x.view(), {});
    const auto batch = scores_of(forest, d.x);
    for (std::size_t r = 0; r < d.x.rows; r += 37)
        EXPECT_EQ(forest.score_one(d.x.row(r)), batch[r]);
}

TEST(IsolationForest, JsonRoundTripScoresIdentically) {
    const auto d = gaussian_with_outliers(1000, 3, 6);
    const auto forest = IsolationForest::fit(d.x.view(), {});
    const auto back = IsolationForest::from_json(nlohmann::json::parse(forest.to_json().dump()));
    EXPECT_EQ(scores_of(back, d.x), scores_of(forest, d.x));
}

TEST(IsolationForest, RefusesBadInputAndHostileJson) {
    FeatureMatrix one(1, 2);
    EXPECT_THROW(IsolationForest::fit(one.view(), {}), ModelError);
    FeatureMatrix nan(10, 2);
    nan.at(3, 1) = std::nanf("");
    try {
        IsolationForest::fit(nan.view(), {});
        FAIL();
    } catch (const ModelError& e) {
        EXPECT_NE(std::string(e.what()).find("row 4, column 2"), std::string::npos) << e.what();
    }
    const auto d = gaussian_with_outliers(300, 2, 7);
    const auto good = IsolationForest::fit(d.x.view(), {5, 64, 1}).to_json();
    const auto first_internal = [&] {
        for (std::size_t i = 0; i < good["feature"].size(); ++i)
            if (good["feature"][i] >= 0) return i;
        return std::size_t{0};
    }();
    std::vector<std::pair<const char*, std::function<void(nlohmann::json&)>>> damage = {
        {"feature out of range", [&](auto& j) { j["feature"][first_internal] = 99; }},
        {"child loop", [&](auto& j) { j["left"][first_internal] = 0; }},
        {"child beyond the end", [&](auto& j) { j["left"][first_internal] = 1 << 30; }},
        {"size mismatch", [](auto& j) { j["value"].erase(0); }},
        {"missing field", [](auto& j) { j.erase("roots"); }},
        {"wrong type", [](auto& j) { j["threshold"] = "x"; }},
        {"no features", [](auto& j) { j["features"] = 0; }},
    };
    for (auto& [name, change] : damage) {
        auto j = good;
        change(j);
        EXPECT_THROW(IsolationForest::from_json(j), ModelError) << name;
    }
}

}  // namespace
}  // namespace fd
