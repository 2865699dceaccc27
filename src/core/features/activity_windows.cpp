#include "activity_windows.h"

#include <algorithm>
#include <cmath>

namespace fd::features {

ActivitySnapshot ActivityWindows::observe(std::int64_t time_ms) {
    const std::int64_t now = std::max(time_ms, newest_ms_);
    recent_.advance(bucket_of(now, kRecentResolutionMs), kRecentSpans);
    day_.advance(bucket_of(now, kDayResolutionMs), kDaySpans);
    month_.advance(bucket_of(now, kMonthResolutionMs), kMonthSpans);

    ActivitySnapshot s;
    const WindowTotals r10m = recent_.totals(0);
    const WindowTotals r1h = recent_.totals(1);
    const WindowTotals l24h = day_.totals(0);
    const WindowTotals l7d = month_.totals(0);
    const WindowTotals l30d = month_.totals(1);
    s.count_10m = r10m.count;
    s.count_1h = r1h.count;
    s.count_24h = l24h.count;
    s.count_7d = l7d.count;
    s.count_30d = l30d.count;
    // Sums are of non-negative values; max() hides the last bits of float rounding.
    s.amount_1h = std::max(0.0, r1h.sums[0]);
    s.amount_24h = std::max(0.0, l24h.sums[0]);
    s.amount_7d = std::max(0.0, l7d.sums[0]);
    s.amount_30d = std::max(0.0, l30d.sums[0]);
    s.small_count_1h = std::max(0.0, std::round(r1h.sums[1]));
    s.log_amount_sum_30d = std::max(0.0, l30d.sums[1]);
    s.log_amount_sq_sum_30d = std::max(0.0, l30d.sums[2]);
    return s;
}

void ActivityWindows::add(std::int64_t time_ms, double amount, bool small) {
    const std::int64_t now = std::max(time_ms, newest_ms_);
    const auto value = static_cast<float>(amount);
    const auto log_value = static_cast<float>(std::log1p(amount));
    recent_.add(bucket_of(now, kRecentResolutionMs), {value, small ? 1.0f : 0.0f, 0.0f},
                static_cast<std::size_t>(kRecentSpans.back()));
    day_.add(bucket_of(now, kDayResolutionMs), {value, 0.0f, 0.0f},
             static_cast<std::size_t>(kDaySpans.back()));
    month_.add(bucket_of(now, kMonthResolutionMs), {value, log_value, log_value * log_value},
               static_cast<std::size_t>(kMonthSpans.back()));
    newest_ms_ = now;
}

}  // namespace fd::features
