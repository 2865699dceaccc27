// Parameters of the gradient-boosted trees model, their checks and their JSON form (kept in
// the model bundle next to XGBoost's own model).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>

namespace fd {

struct GbdtParams {
    int rounds = 400;                // boosting rounds at most (trees, one per round)
    int max_depth = 6;               // 1..32
    double eta = 0.1;                // learning rate, (0, 1]
    double subsample = 0.8;          // share of rows per tree, (0, 1]
    double colsample = 0.8;          // share of columns per tree (colsample_bytree), (0, 1]
    double min_child_weight = 1.0;   // minimum hessian sum in a leaf, >= 0
    double scale_pos_weight = 0.0;   // weight of a fraud row; 0: genuine count / fraud count
    int early_stopping_rounds = 30;  // stop after this many rounds without a better
                                     // validation aucpr; 0: never stop early
    int nthread = 1;                 // XGBoost's OpenMP threads; 0: all cores
    std::uint64_t seed = 1;          // with nthread = 1, same data + same seed = same model
};

// Throws ModelError naming the first parameter out of range.
void validate_gbdt_params(const GbdtParams& params);

nlohmann::json gbdt_params_to_json(const GbdtParams& params);
// Every key must be present with the right type and a valid value; unknown keys are
// ignored. Throws ModelError.
GbdtParams gbdt_params_from_json(const nlohmann::json& j);

}  // namespace fd
