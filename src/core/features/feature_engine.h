// The feature engine: turns each transaction, in arrival order, into a row of finite
// floats computed from the past only (the transaction itself is not yet counted).
//
// State is per card and per merchant (terminal), keyed by interned ids, and bounded:
//   - windows are rings of time buckets: 1 s buckets up to 1 h, 10 min buckets for 24 h,
//     UTC days for 7 d and 30 d (see activity_windows.h), at most 3,774 entries per entity
//     however busy, and one inline entry per window ring for a quiet card;
//   - the merchants, countries and devices a card has used are small LRU sets of
//     fingerprints (16 merchants, 6 countries, 6 devices; see recent_set.h);
//   - entities idle for `idle_eviction_ms` are evicted by a sweep that examines a few
//     entities per transaction (amortised O(1)); an evicted card that returns is new;
//   - labels wait in a queue until they become known, at most `label_delay_ms` ahead of
//     the newest transaction time seen.
// Per transaction the work is O(1) amortised: two hash lookups, window updates that only
// ever move forward, and fixed-size set scans.
//
// Late transactions (older than the newest seen for their card or merchant) never move a
// window backwards: they are read and counted as if they happened at that newest time
// (their hour, night and weekend features still use their own timestamp), their time since
// the card's last transaction is 0 and their speed uses the one-minute floor. Labels are
// released by the newest time seen overall, so a late row sees the labels known by then.
// A late location never replaces a newer one as "the card's previous location".
//
// One engine serves one stream in one thread (it is not thread-safe); move it, don't share.
// A moved-from engine may only be assigned to or destroyed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/engine/feature_matrix.h"
#include "core/transaction.h"

namespace fd {

struct FeatureInfo {
    std::string name;      // e.g. "card_amount_ratio_30d"
    std::string unit;      // "count", "amount", "x", "s", "km", "km/h", "0/1", ...
    std::string sentence;  // one sentence an analyst reads in the UI
};

struct FeatureConfig {
    // Imported ground truth becomes usable this long after the transaction.
    std::int64_t label_delay_ms = 7LL * 24 * 3600 * 1000;
    // Cards and merchants with no transaction for this long are forgotten.
    std::int64_t idle_eviction_ms = 90LL * 24 * 3600 * 1000;
};

class FeatureEngine {
public:
    explicit FeatureEngine(FeatureConfig config = {});
    ~FeatureEngine();
    FeatureEngine(FeatureEngine&&) noexcept;
    FeatureEngine& operator=(FeatureEngine&&) noexcept;
    FeatureEngine(const FeatureEngine&) = delete;
    FeatureEngine& operator=(const FeatureEngine&) = delete;

    static const std::vector<FeatureInfo>& registry();  // fixed order = column order
    static std::vector<std::string> names();
    static std::optional<std::size_t> index_of(std::string_view name);
    std::size_t size() const;  // number of features (columns)

    const FeatureConfig& config() const;

    // Writes the features of `t` from the past only into out[0..size()), then folds `t`
    // into the state. Every value written is finite.
    void process(const Transaction& t, float* out);

    // A label that becomes usable for the merchant fraud features at `known_at_ms` (imported
    // ground truth: t.timestamp_ms + label_delay; an analyst decision: the decision time).
    // It counts for transactions processed at or after that time. A known_at further than
    // label_delay_ms past the newest time seen is brought back to that bound.
    void add_label(const Transaction& t, bool fraud, std::int64_t known_at_ms);

    // Processes time-ordered `transactions` into a matrix (names filled). When
    // `use_imported_labels`, each row with t.label != Unknown is added after its own features
    // with known_at = t.timestamp_ms + label_delay_ms.
    FeatureMatrix compute_all(std::span<const Transaction> transactions,
                              bool use_imported_labels = true);

    // Evicts now every entity idle for idle_eviction_ms at the newest time seen (the
    // incremental sweep in process() gets there too, a few entities per transaction).
    void evict_idle();

    // Estimate of all state (tables, windows, sets, labels, malloc overhead); walks every
    // entity, so call it for reports, not per transaction.
    std::size_t memory_bytes() const;
    std::size_t cards() const;
    std::size_t merchants() const;
    std::size_t pending_labels() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace fd
