// Reasons an analyst reads: sentences with numbers, built from what made each model flag
// the transaction (feature deviations, autoencoder errors, SHAP contributions) and from
// the rules that fired. Each feature that can explain an alert has a template here.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/transaction.h"
#include "feature_stats.h"

namespace fd {

struct Reason {
    std::string code;  // "feature:<name>" or "rule:<name>"; stable, for storage and charts
    std::string text;  // the sentence
    double weight = 0.0;
    bool operator==(const Reason&) const = default;
};

// How one feature explains risk. `risky_when_above` is the value the feature must exceed
// (or fall below, when `high_is_risky` is false) before it can be a reason at all.
struct FeatureReason {
    std::string_view feature;
    bool high_is_risky = true;
    double threshold = 0.0;
    // Placeholders: {amount} {currency} {country} {city} {merchant} {category} {channel}
    // {device} {value} {value_int} {count} (value + 1: the transaction itself included)
    // {times} (value with one decimal and no trailing zero).
    std::string_view text;
};

const std::vector<FeatureReason>& feature_reasons();
const FeatureReason* feature_reason(std::string_view feature);

// Fills a template's placeholders for one transaction and feature value.
std::string format_reason(std::string_view text, const Transaction& t, double value);

// "2,340.00": the amount in major units with thousands separators.
std::string format_money(std::int64_t amount_minor, std::string_view currency);

// Picks the best `top` reasons. `attribution[i]` is feature i's share of the risk (already
// weighted across models); a feature becomes a reason only when it has a template and its
// value is on the risky side of the template's threshold. Ties break by code, so the
// order is deterministic.
std::vector<Reason> pick_reasons(const Transaction& t, std::span<const float> features,
                                 const std::vector<std::string>& feature_names,
                                 std::span<const double> attribution,
                                 std::vector<Reason> rule_reasons, std::size_t top = 3);

}  // namespace fd
