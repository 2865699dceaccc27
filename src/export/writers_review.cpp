// The review loop's records: alerts (with the decision in force), labels (every decision,
// undone ones marked) and the audit log.
#include <nlohmann/json.hpp>

#include "core/card_mask.h"
#include "core/engine/risk.h"
#include "core/timestamp.h"
#include "core/transaction.h"
#include "writers.h"

namespace fd {
namespace {

std::int64_t count_in_period(Database& db, const char* sql, const ExportRequest& r) {
    Statement s = db.prepare(sql);
    s.bind(1, r.from_ms).bind(2, r.until_ms);
    return s.step() ? s.column_int64(0) : 0;
}

// Column `i` as an ISO-8601 time, null when NULL.
void time_or_null(RecordWriter& out, const Statement& s, int i) {
    if (s.column_is_null(i))
        out.null();
    else
        out.text(format_timestamp_iso(s.column_int64(i)));
}

void text_or_null(RecordWriter& out, const Statement& s, int i) {
    if (s.column_is_null(i))
        out.null();
    else
        out.text(s.column_text(i));
}

// The stored label (1 fraud, 0 legit) by name, null when unlabelled.
void label_or_null(RecordWriter& out, const Statement& s, int i) {
    if (s.column_is_null(i))
        out.null();
    else
        out.text(s.column_int64(i) ? "fraud" : "legit");
}

// "reason one | reason two" from the stored reasons array; malformed JSON gives "".
std::string reason_texts(const std::string& json) {
    std::string out;
    const auto reasons = nlohmann::json::parse(json, nullptr, false);
    if (!reasons.is_array()) return out;
    for (const auto& r : reasons) {
        if (!r.is_object() || !r.contains("text") || !r["text"].is_string()) continue;
        if (!out.empty()) out += " | ";
        out += r["text"].get<std::string>();
    }
    return mask_card_numbers(out);
}

constexpr const char* kAlertsSql =
    "SELECT a.id, t.ext_id, t.ts_ms, a.created_ms, a.updated_ms, a.due_ms, a.status, "
    "a.assignee, a.risk, s.level, s.reasons, a.card_id, t.amount_minor, t.currency, "
    "t.merchant_id, t.merchant_category, t.country, t.label, l.decision, l.analyst, l.note, "
    "l.decided_ms "
    "FROM alerts a JOIN transactions t ON t.id = a.transaction_id "
    "LEFT JOIN scores s ON s.transaction_id = a.transaction_id "
    "AND s.model_id = coalesce(a.model_id, (SELECT id FROM models WHERE active = 1)) "
    // The decision in force: the latest one not undone.
    "LEFT JOIN labels l ON l.id = (SELECT max(id) FROM labels "
    "WHERE transaction_id = a.transaction_id AND undone_ms IS NULL) "
    "WHERE a.created_ms >= ?1 AND a.created_ms < ?2 ORDER BY a.created_ms, a.id";

constexpr const char* kLabelsSql =
    "SELECT l.id, t.ext_id, t.ts_ms, t.card_id, t.amount_minor, t.currency, l.decision, "
    "l.analyst, l.note, l.decided_ms, l.model_id, l.risk, l.undone_ms, l.batch_id "
    "FROM labels l JOIN transactions t ON t.id = l.transaction_id "
    "WHERE l.decided_ms >= ?1 AND l.decided_ms < ?2 ORDER BY l.decided_ms, l.id";

constexpr const char* kAuditSql =
    "SELECT id, at_ms, actor, action, subject, details, hash FROM audit_log "
    "WHERE at_ms >= ?1 AND at_ms < ?2 ORDER BY id";

}  // namespace

std::vector<std::string> alert_columns() {
    return {"alert_id", "transaction_id", "transaction_time",
            "created",  "updated",        "due",
            "status",   "assignee",       "risk",
            "level",    "reasons",        "card",
            "amount",   "currency",       "merchant",
            "category", "country",        "label",
            "decision", "analyst",        "note",
            "decided"};
}

void write_alerts(Database& db, const ExportRequest& r, RecordWriter& out, ExportTicker& ticker) {
    ticker.set_total(count_in_period(
        db, "SELECT count(*) FROM alerts WHERE created_ms >= ?1 AND created_ms < ?2", r));
    Statement s = db.prepare(kAlertsSql);
    s.bind(1, r.from_ms).bind(2, r.until_ms);
    const RiskLevels default_levels;
    while (s.step()) {
        const double risk = s.column_double(8);
        const auto level = s.column_is_null(9) ? default_levels.level_for(risk)
                                               : static_cast<RiskLevel>(s.column_int64(9) & 3);
        out.integer(s.column_int64(0)).text(s.column_text(1));
        time_or_null(out, s, 2);
        time_or_null(out, s, 3);
        time_or_null(out, s, 4);
        time_or_null(out, s, 5);
        out.text(s.column_text(6)).text(s.column_text(7)).number(risk).text(risk_level_name(level));
        out.text(s.column_is_null(10) ? std::string() : reason_texts(s.column_text(10)));
        out.text(mask_card(s.column_text(11)));
        out.decimal(format_amount(s.column_int64(12), s.column_text(13)));
        out.text(s.column_text(13)).text(s.column_text(14)).text(s.column_text(15));
        out.text(s.column_text(16));
        label_or_null(out, s, 17);
        text_or_null(out, s, 18);
        text_or_null(out, s, 19);
        if (s.column_is_null(20))
            out.null();
        else
            out.text(mask_card_numbers(s.column_text(20)));
        time_or_null(out, s, 21);
        out.end_row();
        ticker.tick();
    }
}

std::vector<std::string> label_columns() {
    return {"label_id", "transaction_id", "transaction_time", "card",    "amount",
            "currency", "decision",       "analyst",          "note",    "decided",
            "model_id", "risk_seen",      "undone",           "batch_id"};
}

void write_labels(Database& db, const ExportRequest& r, RecordWriter& out, ExportTicker& ticker) {
    ticker.set_total(count_in_period(
        db, "SELECT count(*) FROM labels WHERE decided_ms >= ?1 AND decided_ms < ?2", r));
    Statement s = db.prepare(kLabelsSql);
    s.bind(1, r.from_ms).bind(2, r.until_ms);
    while (s.step()) {
        out.integer(s.column_int64(0)).text(s.column_text(1));
        time_or_null(out, s, 2);
        out.text(mask_card(s.column_text(3)));
        out.decimal(format_amount(s.column_int64(4), s.column_text(5))).text(s.column_text(5));
        out.text(s.column_text(6)).text(s.column_text(7));
        out.text(mask_card_numbers(s.column_text(8)));
        time_or_null(out, s, 9);
        if (s.column_is_null(10))
            out.null();
        else
            out.integer(s.column_int64(10));
        if (s.column_is_null(11))
            out.null();
        else
            out.number(s.column_double(11));
        time_or_null(out, s, 12);
        if (s.column_is_null(13))
            out.null();
        else
            out.integer(s.column_int64(13));
        out.end_row();
        ticker.tick();
    }
}

std::vector<std::string> audit_columns() {
    return {"id", "time", "actor", "action", "subject", "details", "hash"};
}

void write_audit(Database& db, const ExportRequest& r, RecordWriter& out, ExportTicker& ticker) {
    ticker.set_total(
        count_in_period(db, "SELECT count(*) FROM audit_log WHERE at_ms >= ?1 AND at_ms < ?2", r));
    Statement s = db.prepare(kAuditSql);
    s.bind(1, r.from_ms).bind(2, r.until_ms);
    while (s.step()) {
        out.integer(s.column_int64(0));
        time_or_null(out, s, 1);
        // Free text: a subject or a note in the details may quote a card number.
        out.text(mask_card_numbers(s.column_text(2))).text(s.column_text(3));
        out.text(mask_card_numbers(s.column_text(4))).text(mask_card_numbers(s.column_text(5)));
        out.text(s.column_text(6));
        out.end_row();
        ticker.tick();
    }
}

}  // namespace fd
