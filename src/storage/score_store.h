// The scores table: one row per transaction and model version, written in batches.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "core/engine/ensemble.h"

#include "database.h"

namespace fd {

struct ScoreRow {
    std::int64_t transaction_id = 0;  // transactions.id (the row id, not the external id)
    double risk = 0.0;                // 0..100
    int level = 0;                    // 0 low, 1 medium, 2 high, 3 critical
    std::string model_scores;         // JSON object
    std::string reasons;              // JSON array, best first
    bool operator==(const ScoreRow&) const = default;
};

// A verdict as stored: each member's raw score and its part of the risk ("risk_points"),
// and the reasons as JSON.
ScoreRow make_score_row(std::int64_t transaction_id, const Verdict& verdict);
// The members' parts of the risk (iforest, autoencoder, supervised, rules) from a stored
// model_scores object; none when it predates them.
std::optional<std::array<double, 4>> stored_risk_points(const std::string& model_scores);

class ScoreStore {
public:
    explicit ScoreStore(Database& db);

    // Writes (or rewrites) the scores of one model version; the caller owns the transaction.
    void upsert(std::int64_t model_id, std::span<const ScoreRow> rows, std::int64_t scored_ms);
    std::optional<ScoreRow> find(std::int64_t transaction_id, std::int64_t model_id);
    std::int64_t count(std::int64_t model_id);

private:
    Database& db_;
    Statement upsert_;
};

}  // namespace fd
