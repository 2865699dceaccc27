// Metrics against scikit-learn's values; regenerate them with sklearn_reference.py here.
#include "core/metrics/metrics.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/metrics/thresholds.h"

namespace fd {
namespace {

struct Data {
    std::vector<double> scores;
    std::vector<std::uint8_t> labels;
};

Data load_case(const std::string& name) {
    if (name == "small") return {{0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1}};
    if (name == "ties") return {{0.5, 0.5, 0.5, 0.2, 0.9, 0.2, 0.7, 0.5}, {1, 0, 1, 0, 1, 0, 0, 0}};
    if (name == "all_equal") return {std::vector<double>(6, 0.3), {1, 0, 0, 1, 0, 0}};
    Data data;  // random_1000: written by sklearn_reference.py
    std::ifstream in(std::filesystem::path(__FILE__).parent_path() / "random_1000.csv");
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        double score;
        int label;
        char comma;
        fields >> score >> comma >> label;
        data.scores.push_back(score);
        data.labels.push_back(static_cast<std::uint8_t>(label));
    }
    return data;
}

struct Reference {
    const char* name;
    double auc, ap;
    std::size_t roc_points, pr_points;
};

// Printed by sklearn_reference.py (scikit-learn 1.2, Debian 12).
const Reference kReference[] = {
    {"small", 0.75, 0.8333333333333333, 5, 5},
    {"ties", 0.7333333333333333, 0.6666666666666667, 5, 5},
    {"all_equal", 0.5, 0.3333333333333333, 2, 2},
    {"random_1000", 0.7678278569351555, 0.3460444338368478, 302, 388},
};

TEST(Metrics, MatchScikitLearn) {
    for (const auto& ref : kReference) {
        const auto d = load_case(ref.name);
        ASSERT_FALSE(d.scores.empty()) << ref.name;
        EXPECT_NEAR(*roc_auc(d.scores, d.labels), ref.auc, 1e-12) << ref.name;
        EXPECT_NEAR(*average_precision(d.scores, d.labels), ref.ap, 1e-12) << ref.name;
        EXPECT_EQ(roc_curve(d.scores, d.labels).size(), ref.roc_points) << ref.name;
        EXPECT_EQ(pr_curve(d.scores, d.labels).size(), ref.pr_points) << ref.name;
    }
}

TEST(Metrics, UndefinedWithOneClass) {
    const std::vector<double> s = {0.1, 0.2};
    EXPECT_FALSE(roc_auc(s, std::vector<std::uint8_t>{0, 0}));
    EXPECT_FALSE(roc_auc(s, std::vector<std::uint8_t>{1, 1}));
    EXPECT_FALSE(average_precision(s, std::vector<std::uint8_t>{0, 0}));
    EXPECT_EQ(*average_precision(s, std::vector<std::uint8_t>{1, 1}), 1.0);
}

TEST(Metrics, PrecisionAndRecallAtKBreakTiesByInputOrder) {
    const std::vector<double> s = {0.9, 0.5, 0.5, 0.1};
    const std::vector<std::uint8_t> y = {1, 0, 1, 1};
    EXPECT_EQ(precision_at_k(s, y, 1), 1.0);
    EXPECT_EQ(precision_at_k(s, y, 2), 0.5);  // the earlier of the tied 0.5s comes first
    EXPECT_NEAR(recall_at_k(s, y, 3), 2.0 / 3.0, 1e-12);
    EXPECT_EQ(precision_at_k(s, y, 100), 0.75);  // k beyond the rows: all of them
    EXPECT_EQ(precision_at_k({}, {}, 5), 0.0);
}

TEST(Metrics, CardPrecisionCountsEachCardOncePerDay) {
    constexpr std::int64_t day = 86'400'000;
    // Day 0: card A twice (one fraud), card B legit, card C legit. Day 1: card B fraud.
    const std::vector<double> s = {0.9, 0.8, 0.7, 0.1, 0.95};
    const std::vector<std::uint8_t> y = {0, 1, 0, 0, 1};
    const std::vector<std::int64_t> t = {10, 20, 30, 40, day + 5};
    const std::vector<std::string> c = {"A", "A", "B", "C", "B"};
    // Day 0, k = 2: A (max 0.9, fraud) and B (0.7, legit): 1/2. Day 1: B fraud, 1 of k=2.
    EXPECT_NEAR(card_precision_at_k_per_day(s, y, t, c, 2), (0.5 + 0.5) / 2, 1e-12);
    EXPECT_NEAR(card_precision_at_k_per_day(s, y, t, c, 1), (1.0 + 1.0) / 2, 1e-12);
}

TEST(Metrics, ConfusionAndF1AtAThreshold) {
    const std::vector<double> s = {0.9, 0.6, 0.6, 0.2};
    const std::vector<std::uint8_t> y = {1, 0, 1, 1};
    const auto c = confusion_at(s, y, 0.6);  // at or above alerts
    EXPECT_EQ(c.tp, 2);
    EXPECT_EQ(c.fp, 1);
    EXPECT_EQ(c.fn, 1);
    EXPECT_EQ(c.tn, 0);
    EXPECT_NEAR(c.f1(), 2 * (2.0 / 3) * (2.0 / 3) / (4.0 / 3), 1e-12);
}

TEST(Metrics, DecimateKeepsEndsAndCorners) {
    std::vector<CurvePoint> line;
    for (int i = 0; i <= 100; ++i) line.push_back({i / 100.0, i <= 50 ? i / 50.0 : 1.0, 0});
    const auto out = decimate(line, 3);
    ASSERT_EQ(out.size(), 3u);
    EXPECT_EQ(out.front().x, 0.0);
    EXPECT_EQ(out[1].x, 0.5);  // the corner
    EXPECT_EQ(out.back().x, 1.0);
}

TEST(Metrics, TimeSplitByIndex) {
    const std::vector<std::int64_t> t = {1, 2, 3, 10, 11, 20, 30};
    const auto split = time_split(t, 4, 11, 25);
    EXPECT_EQ(split.train_end, 3u);
    EXPECT_EQ(split.test_begin, 4u);
    EXPECT_EQ(split.test_end, 6u);
    EXPECT_THROW(time_split(t, 12, 11, 25), std::invalid_argument);
    EXPECT_THROW(time_split(std::vector<std::int64_t>{3, 1}, 1, 2, 3), std::invalid_argument);
}

TEST(Thresholds, BudgetsGiveTheirAlertCounts) {
    std::vector<double> s;
    std::vector<std::int64_t> t;
    for (int i = 0; i < 1000; ++i) {
        s.push_back(i);
        t.push_back(static_cast<std::int64_t>(i) * 86'400'000 / 100);  // 10 days, 100 a day
    }
    const double per_day = threshold_for_alerts_per_day(s, t, 5);  // about 50 alerts
    EXPECT_NEAR(std::count_if(s.begin(), s.end(), [&](double v) { return v >= per_day; }), 50, 1);
    EXPECT_EQ(threshold_for_top_fraction(s, 0.01), 990);  // 10 rows at or above
    EXPECT_THROW(threshold_for_top_fraction(s, 0), std::invalid_argument);
}

TEST(Thresholds, CostFindsTheCheapestThresholdOrRefusesWithoutLabels) {
    // Fraud at the top worth 100 each; reviews cost 10.
    const std::vector<double> s = {0.9, 0.8, 0.7, 0.6, 0.5};
    const std::vector<std::uint8_t> y = {1, 1, 0, 0, 1};
    const std::vector<double> amounts = {100, 100, 5, 5, 15};
    const auto curve = cost_curve(s, y, amounts, 10);
    ASSERT_TRUE(curve);
    // Alert the top two: cost 20 + missed 15 = 35; all five: 50; none: 215.
    EXPECT_EQ(curve->points[curve->best].threshold, 0.8);
    EXPECT_EQ(curve->points[curve->best].cost, 35);
    EXPECT_FALSE(cost_curve(s, std::vector<std::uint8_t>(5, 0), amounts, 10));
    const std::vector<std::int64_t> t(5, 0);
    const std::vector<std::uint8_t> unlabelled(5, 2);
    ThresholdPolicy cost{ThresholdPolicy::Kind::Cost, 10};
    EXPECT_THROW(resolve_threshold(cost, {s, t, unlabelled, amounts}), std::invalid_argument);
    EXPECT_EQ(resolve_threshold(cost, {s, t, y, amounts}), 0.8);
    EXPECT_EQ(ThresholdPolicy::from_json(cost.to_json()).kind, ThresholdPolicy::Kind::Cost);
}

TEST(Thresholds, EffectCountsAlertsPerDayAndLabelledPrecisionRecallAndCost) {
    // Two days; labelled rows: fraud at 0.9 (100) and 0.5 (40), legit at 0.8 and 0.2.
    const std::vector<double> s = {0.9, 0.8, 0.7, 0.5, 0.2, 0.95};
    const std::vector<std::int64_t> t = {0, 1, 2, 3, 4, 2 * 86'400'000};
    const std::vector<std::uint8_t> y = {1, 0, 2, 1, 0, 2};
    const std::vector<double> amounts = {100, 7, 9, 40, 3, 1};
    const ThresholdHistory history{s, t, y, amounts};
    const auto at = threshold_effect(history, 0.75, 10);
    EXPECT_DOUBLE_EQ(at.alerts_per_day, 1.5);  // 0.9, 0.8 and 0.95 over two days
    EXPECT_EQ(at.labelled_alerts, 2);
    EXPECT_DOUBLE_EQ(*at.precision, 0.5);
    EXPECT_DOUBLE_EQ(*at.recall, 0.5);
    EXPECT_DOUBLE_EQ(at.missed_amount, 40);
    EXPECT_DOUBLE_EQ(at.cost, 40 + 2 * 10);
    // Nothing labelled alerts above 0.96; no fraud labels at all leaves recall empty.
    const auto none = threshold_effect(history, 0.96, 10);
    EXPECT_FALSE(none.precision);
    EXPECT_DOUBLE_EQ(*none.recall, 0.0);
    EXPECT_DOUBLE_EQ(none.cost, 140);
    const std::vector<std::uint8_t> unlabelled(6, 2);
    EXPECT_FALSE(threshold_effect({s, t, unlabelled, amounts}, 0.5, 10).recall);
    EXPECT_DOUBLE_EQ(threshold_effect({}, 0.5, 10).alerts_per_day, 0.0);
}

}  // namespace
}  // namespace fd
