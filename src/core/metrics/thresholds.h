// Alert thresholds from what an analyst team can afford, never from a guessed
// contamination rate: an alert budget (alerts per day, or the top x%), or the cost of
// mistakes (a missed fraud costs its amount, a review a fixed amount) on labelled history.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace fd {

// The score at or above which `alerts_per_day` alerts would have fired per day, on average,
// over the history's days. Throws std::invalid_argument on empty input or a budget <= 0.
double threshold_for_alerts_per_day(std::span<const double> scores,
                                    std::span<const std::int64_t> timestamps_ms,
                                    double alerts_per_day);
// The score at or above which the top `fraction` (0..1] of rows alert.
double threshold_for_top_fraction(std::span<const double> scores, double fraction);

struct CostPoint {
    double threshold = 0;
    double cost = 0;  // missed fraud amount + review cost x alerts
    std::int64_t alerts = 0;
    double missed_amount = 0;
};
struct CostCurve {
    std::vector<CostPoint> points;  // by threshold, highest first
    std::size_t best = 0;           // index of the cheapest point
};
// Over labelled rows (labels 0/1, amounts in major units). Empty without any fraud label.
std::optional<CostCurve> cost_curve(std::span<const double> scores,
                                    std::span<const std::uint8_t> labels,
                                    std::span<const double> amounts, double review_cost);

struct ThresholdPolicy {
    enum class Kind { AlertsPerDay, TopFraction, Cost };
    Kind kind = Kind::TopFraction;
    double value = 0.01;  // alerts per day, fraction, or the cost of one review
    nlohmann::json to_json() const;
    static ThresholdPolicy from_json(const nlohmann::json& j);  // throws std::invalid_argument
};

struct ThresholdHistory {
    std::span<const double> scores;
    std::span<const std::int64_t> timestamps_ms;
    std::span<const std::uint8_t> labels;  // per row: 0, 1, or 2 for unlabelled
    std::span<const double> amounts;
};
// What alerting at `threshold` would have meant on the history: alerts per day over its
// days, and on its labelled rows precision, recall, the fraud amount missed and the cost
// (missed amount + review_cost per labelled alert, as cost_curve counts it).
struct ThresholdEffect {
    double threshold = 0;
    double alerts_per_day = 0;
    std::int64_t labelled_alerts = 0;
    std::optional<double> precision;  // empty when no labelled row alerts
    std::optional<double> recall;     // empty without fraud labels
    double missed_amount = 0;
    double cost = 0;
};
ThresholdEffect threshold_effect(const ThresholdHistory& history, double threshold,
                                 double review_cost);

// Resolves a policy on history. A cost policy without fraud labels throws
// std::invalid_argument saying to use a budget instead.
double resolve_threshold(const ThresholdPolicy& policy, const ThresholdHistory& history);

}  // namespace fd
