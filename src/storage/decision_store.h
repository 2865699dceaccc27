// Analysts' decisions on transactions: fraud, legitimate or escalate. A decision is kept
// with the analyst, the time, the note, and the model version and risk the analyst saw; it
// sets the transaction's label (fraud or legit, which retraining learns from), closes or
// escalates its alert, and is written to the audit log, all in one SQLite transaction.
// Undo marks the decision undone (the row stays) and restores what was before it.
// Decisions made together (a case of several alerts, a bulk selection) form a batch that
// one undo takes back whole.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "database.h"

namespace fd {

enum class Decision { Fraud, Legit, Escalate };
std::string_view decision_name(Decision decision);  // "fraud", "legit", "escalate"
std::optional<Decision> decision_from_name(std::string_view name);

struct DecisionRecord {
    std::int64_t id = 0;
    std::int64_t transaction_id = 0;
    Decision decision = Decision::Legit;
    std::string analyst;
    std::string note;
    std::int64_t decided_ms = 0;
    std::optional<std::int64_t> model_id;
    std::optional<double> risk;
    bool undone = false;
    std::optional<std::int64_t> batch_id;  // set when decided together with others
};

class DecisionStore {
public:
    explicit DecisionStore(Database& db);

    // Records a decision on the stored transaction with row id `transaction_id`, taking
    // the model and risk from its alert (or the active model's score). Returns its id.
    std::int64_t decide(std::int64_t transaction_id, Decision decision, const std::string& analyst,
                        const std::string& note, std::int64_t now_ms);
    // Records the same decision on every transaction as one batch, in one SQLite
    // transaction (all or none), in the given order; duplicates count once. Returns the
    // batch id (the first decision's id), 0 when `transaction_ids` is empty.
    std::int64_t decide_all(std::span<const std::int64_t> transaction_ids, Decision decision,
                            const std::string& analyst, const std::string& note,
                            std::int64_t now_ms);
    // Undoes `analyst`'s latest decision still in force, with every decision of its batch
    // still in force. Returns the first of their transactions' row ids in the order they
    // were decided (none: nothing to undo); `undone`, when given, receives all of them.
    std::optional<std::int64_t> undo_last(const std::string& analyst, std::int64_t now_ms,
                                          std::vector<std::int64_t>* undone = nullptr);
    // A note on a transaction, without a decision (audit-logged).
    void add_note(std::int64_t transaction_id, const std::string& analyst, const std::string& note,
                  std::int64_t now_ms);
    // Every decision on the transaction, oldest first, undone ones included.
    std::vector<DecisionRecord> history(std::int64_t transaction_id);

private:
    std::int64_t record(std::int64_t transaction_id, Decision decision, const std::string& analyst,
                        const std::string& note, std::int64_t now_ms,
                        std::optional<std::int64_t> batch_id);
    void undo(std::int64_t label_id, const std::string& analyst, std::int64_t now_ms);
    void apply(std::int64_t transaction_id, std::optional<Decision> decision, std::int64_t now_ms);

    Database& db_;
};

}  // namespace fd
