// The models table: every trained model bundle with its header, one of them active.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "database.h"

namespace fd {

struct ModelRecord {
    std::int64_t id = 0;  // the version analysts see
    std::string kind;
    std::string name;
    std::int64_t created_ms = 0;
    std::string header;  // JSON
    bool active = false;
};

class ModelStore {
public:
    explicit ModelStore(Database& db);

    // Stores a validated bundle and returns its id. The caller owns any transaction.
    std::int64_t add(const std::string& kind, const std::string& name, std::int64_t created_ms,
                     const std::string& header, std::span<const std::uint8_t> bundle);
    // Makes `id` the one active model (atomically deactivating the previous one).
    // Throws StorageError when there is no such model.
    void activate(std::int64_t id);
    // activate() by an analyst: `action` is "promote" (a challenger) or "rollback" (an
    // older version), written to the audit log in the same transaction with the model
    // that was active before and `details` (a JSON object). Throws StorageError.
    void promote(std::int64_t id, const std::string& actor, const std::string& action,
                 std::int64_t now_ms, const std::string& details = "{}");
    // A comparison report (JSON) of `model_id` against the model active at the time.
    void add_evaluation(std::int64_t model_id, std::optional<std::int64_t> against_model_id,
                        std::int64_t evaluated_ms, const std::string& report);
    // The newest report for `model_id`, if it has one.
    std::optional<std::string> latest_evaluation(std::int64_t model_id);
    std::optional<ModelRecord> active();
    std::optional<ModelRecord> find(std::int64_t id);
    std::vector<ModelRecord> list();                    // newest first
    std::vector<std::uint8_t> bundle(std::int64_t id);  // empty when there is no such model

private:
    void switch_active(std::int64_t id);  // inside the caller's transaction

    Database& db_;
};

}  // namespace fd
