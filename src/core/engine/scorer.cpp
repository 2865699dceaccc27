#include "scorer.h"

namespace fd {

Scorer::Scorer(const EnsembleModel& model)
    : model_(model),
      engine_(model.feature_config()),
      columns_(model.column_map()),
      full_row_(FeatureEngine::registry().size()) {
    batch_.cols = columns_.size();
    batch_.names = model.feature_names();
}

void Scorer::fold(const Transaction& t, float* model_row) {
    engine_.process(t, full_row_.data());
    if (t.label != Label::Unknown) {
        engine_.add_label(t, t.label == Label::Fraud,
                          t.timestamp_ms + model_.feature_config().label_delay_ms);
    }
    if (model_row) {
        for (std::size_t c = 0; c < columns_.size(); ++c) model_row[c] = full_row_[columns_[c]];
    }
}

void Scorer::observe(std::span<const Transaction> history) {
    for (const auto& t : history) fold(t, nullptr);
}

void Scorer::score(std::span<const Transaction> batch, std::vector<Verdict>& out,
                   FeatureMatrix* features_out, bool exact_contributions) {
    batch_.rows = batch.size();
    batch_.values.resize(batch.size() * columns_.size());
    for (std::size_t r = 0; r < batch.size(); ++r) fold(batch[r], batch_.row(r));
    model_.score(batch_.view(), batch, out, exact_contributions);
    if (features_out) *features_out = batch_;
}

void Scorer::add_label(const Transaction& t, bool fraud, std::int64_t known_at_ms) {
    engine_.add_label(t, fraud, known_at_ms);
}

}  // namespace fd
