// The state kept per card and per merchant, and the functions that read a transaction's
// features from that state and then fold the transaction in.
#pragma once

#include <cstdint>

#include "activity_windows.h"
#include "recent_set.h"
#include "window_ring.h"

namespace fd {
struct Transaction;
}

namespace fd::features {

struct CardState {
    ActivityWindows activity;
    RecentSet<16> merchants;
    RecentSet<6> countries;
    RecentSet<8> cities;  // where the card was used in person
    RecentSet<6> devices;
    // The last card-present transaction with coordinates (floats: ~1 m, plenty for travel).
    float last_latitude = 0;
    float last_longitude = 0;
    std::int64_t last_located_ms = kNoTime;

    std::size_t heap_bytes() const { return activity.heap_bytes(); }
};

// Labels known at a merchant, by the UTC day they became known (today and the 29 days
// before). Each event: count 1 per label, sums[0] = 1 for fraud.
inline constexpr WindowRing<1>::Spans kLabelSpans = {kMonthSpans.back()};

// Cards new to a merchant: a 24-hour window in 10-minute buckets, and 30 UTC days.
inline constexpr WindowRing<1>::Spans kNewCardMonthSpans = {kMonthSpans.back()};

struct MerchantState {
    ActivityWindows activity;
    WindowRing<1> labels;
    WindowRing<1> new_cards_day;
    WindowRing<1> new_cards_month;

    std::size_t heap_bytes() const {
        return activity.heap_bytes() + labels.heap_bytes() + new_cards_day.heap_bytes() +
               new_cards_month.heap_bytes();
    }
};

// The fraud rate the merchant rates are smoothed toward (see feature_columns.h).
struct OverallLabels {
    double labels = 0;
    double frauds = 0;
    double prior_rate() const;
};

// `amount` is t.amount() clamped to [0, kMaxAmount]. Each writes its columns of `out`.
void write_transaction_features(const Transaction& t, double amount, float* out);
void process_card(CardState& card, const Transaction& t, double amount, float* out);
void process_merchant(MerchantState& merchant, const Transaction& t, double amount,
                      const OverallLabels& overall, float* out);
void add_known_label(MerchantState& merchant, std::int64_t known_at_ms, bool fraud);

// Milliseconds from `earlier` to `later` as a double, free of int64 overflow.
inline double ms_between(std::int64_t earlier, std::int64_t later) {
    return static_cast<double>(later) - static_cast<double>(earlier);
}

}  // namespace fd::features
