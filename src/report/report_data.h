// The figures of a period report, read from a database. No Qt here: the same data feeds the
// HTML and PDF writers, the CLI and the GUI, and its tests need no display.
//
// Definitions (the report repeats them under its tables):
// - Transactions, alerts, confirmed fraud, reasons, merchants, countries, the charts: by the
//   transaction's time in [from, until). An import raises all its alerts at once, and the
//   demo feed's clock runs faster than the wall clock, so alert time would mislead.
// - Decisions and analyst metrics: by the decision's time, as the Review Metrics view counts
//   them (storage/review_metrics.h).
// - Alert precision: of the period's alerts whose transaction carries a label (an analyst's
//   decision or imported ground truth), the share labelled fraud.
// - Risk and reasons are the active model's (for an alert, the model that raised it); with
//   no active model, the newest model's that scored transactions.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ingest/model_comparison.h"
#include "storage/database.h"
#include "storage/review_metrics.h"

namespace fd::report {

struct Period {
    std::optional<std::int64_t> from_ms;   // inclusive; none: since the first transaction
    std::optional<std::int64_t> until_ms;  // exclusive; none: through the last one
    std::int64_t now_ms = 0;               // what "open and overdue" is judged against
    std::int64_t utc_offset_ms = 0;        // so days start on the local clock
};

struct MoneyTotal {
    std::string currency;
    std::int64_t count = 0;
    std::int64_t minor = 0;  // sum of amounts in minor units
};

// A merchant or a country, ranked by its alerts.
struct Ranked {
    std::string key;     // merchant id or upper-case country code; "" when the rows have none
    std::string detail;  // a merchant's category
    std::int64_t transactions = 0;
    std::int64_t alerts = 0;
    std::int64_t fraud = 0;  // transactions labelled fraud
};

struct ReasonCount {
    std::string code;         // "feature:<name>" or "rule:<name>"
    std::string sentence;     // what the feature measures (the registry's); "" for a rule
    std::string example;      // the reason as the highest-risk of those alerts words it
    std::int64_t alerts = 0;  // alerts that give this reason among their top ones
};

struct TimeBucket {
    std::int64_t start_ms = 0;
    std::int64_t transactions = 0;
    std::int64_t scored = 0;
    std::int64_t alerts = 0;
    double mean_risk = 0.0;  // over the scored rows; 0 when none
};

inline constexpr int kHistogramBins = 50;  // 2 risk points each

struct ModelInfo {
    std::int64_t id = 0;
    bool active = false;  // false: no model is active and this one scored last
    std::string kind, name;
    std::int64_t created_ms = 0;
    std::optional<double> alert_threshold;
    std::int64_t trained_rows = 0, fraud_labels = 0, legit_labels = 0;
    std::map<std::string, double> metrics;  // the bundle header's training metrics
    std::optional<Comparison> evaluation;   // its latest comparison, when it was retrained
};

struct PeriodData {
    Period period;
    // The first and last transaction time in the period (none when it holds none).
    std::optional<std::int64_t> first_ms, last_ms;

    std::int64_t transactions = 0;
    std::vector<MoneyTotal> volume;  // per currency, most transactions first
    std::int64_t scored = 0;

    std::int64_t alerts = 0;
    std::int64_t alerts_open = 0, alerts_closed_fraud = 0, alerts_closed_legit = 0;
    std::array<std::int64_t, 4> alerts_by_level{};  // low, medium, high, critical
    std::int64_t labelled_alerts = 0, labelled_alerts_fraud = 0;
    std::optional<double> alert_precision;  // none when no alert is labelled

    std::int64_t fraud = 0;  // transactions labelled fraud
    std::vector<MoneyTotal> fraud_amount;
    std::int64_t fraud_alerted = 0;      // of those, how many raised an alert
    std::optional<double> fraud_caught;  // fraud_alerted / fraud

    ReviewMetrics review;  // decisions and analysts, by decision time

    std::vector<ReasonCount> top_reasons;  // most alerts first
    std::vector<Ranked> top_merchants, top_countries;

    std::int64_t bucket_ms = kMsPerDay;
    std::vector<TimeBucket> over_time;  // every bucket from first to last, empty ones too
    std::array<std::int64_t, kHistogramBins> risk_histogram{};

    // The model whose scores the figures use: the active one, else (none active) the newest
    // that scored anything, so a database scored by a model never activated still reports.
    std::optional<ModelInfo> model;
};

inline constexpr std::size_t kTopRows = 10;

// Reads everything in two read transactions (the review metrics take their own). Throws
// StorageError.
PeriodData gather_period(Database& db, const Period& period);

// Hour buckets for spans up to 3 days, days up to 120 days, weeks (from Monday) beyond.
std::int64_t bucket_size_for(std::int64_t span_ms);

}  // namespace fd::report
