// The transaction's own features (amount, time of day) and the merchant's: its windows and
// the fraud rate among labels already known.
#include <algorithm>
#include <cmath>

#include "core/transaction.h"
#include "entity_features.h"
#include "feature_columns.h"

namespace fd::features {

double OverallLabels::prior_rate() const {
    return (frauds + kOverallPriorWeight * kOverallPriorRate) / (labels + kOverallPriorWeight);
}

void write_transaction_features(const Transaction& t, double amount, float* out) {
    constexpr std::int64_t kHourMs = 3600LL * 1000;
    constexpr std::int64_t kDayMs = 24 * kHourMs;
    const std::int64_t hour =
        bucket_of(t.timestamp_ms, kHourMs) - bucket_of(t.timestamp_ms, kDayMs) * 24;
    // Day 0 (1970-01-01) was a Thursday: with Sunday = 0 it is weekday 4.
    const std::int64_t weekday = ((bucket_of(t.timestamp_ms, kDayMs) + 4) % 7 + 7) % 7;
    out[kAmountLog] = static_cast<float>(std::log1p(amount));
    out[kHourOfDay] = static_cast<float>(hour);
    out[kIsNight] = hour < 6 ? 1.0f : 0.0f;
    out[kIsWeekend] = weekday == 0 || weekday == 6 ? 1.0f : 0.0f;
}

void process_merchant(MerchantState& merchant, const Transaction& t, double amount,
                      const OverallLabels& overall, float* out) {
    const ActivitySnapshot s = merchant.activity.observe(t.timestamp_ms);
    out[kMerchantCount10m] = static_cast<float>(s.count_10m);
    out[kMerchantCount1h] = static_cast<float>(s.count_1h);
    out[kMerchantCount24h] = static_cast<float>(s.count_24h);
    out[kMerchantCount7d] = static_cast<float>(s.count_7d);
    out[kMerchantCount30d] = static_cast<float>(s.count_30d);
    out[kMerchantAmount1h] = static_cast<float>(s.amount_1h);
    out[kMerchantAmount24h] = static_cast<float>(s.amount_24h);
    out[kMerchantAmount7d] = static_cast<float>(s.amount_7d);
    out[kMerchantAmount30d] = static_cast<float>(s.amount_30d);

    merchant.labels.advance(bucket_of(t.timestamp_ms, kMonthResolutionMs), kLabelSpans);
    const WindowTotals known = merchant.labels.totals(0);
    const double frauds = std::max(0.0, std::round(known.sums[0]));
    const double rate = (frauds + kMerchantPriorWeight * overall.prior_rate()) /
                        (known.count + kMerchantPriorWeight);
    out[kMerchantFraudCount30d] = static_cast<float>(frauds);
    out[kMerchantFraudRate30d] = static_cast<float>(std::clamp(rate, 0.0, 1.0));

    // Cards new to this merchant; process_card has already written the card's flag.
    const std::int64_t day_bucket = bucket_of(t.timestamp_ms, kDayResolutionMs);
    const std::int64_t month_bucket = bucket_of(t.timestamp_ms, kMonthResolutionMs);
    merchant.new_cards_day.advance(day_bucket, kDaySpans);
    merchant.new_cards_month.advance(month_bucket, kNewCardMonthSpans);
    const double new_24h = merchant.new_cards_day.totals(0).count;
    const double new_daily_mean =
        merchant.new_cards_month.totals(0).count / static_cast<double>(kNewCardMonthSpans[0]);
    out[kMerchantNewCards24h] = static_cast<float>(new_24h);
    out[kMerchantNewCardRatio30d] =
        static_cast<float>(std::min(new_24h / (new_daily_mean + 1.0), kMaxAmountRatio));
    if (out[kFirstMerchantForCard] > 0.5f) {
        merchant.new_cards_day.add(day_bucket, {0.0f, 0.0f, 0.0f},
                                   static_cast<std::size_t>(kDaySpans.back()));
        merchant.new_cards_month.add(month_bucket, {0.0f, 0.0f, 0.0f},
                                     static_cast<std::size_t>(kNewCardMonthSpans.back()));
    }

    merchant.activity.add(t.timestamp_ms, amount, false);
}

void add_known_label(MerchantState& merchant, std::int64_t known_at_ms, bool fraud) {
    const std::int64_t bucket = bucket_of(known_at_ms, kMonthResolutionMs);
    merchant.labels.advance(bucket, kLabelSpans);
    merchant.labels.add(bucket, {fraud ? 1.0f : 0.0f, 0.0f, 0.0f},
                        static_cast<std::size_t>(kLabelSpans.back()));
}

}  // namespace fd::features
