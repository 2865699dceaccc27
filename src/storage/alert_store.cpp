#include "alert_store.h"

#include <array>
#include <cmath>

namespace fd {
namespace {

constexpr std::array<std::string_view, 5> kNames = {"new", "in_review", "escalated", "closed_fraud",
                                                    "closed_legit"};

std::string select_with_age(std::int64_t now_ms) {
    return "SELECT a.id, a.transaction_id, t.ext_id, a.card_id, a.risk, a.priority + "
           "CASE WHEN a.status IN ('new', 'in_review', 'escalated') THEN (" +
           std::to_string(now_ms) + " - a.created_ms) / 3600000.0 * " +
           std::to_string(kPriorityPerHour) +
           " ELSE 0 END AS p, a.status, a.assignee, a.created_ms, a.updated_ms, a.due_ms, "
           "t.amount_minor, t.currency FROM alerts a JOIN transactions t ON t.id = "
           "a.transaction_id";
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
    return a;
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

bool is_open(AlertStatus status) {
    return status == AlertStatus::New || status == AlertStatus::InReview ||
           status == AlertStatus::Escalated;
}

double alert_priority(double risk, double amount_major) {
    return risk + 5.0 * std::log10(1.0 + std::max(0.0, amount_major));
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
    const std::string where =
        status ? " WHERE a.status = ?2" : " WHERE a.status IN ('new', 'in_review', 'escalated')";
    Statement s = db_.prepare(select_with_age(now_ms) + where + " ORDER BY p DESC, a.id LIMIT ?1");
    s.bind(1, static_cast<std::int64_t>(limit));
    if (status) s.bind(2, alert_status_name(*status));
    std::vector<AlertRow> out;
    while (s.step()) out.push_back(read_alert(s));
    return out;
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
