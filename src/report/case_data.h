// The figures of a case report, read from a database. No Qt here.
//
// A case is what the review queue decides as one: an open alert together with the card's
// other open alerts whose transactions lie within 24 hours of the case's first (see
// storage/alert_store.h); a closed alert is a case of its own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/transaction.h"
#include "storage/alert_store.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/decision_store.h"

namespace fd::report {

struct CardPoint {
    std::int64_t ts_ms = 0;
    std::int64_t amount_minor = 0;
    std::string currency;
    bool fraud = false;    // labelled fraud
    bool in_case = false;  // one of the case's transactions
    bool current = false;  // the alert the report is about
};

struct CaseDecision {
    std::string ext_id;  // the transaction it is about
    DecisionRecord record;
};

struct CaseData {
    AlertRow alert;                       // the alert the report was asked for
    std::vector<AlertRow> alerts;         // the whole case, oldest first, `alert` among them
    Transaction transaction;              // the alert's transaction
    std::vector<std::string> reasons;     // sentences, best first
    std::vector<CardPoint> history;       // the card's last transactions up to the case's newest
    std::vector<CaseDecision> decisions;  // on any of the case's transactions, oldest first
    std::vector<AuditEntry> audit;  // rows about any of them (label, undo, note), oldest first
    std::optional<std::int64_t> model_id;  // the model whose score raised the alert
};

inline constexpr std::size_t kCaseHistoryPoints = 50;

// Throws std::runtime_error naming the alert when there is no such alert, StorageError
// otherwise.
CaseData gather_case(Database& db, std::int64_t alert_id, std::int64_t now_ms);

// The case that holds the alert on `transaction_id`: its card's open alerts grouped as the
// review queue groups them, or the alert alone when it is closed or has no card.
std::vector<AlertRow> case_of(Database& db, const AlertRow& alert, std::int64_t now_ms);

}  // namespace fd::report
