#include "decision_store.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "alert_store.h"
#include "audit_log.h"
#include "core/tr_mark.h"

namespace fd {
namespace {

constexpr std::array<std::string_view, 3> kNames = {"fraud", "legit", "escalate"};

std::string ext_id_of(Database& db, std::int64_t transaction_id) {
    Statement s = db.prepare("SELECT ext_id FROM transactions WHERE id = ?1");
    s.bind(1, transaction_id);
    if (!s.step())
        throw StorageError(
            fill_text(FD_TR("core/Storage", "There is no transaction with row id %1"),
                      {std::to_string(transaction_id)}));
    return s.column_text(0);
}

}  // namespace

std::string_view decision_name(Decision decision) {
    return kNames[static_cast<std::size_t>(decision)];
}

std::optional<Decision> decision_from_name(std::string_view name) {
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name) return static_cast<Decision>(i);
    return std::nullopt;
}

DecisionStore::DecisionStore(Database& db) : db_(db) {}

// Makes the transaction's label and alert reflect `decision` (nullopt: no decision left).
void DecisionStore::apply(std::int64_t transaction_id, std::optional<Decision> decision,
                          std::int64_t now_ms) {
    Statement label = db_.prepare("UPDATE transactions SET label = ?2 WHERE id = ?1");
    label.bind(1, transaction_id);
    if (decision == Decision::Fraud) {
        label.bind(2, 1);
    } else if (decision == Decision::Legit) {
        label.bind(2, 0);
    } else {
        label.bind_null(2);  // escalated or undone: not known yet
    }
    label.step();
    AlertStore alerts(db_);
    const AlertStatus status = !decision                      ? AlertStatus::New
                               : *decision == Decision::Fraud ? AlertStatus::ClosedFraud
                               : *decision == Decision::Legit ? AlertStatus::ClosedLegit
                                                              : AlertStatus::Escalated;
    alerts.set_status(transaction_id, status, now_ms);
}

std::int64_t DecisionStore::decide(std::int64_t transaction_id, Decision decision,
                                   const std::string& analyst, const std::string& note,
                                   std::int64_t now_ms) {
    SqlTransaction tx(db_);
    const std::int64_t id = record(transaction_id, decision, analyst, note, now_ms, std::nullopt);
    tx.commit();
    return id;
}

std::int64_t DecisionStore::decide_all(std::span<const std::int64_t> transaction_ids,
                                       Decision decision, const std::string& analyst,
                                       const std::string& note, std::int64_t now_ms) {
    if (transaction_ids.empty()) return 0;
    SqlTransaction tx(db_);
    // The batch is named after its first decision, whose id is the next label row id.
    const std::int64_t batch = db_.query_int64("SELECT coalesce(max(id), 0) + 1 FROM labels");
    std::vector<std::int64_t> done;
    for (const std::int64_t id : transaction_ids) {
        if (std::find(done.begin(), done.end(), id) != done.end()) continue;
        const std::int64_t label = record(id, decision, analyst, note, now_ms, batch);
        if (done.empty() && label != batch)
            throw StorageError("A batch of decisions did not start at label " +
                               std::to_string(batch));
        done.push_back(id);
    }
    tx.commit();
    return batch;
}

// One decision, inside the caller's transaction.
std::int64_t DecisionStore::record(std::int64_t transaction_id, Decision decision,
                                   const std::string& analyst, const std::string& note,
                                   std::int64_t now_ms, std::optional<std::int64_t> batch_id) {
    const std::string ext_id = ext_id_of(db_, transaction_id);
    // What the analyst saw: the alert's model and risk, else the active model's score.
    Statement seen = db_.prepare(
        "SELECT coalesce(a.model_id, s.model_id), coalesce(a.risk, s.risk) FROM transactions t "
        "LEFT JOIN alerts a ON a.transaction_id = t.id LEFT JOIN scores s ON s.transaction_id "
        "= t.id AND s.model_id = (SELECT id FROM models WHERE active = 1) WHERE t.id = ?1");
    seen.bind(1, transaction_id);
    seen.step();
    Statement insert = db_.prepare(
        "INSERT INTO labels(transaction_id, decision, analyst, note, decided_ms, model_id, risk, "
        "previous_label, batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, (SELECT label FROM "
        "transactions WHERE id = ?1), ?8)");
    insert.bind(1, transaction_id)
        .bind(2, decision_name(decision))
        .bind(3, analyst)
        .bind(4, note)
        .bind(5, now_ms);
    nlohmann::json details = {{"decision", decision_name(decision)}, {"note", note}};
    if (seen.column_is_null(0)) {
        insert.bind_null(6);
    } else {
        insert.bind(6, seen.column_int64(0));
        details["model"] = seen.column_int64(0);
    }
    if (seen.column_is_null(1)) {
        insert.bind_null(7);
    } else {
        insert.bind(7, seen.column_double(1));
        details["risk"] = seen.column_double(1);
    }
    if (batch_id) {
        insert.bind(8, *batch_id);
        details["batch"] = *batch_id;
    } else {
        insert.bind_null(8);
    }
    insert.step();
    const std::int64_t id = db_.last_insert_rowid();
    apply(transaction_id, decision, now_ms);
    AuditLog(db_).append(now_ms, analyst, "label", ext_id, details.dump());
    return id;
}

