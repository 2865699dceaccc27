#include "risk.h"

#include <algorithm>
#include <cmath>

#include "core/tr_mark.h"
#include "model_error.h"

namespace fd {
namespace {

// `message` is the template for a bad value, with %1 for the key.
double number_field(const nlohmann::json& j, const char* name, double fallback,
                    const char* message) {
    if (!j.contains(name)) return fallback;
    if (!j[name].is_number() || !std::isfinite(j[name].get<double>()) || j[name].get<double>() < 0)
        throw ModelError(fill_text(message, {name}));
    return j[name].get<double>();
}

}  // namespace

std::string_view risk_level_name(RiskLevel level) {
    switch (level) {
        case RiskLevel::Low:
            return "low";
        case RiskLevel::Medium:
            return "medium";
        case RiskLevel::High:
            return "high";
        case RiskLevel::Critical:
            return "critical";
    }
    return "low";
}

RiskLevel RiskLevels::level_for(double risk) const {
    if (risk >= critical) return RiskLevel::Critical;
    if (risk >= high) return RiskLevel::High;
    if (risk >= medium) return RiskLevel::Medium;
    return RiskLevel::Low;
}

nlohmann::json RiskLevels::to_json() const {
    return {{"medium", medium}, {"high", high}, {"critical", critical}};
}

RiskLevels RiskLevels::from_json(const nlohmann::json& j) {
    const char* what = FD_TR("core/Engine", "Risk levels: '%1' must be a non-negative number");
    RiskLevels levels;
    levels.medium = number_field(j, "medium", levels.medium, what);
    levels.high = number_field(j, "high", levels.high, what);
    levels.critical = number_field(j, "critical", levels.critical, what);
    if (!(levels.medium <= levels.high && levels.high <= levels.critical && levels.critical <= 100))
        throw ModelError(
            FD_TR("core/Engine", "Risk levels must rise: medium <= high <= critical <= 100"));
    return levels;
}

double EnsembleWeights::supervised_share(std::int64_t fraud_labels) const {
    if (fraud_labels <= 0) return 0.0;
    const double n = static_cast<double>(fraud_labels);
    return supervised_max * n / (n + supervised_half_labels);
}

nlohmann::json EnsembleWeights::to_json() const {
    return {{"iforest", iforest},
            {"autoencoder", autoencoder},
            {"rules", rules},
            {"supervised_max", supervised_max},
            {"supervised_half_labels", supervised_half_labels}};
}

EnsembleWeights EnsembleWeights::from_json(const nlohmann::json& j) {
    const char* what = FD_TR("core/Engine", "Ensemble weights: '%1' must be a non-negative number");
    EnsembleWeights w;
    w.iforest = number_field(j, "iforest", w.iforest, what);
    w.autoencoder = number_field(j, "autoencoder", w.autoencoder, what);
    w.rules = number_field(j, "rules", w.rules, what);
    w.supervised_max = number_field(j, "supervised_max", w.supervised_max, what);
    w.supervised_half_labels =
        number_field(j, "supervised_half_labels", w.supervised_half_labels, what);
    if (w.supervised_max > 1.0)
        throw ModelError(
            FD_TR("core/Engine", "Ensemble weights: 'supervised_max' must be at most 1"));
    if (w.iforest + w.autoencoder + w.rules <= 0)
        throw ModelError(
            FD_TR("core/Engine",
                  "Ensemble weights: at least one unsupervised weight must be above zero"));
    return w;
}

double combine_risk(std::span<const double> rarities, std::span<const double> weights) {
    double sum = 0.0, total = 0.0;
    for (std::size_t i = 0; i < rarities.size() && i < weights.size(); ++i) {
        if (weights[i] <= 0) continue;
        sum += weights[i] * rarities[i];
        total += weights[i];
    }
    if (total <= 0) return 0.0;
    return std::clamp(kRiskPerRarity * sum / total, 0.0, 100.0);
}

}  // namespace fd
