// The sentence each feature contributes to an alert's reasons, and the value it must pass
// to be worth saying. Names match the feature registry (core/features/feature_registry.cpp);
// a test checks that every name here exists there.
#pragma once

#include <vector>

#include "core/tr_mark.h"
#include "reasons.h"

namespace fd::detail {

inline const std::vector<FeatureReason> kFeatureReasons = {
    {"amount_log", true, 6.0, FD_TR("core/Reasons", "Large amount: {amount} {currency}")},
    {"is_night", true, 0.5, FD_TR("core/Reasons", "Made at night (00:00-05:59 UTC)")},
    {"card_count_10m", true, 2.0,
     FD_TR("core/Reasons", "{count} transactions on this card within 10 minutes")},
    {"card_count_1h", true, 3.0,
     FD_TR("core/Reasons", "{count} transactions on this card within an hour")},
    {"card_count_24h", true, 10.0,
     FD_TR("core/Reasons", "{count} transactions on this card within 24 hours")},
    {"card_count_7d", true, 40.0,
     FD_TR("core/Reasons", "{count} transactions on this card within 7 days")},
    {"card_amount_1h", true, 500.0,
     FD_TR("core/Reasons", "{value} {currency} already spent on this card in the past hour")},
    {"card_amount_24h", true, 2000.0,
     FD_TR("core/Reasons", "{value} {currency} already spent on this card in the past 24 hours")},
    {"card_small_count_1h", true, 1.5,
     FD_TR("core/Reasons",
           "{value_int} small payments (under about 5 EUR) on this card in the past hour, a card "
           "testing pattern")},
    {"card_amount_ratio_30d", true, 3.0,
     FD_TR("core/Reasons", "Amount {amount} {currency} is {times}x this card's 30-day average")},
    {"card_amount_zscore_30d", true, 3.0,
     FD_TR("core/Reasons",
           "Amount is {value} standard deviations above this card's usual spending")},
    {"card_seconds_since_last", false, 60.0,
     FD_TR("core/Reasons", "Only {value_int} seconds since this card's previous transaction")},
    {"first_merchant_for_card", true, 0.5,
     FD_TR("core/Reasons", "First transaction at merchant {merchant} for this card")},
    {"first_country_for_card", true, 0.5,
     FD_TR("core/Reasons", "First transaction from {country} for this card")},
    {"first_city_for_card", true, 0.5,
     FD_TR("core/Reasons", "First purchase in person in {city} for this card")},
    {"first_device_for_card", true, 0.5,
     FD_TR("core/Reasons", "First transaction from device {device} for this card")},
    {"distance_from_previous_km", true, 500.0,
     FD_TR("core/Reasons", "{value_int} km from this card's previous transaction")},
    {"speed_from_previous_kmh", true, 900.0,
     FD_TR(
         "core/Reasons",
         "Travel at {value_int} km/h since this card's previous transaction would be impossible")},
    {"merchant_count_10m", true, 5.0,
     FD_TR("core/Reasons", "{count} transactions at this terminal within 10 minutes")},
    {"merchant_count_1h", true, 30.0,
     FD_TR("core/Reasons", "{count} transactions at this terminal within an hour")},
    {"merchant_new_card_ratio_30d", true, 4.0,
     FD_TR("core/Reasons",
           "Cards new to this terminal arrive {times}x faster than usual in the past 24 hours")},
    {"merchant_fraud_count_30d", true, 0.5,
     FD_TR("core/Reasons", "{value_int} confirmed frauds at this merchant in the past 30 days")},
    {"merchant_fraud_rate_30d", true, 0.02,
     FD_TR("core/Reasons",
           "{percent}% of this merchant's labelled transactions in 30 days were fraud")},
};

}  // namespace fd::detail
