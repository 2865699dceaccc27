// The registry, the transaction's own features and the windowed counts and sums.
#include "core/features/feature_engine.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "feature_test_support.h"

namespace fd::test {
namespace {

TEST(FeatureRegistry, EveryFeatureHasAUniqueNameAUnitAndASentence) {
    const auto& registry = FeatureEngine::registry();
    FeatureEngine engine;
    ASSERT_EQ(registry.size(), engine.size());
    std::set<std::string> names;
    for (std::size_t i = 0; i < registry.size(); ++i) {
        const FeatureInfo& f = registry[i];
        SCOPED_TRACE(f.name);
        EXPECT_TRUE(names.insert(f.name).second) << "duplicate name";
        EXPECT_FALSE(f.unit.empty());
        EXPECT_GT(f.sentence.size(), 20u);
        EXPECT_EQ(f.sentence.back(), '.');
        EXPECT_EQ(FeatureEngine::index_of(f.name), i);
        EXPECT_EQ(f.name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_"),
                  std::string::npos)
            << "names are identifiers the rule language can use";
    }
    EXPECT_EQ(FeatureEngine::names().size(), registry.size());
    EXPECT_FALSE(FeatureEngine::index_of("no_such_feature").has_value());
}

TEST(FeatureRegistry, ProvidesTheNamesOtherModulesUse) {
    // The default rules and the reasons refer to these by name.
    for (const char* name : {"card_count_1h", "card_amount_ratio_30d", "first_country_for_card",
                             "speed_from_previous_kmh", "card_count_10m", "merchant_count_10m",
                             "merchant_fraud_rate_30d", "card_small_count_1h"})
        EXPECT_TRUE(FeatureEngine::index_of(name).has_value()) << name;
}

TEST(FeatureRegistry, ComputeAllNamesItsColumns) {
    FeatureEngine engine;
    const std::vector<Transaction> rows = {tx(kT0), tx(kT0 + kMinute)};
    const FeatureMatrix m = engine.compute_all(rows);
    EXPECT_EQ(m.rows, 2u);
    EXPECT_EQ(m.cols, engine.size());
    EXPECT_EQ(m.names, FeatureEngine::names());
    EXPECT_EQ(m.at(1, column("card_count_10m")), 1.0f);
}

struct TimeCase {
    std::int64_t time_ms;
    float hour;
    float night;
    float weekend;
};

TEST(TransactionFeatures, HourNightAndWeekendInUtc) {
    const TimeCase cases[] = {
        {kT0, 0, 1, 0},                                          // Monday 00:00
        {kT0 + 6 * kHour - 1, 5, 1, 0},                          // Monday 05:59:59.999
        {kT0 + 6 * kHour, 6, 0, 0},                              // Monday 06:00
        {kT0 + 4 * kDay + 23 * kHour + 59 * kMinute, 23, 0, 0},  // Friday 23:59
        {kT0 + 5 * kDay, 0, 1, 1},                               // Saturday 00:00
        {kT0 + 5 * kDay + 12 * kHour, 12, 0, 1},                 // Saturday noon
        {kT0 + 6 * kDay + 23 * kHour, 23, 0, 1},                 // Sunday 23:00
        {kT0 + 7 * kDay, 0, 1, 0},                               // Monday again
        {-1, 23, 0, 0},                     // 1969-12-31 23:59:59.999, Wednesday
        {-3 * kDay - 2 * kHour, 22, 0, 1},  // 1969-12-28 22:00, Sunday
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.time_ms);
        FeatureEngine engine;
        const auto row = features_of(engine, tx(c.time_ms));
        EXPECT_EQ(row[column("hour_of_day")], c.hour);
        EXPECT_EQ(row[column("is_night")], c.night);
        EXPECT_EQ(row[column("is_weekend")], c.weekend);
    }
}

TEST(TransactionFeatures, AmountLogIsLog1pOfMajorUnitsAndRefundsCountAsZero) {
    struct Case {
        std::int64_t minor;
        const char* currency;
        double expected;
    };
    const Case cases[] = {
        {1234, "EUR", std::log1p(12.34)},
        {1000, "JPY", std::log1p(1000.0)},
        {0, "EUR", 0.0},
        {-5000, "EUR", 0.0},
    };
    for (const auto& c : cases) {
        Transaction t = tx(kT0, "card-1", "m-1", c.minor);
        t.currency = c.currency;
        FeatureEngine engine;
        EXPECT_FLOAT_EQ(feature(engine, t, "amount_log"), static_cast<float>(c.expected));
    }
}

// History events by age before a query at kT0 + 40 days, each with its own amount.
struct Aged {
    std::int64_t age_ms;
    std::int64_t amount_minor;
};
const Aged kHistory[] = {{5 * kMinute, 100}, {30 * kMinute, 200}, {3 * kHour, 400}, {2 * kDay, 800},
                         {10 * kDay, 1600},  {29 * kDay, 3200},   {31 * kDay, 6400}};
constexpr std::int64_t kQuery = kT0 + 40 * kDay;

// Oldest first, as a stream arrives.
std::vector<Transaction> history(const std::string& card) {
    std::vector<Transaction> out;
    for (const auto& h : kHistory)
        out.push_back(tx(kQuery - h.age_ms, card, "m-1", h.amount_minor));
    std::reverse(out.begin(), out.end());
    return out;
}

struct WindowCase {
    const char* feature;
    float expected;
};

TEST(WindowFeatures, CardCountsAndSumsOverEachWindow) {
    const WindowCase cases[] = {
        {"card_count_10m", 1},      {"card_count_1h", 2},      {"card_count_24h", 3},
        {"card_count_7d", 4},       {"card_count_30d", 6},     {"card_amount_1h", 3.0f},
        {"card_amount_24h", 7.0f},  {"card_amount_7d", 15.0f}, {"card_amount_30d", 63.0f},
        {"card_small_count_1h", 2},
    };
    for (const auto& c : cases)
        EXPECT_EQ(feature_after(history("card-1"), tx(kQuery), c.feature), c.expected) << c.feature;
}

TEST(WindowFeatures, MerchantCountsAndSumsOverEachWindowAcrossCards) {
    // Each history row on a different card: the query card has no history, the merchant has.
    std::vector<Transaction> rows = history("x");
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i].card_id = "card-" + std::to_string(i + 10);
    const WindowCase cases[] = {
        {"merchant_count_10m", 1},      {"merchant_count_1h", 2},
        {"merchant_count_24h", 3},      {"merchant_count_7d", 4},
        {"merchant_count_30d", 6},      {"merchant_amount_1h", 3.0f},
        {"merchant_amount_24h", 7.0f},  {"merchant_amount_7d", 15.0f},
        {"merchant_amount_30d", 63.0f}, {"card_count_30d", 0},
        {"card_amount_30d", 0},
    };
    for (const auto& c : cases)
        EXPECT_EQ(feature_after(rows, tx(kQuery, "card-new"), c.feature), c.expected) << c.feature;
}

