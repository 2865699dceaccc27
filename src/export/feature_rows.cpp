#include "feature_rows.h"

#include <limits>

#include "storage/transaction_store.h"

namespace fd {

std::int64_t stream_feature_rows(Database& db, std::int64_t until_ms, const FeatureRowSink& sink,
                                 const FeatureConfig& config) {
    // compute_all itself, a batch at a time on one engine: its state carries from batch to
    // batch, so the rows are those of one call over the whole history, in bounded memory.
    FeatureEngine engine(config);
    std::int64_t handed = 0;
    const auto feed = [&](std::span<const Transaction> batch, auto) {
        const FeatureMatrix rows = engine.compute_all(batch, true);
        for (std::size_t i = 0; i < batch.size(); ++i) {
            ++handed;
            if (!sink(batch[i], std::span<const float>(rows.row(i), rows.cols))) return false;
        }
        return true;
    };
    TransactionStore(db).scan(std::numeric_limits<std::int64_t>::min(), until_ms, 10000, feed);
    return handed;
}

}  // namespace fd
