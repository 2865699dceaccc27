// Checks a saved XGBoost model before XGBoost sees it. XGBoost's loaders trust their input
// (a child index out of range is an out-of-bounds read at prediction time, a deep nesting
// overflows its recursive parser), so a model from a file is parsed here with bounded
// depth and size, every field the predictor relies on is checked, and XGBoost is given a
// canonical JSON re-encoding of what was checked rather than the original bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace fd::xgb {

inline constexpr int kMaxTreeDepth = 64;  // deeper trees would strain TreeSHAP's recursion

struct CheckedModel {
    std::string canonical_json;  // the checked model as JSON text, for XGBoost to load
    std::size_t trees = 0;
    double scale_pos_weight = 1.0;
    double best_score = 0.0;  // the "best_score" attribute (validation aucpr), else NaN
};

// Accepts XGBoost's JSON or UBJSON model format of a binary:logistic gbtree model with
// `expected_features` features. Throws ModelError saying what is wrong.
CheckedModel check_xgboost_model(std::span<const std::uint8_t> bytes,
                                 std::size_t expected_features);

}  // namespace fd::xgb
