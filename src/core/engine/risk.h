// From per-model rarities to one risk figure an analyst can read, and its level.
//
// Each model's score becomes a rarity, -log10 of the share of training rows that scored
// as high (ScoreNormalizer). Risk is 25 x the weighted mean rarity, capped at 100:
// risk 50 means "as rare as the top 1% on the weighted models", 75 the top 0.1%, 100 the
// top 0.01%. The level thresholds sit on those round numbers by default.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <span>
#include <string_view>

namespace fd {

enum class RiskLevel : std::uint8_t { Low = 0, Medium = 1, High = 2, Critical = 3 };
std::string_view risk_level_name(RiskLevel level);  // "low", "medium", "high", "critical"

struct RiskLevels {
    double medium = 25.0;    // top 10%
    double high = 50.0;      // top 1%
    double critical = 75.0;  // top 0.1%
    RiskLevel level_for(double risk) const;
    nlohmann::json to_json() const;
    static RiskLevels from_json(const nlohmann::json& j);  // throws ModelError
};

// Weights of the ensemble's members. Without labels the unsupervised models and the rules
// share the weight; the supervised model's share grows with the fraud labels it learnt
// from, reaching half of `supervised_max` at `supervised_half_labels` frauds.
struct EnsembleWeights {
    double iforest = 0.4;
    double autoencoder = 0.4;
    double rules = 0.2;
    double supervised_max = 0.9;
    double supervised_half_labels = 50.0;

    double supervised_share(std::int64_t fraud_labels) const;
    nlohmann::json to_json() const;
    static EnsembleWeights from_json(const nlohmann::json& j);  // throws ModelError
};

inline constexpr double kRiskPerRarity = 25.0;

// Weighted mean of the rarities, scaled to 0..100. Weights of zero drop a member.
double combine_risk(std::span<const double> rarities, std::span<const double> weights);

}  // namespace fd
