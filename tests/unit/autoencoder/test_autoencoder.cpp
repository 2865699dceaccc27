#include "core/autoencoder/autoencoder.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/engine/model_error.h"
#include "core/metrics/metrics.h"

namespace fd {
namespace {

// Rows on a 2-dimensional manifold in 6 dimensions; every 40th row is pushed off it in
// column 3 only.
struct Data {
    FeatureMatrix x;
    std::vector<std::uint8_t> anomaly;
};

Data manifold(std::size_t rows, unsigned seed) {
    std::mt19937 random(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    Data d{FeatureMatrix(rows, 6), {}};
    for (std::size_t r = 0; r < rows; ++r) {
        const float a = normal(random), b = normal(random);
        const float values[] = {a, b, a + b, a - b, 2 * a, std::exp(b)};  // last: heavy-tailed
        const bool off = r % 40 == 0;
        for (std::size_t c = 0; c < 6; ++c) d.x.at(r, c) = values[c] + 0.05f * normal(random);
        if (off) d.x.at(r, 3) += 4.0f;
        d.anomaly.push_back(off);
    }
    return d;
}

AutoencoderParams quick() {
    AutoencoderParams p;
    p.epochs = 30;
    p.batch_size = 64;
    p.learning_rate = 5e-3;
    return p;
}

TEST(Autoencoder, FlagsOffManifoldRowsAndNamesTheFeature) {
    const auto d = manifold(4000, 1);
    const auto model = Autoencoder::fit(d.x.view(), quick());
    std::vector<double> s(d.x.rows);
    std::vector<float> errors(d.x.rows * 6);
    model.score_with_errors(d.x.view(), s.data(), errors.data());
    EXPECT_GT(*roc_auc(s, d.anomaly), 0.9);
    // Over the perturbed rows, column 3 carries the largest mean error.
    std::vector<double> mean(6, 0.0);
    for (std::size_t r = 0; r < d.x.rows; r += 40)
        for (std::size_t c = 0; c < 6; ++c) mean[c] += errors[r * 6 + c];
    EXPECT_EQ(std::max_element(mean.begin(), mean.end()) - mean.begin(), 3);
}

TEST(Autoencoder, LearnsAndStopsEarlyWhenValidationStalls) {
    const auto d = manifold(2000, 2);
    std::vector<double> losses;
    auto p = quick();
    p.epochs = 400;
    p.patience = 3;
    const auto model = Autoencoder::fit(d.x.view(), p, [&](const AutoencoderProgress& progress) {
        losses.push_back(progress.validation_loss);
        return true;
    });
    ASSERT_GE(losses.size(), 3u);
    EXPECT_LT(losses.back(), losses.front());
    EXPECT_LT(model.epochs_trained(), 400);
    EXPECT_TRUE(std::isfinite(model.best_validation_loss()));
}

TEST(Autoencoder, ReproducibleForASeed) {
    const auto d = manifold(800, 3);
    auto p = quick();
    p.epochs = 5;
    const auto a = Autoencoder::fit(d.x.view(), p).to_json();
    const auto b = Autoencoder::fit(d.x.view(), p).to_json();
    EXPECT_EQ(a, b);
    p.seed = 2;
    EXPECT_NE(a["layers"], Autoencoder::fit(d.x.view(), p).to_json()["layers"]);
}

TEST(Autoencoder, CancelKeepsTheBestSoFar) {
    const auto d = manifold(800, 4);
    int calls = 0;
    const auto model = Autoencoder::fit(d.x.view(), quick(),
                                        [&](const AutoencoderProgress&) { return ++calls < 2; });
    EXPECT_TRUE(model.cancelled());
    EXPECT_EQ(model.epochs_trained(), 2);
}

TEST(Autoencoder, JsonRoundTripAndHostileJson) {
    const auto d = manifold(600, 5);
    auto p = quick();
    p.epochs = 3;
    const auto model = Autoencoder::fit(d.x.view(), p);
    const auto back = Autoencoder::from_json(nlohmann::json::parse(model.to_json().dump()));
    std::vector<double> s1(d.x.rows), s2(d.x.rows);
    model.score(d.x.view(), s1.data());
    back.score(d.x.view(), s2.data());
    EXPECT_EQ(s1, s2);
    const auto good = model.to_json();
    std::vector<std::pair<const char*, std::function<void(nlohmann::json&)>>> damage = {
        {"layers do not chain", [](auto& j) { j["layers"][1]["inputs"] = 99; }},
        {"weight count", [](auto& j) { j["layers"][0]["weights"].erase(0); }},
        {"scale zero", [](auto& j) { j["scale"][0] = 0.0; }},
        {"no layers", [](auto& j) { j["layers"] = nlohmann::json::array(); }},
        {"missing", [](auto& j) { j.erase("centre"); }},
        {"output size", [](auto& j) { j["layers"].erase(j["layers"].size() - 1); }},
    };
    for (auto& [name, change] : damage) {
        auto j = good;
        change(j);
        EXPECT_THROW(Autoencoder::from_json(j), ModelError) << name;
    }
}

TEST(Autoencoder, RefusesBadInput) {
    FeatureMatrix few(5, 2);
    EXPECT_THROW(Autoencoder::fit(few.view(), {}), ModelError);
    FeatureMatrix inf(20, 2);
    inf.at(7, 0) = INFINITY;
    EXPECT_THROW(Autoencoder::fit(inf.view(), {}), ModelError);
    auto p = quick();
    p.hidden = {0};
    EXPECT_THROW(Autoencoder::fit(manifold(100, 6).x.view(), p), ModelError);
}

}  // namespace
}  // namespace fd
