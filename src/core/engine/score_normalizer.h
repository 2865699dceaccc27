// Puts every model's raw score on one scale: how rare such a score was in the model's own
// training data. The tail probability (the share of training rows scoring at least as
// high) is kept on a grid that is dense where it matters, in the top few percent, so
// "top 0.1%" and "top 0.01%" stay apart.
#pragma once

#include <nlohmann/json.hpp>
#include <span>
#include <vector>

namespace fd {

class ScoreNormalizer {
public:
    ScoreNormalizer() = default;
    static ScoreNormalizer fit(std::span<const double> training_scores);

    // Share of training scores >= score, interpolated on the grid; never below
    // 1 / (training rows + 1), so a score beyond anything seen is "rarer than all of them".
    double tail(double score) const;
    // Rarity on a log scale: -log10(tail), 0 for ordinary scores, 2 for the top 1%, 4 for
    // the top 0.01%.
    double rarity(double score) const;

    std::size_t training_rows() const { return rows_; }
    nlohmann::json to_json() const;
    static ScoreNormalizer from_json(const nlohmann::json& j);  // throws ModelError

private:
    std::vector<double> levels_;  // tail probabilities, decreasing from 1
    std::vector<double> values_;  // the score at each level, non-decreasing
    std::size_t rows_ = 0;
};

}  // namespace fd
