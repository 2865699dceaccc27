// How the review is going over a time window: each analyst's decisions and pace, how many
// closed alerts were fraud, how long alerts waited for a decision, SLA breaches, and the
// fraud and legit labels over time. Read from the labels table (decisions not undone) and
// the alerts table; nothing is stored.
//
// Definitions (the Review Metrics view says them in its tooltips):
// - A decision counts when it is not undone and its time is in [from, until). Escalations
//   are decisions (work done) but not labels, and they do not close an alert.
// - An alert is closed when its status is closed_fraud or closed_legit; its deciding
//   decision is the latest one still in force on its transaction, and the alert counts in
//   the window when that decision does.
// - Precision: closed as fraud / all closed. Time to decision: the deciding decision's time
//   minus the alert's creation; an escalation does not stop the clock.
// - SLA breaches: closed alerts decided after their due time, plus alerts still open (new,
//   in review, escalated) whose due time has passed as of now, whatever the window.
// - Pace: decisions per active hour, an active hour being a clock hour in which the analyst
//   made at least one decision. Dividing by the window's hours instead would measure
//   nights, days off and other analysts' shifts, not how fast someone reviews.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "database.h"

namespace fd {

inline constexpr std::int64_t kMsPerHour = 3'600'000;
inline constexpr std::int64_t kMsPerDay = 24 * kMsPerHour;

enum class ReviewPeriod { Last24Hours, Last7Days, Last30Days, All };

struct ReviewWindow {
    std::optional<std::int64_t> from_ms;  // inclusive; none: since the first decision
    std::int64_t until_ms = 0;            // exclusive
    std::int64_t now_ms = 0;              // what "open and past due" is judged against
    // Local time's offset from UTC, so days and hours start on the local clock.
    std::int64_t utc_offset_ms = 0;
};

// The window a period names as of `now_ms`, ending where the current hour (24 h) or local
// day (the others) ends: the last 24 whole clock hours, today and the 6 or 29 days before,
// or everything.
ReviewWindow review_window(ReviewPeriod period, std::int64_t now_ms,
                           std::int64_t utc_offset_ms = 0);

struct AnalystMetrics {
    std::string analyst;
    std::int64_t decisions = 0;  // fraud + legit + escalate
    std::int64_t fraud = 0;
    std::int64_t legit = 0;
    std::int64_t escalated = 0;
    std::int64_t active_hours = 0;
    double per_active_hour = 0.0;  // decisions / active_hours
    std::int64_t alerts_closed = 0;
    std::int64_t closed_late = 0;                       // after the alert's due time
    std::optional<std::int64_t> median_to_decision_ms;  // over the alerts they closed
};

struct LabelBucket {
    std::int64_t start_ms = 0;  // the bucket's first instant (UTC milliseconds)
    std::int64_t fraud = 0;
    std::int64_t legit = 0;
};

struct ReviewMetrics {
    std::int64_t decisions = 0;
    std::vector<AnalystMetrics> analysts;  // most decisions first, then by name
    std::int64_t closed_fraud = 0;
    std::int64_t closed_legit = 0;
    std::optional<double> precision;  // none when no alert was closed
    std::optional<std::int64_t> median_to_decision_ms;
    std::int64_t closed_late = 0;
    std::int64_t open_overdue = 0;
    std::int64_t sla_breaches() const { return closed_late + open_overdue; }
    // Fraud and legit decisions per hour (windows up to 48 h), per day (up to 92 days) or
    // per week from Monday (longer); every bucket from the window's start to its end, empty
    // ones included. Without a start the buckets begin at the first decision.
    std::int64_t bucket_ms = kMsPerDay;
    std::vector<LabelBucket> labels_over_time;
};

// Reads in one transaction of its own (so the figures agree): call it outside any.
ReviewMetrics compute_review_metrics(Database& db, const ReviewWindow& window);
// The last 7 days of decisions as of `now_ms`, days in UTC.
ReviewMetrics compute_review_metrics(Database& db, std::int64_t now_ms);

// The median of `values` (the mean of the middle two when even); none when empty.
std::optional<std::int64_t> median_of(std::vector<std::int64_t> values);

}  // namespace fd
