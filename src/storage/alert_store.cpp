#include "alert_store.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace fd {
namespace {

constexpr std::array<std::string_view, 5> kNames = {"new", "in_review", "escalated", "closed_fraud",
                                                    "closed_legit"};

constexpr std::string_view kOpen = "a.status IN ('new', 'in_review', 'escalated')";

// The level of the score that alerted; without one, the default levels for the risk.
std::string level_expression() {
    const RiskLevels levels;
    return "coalesce(s.level, CASE WHEN a.risk >= " + std::to_string(levels.critical) +
           " THEN 3 WHEN a.risk >= " + std::to_string(levels.high) +
           " THEN 2 WHEN a.risk >= " + std::to_string(levels.medium) + " THEN 1 ELSE 0 END)";
}

// `extra`: more columns after the ones read_alert reads.
std::string select_with_age(std::int64_t now_ms, const std::string& extra = {}) {
    return "SELECT a.id, a.transaction_id, t.ext_id, a.card_id, a.risk, a.priority + "
           "CASE WHEN " +
           std::string(kOpen) + " THEN (" + std::to_string(now_ms) +
           " - a.created_ms) / 3600000.0 * " + std::to_string(kPriorityPerHour) +
           " ELSE 0 END AS p, a.status, a.assignee, a.created_ms, a.updated_ms, a.due_ms, "
           "t.amount_minor, t.currency, " +
           level_expression() + " AS level, t.ts_ms, t.merchant_category, t.country" + extra +
           " FROM alerts a JOIN transactions t "
           "ON t.id = a.transaction_id LEFT JOIN scores s ON s.transaction_id = a.transaction_id "
           "AND s.model_id = coalesce(a.model_id, (SELECT id FROM models WHERE active = 1))";
}

AlertRow read_alert(const Statement& s) {
    AlertRow a;
    a.id = s.column_int64(0);
    a.transaction_id = s.column_int64(1);
    a.ext_id = s.column_text(2);
    a.card_id = s.column_text(3);
    a.risk = s.column_double(4);
    a.priority = s.column_double(5);
    a.status = alert_status_from_name(s.column_text(6)).value_or(AlertStatus::New);
    a.assignee = s.column_text(7);
    a.created_ms = s.column_int64(8);
    a.updated_ms = s.column_int64(9);
    a.due_ms = s.column_int64(10);
    a.amount_minor = s.column_int64(11);
    a.currency = s.column_text(12);
    a.level = static_cast<RiskLevel>(std::clamp<std::int64_t>(s.column_int64(13), 0, 3));
    a.ts_ms = s.column_int64(14);
    a.category = s.column_text(15);
    a.country = s.column_text(16);
    return a;
}

// The filter's conditions as SQL over the aliases of select_with_age, with numbered
// parameters from ?2 on (?1 is the caller's); the strings stay in the filter, which
// outlives the statement's steps.
struct FilterSql {
    std::string conditions;  // "" when the filter lets everything through
    std::string status;      // the status condition alone
};

FilterSql filter_sql(const AlertFilter& f, std::int64_t now_ms) {
    FilterSql out;
    out.status = f.status ? "a.status = ?2" : std::string(kOpen);
    std::vector<std::string> parts;
    if (f.status) parts.push_back(out.status);
    if (f.level) parts.push_back(level_expression() + " = ?3");
    if (f.assignee) parts.push_back("a.assignee = ?4");
    if (f.sla_breached)
        parts.push_back(std::string(kOpen) + " AND a.due_ms < " + std::to_string(now_ms));
    if (!f.category.empty()) parts.push_back("t.merchant_category = ?5");
    if (!f.country.empty()) parts.push_back("t.country = ?6 COLLATE NOCASE");
    for (const std::string& p : parts)
        out.conditions += (out.conditions.empty() ? "" : " AND ") + ("(" + p + ")");
    return out;
}

void bind_filter(Statement& s, const AlertFilter& f) {
    if (f.status) s.bind(2, alert_status_name(*f.status));
    if (f.level) s.bind(3, static_cast<std::int64_t>(*f.level));
    if (f.assignee) s.bind(4, *f.assignee);
    if (!f.category.empty()) s.bind(5, f.category);
    if (!f.country.empty()) s.bind(6, f.country);
}

bool before_in_queue(const AlertRow& a, const AlertRow& b) {
    return a.priority != b.priority ? a.priority > b.priority : a.id < b.id;
}

std::vector<std::string> distinct(Database& db, const std::string& sql) {
    Statement s = db.prepare(sql);
    std::vector<std::string> out;
    while (s.step()) out.push_back(s.column_text(0));
    return out;
}

}  // namespace

