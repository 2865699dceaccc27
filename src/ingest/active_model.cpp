#include "active_model.h"

#include "core/engine/model_bundle.h"
#include "storage/database.h"
#include "storage/model_store.h"

namespace fd {

std::optional<ActiveModel> load_active_model(Database& db) {
    ModelStore store(db);
    const auto record = store.active();
    if (!record) return std::nullopt;
    const auto bytes = store.bundle(record->id);
    const auto bundle = read_bundle(bytes, "model " + std::to_string(record->id));
    return ActiveModel{record->id,
                       std::make_shared<const EnsembleModel>(EnsembleModel::from_bundle(bundle))};
}

}  // namespace fd
