#include "case_data.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "read_snapshot.h"
#include "storage/transaction_query.h"
#include "storage/transaction_store.h"

namespace fd::report {

std::vector<AlertRow> case_of(Database& db, const AlertRow& alert, std::int64_t now_ms) {
    if (!is_open(alert.status) || alert.card_id.empty()) return {alert};
    // The card's open alerts in time order, cut into cases as AlertStore::cases() cuts them:
    // a case runs from its first transaction for kCaseWindowMs.
    Statement s = db.prepare(
        "SELECT a.transaction_id, t.ts_ms FROM alerts a JOIN transactions t ON t.id = "
        "a.transaction_id WHERE a.card_id = ?1 AND a.status IN ('new', 'in_review', "
        "'escalated') ORDER BY t.ts_ms, a.id");
    s.bind(1, alert.card_id);
    std::vector<std::int64_t> current;
    std::int64_t case_start = 0;
    bool found = false;
    while (s.step()) {
        const std::int64_t id = s.column_int64(0), ts = s.column_int64(1);
        if (current.empty() || ts - case_start > kCaseWindowMs) {
            if (found) break;
            current.clear();
            case_start = ts;
        }
        current.push_back(id);
        found = found || id == alert.transaction_id;
    }
    if (!found) return {alert};
    AlertStore store(db);
    std::vector<AlertRow> out;
    for (const std::int64_t id : current)
        if (auto row = store.for_transaction(id, now_ms)) out.push_back(std::move(*row));
    return out;
}

CaseData gather_case(Database& db, std::int64_t alert_id, std::int64_t now_ms) {
    std::int64_t transaction_id = 0;
    {
        Statement s = db.prepare("SELECT transaction_id FROM alerts WHERE id = ?1");
        s.bind(1, alert_id);
        if (!s.step())
            throw std::runtime_error("There is no alert " + std::to_string(alert_id) + " in " +
                                     db.path() +
                                     ": list the alerts with 'frauddesk-cli alerts --db DB'");
        transaction_id = s.column_int64(0);
    }
    const ReadSnapshot snapshot(db);  // the case, its decisions and audit rows agree
    CaseData c;
    c.alert = *AlertStore(db).for_transaction(transaction_id, now_ms);
    c.alerts = case_of(db, c.alert, now_ms);
    if (auto t = TransactionStore(db).find(c.alert.ext_id)) c.transaction = std::move(*t);
    {
        Statement s = db.prepare(
            "SELECT coalesce(model_id, (SELECT id FROM models WHERE active = 1)) FROM alerts "
            "WHERE id = ?1");
        s.bind(1, alert_id);
        if (s.step() && !s.column_is_null(0)) c.model_id = s.column_int64(0);
    }
    std::string stored = "[]";
    if (c.model_id) {
        Statement s =
            db.prepare("SELECT reasons FROM scores WHERE transaction_id = ?1 AND model_id = ?2");
        s.bind(1, transaction_id).bind(2, *c.model_id);
        if (s.step()) stored = s.column_text(0);
    }
    const auto reasons = nlohmann::json::parse(stored, nullptr, false);
    if (reasons.is_array())
        for (const auto& r : reasons)
            if (r.is_object() && r.contains("text") && r["text"].is_string())
                c.reasons.push_back(r["text"].get<std::string>());

    // Decisions and audit rows of every transaction in the case.
    nlohmann::json ext_ids = nlohmann::json::array();
    DecisionStore decisions(db);
    for (const AlertRow& a : c.alerts) {
        ext_ids.push_back(a.ext_id);
        for (DecisionRecord& r : decisions.history(a.transaction_id))
            c.decisions.push_back({a.ext_id, std::move(r)});
    }
    std::sort(c.decisions.begin(), c.decisions.end(), [](const auto& x, const auto& y) {
        return std::tie(x.record.decided_ms, x.record.id) <
               std::tie(y.record.decided_ms, y.record.id);
    });
    Statement audit = db.prepare(
        "SELECT id, at_ms, actor, action, subject, details, prev_hash, hash FROM audit_log WHERE "
        "subject IN (SELECT value FROM json_each(?1)) ORDER BY id");
    const std::string ids_json =
        ext_ids.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    audit.bind(1, ids_json);
    while (audit.step())
        c.audit.push_back({audit.column_int64(0), audit.column_int64(1), audit.column_text(2),
                           audit.column_text(3), audit.column_text(4), audit.column_text(5),
                           audit.column_text(6), audit.column_text(7)});

    if (!c.alert.card_id.empty()) {
        const AlertRow* newest = &c.alert;
        for (const AlertRow& a : c.alerts)
            if (std::tie(a.ts_ms, a.transaction_id) >
                std::tie(newest->ts_ms, newest->transaction_id))
                newest = &a;
        for (const TxRow& h : TransactionQuery(db).card_history(
                 c.alert.card_id, newest->ts_ms, newest->transaction_id, kCaseHistoryPoints)) {
            const bool in_case =
                std::any_of(c.alerts.begin(), c.alerts.end(),
                            [&](const AlertRow& a) { return a.transaction_id == h.row_id; });
            c.history.push_back({h.ts_ms, h.amount_minor, h.currency, h.label == 1, in_case,
                                 h.row_id == transaction_id});
        }
    }
    return c;
}

}  // namespace fd::report
