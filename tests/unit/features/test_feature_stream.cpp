// The engine over whole streams: eviction, bounded state, determinism, no leakage, finite
// values on generated data, and late (out-of-order) transactions.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "feature_test_support.h"

namespace fd::test {
namespace {

TEST(FeatureState, CardsIdleForNinetyDaysAreEvicted) {
    FeatureEngine engine;
    for (int i = 0; i < 10; ++i) features_of(engine, tx(kT0, "old-" + std::to_string(i), "m-old"));
    EXPECT_EQ(engine.cards(), 10u);

    features_of(engine, tx(kT0 + 90 * kDay - 1, "fresh", "m-new"));
    EXPECT_EQ(engine.cards(), 11u) << "not idle for 90 days yet";
    features_of(engine, tx(kT0 + 90 * kDay, "fresh", "m-new"));
    EXPECT_LT(engine.cards(), 11u) << "the sweep started on the idle cards";
    for (int i = 1; i <= 10; ++i)
        features_of(engine, tx(kT0 + 90 * kDay + i * kSecond, "fresh", "m-new"));
    EXPECT_EQ(engine.cards(), 1u);
    EXPECT_EQ(engine.merchants(), 1u);

    // A card that comes back after eviction starts over.
    EXPECT_EQ(feature(engine, tx(kT0 + 91 * kDay, "old-3"), "card_seconds_since_last"),
              static_cast<float>(90.0 * 24 * 3600));
}

TEST(FeatureState, EvictedStateIsReusedSoMemoryDoesNotGrow) {
    FeatureEngine engine;
    const auto wave = [&](std::int64_t start, const std::string& prefix) {
        for (int i = 0; i < 3000; ++i)
            features_of(engine, tx(start + i * kSecond, prefix + std::to_string(1000000000000 + i),
                                   "m-" + prefix + std::to_string(i % 50)));
    };
    wave(kT0, "4111");
    const std::size_t first_wave = engine.memory_bytes();
    wave(kT0 + 100 * kDay, "5500");  // each transaction's sweep evicts the idle first wave
    EXPECT_EQ(engine.cards(), 3000u);
    EXPECT_EQ(engine.merchants(), 50u);
    EXPECT_LE(engine.memory_bytes(), first_wave + first_wave / 20);
}

TEST(FeatureState, EvictIdleSweepsEverythingAtOnce) {
    FeatureConfig config;
    config.idle_eviction_ms = 10 * kDay;
    FeatureEngine engine(config);
    for (int i = 0; i < 100; ++i)
        features_of(engine, tx(kT0, "c" + std::to_string(i), "m" + std::to_string(i)));
    features_of(engine, tx(kT0 + 11 * kDay, "late", "m-late"));
    EXPECT_GT(engine.cards(), 50u) << "the incremental sweep looks at a few per transaction";
    engine.evict_idle();
    EXPECT_EQ(engine.cards(), 1u);
    EXPECT_EQ(engine.merchants(), 1u);
}

TEST(FeatureState, AMerchantWithPendingLabelsIsNotEvicted) {
    FeatureEngine engine;
    features_of(engine, tx(kT0, "a", "m-1"));
    features_of(engine, tx(kT0 + 89 * kDay, "b", "m-2"));
    engine.add_label(tx(kT0, "a", "m-1"), true, kT0 + 95 * kDay);
    features_of(engine, tx(kT0 + 91 * kDay, "b", "m-2"));
    engine.evict_idle();
    EXPECT_EQ(engine.merchants(), 2u) << "m-1 is idle but waits for its label";
    EXPECT_EQ(engine.cards(), 1u);
    EXPECT_EQ(feature(engine, tx(kT0 + 95 * kDay, "c", "m-1"), "merchant_fraud_count_30d"), 1.0f);
}

TEST(FeatureState, ABusyEntitysStateIsBoundedAndItsWindowsExact) {
    // One card at one merchant every 10 s for 40 days: 345,600 transactions.
    FeatureEngine engine;
    std::vector<float> row(engine.size());
    Transaction t = tx(kT0);
    const std::int64_t end = kT0 + 40 * kDay;
    std::size_t memory_at_start = 0, memory_at_35_days = 0;
    for (std::int64_t at = kT0; at < end; at += 10 * kSecond) {
        t.timestamp_ms = at;
        engine.process(t, row.data());
        if (at == kT0) memory_at_start = engine.memory_bytes();
        if (at == kT0 + 35 * kDay) memory_at_35_days = engine.memory_bytes();
    }
    // Per entity, rings of at most 3,600 + 144 + 30 entries of 24 bytes.
    EXPECT_LT(engine.memory_bytes() - memory_at_start, 2u * (3600 + 144 + 30) * 24);
    EXPECT_LE(engine.memory_bytes(), memory_at_35_days + 1024) << "no growth once windows are full";

    t.timestamp_ms = end;  // a bucket boundary at both resolutions
    const std::map<std::string, float> expected = {
        {"card_count_10m", 59},
        {"card_count_1h", 359},
        {"card_count_24h", 143 * 60},  // 10 min buckets: 23 h 50 min before this one
        {"card_count_7d", 6 * 8640},   // UTC days: the 6 whole days before today
        {"card_count_30d", 29 * 8640},
        {"merchant_count_10m", 59},
        {"merchant_count_30d", 29 * 8640},
        {"card_amount_1h", 359 * 10.0f},
        {"merchant_amount_30d", 29 * 8640 * 10.0f},
        {"card_amount_ratio_30d", 1.0f},
        {"card_seconds_since_last", 10.0f},
    };
    row = features_of(engine, t);
    for (const auto& [name, value] : expected) EXPECT_FLOAT_EQ(row[column(name)], value) << name;
}

TEST(FeatureStream, IsDeterministic) {
    const auto rows = generate(30000);
    FeatureEngine a, b;
    const FeatureMatrix ma = a.compute_all(rows);
    const FeatureMatrix mb = b.compute_all(rows);
    ASSERT_EQ(ma.values.size(), mb.values.size());
    EXPECT_EQ(std::memcmp(ma.values.data(), mb.values.data(), ma.values.size() * sizeof(float)), 0);
    EXPECT_EQ(a.memory_bytes(), b.memory_bytes());
}

TEST(FeatureStream, ARowNeverDependsOnLaterRows) {
    const auto rows = generate(20000);
    const std::size_t cut = 10000;
    auto changed = rows;
    std::mt19937_64 rng(3);
    for (std::size_t i = cut; i < changed.size(); ++i) {
        Transaction& t = changed[i];
        t.amount_minor = t.amount_minor * 7 + 1;
        t.label = t.label == Label::Fraud ? Label::Legit : Label::Fraud;
        t.timestamp_ms += 3 * kHour;  // still in order
        if (rng() % 3 == 0)
            std::swap(t.card_id, changed[cut + rng() % (changed.size() - cut)].card_id);
        if (rng() % 3 == 0) t.merchant_id = "M-other";
        if (rng() % 3 == 0) t.latitude = -t.latitude.value_or(0);
    }
    FeatureEngine a, b;
    const FeatureMatrix ma = a.compute_all(rows);
    const FeatureMatrix mb = b.compute_all(changed);
    for (std::size_t r = 0; r < cut; ++r)
        ASSERT_EQ(std::memcmp(ma.row(r), mb.row(r), ma.cols * sizeof(float)), 0) << "row " << r;
    EXPECT_NE(std::memcmp(ma.row(cut), mb.row(cut), ma.cols * sizeof(float)), 0);
}

TEST(FeatureStream, ProcessingRowByRowEqualsComputeAll) {
    const auto rows = generate(5000);
    FeatureEngine a, b;
    const FeatureMatrix m = a.compute_all(rows, /*use_imported_labels=*/false);
    for (std::size_t r = 0; r < rows.size(); ++r)
        ASSERT_EQ(features_of(b, rows[r]), std::vector<float>(m.row(r), m.row(r) + m.cols)) << r;
}

bool is_flag(float v) {
    return v == 0.0f || v == 1.0f;
}

TEST(FeatureStream, EveryValueIsFiniteAndInRangeOnGeneratedData) {
    const auto rows = generate(100000);
    FeatureEngine engine;
    const FeatureMatrix m = engine.compute_all(rows);
    for (std::size_t r = 0; r < m.rows; ++r) {
        for (std::size_t c = 0; c < m.cols; ++c)
            ASSERT_TRUE(std::isfinite(m.at(r, c))) << m.names[c] << " row " << r;
        for (std::size_t c = 0; c < m.cols; ++c) {
            if (m.names[c] != "card_amount_zscore_30d") {
                ASSERT_GE(m.at(r, c), 0.0f) << m.names[c];
            }
        }
        for (const char* flag : {"is_night", "is_weekend", "first_merchant_for_card",
                                 "first_country_for_card", "first_device_for_card"})
            ASSERT_TRUE(is_flag(m.at(r, column(flag)))) << flag;
        ASSERT_LE(m.at(r, column("merchant_fraud_rate_30d")), 1.0f);
    }
    EXPECT_GE(engine.cards(), 1000u);
    EXPECT_GT(engine.merchants(), 100u);
}

TEST(FeatureStream, EachFraudScenarioStandsOutOnItsSignatureFeature) {
    const auto rows = generate(100000);
    FeatureEngine engine;
    const FeatureMatrix m = engine.compute_all(rows);
    const std::map<std::string, std::string> signature = {
        {"card_testing", "card_small_count_1h"},
        {"velocity_burst", "card_count_1h"},
        {"impossible_travel", "speed_from_previous_kmh"},
        {"amount_outlier", "card_amount_zscore_30d"},
        {"account_takeover", "first_country_for_card"},
    };
    for (const auto& [scenario, name] : signature) {
        double fraud_sum = 0, legit_sum = 0;
        std::size_t fraud_n = 0, legit_n = 0;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const double v = m.at(r, column(name));
            if (rows[r].scenario == scenario)
                fraud_sum += v, ++fraud_n;
            else if (rows[r].label == Label::Legit)
                legit_sum += v, ++legit_n;
        }
        ASSERT_GT(fraud_n, 0u) << scenario;
        EXPECT_GT(fraud_sum / fraud_n, 3 * std::max(legit_sum / legit_n, 0.01))
            << scenario << " on " << name;
    }
}

TEST(LateTransactions, AreCountedAsIfTheyHappenedAtTheNewestTime) {
    FeatureEngine engine;
    features_of(engine, tx(kT0 + kHour, "card-1", "m-1", 1000));
    const auto late = features_of(engine, tx(kT0, "card-1", "m-1", 2000));
    EXPECT_EQ(late[column("card_count_1h")], 1.0f);
    EXPECT_EQ(late[column("card_amount_1h")], 10.0f);
    EXPECT_EQ(late[column("merchant_count_1h")], 1.0f);
    EXPECT_EQ(late[column("card_seconds_since_last")], 0.0f);
    EXPECT_EQ(late[column("hour_of_day")], 0.0f) << "its own clock time";

    const auto next = features_of(engine, tx(kT0 + kHour + kSecond, "card-1", "m-1", 500));
    EXPECT_EQ(next[column("card_count_1h")], 2.0f);
    EXPECT_EQ(next[column("card_amount_1h")], 30.0f);
    EXPECT_EQ(next[column("card_seconds_since_last")], 1.0f);

    // The late row leaves the windows with the row it was counted with.
    const auto after = features_of(engine, tx(kT0 + 2 * kHour, "card-1", "m-1", 500));
    EXPECT_EQ(after[column("card_count_1h")], 1.0f);
    EXPECT_EQ(after[column("card_amount_1h")], 5.0f);
    EXPECT_EQ(after[column("card_count_24h")], 3.0f);
}

TEST(LateTransactions, ALateLocationDoesNotReplaceANewerOne) {
    FeatureEngine engine;
    features_of(engine, located(tx(kT0 + kHour), 0, 0));
    const auto late = features_of(engine, located(tx(kT0), 1, 0));
    EXPECT_GT(late[column("distance_from_previous_km")], 111.0f);
    EXPECT_NEAR(late[column("speed_from_previous_kmh")], 60 * 111.19, 1.0) << "one-minute floor";
    const auto next = features_of(engine, located(tx(kT0 + 2 * kHour), 0, 0));
    EXPECT_EQ(next[column("distance_from_previous_km")], 0.0f);
}

TEST(LateTransactions, AShuffledStreamStaysFiniteAndConsistent) {
    auto rows = generate(20000);
    std::mt19937_64 rng(11);
    for (std::size_t i = 0; i + 8 < rows.size(); ++i)
        if (rng() % 4 == 0) std::swap(rows[i], rows[i + 1 + rng() % 8]);
    for (std::size_t i = 0; i < rows.size(); i += 997)
        rows[i].timestamp_ms -= 40 * kDay;  // very late
    FeatureEngine engine;
    const FeatureMatrix m = engine.compute_all(rows);
    for (std::size_t r = 0; r < m.rows; ++r) {
        for (std::size_t c = 0; c < m.cols; ++c) ASSERT_TRUE(std::isfinite(m.at(r, c)));
        ASSERT_LE(m.at(r, column("card_count_30d")), static_cast<float>(r));
        ASSERT_LE(m.at(r, column("card_count_1h")), m.at(r, column("card_count_24h")));
        ASSERT_LE(m.at(r, column("merchant_count_10m")), m.at(r, column("merchant_count_1h")));
    }
    // Far past the stream, every window has drained.
    const auto row = features_of(engine, tx(rows.back().timestamp_ms + 31 * kDay,
                                            rows.back().card_id, rows.back().merchant_id));
    EXPECT_EQ(row[column("card_count_30d")], 0.0f);
    EXPECT_EQ(row[column("merchant_count_30d")], 0.0f);
    EXPECT_EQ(row[column("merchant_amount_30d")], 0.0f);
}

TEST(ExtremeInput, StaysFiniteAtTheLimitsOfTime_AmountAndPlace) {
    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
    FeatureEngine engine;
    const std::int64_t times[] = {
        0, -1'000'000'000'000'000, kMax, 4'000'000'000'000'000, kMin, kMin, kMax};
    const std::int64_t amounts[] = {kMax, kMin, 0, 1, kMax, kMax, kMin};
    for (std::size_t i = 0; i < std::size(times); ++i) {
        Transaction t = located(tx(times[i], "card-1", "m-1", amounts[i]), i % 2 ? -90.0 : 90.0,
                                i % 2 ? 180.0 : -180.0);
        t.currency = i % 2 ? "JPY" : "";
        engine.add_label(t, i % 2 == 0, times[i]);
        for (const float v : features_of(engine, t)) ASSERT_TRUE(std::isfinite(v)) << i;
    }
    engine.evict_idle();
}

}  // namespace
}  // namespace fd::test
