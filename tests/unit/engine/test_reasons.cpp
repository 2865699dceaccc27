#include "core/engine/reasons.h"

#include <gtest/gtest.h>

#include "core/engine/feature_stats.h"
#include "core/engine/model_error.h"
#include "core/features/feature_engine.h"

namespace fd {
namespace {

Transaction sample() {
    Transaction t;
    t.id = "T1";
    t.amount_minor = 234000;
    t.currency = "EUR";
    t.country = "BR";
    t.merchant_id = "M42";
    t.device_id = "dev-9";
    return t;
}

TEST(Reasons, EveryTemplateNamesARegisteredFeature) {
    for (const auto& r : feature_reasons()) {
        EXPECT_TRUE(FeatureEngine::index_of(r.feature)) << r.feature;
    }
}

TEST(Reasons, FormatsMoneyWithThousandsAndTheCurrencyDecimals) {
    EXPECT_EQ(format_money(234000, "EUR"), "2,340.00");
    EXPECT_EQ(format_money(123456789, "JPY"), "123,456,789");
    EXPECT_EQ(format_money(-100050, "USD"), "-1,000.50");
    EXPECT_EQ(format_money(5, "KWD"), "0.005");
}

TEST(Reasons, FillsPlaceholdersAsAnAnalystWouldWriteThem) {
    const auto t = sample();
    struct Case {
        const char* text;
        double value;
        const char* expected;
    };
    const Case cases[] = {
        {"Amount {amount} {currency} is {times}x this card's 30-day average", 14.04,
         "Amount 2,340.00 EUR is 14x this card's 30-day average"},
        {"{times}x", 3.26, "3.3x"},
        {"First transaction from {country} for this card", 1,
         "First transaction from BR for this card"},
        {"{count} transactions at this terminal within 10 minutes", 4,
         "5 transactions at this terminal within 10 minutes"},
        {"{value_int} km", 1234.6, "1,235 km"},
        {"{value} EUR spent", 1109.13, "1,109.13 EUR spent"},  // decimals are not grouped
        {"{value} EUR spent", 1234567.5, "1,234,567.5 EUR spent"},
        {"{value}", -98765.25, "-98,765.25"},
        {"{percent}% fraud", 0.125, "12.5% fraud"},
        {"{unknown} stays", 1, "{unknown} stays"},
        {"unclosed {brace", 1, "unclosed {brace"},
    };
    for (const auto& c : cases) EXPECT_EQ(format_reason(c.text, t, c.value), c.expected) << c.text;
    Transaction blank;
    EXPECT_EQ(format_reason("from {country}", blank, 0), "from unknown");
}

TEST(Reasons, PicksTheHeaviestRiskySidedFeaturesThenRulesDeterministically) {
    const auto t = sample();
    const std::vector<std::string> names = {"card_amount_ratio_30d", "first_country_for_card",
                                            "card_seconds_since_last", "hour_of_day"};
    // ratio 14 (risky), new country (risky), 30 s since last (risky: low), hour (no template).
    const std::vector<float> values = {14.0f, 1.0f, 30.0f, 3.0f};
    const std::vector<double> attribution = {5.0, 2.0, 2.0, 9.0};
    const auto reasons =
        pick_reasons(t, values, names, attribution, {{"rule:night", "Rule: night", 3.0}}, 3);
    ASSERT_EQ(reasons.size(), 3u);
    EXPECT_EQ(reasons[0].code, "feature:card_amount_ratio_30d");
    EXPECT_EQ(reasons[0].text, "Amount 2,340.00 EUR is 14x this card's 30-day average");
    EXPECT_EQ(reasons[1].code, "rule:night");
    // Equal weights: the code decides, so the order never flickers between runs.
    EXPECT_EQ(reasons[2].code, "feature:card_seconds_since_last");

    // A feature on the safe side of its threshold is never a reason, whatever its weight.
    const std::vector<float> calm = {1.0f, 0.0f, 86400.0f, 3.0f};
    EXPECT_TRUE(pick_reasons(t, calm, names, attribution, {}, 3).empty());
}

TEST(FeatureStats, RobustCentreAndSpreadWithFallbacks) {
    FeatureMatrix m(0, 3);
    m.names = {"a", "flag", "const"};
    for (int i = 0; i < 100; ++i) {
        const float row[] = {static_cast<float>(i), i < 5 ? 1.0f : 0.0f, 7.0f};
        m.append_row(row);
    }
    m.append_row(std::vector<float>{1e9f, 0.0f, 7.0f}.data());  // a heavy outlier
    const auto stats = FeatureStats::fit(m);
    EXPECT_NEAR(stats.median[0], 50.0, 0.6);
    EXPECT_NEAR(stats.spread[0], 50.0 / 1.349, 1.0);  // the outlier does not inflate it
    EXPECT_GT(stats.spread[1], 0.0);                  // IQR 0: mean absolute deviation
    EXPECT_EQ(stats.spread[2], 1.0);                  // constant: 1
    EXPECT_NEAR(stats.deviation(0, 50.0 + 2 * stats.spread[0]), 2.0, 1e-9);
    const auto back = FeatureStats::from_json(stats.to_json());
    EXPECT_EQ(back.median, stats.median);
    auto bad = stats.to_json();
    bad["spread"][0] = 0.0;
    EXPECT_THROW(FeatureStats::from_json(bad), ModelError);
}

}  // namespace
}  // namespace fd
