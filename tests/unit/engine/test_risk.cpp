#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/engine/model_error.h"
#include "core/engine/risk.h"
#include "core/engine/score_normalizer.h"

namespace fd {
namespace {

std::vector<double> uniform_scores(std::size_t n) {
    std::vector<double> scores(n);
    for (std::size_t i = 0; i < n; ++i) scores[i] = static_cast<double>(i) / static_cast<double>(n);
    return scores;
}

TEST(ScoreNormalizer, TailIsTheShareOfTrainingScoresAtLeastAsHigh) {
    const auto n = ScoreNormalizer::fit(uniform_scores(100000));
    struct Case {
        double score, tail;
    };
    for (const Case c :
         {Case{0.5, 0.5}, {0.9, 0.1}, {0.99, 0.01}, {0.999, 0.001}, {0.9999, 1e-4}}) {
        EXPECT_NEAR(n.tail(c.score) / c.tail, 1.0, 0.02) << c.score;
    }
    EXPECT_EQ(n.tail(-1.0), 1.0);
    EXPECT_NEAR(n.tail(5.0), 1.0 / 100001.0, 1e-12);  // beyond anything seen
    EXPECT_NEAR(n.rarity(0.99), 2.0, 0.01);
}

TEST(ScoreNormalizer, TailNeverIncreasesWithTheScore) {
    std::mt19937 random(3);
    std::lognormal_distribution<double> heavy(0.0, 1.5);
    std::vector<double> scores(20000);
    for (auto& s : scores) s = heavy(random);
    const auto n = ScoreNormalizer::fit(scores);
    double previous = 1.0;
    for (double s = 0.0; s < 200.0; s += 0.01) {
        const double t = n.tail(s);
        ASSERT_LE(t, previous + 1e-15) << s;
        previous = t;
    }
}

TEST(ScoreNormalizer, MostlyTiedScoresStayOrdinary) {
    std::vector<double> scores(1000, 0.0);
    for (int i = 0; i < 10; ++i) scores[static_cast<std::size_t>(i)] = 0.5;  // a rule fired on 1%
    const auto n = ScoreNormalizer::fit(scores);
    EXPECT_EQ(n.tail(0.0), 1.0);
    EXPECT_NEAR(n.tail(0.5), 0.01, 0.002);
}

TEST(ScoreNormalizer, JsonRoundTripAndDamage) {
    const auto n = ScoreNormalizer::fit(uniform_scores(5000));
    const auto back = ScoreNormalizer::from_json(n.to_json());
    for (double s : {0.1, 0.5, 0.97, 0.9995}) EXPECT_EQ(back.tail(s), n.tail(s));
    auto bad = n.to_json();
    bad["values"][3] = -100.0;  // values must not decrease
    EXPECT_THROW(ScoreNormalizer::from_json(bad), ModelError);
    bad = n.to_json();
    bad["levels"].erase(0);
    EXPECT_THROW(ScoreNormalizer::from_json(bad), ModelError);
    EXPECT_THROW(ScoreNormalizer::from_json(nlohmann::json::array()), ModelError);
    EXPECT_THROW(ScoreNormalizer::fit(std::vector<double>{}), ModelError);
    EXPECT_THROW(ScoreNormalizer::fit(std::vector<double>{1.0, std::nan("")}), ModelError);
}

TEST(Risk, CombinesRaritiesOnTheDocumentedScale) {
    const std::vector<double> weights = {0.4, 0.4, 0.2};
    EXPECT_DOUBLE_EQ(combine_risk(std::vector<double>{2, 2, 2}, weights), 50.0);  // top 1%
    EXPECT_DOUBLE_EQ(combine_risk(std::vector<double>{0, 0, 0}, weights), 0.0);
    EXPECT_DOUBLE_EQ(combine_risk(std::vector<double>{9, 9, 9}, weights), 100.0);  // capped
    EXPECT_DOUBLE_EQ(combine_risk(std::vector<double>{4, 0, 0}, weights), 40.0);
    EXPECT_DOUBLE_EQ(combine_risk(std::vector<double>{4, 0, 0}, std::vector<double>{1, 0, 0}),
                     100.0);
}

TEST(Risk, LevelsAndTheirBoundaries) {
    const RiskLevels levels;
    EXPECT_EQ(levels.level_for(0), RiskLevel::Low);
    EXPECT_EQ(levels.level_for(24.99), RiskLevel::Low);
    EXPECT_EQ(levels.level_for(25), RiskLevel::Medium);
    EXPECT_EQ(levels.level_for(50), RiskLevel::High);
    EXPECT_EQ(levels.level_for(75), RiskLevel::Critical);
    EXPECT_EQ(risk_level_name(RiskLevel::Critical), "critical");
    EXPECT_THROW(RiskLevels::from_json({{"medium", 60}, {"high", 50}}), ModelError);
    EXPECT_EQ(RiskLevels::from_json({{"high", 40}}).high, 40);
}

TEST(Risk, SupervisedShareGrowsWithLabels) {
    const EnsembleWeights w;
    EXPECT_EQ(w.supervised_share(0), 0.0);
    EXPECT_NEAR(w.supervised_share(50), w.supervised_max / 2, 1e-12);
    EXPECT_LT(w.supervised_share(10), w.supervised_share(100));
    EXPECT_LT(w.supervised_share(1000000), w.supervised_max);
    EXPECT_GT(w.supervised_share(1000000), w.supervised_max - 0.001);
    EXPECT_THROW(EnsembleWeights::from_json({{"iforest", -1}}), ModelError);
    EXPECT_THROW(EnsembleWeights::from_json({{"iforest", 0}, {"autoencoder", 0}, {"rules", 0}}),
                 ModelError);
}

}  // namespace
}  // namespace fd
