// The card's features: its windows, the amount against its own history, its habits
// (merchants, countries, devices) and its travel since the previous located transaction.
#include <algorithm>
#include <cmath>

#include "core/transaction.h"
#include "entity_features.h"
#include "feature_columns.h"
#include "geo.h"
#include "small_amount.h"

namespace fd::features {
namespace {

void write_windows(const ActivitySnapshot& s, float* out) {
    out[kCardCount10m] = static_cast<float>(s.count_10m);
    out[kCardCount1h] = static_cast<float>(s.count_1h);
    out[kCardCount24h] = static_cast<float>(s.count_24h);
    out[kCardCount7d] = static_cast<float>(s.count_7d);
    out[kCardCount30d] = static_cast<float>(s.count_30d);
    out[kCardAmount1h] = static_cast<float>(s.amount_1h);
    out[kCardAmount24h] = static_cast<float>(s.amount_24h);
    out[kCardAmount7d] = static_cast<float>(s.amount_7d);
    out[kCardAmount30d] = static_cast<float>(s.amount_30d);
    out[kCardSmallCount1h] = static_cast<float>(s.small_count_1h);
}

// Amount over the 30-day mean; the epsilon keeps zero amounts finite (0 over 0 is 1).
double amount_ratio(const ActivitySnapshot& s, double amount) {
    if (s.count_30d == 0) return 1.0;
    const double mean = s.amount_30d / s.count_30d;
    return std::clamp((amount + kAmountEpsilon) / (mean + kAmountEpsilon), 0.0, kMaxAmountRatio);
}

// On log amounts, so one huge purchase does not swamp the card's spread; the spread has a
// floor so a card with identical amounts does not make every change look infinite.
double amount_zscore(const ActivitySnapshot& s, double amount) {
    if (s.count_30d < 2) return 0.0;
    const double n = s.count_30d;
    const double mean = s.log_amount_sum_30d / n;
    const double variance = std::max(0.0, s.log_amount_sq_sum_30d / n - mean * mean);
    const double spread = std::max(std::sqrt(variance), kMinLogSpread);
    return std::clamp((std::log1p(amount) - mean) / spread, -kMaxZscore, kMaxZscore);
}

// 1 when a card with history meets `value` for the first time lately. Empty values are
// unknown, not new, and are not remembered.
template <class Set>
float first_time(Set& seen, std::string_view value, bool has_history) {
    if (value.empty()) return 0.0f;
    const bool was_seen = seen.seen_then_touch(fingerprint(value));
    return has_history && !was_seen ? 1.0f : 0.0f;
}

// Only in person: an online merchant's city says nothing about where the card is. A city
// is known by its country too (there is a Paris in Texas).
float first_city(CardState& card, const Transaction& t, bool has_history) {
    if (t.city.empty() || is_remote_channel(t.channel)) return 0.0f;
    const std::uint32_t key = fingerprint(t.city) * 0x9E3779B1u ^ fingerprint(t.country);
    const bool was_seen = card.cities.seen_then_touch(key);
    return has_history && !was_seen ? 1.0f : 0.0f;
}

void write_travel(CardState& card, const Transaction& t, float* out) {
    out[kDistanceFromPreviousKm] = 0.0f;
    out[kSpeedFromPreviousKmh] = 0.0f;
    const auto here = card_location(t);
    if (!here) return;
    if (card.last_located_ms != kNoTime) {
        const double km = haversine_km({card.last_latitude, card.last_longitude}, *here);
        const double hours =
            std::max(ms_between(card.last_located_ms, t.timestamp_ms) / 3.6e6, kMinTravelHours);
        out[kDistanceFromPreviousKm] = static_cast<float>(km);
        out[kSpeedFromPreviousKmh] = static_cast<float>(km / hours);
    }
    // A late transaction does not replace a newer location.
    if (card.last_located_ms == kNoTime || t.timestamp_ms >= card.last_located_ms) {
        card.last_latitude = static_cast<float>(here->latitude);
        card.last_longitude = static_cast<float>(here->longitude);
        card.last_located_ms = t.timestamp_ms;
    }
}

}  // namespace

void process_card(CardState& card, const Transaction& t, double amount, float* out) {
    const bool has_history = card.activity.has_history();
    const std::int64_t previous_ms = card.activity.newest_ms();
    const ActivitySnapshot s = card.activity.observe(t.timestamp_ms);
    write_windows(s, out);
    out[kCardAmountRatio30d] = static_cast<float>(amount_ratio(s, amount));
    out[kCardAmountZscore30d] = static_cast<float>(amount_zscore(s, amount));
    out[kCardSecondsSinceLast] =
        has_history
            ? static_cast<float>(std::clamp(ms_between(previous_ms, t.timestamp_ms) / 1000.0, 0.0,
                                            kMaxSecondsSinceLast))
            : static_cast<float>(kMaxSecondsSinceLast);
    out[kFirstMerchantForCard] = first_time(card.merchants, t.merchant_id, has_history);
    out[kFirstCountryForCard] = first_time(card.countries, t.country, has_history);
    out[kFirstDeviceForCard] = first_time(card.devices, t.device_id, has_history);
    out[kFirstCityForCard] = first_city(card, t, has_history);
    write_travel(card, t, out);

    card.activity.add(t.timestamp_ms, amount, is_small_amount(amount, t.currency, kSmallAmountEur));
}

}  // namespace fd::features
