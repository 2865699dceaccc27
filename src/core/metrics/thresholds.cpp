#include "thresholds.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <stdexcept>

#include "core/tr_mark.h"

namespace fd {
namespace {

constexpr double kDayMs = 86'400'000.0;

// The score of the n-th highest row (1-based), so that "score >= it" alerts about n rows.
double nth_highest(std::span<const double> scores, std::size_t n) {
    std::vector<double> sorted(scores.begin(), scores.end());
    n = std::clamp<std::size_t>(n, 1, sorted.size());
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(n - 1),
                     sorted.end(), std::greater<>());
    return sorted[n - 1];
}

}  // namespace

double threshold_for_alerts_per_day(std::span<const double> scores,
                                    std::span<const std::int64_t> timestamps_ms,
                                    double alerts_per_day) {
    if (scores.empty() || scores.size() != timestamps_ms.size())
        throw std::invalid_argument(
            FD_TR("core/Engine", "an alert budget needs scored history with times"));
    if (!(alerts_per_day > 0))
        throw std::invalid_argument(FD_TR("core/Engine", "the alert budget must be above zero"));
    const auto [first, last] = std::minmax_element(timestamps_ms.begin(), timestamps_ms.end());
    const double days = std::max(1.0, static_cast<double>(*last - *first) / kDayMs);
    const auto alerts = static_cast<std::size_t>(std::llround(alerts_per_day * days));
    return nth_highest(scores, alerts);
}

double threshold_for_top_fraction(std::span<const double> scores, double fraction) {
    if (scores.empty())
        throw std::invalid_argument(
            FD_TR("core/Engine", "a top-fraction threshold needs scored history"));
    if (!(fraction > 0 && fraction <= 1))
        throw std::invalid_argument(FD_TR("core/Engine", "the fraction must be in (0, 1]"));
    const auto alerts =
        static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(scores.size())));
    return nth_highest(scores, alerts);
}

std::optional<CostCurve> cost_curve(std::span<const double> scores,
                                    std::span<const std::uint8_t> labels,
                                    std::span<const double> amounts, double review_cost) {
    if (scores.size() != labels.size() || scores.size() != amounts.size())
        throw std::invalid_argument("a cost curve needs a label and an amount per score");
    double fraud_amount = 0;
    bool any_fraud = false;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (labels[i] == 1) {
            fraud_amount += amounts[i];
            any_fraud = true;
        }
    }
    if (!any_fraud) return std::nullopt;
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](auto a, auto b) { return scores[a] > scores[b]; });
    CostCurve curve;
    // Alerting nothing: every fraud is missed.
    curve.points.push_back({INFINITY, fraud_amount, 0, fraud_amount});
    double missed = fraud_amount;
    std::int64_t alerts = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::size_t row = order[i];
        ++alerts;
        if (labels[row] == 1) missed -= amounts[row];
        const bool last_of_tie = i + 1 == order.size() || scores[order[i + 1]] != scores[row];
        if (!last_of_tie) continue;
        const double cost = std::max(0.0, missed) + review_cost * static_cast<double>(alerts);
        curve.points.push_back({scores[row], cost, alerts, std::max(0.0, missed)});
    }
    for (std::size_t i = 1; i < curve.points.size(); ++i)
        if (curve.points[i].cost < curve.points[curve.best].cost) curve.best = i;
    return curve;
}

nlohmann::json ThresholdPolicy::to_json() const {
    const char* name = kind == Kind::AlertsPerDay  ? "alerts_per_day"
                       : kind == Kind::TopFraction ? "top_fraction"
                                                   : "cost";
    return {{"kind", name}, {"value", value}};
}

ThresholdPolicy ThresholdPolicy::from_json(const nlohmann::json& j) {
    if (!j.is_object() || !j.contains("kind") || !j["kind"].is_string() || !j.contains("value") ||
        !j["value"].is_number())
        throw std::invalid_argument(
            FD_TR("core/Engine", "a threshold policy needs a kind and a value"));
    ThresholdPolicy p;
    const auto kind = j["kind"].get<std::string>();
    if (kind == "alerts_per_day")
        p.kind = Kind::AlertsPerDay;
    else if (kind == "top_fraction")
        p.kind = Kind::TopFraction;
    else if (kind == "cost")
        p.kind = Kind::Cost;
    else
        throw std::invalid_argument(
            fill_text(FD_TR("core/Engine", "unknown threshold policy '%1'"), {kind}));
    p.value = j["value"].get<double>();
    if (!std::isfinite(p.value) || p.value <= 0)
        throw std::invalid_argument(FD_TR("core/Engine", "the policy value must be above zero"));
    return p;
}

double resolve_threshold(const ThresholdPolicy& policy, const ThresholdHistory& history) {
    switch (policy.kind) {
        case ThresholdPolicy::Kind::AlertsPerDay:
            return threshold_for_alerts_per_day(history.scores, history.timestamps_ms,
                                                policy.value);
        case ThresholdPolicy::Kind::TopFraction:
            return threshold_for_top_fraction(history.scores, policy.value);
        case ThresholdPolicy::Kind::Cost: {
            std::vector<double> scores, amounts;
            std::vector<std::uint8_t> labels;
            for (std::size_t i = 0; i < history.scores.size() && i < history.labels.size(); ++i) {
                if (history.labels[i] > 1) continue;  // unlabelled
                scores.push_back(history.scores[i]);
                labels.push_back(history.labels[i]);
                amounts.push_back(i < history.amounts.size() ? history.amounts[i] : 0.0);
            }
            const auto curve = cost_curve(scores, labels, amounts, policy.value);
            if (!curve)
                throw std::invalid_argument(
                    FD_TR("core/Engine",
                          "a cost-based threshold needs fraud labels in the history; use an alert "
                          "budget (alerts per day or top fraction) until there are some"));
            return curve->points[curve->best].threshold;
        }
    }
    return 0;
}

ThresholdEffect threshold_effect(const ThresholdHistory& history, double threshold,
                                 double review_cost) {
    ThresholdEffect e;
    e.threshold = threshold;
    const std::size_t n = history.scores.size();
    if (n == 0) return e;
    std::int64_t alerts = 0, caught = 0, frauds = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const bool alert = history.scores[i] >= threshold;
        alerts += alert;
        const std::uint8_t label = i < history.labels.size() ? history.labels[i] : 2;
        if (label > 1) continue;
        const double amount = i < history.amounts.size() ? history.amounts[i] : 0.0;
        e.labelled_alerts += alert;
        if (label == 1) {
            ++frauds;
            caught += alert;
            if (!alert) e.missed_amount += amount;
        }
    }
    if (history.timestamps_ms.size() == n) {
        const auto [first, last] =
            std::minmax_element(history.timestamps_ms.begin(), history.timestamps_ms.end());
        const double days = std::max(1.0, static_cast<double>(*last - *first) / kDayMs);
        e.alerts_per_day = static_cast<double>(alerts) / days;
    }
    if (e.labelled_alerts > 0)
        e.precision = static_cast<double>(caught) / static_cast<double>(e.labelled_alerts);
    if (frauds > 0) e.recall = static_cast<double>(caught) / static_cast<double>(frauds);
    e.cost = e.missed_amount + review_cost * static_cast<double>(e.labelled_alerts);
    return e;
}

}  // namespace fd