TEST(WindowFeatures, TheTransactionItselfIsNotCounted) {
    FeatureEngine engine;
    EXPECT_EQ(feature(engine, tx(kT0), "card_count_10m"), 0.0f);
    EXPECT_EQ(feature(engine, tx(kT0), "card_count_10m"), 1.0f);  // same millisecond: the past
    EXPECT_EQ(feature(engine, tx(kT0), "merchant_count_10m"), 2.0f);
}

// One event at `event_ms`, a query at `query_ms`: is the event in `feature`'s window?
struct EdgeCase {
    const char* feature;
    std::int64_t event_ms;
    std::int64_t query_ms;
    float expected;
    const char* why;
};

TEST(WindowFeatures, EdgesFollowTheBucketRule) {
    // kT0 is a multiple of every resolution (1 s, 10 min, one UTC day).
    const EdgeCase cases[] = {
        {"card_count_10m", kT0, kT0 + 10 * kMinute - 1, 1, "just inside 10 min"},
        {"card_count_10m", kT0, kT0 + 10 * kMinute, 0, "exactly 10 min old: out"},
        {"card_count_10m", kT0 + 999, kT0 + 10 * kMinute, 0, "1 s buckets: 599.001 s old, out"},
        {"card_count_1h", kT0, kT0 + kHour - 1, 1, "just inside 1 h"},
        {"card_count_1h", kT0, kT0 + kHour, 0, "exactly 1 h old: out"},
        {"card_count_24h", kT0, kT0 + kHour, 1, "left 1 h, still in 24 h"},
        {"card_count_24h", kT0, kT0 + kDay - 1, 1, "just inside 24 h"},
        {"card_count_24h", kT0, kT0 + kDay, 0, "exactly 24 h old: out"},
        {"card_count_24h", kT0 + 9 * kMinute, kT0 + kDay, 0, "10 min buckets: 23 h 51 min, out"},
        {"card_count_24h", kT0 + 10 * kMinute, kT0 + kDay, 1, "next bucket: in"},
        {"card_count_7d", kT0, kT0 + 7 * kDay - 1, 1, "just inside 7 d"},
        {"card_count_7d", kT0, kT0 + 7 * kDay, 0, "exactly 7 d old: out"},
        {"card_count_7d", kT0 + 23 * kHour, kT0 + 7 * kDay, 0,
         "UTC days: 6 d 1 h old, 7 days back"},
        {"card_count_7d", kT0 + 23 * kHour, kT0 + 8 * kDay - 1, 0, "UTC days: 7 d back, out"},
        {"card_count_30d", kT0, kT0 + 30 * kDay - 1, 1, "just inside 30 d"},
        {"card_count_30d", kT0, kT0 + 30 * kDay, 0, "exactly 30 d old: out"},
        {"card_count_30d", kT0 + 12 * kHour, kT0 + 30 * kDay, 0, "UTC days: 29.5 d old, out"},
        {"card_count_30d", kT0 + 12 * kHour, kT0 + 30 * kDay - 1, 1, "UTC days: 29 days back, in"},
        {"merchant_count_10m", kT0, kT0 + 10 * kMinute - 1, 1, "merchant: just inside 10 min"},
        {"merchant_count_10m", kT0, kT0 + 10 * kMinute, 0, "merchant: exactly 10 min old"},
        {"merchant_count_30d", kT0, kT0 + 30 * kDay - 1, 1, "merchant: just inside 30 d"},
        {"merchant_count_30d", kT0, kT0 + 30 * kDay, 0, "merchant: exactly 30 d old"},
    };
    for (const auto& c : cases)
        EXPECT_EQ(feature_after({tx(c.event_ms)}, tx(c.query_ms), c.feature), c.expected)
            << c.feature << ": " << c.why;
}