std::string_view alert_status_name(AlertStatus status) {
    return kNames[static_cast<std::size_t>(status)];
}

std::optional<AlertStatus> alert_status_from_name(std::string_view name) {
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name) return static_cast<AlertStatus>(i);
    return std::nullopt;
}

std::vector<std::int64_t> AlertCase::transaction_ids() const {
    std::vector<std::int64_t> ids = {lead.transaction_id};
    for (const AlertRow& a : alerts)
        if (a.transaction_id != lead.transaction_id) ids.push_back(a.transaction_id);
    return ids;
}

bool is_open(AlertStatus status) {
    return status == AlertStatus::New || status == AlertStatus::InReview ||
           status == AlertStatus::Escalated;
}

double alert_priority(double risk, double amount_major) {
    return risk + 2.5 * std::log10(1.0 + std::max(0.0, amount_major));
}

AlertStore::AlertStore(Database& db) : db_(db) {}

std::int64_t AlertStore::create(std::span<const NewAlert> alerts, std::int64_t now_ms,
                                std::int64_t sla_ms) {
    Statement insert = db_.prepare(
        "INSERT INTO alerts(transaction_id, model_id, card_id, risk, priority, created_ms, "
        "updated_ms, due_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7) "
        "ON CONFLICT(transaction_id) DO NOTHING");
    std::int64_t created = 0;
    for (const NewAlert& a : alerts) {
        insert.bind(1, a.transaction_id);
        if (a.model_id) {
            insert.bind(2, a.model_id);
        } else {
            insert.bind_null(2);
        }
        insert.bind(3, a.card_id)
            .bind(4, a.risk)
            .bind(5, alert_priority(a.risk, a.amount_major))
            .bind(6, now_ms)
            .bind(7, now_ms + sla_ms);
        insert.step();
        created += db_.changes();
        insert.reset();
    }
    return created;
}

std::vector<AlertRow> AlertStore::queue(std::int64_t now_ms, std::size_t limit,
                                        std::optional<AlertStatus> status) {
    AlertFilter filter;
    filter.status = status;
    return queue(now_ms, limit, filter);
}

std::vector<AlertRow> AlertStore::queue(std::int64_t now_ms, std::size_t limit,
                                        const AlertFilter& filter) {
    const FilterSql where = filter_sql(filter, now_ms);
    Statement s = db_.prepare(select_with_age(now_ms) + " WHERE " + where.status +
                              (where.conditions.empty() ? "" : " AND " + where.conditions) +
                              " ORDER BY p DESC, a.id LIMIT ?1");
    s.bind(1, static_cast<std::int64_t>(limit));
    bind_filter(s, filter);
    std::vector<AlertRow> out;
    while (s.step()) out.push_back(read_alert(s));
    return out;
}

