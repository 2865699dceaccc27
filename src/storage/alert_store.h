// Alerts: a transaction whose risk reached the alert threshold (or that an "always alert"
// rule flagged) gets one alert, with a priority from its risk and amount, and an SLA due
// time. The queue orders open alerts by priority plus age, so old alerts rise.
//
// A card's open alerts whose transactions lie within 24 hours of the first of them form one
// case (one fraud episode): the review queue shows a case as one row and decides it as one.
// Transaction time, not alert time: an import raises all its alerts at once, and the demo
// feed's clock runs faster than the wall clock.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/engine/risk.h"
#include "database.h"

namespace fd {

enum class AlertStatus { New, InReview, Escalated, ClosedFraud, ClosedLegit };
std::string_view alert_status_name(AlertStatus status);  // "new", "in_review", ...
std::optional<AlertStatus> alert_status_from_name(std::string_view name);
bool is_open(AlertStatus status);

// Risk (0-100) plus 2.5 per tenfold amount in major units: a 1,000 EUR payment at risk 65
// outranks a 5 EUR one at risk 70. The amount breaks near ties; more than that fills the
// top of the queue with large ordinary purchases. In bench_review_loop the 300
// highest-priority alerts held 11-22% fraud with 10 per tenfold, 19-36% with 5, and 24-44%
// with 2.5, and the analysts' decisions on them train the next model.
double alert_priority(double risk, double amount_major);
// Priority points an open alert gains per hour of waiting.
inline constexpr double kPriorityPerHour = 1.0;

struct NewAlert {
    std::int64_t transaction_id = 0;
    std::int64_t model_id = 0;  // 0: none
    std::string card_id;
    double risk = 0.0;
    double amount_major = 0.0;
};

struct AlertRow {
    std::int64_t id = 0;
    std::int64_t transaction_id = 0;
    std::string ext_id;
    std::string card_id;
    std::int64_t amount_minor = 0;
    std::string currency;
    double risk = 0.0;
    double priority = 0.0;  // with age, as of the query
    AlertStatus status = AlertStatus::New;
    std::string assignee;
    std::int64_t created_ms = 0, updated_ms = 0, due_ms = 0;
    // The level of the score that alerted (the active model's when the alert names none);
    // without a stored score, the default RiskLevels for its risk.
    RiskLevel level = RiskLevel::Low;
    std::int64_t ts_ms = 0;  // the transaction's time
    std::string category;    // the merchant category
    std::string country;
    bool sla_breached(std::int64_t now_ms) const { return is_open(status) && due_ms < now_ms; }
};

// What narrows the queue; an empty or unset field lets everything through.
struct AlertFilter {
    std::optional<AlertStatus> status;    // unset: every open alert
    std::optional<RiskLevel> level;       // exactly this level
    std::optional<std::string> assignee;  // "": unassigned
    bool sla_breached = false;            // only open alerts past their due time
    std::string category;                 // the merchant category, exactly
    std::string country;                  // case-insensitive
    bool operator==(const AlertFilter&) const = default;
};

inline constexpr std::int64_t kCaseWindowMs = 24 * 3'600'000;

// One card's open alerts with transactions within kCaseWindowMs of the first (an alert
// without a card, or one of a closed status, is a case of its own).
struct AlertCase {
    AlertRow lead;  // the highest-priority alert of the case that the filter let through
    std::vector<AlertRow> alerts;  // all of the case's alerts, oldest first, the lead among them
    std::vector<std::int64_t> transaction_ids() const;  // the lead's first, then the rest
};

// The values the queue's filters can take, as seen among the alerts.
struct AlertFacets {
    std::vector<std::string> assignees, categories, countries;  // sorted, no empty ones
};

class AlertStore {
public:
    explicit AlertStore(Database& db);

    // One alert per transaction: rows that already have one are left as they are. The
    // caller owns the transaction. Returns how many were created.
    std::int64_t create(std::span<const NewAlert> alerts, std::int64_t now_ms,
                        std::int64_t sla_ms = 24 * 3'600'000);
    // Open alerts (or those of `status`) by priority as of `now_ms`, highest first.
    std::vector<AlertRow> queue(std::int64_t now_ms, std::size_t limit,
                                std::optional<AlertStatus> status = std::nullopt);
    // The alerts the filter lets through, by priority as of `now_ms`, highest first.
    std::vector<AlertRow> queue(std::int64_t now_ms, std::size_t limit, const AlertFilter& filter);
    // The cases with at least one alert the filter lets through, by their lead's priority,
    // highest first. A case keeps all its alerts whatever the filter says: it is decided whole.
    std::vector<AlertCase> cases(std::int64_t now_ms, std::size_t limit, const AlertFilter& filter);
    AlertFacets facets();
    std::optional<AlertRow> for_transaction(std::int64_t transaction_id, std::int64_t now_ms);
    void set_status(std::int64_t transaction_id, AlertStatus status, std::int64_t now_ms,
                    const std::string& assignee = {});
    std::int64_t count_open();

private:
    Database& db_;
};

}  // namespace fd
