// The supervised model: gradient-boosted trees trained from fraud labels through XGBoost's C
// API (binary:logistic, hist trees), with TreeSHAP contributions for reasons.
//
// Class imbalance: each fraud row weighs scale_pos_weight; left at 0 it becomes
// genuine count / fraud count in the training labels, so both classes weigh the same in
// total (XGBoost's own advice). Probabilities are then not calibrated frequencies, which
// suits ranking and the ensemble (it normalises every score against its training scores).
//
// Early stopping: after each round the validation rows (a later time slice, given by the
// caller) are scored with XGBoost's aucpr; training stops once early_stopping_rounds rounds
// in a row fail to beat the best, and the model keeps the trees up to its best round only.
//
// Threads: XGBoost uses params.nthread OpenMP threads (default 1). One object may be used
// from several threads; its calls into XGBoost take turns.
//
// Lifetime: XGBoost 1.7 keeps per-thread state that a model's destructor updates, and at
// exit that state is gone before static objects are destroyed. A model still alive then
// (held by a static) is left to the ending process rather than freed; LeakSanitizer will
// report it. Destroy models before main returns.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <vector>

#include "core/engine/feature_matrix.h"
#include "core/gbdt/gbdt_params.h"

namespace fd {

namespace xgb {
class Booster;
}

struct GbdtProgress {
    int round = 0;                  // 0-based round just trained
    double validation_aucpr = 0.0;  // NaN without validation rows
    int rounds = 0;                 // rounds at most (params.rounds)
    int best_iteration = 0;         // best round so far
    double best_validation_aucpr = 0.0;
};

class GradientBoostedTrees {
public:
    // Labels are 1 (fraud) or 0 (genuine), one per row; both kinds must be present in the
    // training rows and, when there are validation rows, in those too. NaN features are
    // missing values. `validation` may be empty (rows == 0): then every round is kept. `progress`
    // is called after every round; returning false stops training there (the model keeps its best
    // round so far and cancelled() is true). Throws ModelError on bad parameters or data, with a
    // message that says what to do (for example, how many labels of each kind are missing).
    static GradientBoostedTrees fit(FeatureView train, std::span<const float> train_labels,
                                    FeatureView validation,
                                    std::span<const float> validation_labels,
                                    const GbdtParams& params,
                                    const std::function<bool(const GbdtProgress&)>& progress = {});

    // Fraud probability of every row into out[0 .. rows.rows).
    void predict(FeatureView rows, double* out) const;
    // TreeSHAP contributions in log-odds: rows.rows * (features() + 1) values, row-major;
    // the last value of a row is the bias, and a row's values sum to its margin,
    // log(p / (1 - p)).
    void contributions(FeatureView rows, float* out) const;
    // The same layout from XGBoost's approximate contributions (Saabas: each split's change
    // of the expected value goes to its feature). Also sums to the margin, but credits
    // features less fairly than TreeSHAP; about 30x faster, for when every row needs them.
    void approximate_contributions(FeatureView rows, float* out) const;

    std::size_t features() const { return features_; }
    int best_iteration() const { return best_iteration_; }  // 0-based; the model has +1 trees
    const GbdtParams& params() const { return params_; }
    double scale_pos_weight_used() const { return scale_pos_weight_used_; }  // as a float
    double best_validation_aucpr() const { return best_validation_aucpr_; }  // NaN if none
    bool cancelled() const { return cancelled_; }

    // XGBoost's own model format (UBJSON): loadable by any XGBoost >= 1.6, Python included.
    std::vector<std::uint8_t> save() const;
    // Accepts XGBoost's UBJSON or JSON model format. Refuses with ModelError anything that
    // is empty, unparsable, hostile, not a binary:logistic tree model, or not built on
    // `expected_features` features. `params` are the ones saved with the model (see
    // gbdt_params_to_json); their nthread is used for prediction.
    static GradientBoostedTrees load(std::span<const std::uint8_t> bytes,
                                     std::size_t expected_features, const GbdtParams& params);

    GradientBoostedTrees(GradientBoostedTrees&&) noexcept;
    GradientBoostedTrees& operator=(GradientBoostedTrees&&) noexcept;
    GradientBoostedTrees(const GradientBoostedTrees&) = delete;
    GradientBoostedTrees& operator=(const GradientBoostedTrees&) = delete;
    ~GradientBoostedTrees();

private:
    GradientBoostedTrees(std::unique_ptr<xgb::Booster> booster, const GbdtParams& params);
    xgb::Booster& booster() const;  // throws ModelError on a moved-from object

    std::unique_ptr<xgb::Booster> booster_;
    GbdtParams params_;
    std::size_t features_ = 0;
    int best_iteration_ = 0;
    double scale_pos_weight_used_ = 1.0;
    double best_validation_aucpr_ = 0.0;
    bool cancelled_ = false;
};

}  // namespace fd