std::vector<AlertCase> AlertStore::cases(std::int64_t now_ms, std::size_t limit,
                                         const AlertFilter& filter) {
    std::vector<AlertCase> out;
    if (filter.status && !is_open(*filter.status)) {
        // Closed alerts are not grouped: each is a case of its own.
        for (AlertRow& a : queue(now_ms, limit, filter)) out.push_back({a, {a}});
        return out;
    }
    // Every open alert of each card with an alert the filter lets through, in card and
    // time order, each marked whether the filter lets it through.
    const FilterSql where = filter_sql(filter, now_ms);
    const std::string matches = where.conditions.empty() ? "1" : where.conditions;
    std::string sql =
        select_with_age(now_ms, ", " + matches + " AS matches") + " WHERE " + std::string(kOpen);
    if (!where.conditions.empty())
        sql +=
            " AND a.card_id IN (SELECT a.card_id FROM alerts a JOIN transactions t ON t.id = "
            "a.transaction_id LEFT JOIN scores s ON s.transaction_id = a.transaction_id AND "
            "s.model_id = coalesce(a.model_id, (SELECT id FROM models WHERE active = 1)) "
            "WHERE " +
            std::string(kOpen) + " AND " + where.conditions + ")";
    Statement s = db_.prepare(sql + " ORDER BY a.card_id, t.ts_ms, a.id");
    bind_filter(s, filter);
    AlertCase current;  // empty until the first row
    bool currentMatches = false;
    const auto close = [&] {
        if (!current.alerts.empty() && currentMatches) out.push_back(std::move(current));
        current = AlertCase();
        currentMatches = false;
    };
    while (s.step()) {
        AlertRow a = read_alert(s);
        const bool match = s.column_int64(17) != 0;
        const bool joins = !current.alerts.empty() && !a.card_id.empty() &&
                           a.card_id == current.lead.card_id &&
                           a.ts_ms - current.alerts.front().ts_ms <= kCaseWindowMs;
        if (!joins) {
            close();
            current.lead = a;  // a placeholder until a matching alert comes
        }
        if (match && (!currentMatches || before_in_queue(a, current.lead))) {
            current.lead = a;
            currentMatches = true;
        }
        current.alerts.push_back(std::move(a));
    }
    close();
    std::sort(out.begin(), out.end(), [](const AlertCase& x, const AlertCase& y) {
        return before_in_queue(x.lead, y.lead);
    });
    if (out.size() > limit) out.resize(limit);
    return out;
}

AlertFacets AlertStore::facets() {
    AlertFacets f;
    f.assignees = distinct(
        db_, "SELECT DISTINCT assignee FROM alerts WHERE assignee != '' ORDER BY assignee");
    f.categories =
        distinct(db_,
                 "SELECT DISTINCT t.merchant_category FROM alerts a JOIN transactions t ON t.id = "
                 "a.transaction_id WHERE t.merchant_category != '' ORDER BY t.merchant_category");
    f.countries =
        distinct(db_,
                 "SELECT DISTINCT upper(t.country) FROM alerts a JOIN transactions t ON t.id = "
                 "a.transaction_id WHERE t.country != '' ORDER BY 1");
    return f;
}

std::optional<AlertRow> AlertStore::for_transaction(std::int64_t transaction_id,
                                                    std::int64_t now_ms) {
    Statement s = db_.prepare(select_with_age(now_ms) + " WHERE a.transaction_id = ?1");
    s.bind(1, transaction_id);
    if (!s.step()) return std::nullopt;
    return read_alert(s);
}

void AlertStore::set_status(std::int64_t transaction_id, AlertStatus status, std::int64_t now_ms,
                            const std::string& assignee) {
    Statement s = db_.prepare(
        "UPDATE alerts SET status = ?2, updated_ms = ?3, assignee = CASE WHEN ?4 = '' THEN "
        "assignee ELSE ?4 END WHERE transaction_id = ?1");
    s.bind(1, transaction_id).bind(2, alert_status_name(status)).bind(3, now_ms).bind(4, assignee);
    s.step();
}

std::int64_t AlertStore::count_open() {
    return db_.query_int64(
        "SELECT count(*) FROM alerts WHERE status IN ('new', 'in_review', 'escalated')");
}

}  // namespace fd