TEST(WindowFeatures, SmallAmountsDependOnTheCurrency) {
    struct Case {
        std::int64_t minor;
        const char* currency;
        float small;
    };
    const Case cases[] = {
        {499, "EUR", 1},  {500, "EUR", 0},   {0, "EUR", 1},     {300, "JPY", 1},
        {1000, "JPY", 0}, {20000, "INR", 1}, {60000, "INR", 0}, {499, "XXX", 1},
    };
    for (const auto& c : cases) {
        Transaction before = tx(kT0, "card-1", "m-1", c.minor);
        before.currency = c.currency;
        EXPECT_EQ(feature_after({before}, tx(kT0 + kMinute), "card_small_count_1h"), c.small)
            << c.minor << " " << c.currency;
    }
}

TEST(WindowFeatures, CountsFallBackAsTimePasses) {
    FeatureEngine engine;
    for (int i = 0; i < 5; ++i) features_of(engine, tx(kT0 + i * kMinute));
    const struct {
        std::int64_t at;
        float count_10m;
        float count_1h;
    } steps[] = {{kT0 + 5 * kMinute, 5, 5},
                 {kT0 + 12 * kMinute, 3, 6},  // the 00:00, 00:01 rows left 10 min
                 {kT0 + 70 * kMinute, 0, 1},  // only the 00:12 row is within the hour
                 {kT0 + 200 * kMinute, 0, 0}};
    for (const auto& s : steps) {
        const auto row = features_of(engine, tx(s.at));
        EXPECT_EQ(row[column("card_count_10m")], s.count_10m) << s.at - kT0;
        EXPECT_EQ(row[column("card_count_1h")], s.count_1h) << s.at - kT0;
    }
}

}  // namespace
}  // namespace fd::test
