// Column positions of the feature registry (feature_registry.cpp gives each its name, unit
// and sentence in this order). Append new features at the end of their group and keep
// the registry in step; a unit test checks the two agree.
#pragma once

#include <cstddef>

namespace fd::features {

enum Column : std::size_t {
    // The transaction itself
    kAmountLog,
    kHourOfDay,
    kIsNight,
    kIsWeekend,
    // The card's windows
    kCardCount10m,
    kCardCount1h,
    kCardCount24h,
    kCardCount7d,
    kCardCount30d,
    kCardAmount1h,
    kCardAmount24h,
    kCardAmount7d,
    kCardAmount30d,
    kCardSmallCount1h,
    // The amount against the card's own history
    kCardAmountRatio30d,
    kCardAmountZscore30d,
    // The card's habits
    kCardSecondsSinceLast,
    kFirstMerchantForCard,
    kFirstCountryForCard,
    kFirstCityForCard,
    kFirstDeviceForCard,
    kDistanceFromPreviousKm,
    kSpeedFromPreviousKmh,
    // The merchant's (terminal's) windows
    kMerchantCount10m,
    kMerchantCount1h,
    kMerchantCount24h,
    kMerchantCount7d,
    kMerchantCount30d,
    kMerchantAmount1h,
    kMerchantAmount24h,
    kMerchantAmount7d,
    kMerchantAmount30d,
    // Known labels at the merchant
    kMerchantFraudCount30d,
    kMerchantFraudRate30d,
    // A terminal skimming cards shows up as a run of cards that never shopped there before.
    kMerchantNewCards24h,
    kMerchantNewCardRatio30d,
    kColumnCount
};

// Documented caps and defaults, shared by the computation and the registry's sentences.
inline constexpr double kMaxAmount = 1e12;         // major units; larger is clamped
inline constexpr double kMaxAmountRatio = 1000.0;  // x
inline constexpr double kMaxZscore = 20.0;         // standard deviations, either side
inline constexpr double kMinLogSpread = 0.25;      // floor of the log-amount std dev
inline constexpr double kAmountEpsilon = 0.01;     // major units, keeps 0/0 ratios at 1
inline constexpr double kMaxSecondsSinceLast = 90.0 * 24 * 3600;  // also "no history"
inline constexpr double kMinTravelHours = 1.0 / 60.0;             // speeds use at least one minute
inline constexpr double kSmallAmountEur = 5.0;                    // see small_amount.h
// Merchant fraud rate = (frauds + w * p) / (labels + w): w pseudo-labels at the overall
// known rate p, itself (all frauds + w0 * p0) / (all labels + w0) so it starts at p0.
inline constexpr double kMerchantPriorWeight = 20.0;
inline constexpr double kOverallPriorRate = 0.01;
inline constexpr double kOverallPriorWeight = 100.0;

}  // namespace fd::features
