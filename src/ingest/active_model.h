// The registry's active model, loaded and validated, for scoring.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include "core/engine/ensemble.h"

namespace fd {

class Database;

struct ActiveModel {
    std::int64_t id = 0;
    std::shared_ptr<const EnsembleModel> model;
};

// std::nullopt when no model is active. Throws ModelError when the stored bundle is bad.
std::optional<ActiveModel> load_active_model(Database& db);

}  // namespace fd
