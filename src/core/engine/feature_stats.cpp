#include "feature_stats.h"

#include <algorithm>
#include <cmath>

#include "core/tr_mark.h"
#include "model_error.h"

namespace fd {
namespace {

// Quantile of sorted values by linear interpolation between closest ranks.
double quantile(const std::vector<float>& sorted, double q) {
    const double position = q * static_cast<double>(sorted.size() - 1);
    const auto lower = static_cast<std::size_t>(std::floor(position));
    const auto upper = std::min(lower + 1, sorted.size() - 1);
    const double t = position - static_cast<double>(lower);
    return sorted[lower] + t * (sorted[upper] - sorted[lower]);
}

}  // namespace

FeatureStats FeatureStats::fit(const FeatureMatrix& matrix) {
    if (matrix.rows == 0)
        throw ModelError(FD_TR("core/Engine", "Cannot compute feature statistics: no rows"));
    FeatureStats stats;
    stats.names = matrix.names;
    stats.names.resize(matrix.cols);
    std::vector<float> column(matrix.rows);
    for (std::size_t c = 0; c < matrix.cols; ++c) {
        for (std::size_t r = 0; r < matrix.rows; ++r) column[r] = matrix.at(r, c);
        std::sort(column.begin(), column.end());
        const double median = quantile(column, 0.5);
        double spread = (quantile(column, 0.75) - quantile(column, 0.25)) / 1.349;
        if (!(spread > 1e-9)) {
            // Mostly-constant columns (flags, counts that are usually 0): fall back to the
            // mean absolute deviation, then to 1 so deviations stay finite.
            double sum = 0.0;
            for (float v : column) sum += std::abs(v - median);
            spread = sum / static_cast<double>(column.size());
            if (!(spread > 1e-9)) spread = 1.0;
        }
        stats.median.push_back(median);
        stats.spread.push_back(spread);
    }
    return stats;
}

double FeatureStats::deviation(std::size_t feature, double value) const {
    if (feature >= median.size()) return 0.0;
    return (value - median[feature]) / spread[feature];
}

nlohmann::json FeatureStats::to_json() const {
    return {{"names", names}, {"median", median}, {"spread", spread}};
}

FeatureStats FeatureStats::from_json(const nlohmann::json& j) {
    const auto fail = [](const std::string& what) -> FeatureStats {
        throw ModelError(fill_text(
            FD_TR("core/Engine", "Feature statistics in the model are damaged: %1"), {what}));
    };
    if (!j.is_object() || !j.contains("names") || !j.contains("median") || !j.contains("spread") ||
        !j["names"].is_array() || !j["median"].is_array() || !j["spread"].is_array())
        return fail(FD_TR("core/Engine", "names, median or spread missing"));
    const std::size_t n = j["names"].size();
    if (j["median"].size() != n || j["spread"].size() != n || n > 10000)
        return fail(FD_TR("core/Engine", "names, median and spread differ in length"));
    FeatureStats stats;
    for (std::size_t i = 0; i < n; ++i) {
        if (!j["names"][i].is_string() || !j["median"][i].is_number() ||
            !j["spread"][i].is_number())
            return fail(fill_text(FD_TR("core/Engine", "entry %1 has the wrong type"),
                                  {std::to_string(i)}));
        const double median = j["median"][i].get<double>();
        const double spread = j["spread"][i].get<double>();
        if (!std::isfinite(median) || !std::isfinite(spread) || spread <= 0)
            return fail(fill_text(FD_TR("core/Engine",
                                        "feature '%1' has a non-finite median or a "
                                        "spread that is not positive"),
                                  {j["names"][i].get<std::string>()}));
        stats.names.push_back(j["names"][i].get<std::string>());
        stats.median.push_back(median);
        stats.spread.push_back(spread);
    }
    return stats;
}

}  // namespace fd
