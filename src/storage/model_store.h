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
    std::optional<ModelRecord> active();
    std::optional<ModelRecord> find(std::int64_t id);
    std::vector<ModelRecord> list();                    // newest first
    std::vector<std::uint8_t> bundle(std::int64_t id);  // empty when there is no such model

private:
    Database& db_;
};

}  // namespace fd
