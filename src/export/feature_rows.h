// The feature rows of stored transactions exactly as training computes them:
// EnsembleModel::train runs FeatureEngine::compute_all over the time-ordered history with
// its imported labels, and so does this, a batch at a time on one engine: every transaction
// from the very first, in time order, from the past only, a labelled row's label known
// label_delay_ms after it. Streaming (the engine's bounded state and one batch), so it
// serves `frauddesk-cli features` and the training-set export of any number of rows.
#pragma once

#include <cstdint>
#include <functional>
#include <span>

#include "core/features/feature_engine.h"
#include "core/transaction.h"
#include "storage/database.h"

namespace fd {

// The sink sees every transaction with timestamp < until_ms, in time order, with its row
// (valid during the call only); it returns false to stop. Returns the rows handed over.
using FeatureRowSink = std::function<bool(const Transaction&, std::span<const float>)>;
std::int64_t stream_feature_rows(Database& db, std::int64_t until_ms, const FeatureRowSink& sink,
                                 const FeatureConfig& config = {});

}  // namespace fd