std::optional<std::int64_t> DecisionStore::undo_last(const std::string& analyst,
                                                     std::int64_t now_ms,
                                                     std::vector<std::int64_t>* undone) {
    SqlTransaction tx(db_);
    Statement last = db_.prepare(
        "SELECT id, batch_id FROM labels WHERE analyst = ?1 AND undone_ms IS NULL ORDER BY id "
        "DESC LIMIT 1");
    last.bind(1, analyst);
    if (undone) undone->clear();
    if (!last.step()) return std::nullopt;
    std::vector<std::int64_t> labels = {last.column_int64(0)};
    if (!last.column_is_null(1)) {
        // The whole batch, newest first, as far as it is still in force.
        Statement batch = db_.prepare(
            "SELECT id FROM labels WHERE batch_id = ?1 AND analyst = ?2 AND undone_ms IS NULL "
            "ORDER BY id DESC");
        batch.bind(1, last.column_int64(1)).bind(2, analyst);
        labels.clear();
        while (batch.step()) labels.push_back(batch.column_int64(0));
    }
    std::vector<std::int64_t> transactions;
    for (const std::int64_t label : labels) {
        Statement of = db_.prepare("SELECT transaction_id FROM labels WHERE id = ?1");
        of.bind(1, label);
        of.step();
        transactions.push_back(of.column_int64(0));
        undo(label, analyst, now_ms);
    }
    tx.commit();
    std::reverse(transactions.begin(), transactions.end());  // in the order decided
    if (undone) *undone = transactions;
    return transactions.front();
}

// Undoes one decision, inside the caller's transaction.
void DecisionStore::undo(std::int64_t label_id, const std::string& analyst, std::int64_t now_ms) {
    Statement last = db_.prepare(
        "SELECT transaction_id, decision, previous_label, batch_id FROM labels WHERE id = ?1");
    last.bind(1, label_id);
    last.step();
    const std::int64_t transaction_id = last.column_int64(0);
    const std::string undone = last.column_text(1);
    const bool had_label = !last.column_is_null(2);
    const std::int64_t previous_label = had_label ? last.column_int64(2) : 0;
    const bool batched = !last.column_is_null(3);
    const std::int64_t batch = batched ? last.column_int64(3) : 0;
    Statement mark = db_.prepare("UPDATE labels SET undone_ms = ?2 WHERE id = ?1");
    mark.bind(1, label_id).bind(2, now_ms);
    mark.step();
    // The decision before it on this transaction, if one is still in force, holds again.
    Statement previous = db_.prepare(
        "SELECT decision FROM labels WHERE transaction_id = ?1 AND undone_ms IS NULL ORDER BY "
        "id DESC LIMIT 1");
    previous.bind(1, transaction_id);
    std::optional<Decision> restored;
    if (previous.step()) restored = decision_from_name(previous.column_text(0));
    apply(transaction_id, restored, now_ms);
    if (!restored && had_label) {
        // No decision left: the label it replaced (imported ground truth) comes back.
        Statement label = db_.prepare("UPDATE transactions SET label = ?2 WHERE id = ?1");
        label.bind(1, transaction_id).bind(2, previous_label);
        label.step();
    }
    nlohmann::json details = {
        {"undone", undone},
        {"restored", restored ? std::string(decision_name(*restored)) : std::string("none")}};
    if (batched) details["batch"] = batch;
    AuditLog(db_).append(now_ms, analyst, "undo", ext_id_of(db_, transaction_id), details.dump());
}

void DecisionStore::add_note(std::int64_t transaction_id, const std::string& analyst,
                             const std::string& note, std::int64_t now_ms) {
    SqlTransaction tx(db_);
    AuditLog(db_).append(now_ms, analyst, "note", ext_id_of(db_, transaction_id),
                         nlohmann::json{{"note", note}}.dump());
    tx.commit();
}

std::vector<DecisionRecord> DecisionStore::history(std::int64_t transaction_id) {
    Statement s = db_.prepare(
        "SELECT id, transaction_id, decision, analyst, note, decided_ms, model_id, risk, "
        "undone_ms, batch_id FROM labels WHERE transaction_id = ?1 ORDER BY id");
    s.bind(1, transaction_id);
    std::vector<DecisionRecord> out;
    while (s.step()) {
        DecisionRecord r;
        r.id = s.column_int64(0);
        r.transaction_id = s.column_int64(1);
        r.decision = decision_from_name(s.column_text(2)).value_or(Decision::Escalate);
        r.analyst = s.column_text(3);
        r.note = s.column_text(4);
        r.decided_ms = s.column_int64(5);
        if (!s.column_is_null(6)) r.model_id = s.column_int64(6);
        if (!s.column_is_null(7)) r.risk = s.column_double(7);
        r.undone = !s.column_is_null(8);
        if (!s.column_is_null(9)) r.batch_id = s.column_int64(9);
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace fd
