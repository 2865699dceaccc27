// Prediction, contributions, save and load. Training is in gbdt_training.cpp.
#include "gradient_boosted_trees.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "core/engine/model_error.h"
#include "core/tr_mark.h"
#include "xgboost_handles.h"
#include "xgboost_model_check.h"

namespace fd {
namespace {

// Rows per DMatrix when scoring: XGBoost copies each batch (about 8 bytes per value), so
// large batches go through in slices of bounded memory.
constexpr std::size_t kRowsPerSlice = 65'536;
constexpr std::size_t kMaxModelBytes = 1ull << 30;

void check_rows(FeatureView rows, std::size_t features, const void* out) {
    if (rows.rows == 0) return;
    if (rows.cols != features) {
        throw ModelError(fill_text(FD_TR("core/Engine",
                                         "The gradient-boosted trees model was "
                                         "trained on %1 features but is given rows "
                                         "of %2."),
                                   {std::to_string(features), std::to_string(rows.cols)}));
    }
    if (rows.data == nullptr || out == nullptr) {
        throw ModelError(
            FD_TR("core/Engine", "Gradient-boosted trees: no row data or no output buffer given."));
    }
}

// Runs XGBoost prediction of `type` slice by slice, copying `per_row` values a row to out.
template <typename Out>
void predict_in_slices(xgb::Booster& booster, FeatureView rows, int nthread, int type,
                       std::size_t per_row, Out* out) {
    for (std::size_t first = 0; first < rows.rows; first += kRowsPerSlice) {
        const FeatureView slice = rows.slice(first, std::min(kRowsPerSlice, rows.rows - first));
        const xgb::DMatrix matrix(slice, nthread);
        const std::vector<float> values = booster.predict(matrix, slice.rows, type, per_row);
        std::copy(values.begin(), values.end(), out + first * per_row);
    }
}

}  // namespace

GradientBoostedTrees::GradientBoostedTrees(std::unique_ptr<xgb::Booster> booster,
                                           const GbdtParams& params)
    : booster_(std::move(booster)), params_(params) {
    features_ = booster_->feature_count();
    best_iteration_ = booster_->boosted_rounds() - 1;
    best_validation_aucpr_ = std::numeric_limits<double>::quiet_NaN();
}

GradientBoostedTrees::GradientBoostedTrees(GradientBoostedTrees&&) noexcept = default;
GradientBoostedTrees& GradientBoostedTrees::operator=(GradientBoostedTrees&&) noexcept = default;
GradientBoostedTrees::~GradientBoostedTrees() = default;

xgb::Booster& GradientBoostedTrees::booster() const {
    if (!booster_)
        throw ModelError(FD_TR("core/Engine", "This gradient-boosted trees model was moved away."));
    return *booster_;
}

void GradientBoostedTrees::predict(FeatureView rows, double* out) const {
    check_rows(rows, features_, out);
    predict_in_slices(booster(), rows, params_.nthread, 0, 1, out);
}

void GradientBoostedTrees::contributions(FeatureView rows, float* out) const {
    check_rows(rows, features_, out);
    predict_in_slices(booster(), rows, params_.nthread, 2, features_ + 1, out);
}

void GradientBoostedTrees::approximate_contributions(FeatureView rows, float* out) const {
    check_rows(rows, features_, out);
    predict_in_slices(booster(), rows, params_.nthread, 3, features_ + 1, out);
}

std::vector<std::uint8_t> GradientBoostedTrees::save() const {
    return booster().save_ubjson();
}

GradientBoostedTrees GradientBoostedTrees::load(std::span<const std::uint8_t> bytes,
                                                std::size_t expected_features,
                                                const GbdtParams& params) {
    validate_gbdt_params(params);
    if (bytes.size() > kMaxModelBytes) {
        throw ModelError(
            FD_TR("core/Engine", "The XGBoost model is not usable: it is larger than 1 GiB."));
    }
    const xgb::CheckedModel checked = xgb::check_xgboost_model(bytes, expected_features);
    const auto* text = reinterpret_cast<const std::uint8_t*>(checked.canonical_json.data());
    GradientBoostedTrees model(
        xgb::Booster::from_model({text, checked.canonical_json.size()}, params.nthread), params);
    if (model.features_ != expected_features ||
        static_cast<std::size_t>(model.best_iteration_ + 1) != checked.trees) {
        throw ModelError(fill_text(
            FD_TR("core/Engine",
                  "The XGBoost model is not usable: XGBoost "
                  "read it differently (%1 features, %2 "
                  "trees)."),
            {std::to_string(model.features_), std::to_string(model.best_iteration_ + 1)}));
    }
    model.scale_pos_weight_used_ = checked.scale_pos_weight;
    model.best_validation_aucpr_ = checked.best_score;
    return model;
}

}  // namespace fd
