// Gradient-boosted trees model files: round trips in UBJSON and JSON, and refusal of
// garbage, truncated, mismatched and hostile models without crashing.
#include <gtest/gtest.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <random>

#include "core/engine/model_error.h"
#include "core/gbdt/gradient_boosted_trees.h"
#include "gbdt_test_data.h"

namespace fd {
namespace {

using nlohmann::json;
using Bytes = std::vector<std::uint8_t>;

constexpr std::size_t kFeatures = 5;

GbdtParams file_params() {
    GbdtParams p;
    p.rounds = 25;
    p.max_depth = 4;
    p.eta = 0.3;
    return p;
}

// One small trained model shared by the tests, never destroyed: a booster freed during
// static destruction is deliberately leaked (see xgboost_handles.cpp), which LeakSanitizer
// would report.
const GradientBoostedTrees& trained() {
    static const auto* model = [] {
        const auto train = test::make_labelled(1500, kFeatures, 1, test::rare_fraud);
        const auto validation = test::make_labelled(1500, kFeatures, 2, test::rare_fraud);
        return new GradientBoostedTrees(
            GradientBoostedTrees::fit(train.rows.view(), train.labels, validation.rows.view(),
                                      validation.labels, file_params()));
    }();
    return *model;
}

const test::Labelled& probe() {
    static const auto rows = test::make_labelled(200, kFeatures, 3, test::rare_fraud);
    return rows;
}

std::vector<double> predict_all(const GradientBoostedTrees& model) {
    std::vector<double> out(probe().rows.rows);
    model.predict(probe().rows.view(), out.data());
    return out;
}

std::vector<float> contributions_all(const GradientBoostedTrees& model) {
    std::vector<float> out(probe().rows.rows * (kFeatures + 1));
    model.contributions(probe().rows.view(), out.data());
    return out;
}

Bytes to_bytes(const std::string& text) {
    return Bytes(text.begin(), text.end());
}

json model_json() {
    return json::from_ubjson(trained().save());
}

GradientBoostedTrees load(const Bytes& bytes, std::size_t features = kFeatures) {
    return GradientBoostedTrees::load(bytes, features, file_params());
}

TEST(GbdtModelFile, RoundTripGivesIdenticalScores) {
    const auto& model = trained();
    const Bytes bytes = model.save();
    ASSERT_GT(bytes.size(), 100u);
    EXPECT_EQ(bytes[0], '{');
    const auto loaded = load(bytes);
    EXPECT_EQ(loaded.features(), kFeatures);
    EXPECT_EQ(loaded.best_iteration(), model.best_iteration());
    EXPECT_EQ(loaded.scale_pos_weight_used(), model.scale_pos_weight_used());
    EXPECT_EQ(loaded.best_validation_aucpr(), model.best_validation_aucpr());
    EXPECT_EQ(predict_all(loaded), predict_all(model));
    EXPECT_EQ(contributions_all(loaded), contributions_all(model));
    EXPECT_EQ(loaded.save(), bytes);
}

TEST(GbdtModelFile, LoadsXgboostJsonText) {
    const auto loaded = load(to_bytes(model_json().dump()));
    EXPECT_EQ(predict_all(loaded), predict_all(trained()));
}

TEST(GbdtModelFile, RefusesGarbageAndTruncation) {
    const Bytes bytes = trained().save();
    std::vector<Bytes> bad = {{},
                              to_bytes("{"),
                              to_bytes("not a model"),
                              to_bytes("{garbage}"),
                              to_bytes("{\"learner\": 1}"),
                              to_bytes("binf0000")};
    for (std::size_t keep :
         {std::size_t{1}, std::size_t{2}, std::size_t{64}, bytes.size() / 2, bytes.size() - 1}) {
        bad.emplace_back(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(keep));
    }
    std::mt19937_64 random(7);
    Bytes noise(4096);
    for (auto& b : noise) b = static_cast<std::uint8_t>(random());
    bad.push_back(noise);
    noise[0] = '{';
    noise[1] = 'L';
    bad.push_back(noise);
    for (const auto& b : bad) EXPECT_THROW(load(b), ModelError) << b.size() << " bytes";
}

TEST(GbdtModelFile, RefusesAWrongFeatureCount) {
    try {
        load(trained().save(), kFeatures + 1);
        FAIL() << "loaded with the wrong feature count";
    } catch (const ModelError& e) {
        EXPECT_NE(std::string(e.what()).find("trained on 5 features but 6"), std::string::npos)
            << e.what();
    }
}

TEST(GbdtModelFile, RefusesHostileNestingAndSizes) {
    std::string deep = "{\"learner\":";
    deep.append(200'000, '[');
    EXPECT_THROW(load(to_bytes(deep)), ModelError);
    // UBJSON: an array of 2^62 zero-byte nulls, and a string claiming 2^62 bytes.
    const Bytes nulls = {'{', 'i', 1, 'a', '[', '$', 'Z', '#', 'L', 0x40, 0, 0, 0, 0, 0, 0, 0, '}'};
    EXPECT_THROW(load(nulls), ModelError);
    const Bytes long_string = {'{', 'i', 1, 'a', 'S', 'L', 0x40, 0, 0, 0, 0, 0, 0, 0, 'x', '}'};
    EXPECT_THROW(load(long_string), ModelError);
}

// A model that parses but would make XGBoost read out of bounds, loop, or misbehave.
TEST(GbdtModelFile, RefusesHostileTrees) {
    const json good = model_json();
    const auto first_tree = [](json& j) -> json& {
        return j["learner"]["gradient_booster"]["model"]["trees"][0];
    };
    const std::vector<std::function<void(json&)>> mutations = {
        [&](json& j) { first_tree(j)["left_children"][0] = 0; },
        [&](json& j) { first_tree(j)["left_children"][0] = 100000; },
        [&](json& j) { first_tree(j)["right_children"][0] = 5; },
        [&](json& j) { first_tree(j)["split_indices"][0] = 99; },
        [&](json& j) { first_tree(j)["split_indices"][0] = -1; },
        [&](json& j) { first_tree(j)["parents"][1] = 2; },
        [&](json& j) { first_tree(j)["split_type"][0] = 1; },
        [&](json& j) { first_tree(j)["split_conditions"][0] = "x"; },
        [&](json& j) { first_tree(j)["left_children"].erase(0); },
        [&](json& j) { first_tree(j)["tree_param"]["num_nodes"] = "100000"; },
        [&](json& j) { first_tree(j)["tree_param"]["num_feature"] = "9"; },
        [&](json& j) { first_tree(j)["id"] = 1; },
        [&](json& j) { first_tree(j).erase("sum_hessian"); },
        [&](json& j) { j["learner"]["gradient_booster"]["model"]["tree_info"].push_back(0); },
        [&](json& j) { j["learner"]["gradient_booster"]["model"]["trees"] = json::array(); },
        [&](json& j) { j["learner"]["objective"]["name"] = "reg:squarederror"; },
        [&](json& j) { j["learner"]["learner_model_param"]["base_score"] = "2"; },
        [&](json& j) { j["learner"]["learner_model_param"]["num_class"] = "3"; },
        [&](json& j) { j["learner"]["gradient_booster"]["name"] = "gblinear"; },
    };
    ASSERT_NO_THROW(load(to_bytes(good.dump())));
    for (std::size_t m = 0; m < mutations.size(); ++m) {
        json hostile = good;
        mutations[m](hostile);
        EXPECT_THROW(load(to_bytes(hostile.dump())), ModelError) << "mutation " << m;
        EXPECT_THROW(load(json::to_ubjson(hostile)), ModelError) << "mutation " << m;
    }
}

// Random byte flips of a real model: each load either refuses with ModelError or gives a
// model that scores without crashing (ASan checks the "without crashing").
TEST(GbdtModelFile, SurvivesByteFlips) {
    const Bytes bytes = trained().save();
    std::mt19937_64 random(11);
    int loaded = 0;
    for (int attempt = 0; attempt < 1000; ++attempt) {
        Bytes flipped = bytes;
        const int flips = 1 + static_cast<int>(random() % 4);
        for (int f = 0; f < flips; ++f) {
            flipped[random() % flipped.size()] = static_cast<std::uint8_t>(random());
        }
        try {
            const auto model = load(flipped);
            predict_all(model);
            contributions_all(model);
            ++loaded;
        } catch (const ModelError&) {
        }
    }
    RecordProperty("loaded_after_flips", loaded);
}

}  // namespace
}  // namespace fd
