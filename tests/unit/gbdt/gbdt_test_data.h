// Small synthetic labelled data sets and an AUC for the gradient-boosted trees tests.
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <numeric>
#include <random>
#include <span>
#include <vector>

#include "core/engine/feature_matrix.h"

namespace fd::test {

struct Labelled {
    FeatureMatrix rows;
    std::vector<float> labels;
};

// Standard normal features; the label is `rule` applied to a row.
inline Labelled make_labelled(std::size_t rows, std::size_t cols, std::uint64_t seed,
                              const std::function<bool(const float*)>& rule) {
    std::mt19937_64 random(seed);
    std::normal_distribution<float> normal;
    Labelled data{FeatureMatrix(rows, cols), {}};
    for (std::size_t r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < cols; ++c) data.rows.at(r, c) = normal(random);
        data.labels.push_back(rule(data.rows.row(r)) ? 1.0f : 0.0f);
    }
    return data;
}

inline bool separable(const float* x) {
    return x[0] + 0.5f * x[1] > 0.5f;
}
// About 1% positives, through an interaction no single split finds.
inline bool rare_fraud(const float* x) {
    return x[0] > 1.6f && x[1] > 0.9f;
}

// Labels unrelated to the features: about a fifth positive.
inline Labelled make_noise(std::size_t rows, std::size_t cols, std::uint64_t seed) {
    std::mt19937_64 labels_random(seed ^ 0x9e3779b97f4a7c15ull);
    return make_labelled(rows, cols, seed, [&](const float*) { return labels_random() % 5 == 0; });
}

// ROC AUC with tied scores counted as half.
inline double roc_auc(std::span<const double> scores, std::span<const float> labels) {
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](auto a, auto b) { return scores[a] < scores[b]; });
    double positive_rank_sum = 0.0;
    double positives = 0.0;
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j < order.size() && scores[order[j]] == scores[order[i]]) ++j;
        const double average_rank = (static_cast<double>(i + j - 1)) / 2.0 + 1.0;
        for (std::size_t k = i; k < j; ++k) {
            if (labels[order[k]] == 1.0f) {
                positive_rank_sum += average_rank;
                positives += 1.0;
            }
        }
        i = j;
    }
    const double negatives = static_cast<double>(scores.size()) - positives;
    return (positive_rank_sum - positives * (positives + 1.0) / 2.0) / (positives * negatives);
}

}  // namespace fd::test
