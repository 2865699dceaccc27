// The reference side of bench_gbdt: the same training and scoring in Python's xgboost
// (Debian's python3-xgboost), run as a child process on the same data.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <vector>

#include "core/engine/feature_matrix.h"

namespace fd::bench {

// Writes the data under `scratch`, trains with nthread 1 and 2 (OMP_NUM_THREADS set to
// match, so "1 thread" means one) and times prediction and pred_contribs at nthread 1.
// `our_validation_probabilities` are compared with Python's on the validation rows.
// Returns the merged JSON results, or nothing when python3 or its xgboost is missing.
std::optional<nlohmann::json> run_python_xgboost(
    const std::filesystem::path& scratch, const FeatureMatrix& train,
    std::span<const float> train_labels, const FeatureMatrix& validation,
    std::span<const float> validation_labels, std::size_t shap_rows,
    std::span<const double> our_validation_probabilities);

}  // namespace fd::bench
