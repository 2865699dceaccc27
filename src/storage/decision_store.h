// Analysts' decisions on transactions: fraud, legitimate or escalate. A decision is kept
// with the analyst, the time, the note, and the model version and risk the analyst saw; it
// sets the transaction's label (fraud or legit, which retraining learns from), closes or
// escalates its alert, and is written to the audit log, all in one SQLite transaction.
// Undo marks the decision undone (the row stays) and restores what was before it.
#pragma once

#include <cstdint>
#include <optional>
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
};

class DecisionStore {
public:
    explicit DecisionStore(Database& db);

    // Records a decision on the stored transaction with row id `transaction_id`, taking
    // the model and risk from its alert (or the active model's score). Returns its id.
    std::int64_t decide(std::int64_t transaction_id, Decision decision, const std::string& analyst,
                        const std::string& note, std::int64_t now_ms);
    // Undoes `analyst`'s latest decision still in force; returns its transaction's row id.
    std::optional<std::int64_t> undo_last(const std::string& analyst, std::int64_t now_ms);
    // A note on a transaction, without a decision (audit-logged).
    void add_note(std::int64_t transaction_id, const std::string& analyst, const std::string& note,
                  std::int64_t now_ms);
    // Every decision on the transaction, oldest first, undone ones included.
    std::vector<DecisionRecord> history(std::int64_t transaction_id);

private:
    void apply(std::int64_t transaction_id, std::optional<Decision> decision, std::int64_t now_ms);

    Database& db_;
};

}  // namespace fd
