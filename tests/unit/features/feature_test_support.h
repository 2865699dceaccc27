// Hand-made transactions and one-line feature lookups shared by the feature engine tests.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/features/feature_engine.h"
#include "core/generator.h"
#include "core/transaction.h"

namespace fd::test {

inline constexpr std::int64_t kSecond = 1000;
inline constexpr std::int64_t kMinute = 60 * kSecond;
inline constexpr std::int64_t kHour = 60 * kMinute;
inline constexpr std::int64_t kDay = 24 * kHour;
inline constexpr std::int64_t kT0 = 1704067200000;  // 2024-01-01 00:00 UTC, a Monday

// A 10.00 EUR card-present purchase in France by "card-1" at "m-1", without coordinates.
inline Transaction tx(std::int64_t time_ms, std::string card = "card-1",
                      std::string merchant = "m-1", std::int64_t amount_minor = 1000) {
    Transaction t;
    t.id = "t" + std::to_string(time_ms);
    t.timestamp_ms = time_ms;
    t.card_id = std::move(card);
    t.customer_id = "c-1";
    t.merchant_id = std::move(merchant);
    t.merchant_category = "5411";
    t.amount_minor = amount_minor;
    t.currency = "EUR";
    t.country = "FR";
    t.city = "Paris";
    t.channel = "pos";
    return t;
}

inline Transaction located(Transaction t, double latitude, double longitude) {
    t.latitude = latitude;
    t.longitude = longitude;
    return t;
}

inline std::size_t column(std::string_view name) {
    const auto index = FeatureEngine::index_of(name);
    EXPECT_TRUE(index.has_value()) << "no feature named " << name;
    return index.value_or(0);
}

// The features of `t` after everything the engine has seen so far.
inline std::vector<float> features_of(FeatureEngine& engine, const Transaction& t) {
    std::vector<float> row(engine.size());
    engine.process(t, row.data());
    return row;
}

inline float feature(FeatureEngine& engine, const Transaction& t, std::string_view name) {
    return features_of(engine, t)[column(name)];
}

// Feeds `history` to a fresh engine, then returns feature `name` of `query`.
inline float feature_after(const std::vector<Transaction>& history, const Transaction& query,
                           std::string_view name) {
    FeatureEngine engine;
    for (const auto& t : history) features_of(engine, t);
    return feature(engine, query, name);
}

inline std::vector<Transaction> generate(std::size_t rows, std::uint64_t seed = 7) {
    GeneratorConfig config;
    config.seed = seed;
    config.rows_per_day = 3000;  // 100k rows span about a month
    Generator generator(config);
    std::vector<Transaction> out;
    out.reserve(rows);
    for (std::size_t i = 0; i < rows; ++i) out.push_back(generator.next());
    return out;
}

}  // namespace fd::test
