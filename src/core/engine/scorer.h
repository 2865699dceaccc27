// The scoring pipeline for a stream: features in arrival order, then the ensemble, in
// batches. Files, live feeds, the CLI and the GUI all score through this class.
#pragma once

#include <span>
#include <vector>

#include "core/features/feature_engine.h"
#include "ensemble.h"

namespace fd {

class Scorer {
public:
    explicit Scorer(const EnsembleModel& model);

    // Folds transactions into the feature state without scoring them (the history before
    // the first transaction to score).
    void observe(std::span<const Transaction> history);
    // Computes each transaction's features from the past only, folds it in, and scores the
    // batch. Imported labels become known after the model's label delay, as in training.
    // `features_out`, when given, receives the model's feature rows.
    void score(std::span<const Transaction> batch, std::vector<Verdict>& out,
               FeatureMatrix* features_out = nullptr, bool exact_contributions = false);
    // An analyst's decision, usable by label-based features from `known_at_ms`.
    void add_label(const Transaction& t, bool fraud, std::int64_t known_at_ms);

    const EnsembleModel& model() const { return model_; }
    const FeatureEngine& features() const { return engine_; }

private:
    void fold(const Transaction& t, float* model_row);

    const EnsembleModel& model_;
    FeatureEngine engine_;
    std::vector<std::size_t> columns_;
    std::vector<float> full_row_;
    FeatureMatrix batch_;
};

}  // namespace fd
