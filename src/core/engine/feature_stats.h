// Robust per-feature statistics of the training data (median and a spread that ignores
// heavy tails). The bundle keeps them so reasons can say how unusual a value is.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "feature_matrix.h"

namespace fd {

struct FeatureStats {
    std::vector<std::string> names;
    std::vector<double> median;
    std::vector<double> spread;  // IQR / 1.349 (a standard deviation for normal data), > 0

    static FeatureStats fit(const FeatureMatrix& matrix);
    // How many spreads `value` lies above (positive) or below (negative) the median.
    double deviation(std::size_t feature, double value) const;

    nlohmann::json to_json() const;
    static FeatureStats from_json(const nlohmann::json& j);  // throws ModelError
};

}  // namespace fd
