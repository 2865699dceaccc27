// Isolation Forest (Liu, Ting and Zhou, 2008), our own: random feature, random split in the
// node's range, trees grown to ceil(log2(sample size)), path lengths corrected by c(n).
// All trees live in flat arrays; scoring walks a block of rows through one tree at a time.
// Same data, parameters and seed give the same forest on every machine.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <vector>

#include "core/engine/feature_matrix.h"

namespace fd {

struct IsolationForestParams {
    int trees = 100;
    int sample_size = 256;  // capped at the number of rows
    std::uint64_t seed = 1;
};

// Average path length of an unsuccessful search in a binary search tree of n points:
// 2 H(n-1) - 2 (n-1) / n, with c(2) = 1 and c(n <= 1) = 0.
double average_path_length(double n);

class IsolationForest {
public:
    // Throws ModelError on fewer than two rows, bad parameters, or a non-finite value (naming
    // the row and column).
    static IsolationForest fit(FeatureView data, const IsolationForestParams& params);

    // 2^(-E[h(x)] / c(sample size)): near 1 for anomalies, below 0.5 for ordinary rows.
    void score(FeatureView rows, double* out) const;
    double score_one(const float* row) const;

    std::size_t features() const { return features_; }
    const IsolationForestParams& params() const { return params_; }
    std::size_t nodes() const { return feature_.size(); }
    int height_limit() const { return height_limit_; }
    // The deepest leaf of any tree (edges from the root).
    int max_depth() const;

    nlohmann::json to_json() const;
    // Validates sizes, indexes (children always after their parent, so no cycles), finite
    // numbers and limits; throws ModelError.
    static IsolationForest from_json(const nlohmann::json& j);

private:
    IsolationForestParams params_;
    std::size_t features_ = 0;
    int sample_size_ = 0;  // as used (capped)
    int height_limit_ = 0;
    double normaliser_ = 1.0;  // c(sample size)
    // Node arrays. Internal: feature >= 0, rows with value < threshold go to `left`, the
    // rest to left + 1. Leaf: feature = -1, `value` = depth + c(rows that reached it).
    std::vector<std::int32_t> feature_;
    std::vector<float> threshold_;
    std::vector<std::int32_t> left_;
    std::vector<float> value_;
    std::vector<std::int32_t> roots_;
    std::vector<std::uint8_t> depth_;  // per node, for max_depth() and checks

    // The same nodes packed for scoring. A leaf points to itself with a NaN threshold, so a
    // walk can take exactly height_limit steps without a branch: rows step in lockstep.
    struct PackedNode {
        float threshold;
        std::int32_t feature;
        std::int32_t left;
        float value;
    };
    std::vector<PackedNode> packed_;
    int steps_ = 0;  // the deepest leaf: every walk takes this many steps
    void pack();
};

}  // namespace fd
