// The feature registry: each column's name, unit and the sentence the UI shows.
#include <algorithm>

#include "core/tr_mark.h"
#include "feature_columns.h"
#include "feature_engine.h"

namespace fd {
namespace {

using namespace features;

struct Entry {
    Column column;
    const char* name;
    const char* unit;
    const char* sentence;
};

// Listed in column order; build_registry() checks that it is complete and in order.
constexpr Entry kEntries[] = {
    {kAmountLog, "amount_log", "log",
     FD_TR("core/Features",
           "Natural logarithm of 1 + the amount in major units (refunds count as 0).")},
    {kHourOfDay, "hour_of_day", "h", FD_TR("core/Features", "Hour of the day in UTC, 0 to 23.")},
    {kIsNight, "is_night", "0/1",
     FD_TR("core/Features", "1 when the transaction happens between 00:00 and 05:59 UTC.")},
    {kIsWeekend, "is_weekend", "0/1", FD_TR("core/Features", "1 on a Saturday or Sunday (UTC).")},

    {kCardCount10m, "card_count_10m", "count",
     FD_TR("core/Features", "Earlier transactions on this card in the past 10 minutes.")},
    {kCardCount1h, "card_count_1h", "count",
     FD_TR("core/Features", "Earlier transactions on this card in the past hour.")},
    {kCardCount24h, "card_count_24h", "count",
     FD_TR("core/Features", "Earlier transactions on this card in the past 24 hours.")},
    {kCardCount7d, "card_count_7d", "count",
     FD_TR("core/Features",
           "Earlier transactions on this card in the past 7 days (today and the 6 days before, "
           "UTC).")},
    {kCardCount30d, "card_count_30d", "count",
     FD_TR("core/Features",
           "Earlier transactions on this card in the past 30 days (today and the 29 days before, "
           "UTC).")},
    {kCardAmount1h, "card_amount_1h", "amount",
     FD_TR("core/Features", "Total amount this card spent in the past hour, in major units.")},
    {kCardAmount24h, "card_amount_24h", "amount",
     FD_TR("core/Features", "Total amount this card spent in the past 24 hours, in major units.")},
    {kCardAmount7d, "card_amount_7d", "amount",
     FD_TR("core/Features",
           "Total amount this card spent in the past 7 days (today and the 6 days before, UTC), in "
           "major "
           "units.")},
    {kCardAmount30d, "card_amount_30d", "amount",
     FD_TR(
         "core/Features",
         "Total amount this card spent in the past 30 days (today and the 29 days before, UTC), in "
         "major units.")},
    {kCardSmallCount1h, "card_small_count_1h", "count",
     FD_TR("core/Features",
           "Earlier transactions on this card in the past hour worth under about 5 EUR; a run of "
           "them suggests card testing.")},

    {kCardAmountRatio30d, "card_amount_ratio_30d", "x",
     FD_TR("core/Features",
           "Amount divided by this card's average amount over the past 30 days (1 without history, "
           "at most 1000).")},
    {kCardAmountZscore30d, "card_amount_zscore_30d", "sd",
     FD_TR("core/Features",
           "Standard deviations between log(1 + amount) and this card's 30-day mean of it (0 with "
           "fewer than 2 earlier transactions, within -20 to 20).")},

    {kCardSecondsSinceLast, "card_seconds_since_last", "s",
     FD_TR("core/Features",
           "Seconds since this card's previous transaction (90 days when there is none).")},
    {kFirstMerchantForCard, "first_merchant_for_card", "0/1",
     FD_TR("core/Features",
           "1 when this card has not used this merchant among its 16 most recent ones (0 on the "
           "card's first transaction).")},
    {kFirstCountryForCard, "first_country_for_card", "0/1",
     FD_TR("core/Features",
           "1 when this card has not been used in this country among its 6 most recent ones (0 on "
           "the card's first transaction).")},
    {kFirstCityForCard, "first_city_for_card", "0/1",
     FD_TR("core/Features",
           "1 when this card-present transaction is in a city where the card has not been used in "
           "person among its 8 most recent such cities (0 online, without a city or on the card's "
           "first transaction).")},
    {kFirstDeviceForCard, "first_device_for_card", "0/1",
     FD_TR("core/Features",
           "1 when this card has not been used from this device among its 6 most recent ones (0 "
           "on the card's first transaction or without a device).")},
    {kDistanceFromPreviousKm, "distance_from_previous_km", "km",
     FD_TR("core/Features",
           "Distance from this card's previous card-present transaction with coordinates (0 when "
           "either has none or this one is online).")},
    {kSpeedFromPreviousKmh, "speed_from_previous_kmh", "km/h",
     FD_TR("core/Features",
           "Travel speed that distance implies: km over the hours between the two transactions, "
           "counting at least one minute.")},

    {kMerchantCount10m, "merchant_count_10m", "count",
     FD_TR("core/Features",
           "Earlier transactions at this merchant or terminal in the past 10 minutes.")},
    {kMerchantCount1h, "merchant_count_1h", "count",
     FD_TR("core/Features", "Earlier transactions at this merchant or terminal in the past hour.")},
    {kMerchantCount24h, "merchant_count_24h", "count",
     FD_TR("core/Features",
           "Earlier transactions at this merchant or terminal in the past 24 hours.")},
    {kMerchantCount7d, "merchant_count_7d", "count",
     FD_TR("core/Features",
           "Earlier transactions at this merchant or terminal in the past 7 days (today and the 6 "
           "days "
           "before, UTC).")},
    {kMerchantCount30d, "merchant_count_30d", "count",
     FD_TR("core/Features",
           "Earlier transactions at this merchant or terminal in the past 30 days (today and the "
           "29 days "
           "before, UTC).")},
    {kMerchantAmount1h, "merchant_amount_1h", "amount",
     FD_TR("core/Features",
           "Total amount taken by this merchant or terminal in the past hour, in major units.")},
    {kMerchantAmount24h, "merchant_amount_24h", "amount",
     FD_TR(
         "core/Features",
         "Total amount taken by this merchant or terminal in the past 24 hours, in major units.")},
    {kMerchantAmount7d, "merchant_amount_7d", "amount",
     FD_TR(
         "core/Features",
         "Total amount taken by this merchant or terminal in the past 7 days (today and the 6 days "
         "before, UTC), in major units.")},
    {kMerchantAmount30d, "merchant_amount_30d", "amount",
     FD_TR("core/Features",
           "Total amount taken by this merchant or terminal in the past 30 days (today and the 29 "
           "days "
           "before, UTC), in major units.")},

    {kMerchantFraudCount30d, "merchant_fraud_count_30d", "count",
     FD_TR("core/Features",
           "Fraud labels on this merchant's transactions that became known in the past 30 days "
           "(today "
           "and the 29 days before, UTC).")},
    {kMerchantFraudRate30d, "merchant_fraud_rate_30d", "rate",
     FD_TR("core/Features",
           "Share of fraud among this merchant's labels known in the past 30 days, smoothed toward "
           "the overall rate so that 1 fraud in 1 label is not 100%.")},
    {kMerchantNewCards24h, "merchant_new_cards_24h", "count",
     FD_TR(
         "core/Features",
         "Earlier transactions in the past 24 hours at this merchant or terminal by cards that had "
         "not used it among their 16 most recent merchants.")},
    {kMerchantNewCardRatio30d, "merchant_new_card_ratio_30d", "x",
     FD_TR("core/Features",
           "Those 24-hour new cards divided by the merchant's daily average of new cards over the "
           "past 30 days, plus one (at most 1000); a sudden influx stands out.")},
};

constexpr bool in_column_order() {
    for (std::size_t i = 0; i < std::size(kEntries); ++i)
        if (kEntries[i].column != i) return false;
    return true;
}
static_assert(std::size(kEntries) == kColumnCount, "one registry entry per column");
static_assert(in_column_order(), "registry entries must follow the Column order");

std::vector<FeatureInfo> build_registry() {
    std::vector<FeatureInfo> registry;
    registry.reserve(kColumnCount);
    for (const Entry& e : kEntries) registry.push_back({e.name, e.unit, e.sentence});
    return registry;
}

}  // namespace

const std::vector<FeatureInfo>& FeatureEngine::registry() {
    static const std::vector<FeatureInfo> kRegistry = build_registry();
    return kRegistry;
}

std::vector<std::string> FeatureEngine::names() {
    std::vector<std::string> out;
    out.reserve(registry().size());
    for (const auto& info : registry()) out.push_back(info.name);
    return out;
}

std::optional<std::size_t> FeatureEngine::index_of(std::string_view name) {
    const auto& r = registry();
    const auto it =
        std::find_if(r.begin(), r.end(), [&](const FeatureInfo& f) { return f.name == name; });
    if (it == r.end()) return std::nullopt;
    return static_cast<std::size_t>(it - r.begin());
}

}  // namespace fd
