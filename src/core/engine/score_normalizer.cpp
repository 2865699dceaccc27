#include "score_normalizer.h"

#include <algorithm>
#include <cmath>

#include "core/tr_mark.h"
#include "model_error.h"

namespace fd {
namespace {

// Tail levels 1, 0.99, ..., 0.01 then each decade down to 1e-6 in ninths: 100 + 5*9 points.
std::vector<double> tail_grid() {
    std::vector<double> grid;
    for (int i = 100; i >= 1; --i) grid.push_back(i / 100.0);
    for (double decade = 0.01; decade > 1.5e-6; decade /= 10) {
        for (int i = 9; i >= 1; --i) grid.push_back(decade * i / 10);
    }
    grid.erase(std::unique(grid.begin(), grid.end(),
                           [](double a, double b) { return std::abs(a - b) < 1e-15; }),
               grid.end());
    return grid;
}

}  // namespace

ScoreNormalizer ScoreNormalizer::fit(std::span<const double> training_scores) {
    if (training_scores.empty())
        throw ModelError(FD_TR("core/Engine", "Cannot normalise scores: no training rows"));
    std::vector<double> sorted(training_scores.begin(), training_scores.end());
    for (double s : sorted) {
        if (!std::isfinite(s))
            throw ModelError(
                FD_TR("core/Engine", "Cannot normalise scores: a training score is not finite"));
    }
    std::sort(sorted.begin(), sorted.end());
    ScoreNormalizer n;
    n.rows_ = sorted.size();
    const double rows = static_cast<double>(sorted.size());
    for (double level : tail_grid()) {
        if (level * rows < 1.0) break;  // finer than one row says nothing
        // The smallest score s with share(scores >= s) >= level: index floor(rows*(1-level)).
        const auto index = static_cast<std::size_t>(std::floor(rows * (1.0 - level) + 1e-9));
        n.levels_.push_back(level);
        n.values_.push_back(sorted[std::min(index, sorted.size() - 1)]);
    }
    return n;
}

double ScoreNormalizer::tail(double score) const {
    if (values_.empty()) return 1.0;
    const double floor_tail = 1.0 / (static_cast<double>(rows_) + 1.0);
    if (std::isnan(score) || score <= values_.front()) return 1.0;
    if (score > values_.back()) return floor_tail;
    // First grid point whose value reaches the score; interpolate from the one before.
    const auto it = std::lower_bound(values_.begin(), values_.end(), score);
    const auto i = static_cast<std::size_t>(it - values_.begin());
    if (i == 0) return levels_.front();
    const double v0 = values_[i - 1], v1 = values_[i];
    const double l0 = levels_[i - 1], l1 = levels_[i];
    const double t = v1 > v0 ? (score - v0) / (v1 - v0) : 1.0;
    // Interpolate in log space: the grid is geometric in the tail.
    return std::max(floor_tail, std::exp(std::log(l0) + t * (std::log(l1) - std::log(l0))));
}

double ScoreNormalizer::rarity(double score) const {
    return -std::log10(tail(score));
}

nlohmann::json ScoreNormalizer::to_json() const {
    return {{"rows", rows_}, {"levels", levels_}, {"values", values_}};
}

ScoreNormalizer ScoreNormalizer::from_json(const nlohmann::json& j) {
    const auto fail = [](const std::string& what) -> ScoreNormalizer {
        throw ModelError(fill_text(
            FD_TR("core/Engine", "Score normalisation in the model is damaged: %1"), {what}));
    };
    if (!j.is_object() || !j.contains("rows") || !j["rows"].is_number_unsigned() ||
        !j.contains("levels") || !j["levels"].is_array() || !j.contains("values") ||
        !j["values"].is_array()) {
        return fail(FD_TR("core/Engine", "rows, levels or values missing"));
    }
    ScoreNormalizer n;
    n.rows_ = j["rows"].get<std::size_t>();
    if (j["levels"].size() != j["values"].size() || j["levels"].size() > 1000 ||
        j["levels"].empty() || n.rows_ == 0) {
        return fail(FD_TR("core/Engine", "levels and values disagree in size or are empty"));
    }
    for (std::size_t i = 0; i < j["levels"].size(); ++i) {
        if (!j["levels"][i].is_number() || !j["values"][i].is_number())
            return fail(FD_TR("core/Engine", "a non-number"));
        const double level = j["levels"][i].get<double>();
        const double value = j["values"][i].get<double>();
        if (!std::isfinite(level) || !std::isfinite(value) || level <= 0 || level > 1)
            return fail(
                FD_TR("core/Engine", "a level outside (0, 1] or a value that is not finite"));
        if (i > 0 && (level >= n.levels_.back() || value < n.values_.back()))
            return fail(FD_TR("core/Engine", "levels must decrease and values must not"));
        n.levels_.push_back(level);
        n.values_.push_back(value);
    }
    return n;
}

}  // namespace fd
