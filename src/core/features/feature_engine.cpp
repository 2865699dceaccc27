// The engine's bookkeeping: the stream clock, the entity tables and their eviction sweep,
// and the queue of labels waiting to become known.
#include "feature_engine.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <queue>
#include <vector>

#include "entity_features.h"
#include "entity_table.h"
#include "feature_columns.h"

namespace fd {
namespace {

using namespace features;

// Entities examined per table and transaction by the eviction sweep. Two per table keeps
// up with any workload: each transaction creates at most one entity per table.
constexpr std::size_t kSweepBudget = 2;

std::int64_t saturating_add(std::int64_t a, std::int64_t b) {
    std::int64_t sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<std::int64_t>::max()
                     : std::numeric_limits<std::int64_t>::min();
    return sum;
}

struct PendingLabel {
    std::int64_t known_at_ms;
    std::uint32_t merchant_slot;
    bool fraud;
    // For a min-heap on known time.
    bool operator>(const PendingLabel& o) const { return known_at_ms > o.known_at_ms; }
};

}  // namespace

struct FeatureEngine::State {
    FeatureConfig config;
    EntityTable<CardState> cards;
    EntityTable<MerchantState> merchants;
    std::priority_queue<PendingLabel, std::vector<PendingLabel>, std::greater<>> pending;
    OverallLabels overall;
    std::int64_t clock_ms = kNoTime;  // newest transaction time seen

    std::int64_t eviction_cutoff() const {
        return saturating_add(clock_ms, -std::max<std::int64_t>(config.idle_eviction_ms, 0));
    }

    // Labels known by the clock start counting for their merchant.
    void release_labels() {
        while (!pending.empty() && pending.top().known_at_ms <= clock_ms) {
            const PendingLabel label = pending.top();
            pending.pop();
            auto& slot = merchants.slot(label.merchant_slot);
            --slot.pins;
            add_known_label(slot.state, label.known_at_ms, label.fraud);
            slot.last_seen_ms = std::max(slot.last_seen_ms, label.known_at_ms);
            overall.labels += 1;
            overall.frauds += label.fraud ? 1 : 0;
        }
    }
};

FeatureEngine::FeatureEngine(FeatureConfig config) : state_(std::make_unique<State>()) {
    state_->config = config;
}
FeatureEngine::~FeatureEngine() = default;
FeatureEngine::FeatureEngine(FeatureEngine&&) noexcept = default;
FeatureEngine& FeatureEngine::operator=(FeatureEngine&&) noexcept = default;

std::size_t FeatureEngine::size() const {
    return kColumnCount;
}
const FeatureConfig& FeatureEngine::config() const {
    return state_->config;
}

void FeatureEngine::process(const Transaction& t, float* out) {
    State& s = *state_;
    s.clock_ms = s.clock_ms == kNoTime ? t.timestamp_ms : std::max(s.clock_ms, t.timestamp_ms);
    s.release_labels();
    // Sweep before interning, so the entities of this transaction are never the ones freed.
    s.cards.sweep(s.eviction_cutoff(), kSweepBudget);
    s.merchants.sweep(s.eviction_cutoff(), kSweepBudget);

    const double amount = std::clamp(t.amount(), 0.0, kMaxAmount);
    write_transaction_features(t, amount, out);

    auto& card = s.cards.slot(s.cards.intern(t.card_id));
    process_card(card.state, t, amount, out);
    card.last_seen_ms = std::max(card.last_seen_ms, card.state.activity.newest_ms());

    auto& merchant = s.merchants.slot(s.merchants.intern(t.merchant_id));
    process_merchant(merchant.state, t, amount, s.overall, out);
    merchant.last_seen_ms = std::max(merchant.last_seen_ms, merchant.state.activity.newest_ms());
}

void FeatureEngine::add_label(const Transaction& t, bool fraud, std::int64_t known_at_ms) {
    State& s = *state_;
    const std::int64_t newest =
        s.clock_ms == kNoTime ? t.timestamp_ms : std::max(s.clock_ms, t.timestamp_ms);
    const std::int64_t bound =
        saturating_add(newest, std::max<std::int64_t>(s.config.label_delay_ms, 0));
    const std::uint32_t slot = s.merchants.intern(t.merchant_id);
    ++s.merchants.slot(slot).pins;  // a merchant is not evicted while its labels wait
    s.pending.push({std::min(known_at_ms, bound), slot, fraud});
    if (s.clock_ms != kNoTime) s.release_labels();
}

FeatureMatrix FeatureEngine::compute_all(std::span<const Transaction> transactions,
                                         bool use_imported_labels) {
    FeatureMatrix matrix(transactions.size(), size());
    matrix.names = names();
    for (std::size_t i = 0; i < transactions.size(); ++i) {
        const Transaction& t = transactions[i];
        process(t, matrix.row(i));
        if (use_imported_labels && t.label != Label::Unknown)
            add_label(t, t.label == Label::Fraud,
                      saturating_add(t.timestamp_ms, state_->config.label_delay_ms));
    }
    return matrix;
}

void FeatureEngine::evict_idle() {
    if (state_->clock_ms == kNoTime) return;
    state_->cards.sweep_all(state_->eviction_cutoff());
    state_->merchants.sweep_all(state_->eviction_cutoff());
}

std::size_t FeatureEngine::memory_bytes() const {
    const State& s = *state_;
    const auto heap = [](const auto& state) { return state.heap_bytes(); };
    return sizeof(State) + s.cards.memory_bytes(heap) + s.merchants.memory_bytes(heap) +
           s.pending.size() * sizeof(PendingLabel);
}

std::size_t FeatureEngine::cards() const {
    return state_->cards.size();
}
std::size_t FeatureEngine::merchants() const {
    return state_->merchants.size();
}
std::size_t FeatureEngine::pending_labels() const {
    return state_->pending.size();
}

}  // namespace fd
