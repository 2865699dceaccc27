// The windowed activity of one card or merchant: counts and amount sums over 10 min, 1 h,
// 24 h, 7 d and 30 d, plus what the card features need (small amounts in the past hour,
// mean and spread of log amounts over 30 days).
//
// Three rings at three resolutions keep the state bounded however busy the entity is, and
// small for a quiet one (a ring's first entry is inline; see window_ring.h):
//   recent:  1 s buckets,  windows 10 min and 1 h  (at most 3,600 entries)
//   day:    10 min buckets, window 24 h            (at most 144 entries)
//   month:  UTC days,       windows 7 d and 30 d   (at most 30 entries)
// So the edges are whole seconds up to 1 h, 10 minutes for 24 h (at 10:05 it holds the
// events from 10:00 the day before on) and calendar days for 7 d and 30 d (today and the
// 6, or 29, UTC days before). Coarse long windows are what keeps a card to a few hundred
// bytes: exact 30-day windows would cost 24 bytes per transaction in the past month.
#pragma once

#include <cstdint>
#include <limits>

#include "window_ring.h"

namespace fd::features {

inline constexpr std::int64_t kNoTime = std::numeric_limits<std::int64_t>::min();
inline constexpr std::int64_t kRecentResolutionMs = 1000;
inline constexpr std::int64_t kDayResolutionMs = 10 * 60 * 1000;
inline constexpr std::int64_t kMonthResolutionMs = 24 * 3600 * 1000;
inline constexpr WindowRing<2>::Spans kRecentSpans = {600, 3600};  // 10 min, 1 h
inline constexpr WindowRing<1>::Spans kDaySpans = {144};           // 24 h
inline constexpr WindowRing<2>::Spans kMonthSpans = {7, 30};       // 7 d, 30 d

// What the windows held just before an event (that event not included).
struct ActivitySnapshot {
    std::uint32_t count_10m = 0;
    std::uint32_t count_1h = 0;
    std::uint32_t count_24h = 0;
    std::uint32_t count_7d = 0;
    std::uint32_t count_30d = 0;
    double amount_1h = 0;
    double amount_24h = 0;
    double amount_7d = 0;
    double amount_30d = 0;
    double small_count_1h = 0;
    double log_amount_sum_30d = 0;     // sum of log1p(amount)
    double log_amount_sq_sum_30d = 0;  // sum of log1p(amount)^2
};

class ActivityWindows {
public:
    // Expires what left the windows by `time_ms` and returns what they hold. A time older
    // than the newest event seen is read as that newest time (late events change nothing).
    ActivitySnapshot observe(std::int64_t time_ms);
    // Counts an event (amount in major units, >= 0) at `time_ms`, or at the newest time seen
    // when it is older: a late event is counted as if it had just happened.
    void add(std::int64_t time_ms, double amount, bool small);

    std::int64_t newest_ms() const { return newest_ms_; }
    bool has_history() const { return newest_ms_ != kNoTime; }
    std::size_t heap_bytes() const {
        return recent_.heap_bytes() + day_.heap_bytes() + month_.heap_bytes();
    }

private:
    WindowRing<2> recent_;
    WindowRing<1> day_;
    WindowRing<2> month_;
    std::int64_t newest_ms_ = kNoTime;
};

}  // namespace fd::features
