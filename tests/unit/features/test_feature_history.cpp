// The amount against the card's own history, its habits and its travel.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <string>
#include <vector>

#include "feature_test_support.h"

namespace fd::test {
namespace {

std::vector<Transaction> amounts_on_card(std::initializer_list<std::int64_t> minors) {
    std::vector<Transaction> out;
    std::int64_t at = kT0;
    for (const auto m : minors) out.push_back(tx(at += kHour, "card-1", "m-1", m));
    return out;
}

Transaction query(std::int64_t amount_minor) {
    return tx(kT0 + 2 * kDay, "card-1", "m-1", amount_minor);
}

TEST(AmountHistory, RatioToTheThirtyDayMean) {
    struct Case {
        std::vector<Transaction> history;
        std::int64_t amount_minor;
        double expected;
        const char* why;
    };
    const Case cases[] = {
        {{}, 5000, 1.0, "no history: neutral 1"},
        {amounts_on_card({1000, 2000, 3000}), 10000, (100.0 + 0.01) / (20.0 + 0.01), "5x the mean"},
        {amounts_on_card({1000, 2000, 3000}), 2000, 1.0, "the mean itself"},
        {amounts_on_card({0, 0}), 0, 1.0, "zero over zero stays 1"},
        {amounts_on_card({100}), 100000000, 1000.0, "capped at 1000"},
        {{tx(kT0 + 2 * kDay - 30 * kDay, "card-1", "m-1", 100)},
         5000,
         1.0,
         "history older than 30 days is no history"},
    };
    for (const auto& c : cases)
        EXPECT_FLOAT_EQ(feature_after(c.history, query(c.amount_minor), "card_amount_ratio_30d"),
                        static_cast<float>(c.expected))
            << c.why;
}

TEST(AmountHistory, ZscoreOfTheLogAmount) {
    const double l10 = std::log1p(10.0), l1000 = std::log1p(1000.0);
    const double mean = (l10 + l1000) / 2, spread = (l1000 - l10) / 2;
    struct Case {
        std::vector<Transaction> history;
        std::int64_t amount_minor;
        double expected;
        const char* why;
    };
    const Case cases[] = {
        {{}, 5000, 0.0, "no history"},
        {amounts_on_card({1000}), 5000, 0.0, "one earlier amount is not a spread"},
        {amounts_on_card({1000, 100000}), 10000, (std::log1p(100.0) - mean) / spread, "between"},
        {amounts_on_card({1000, 100000}), 1000000, (std::log1p(10000.0) - mean) / spread, "above"},
        {amounts_on_card({1000, 1000}), 2000, (std::log1p(20.0) - l10) / 0.25, "spread floor"},
        {amounts_on_card({100, 100}), 100000000, 20.0, "capped at +20"},
        {amounts_on_card({100000000, 100000000}), 100, -20.0, "capped at -20"},
    };
    for (const auto& c : cases)
        EXPECT_NEAR(feature_after(c.history, query(c.amount_minor), "card_amount_zscore_30d"),
                    c.expected, 1e-4)
            << c.why;
}

TEST(CardHabits, SecondsSinceTheCardsPreviousTransaction) {
    const double kCap = 90.0 * 24 * 3600;
    EXPECT_EQ(feature_after({}, tx(kT0), "card_seconds_since_last"), static_cast<float>(kCap));
    EXPECT_EQ(feature_after({tx(kT0)}, tx(kT0 + 90 * kSecond), "card_seconds_since_last"), 90.0f);
    EXPECT_EQ(feature_after({tx(kT0)}, tx(kT0 + 1500), "card_seconds_since_last"), 1.5f);
    EXPECT_EQ(feature_after({tx(kT0), tx(kT0 + kMinute)}, tx(kT0 + 3 * kMinute),
                            "card_seconds_since_last"),
              120.0f)
        << "measured from the latest transaction";
    EXPECT_EQ(feature_after({tx(kT0, "card-2")}, tx(kT0 + kMinute), "card_seconds_since_last"),
              static_cast<float>(kCap))
        << "another card's history does not count";
}

struct HabitStep {
    const char* merchant;
    const char* country;
    const char* device;
    float first_merchant;
    float first_country;
    float first_device;
};

TEST(CardHabits, FirstMerchantCountryAndDevice) {
    const HabitStep steps[] = {
        {"m-1", "FR", "dev-a", 0, 0, 0},  // the card's first transaction: nothing to compare
        {"m-1", "FR", "dev-a", 0, 0, 0},
        {"m-2", "DE", "dev-b", 1, 1, 1},
        {"m-1", "DE", "dev-a", 0, 0, 0},
        {"m-3", "", "", 1, 0, 0},  // unknown country and device are not new
        {"m-3", "BR", "dev-c", 0, 1, 1},
    };
    FeatureEngine engine;
    std::int64_t at = kT0;
    for (const auto& s : steps) {
        Transaction t = tx(at += kMinute, "card-1", s.merchant);
        t.country = s.country;
        t.device_id = s.device;
        const auto row = features_of(engine, t);
        SCOPED_TRACE(std::string(s.merchant) + " " + s.country + " " + s.device);
        EXPECT_EQ(row[column("first_merchant_for_card")], s.first_merchant);
        EXPECT_EQ(row[column("first_country_for_card")], s.first_country);
        EXPECT_EQ(row[column("first_device_for_card")], s.first_device);
    }
}

// A city new to the card counts only in person; the same city name in another country is
// another city.
TEST(CardHabits, FirstCityInPersonOnly) {
    struct Step {
        const char* city;
        const char* country;
        const char* channel;
        float first_city;
    };
    const Step steps[] = {
        {"Paris", "FR", "pos", 0},    // the card's first transaction
        {"Lyon", "FR", "online", 0},  // an online merchant's city is not where the card is
        {"Lyon", "FR", "pos", 1},     // ...so Lyon is new in person
        {"Paris", "FR", "contactless", 0},
        {"Paris", "US", "pos", 1},  // Paris, Texas
        {"", "FR", "pos", 0},       // unknown city is not new
        {"Lyon", "FR", "pos", 0},
    };
    FeatureEngine engine;
    std::int64_t at = kT0;
    for (const auto& s : steps) {
        Transaction t = tx(at += kMinute);
        t.city = s.city;
        t.country = s.country;
        t.channel = s.channel;
        SCOPED_TRACE(std::string(s.city) + " " + s.country + " " + s.channel);
        EXPECT_EQ(features_of(engine, t)[column("first_city_for_card")], s.first_city);
    }
}

TEST(CardHabits, TheCardRemembersItsSixteenMostRecentMerchants) {
    for (const int distinct : {16, 17}) {
        FeatureEngine engine;
        std::int64_t at = kT0;
        for (int i = 0; i < distinct; ++i)
            features_of(engine, tx(at += kMinute, "card-1", "m-" + std::to_string(i)));
        const float first =
            feature(engine, tx(at + kMinute, "card-1", "m-0"), "first_merchant_for_card");
        EXPECT_EQ(first, distinct == 16 ? 0.0f : 1.0f) << distinct << " merchants before";
    }
}

const double kKmPerDegree = 6371.0 * std::numbers::pi / 180.0;  // along a meridian

struct TravelCase {
    std::vector<Transaction> history;
    Transaction query;
    double km;
    double kmh;
    const char* why;
};

TEST(CardTravel, DistanceAndSpeedFromThePreviousLocatedTransaction) {
    Transaction online = located(tx(kT0 + 10 * kMinute), 10.0, 0.0);
    online.channel = "Online";
    const TravelCase cases[] = {
        {{}, located(tx(kT0), 1, 0), 0, 0, "no previous transaction"},
        {{tx(kT0)}, located(tx(kT0 + kHour), 1, 0), 0, 0, "previous one has no coordinates"},
        {{located(tx(kT0), 0, 0)}, tx(kT0 + kHour), 0, 0, "this one has no coordinates"},
        {{located(tx(kT0), 0, 0)},
         located(tx(kT0 + 30 * kMinute), 1, 0),
         kKmPerDegree,
         2 * kKmPerDegree,
         "one degree in half an hour"},
        {{located(tx(kT0), 0, 0)},
         located(tx(kT0 + 10 * kSecond), 1, 0),
         kKmPerDegree,
         60 * kKmPerDegree,
         "intervals under a minute count as one minute"},
        {{located(tx(kT0), 0, 0), tx(kT0 + 20 * kMinute)},
         located(tx(kT0 + kHour), 2, 0),
         2 * kKmPerDegree,
         2 * kKmPerDegree,
         "rows without coordinates are skipped"},
        {{located(tx(kT0), 0, 0), online},
         located(tx(kT0 + kHour), 1, 0),
         kKmPerDegree,
         kKmPerDegree,
         "online rows neither give nor replace a location"},
        {{located(tx(kT0), 0, 0)},
         [&] {
             Transaction t = located(tx(kT0 + kHour), 1, 0);
             t.channel = "online";
             return t;
         }(),
         0,
         0,
         "online rows get no distance"},
        {{located(tx(kT0), 0, 0)},
         located(tx(kT0 + kHour), 200, 0),
         0,
         0,
         "out-of-range coordinates are no coordinates"},
        {{located(tx(kT0), 0, 0)},
         located(tx(kT0 + kHour), std::nan(""), 0),
         0,
         0,
         "NaN coordinates are no coordinates"},
        {{located(tx(kT0), 0, 0)},
         located(tx(kT0 + 10 * kHour), 0, 180),
         180 * kKmPerDegree,
         18 * kKmPerDegree,
         "half way round the equator"},
    };
    for (const auto& c : cases) {
        FeatureEngine engine;
        for (const auto& t : c.history) features_of(engine, t);
        const auto row = features_of(engine, c.query);
        EXPECT_NEAR(row[column("distance_from_previous_km")], c.km, c.km * 1e-6 + 1e-9) << c.why;
        EXPECT_NEAR(row[column("speed_from_previous_kmh")], c.kmh, c.kmh * 1e-6 + 1e-9) << c.why;
    }
}

TEST(CardTravel, ParisToLondonMatchesTheKnownDistance) {
    const float km =
        feature_after({located(tx(kT0), 48.8566, 2.3522)},
                      located(tx(kT0 + kHour), 51.5074, -0.1278), "distance_from_previous_km");
    EXPECT_NEAR(km, 343.5, 1.0);
}

}  // namespace
}  // namespace fd::test
