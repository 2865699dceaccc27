// Merchant fraud features from labels: they count only once known, smoothed, for 30 days.
#include <gtest/gtest.h>

#include <vector>

#include "feature_test_support.h"

namespace fd::test {
namespace {

// The documented smoothing: w = 20 pseudo-labels at the overall rate p, which itself starts
// at 1% with the weight of 100 labels.
double smoothed_rate(double frauds, double labels, double all_frauds, double all_labels) {
    const double p = (all_frauds + 100 * 0.01) / (all_labels + 100);
    return (frauds + 20 * p) / (labels + 20);
}

TEST(MerchantLabels, WithoutLabelsTheRateIsThePrior) {
    FeatureEngine engine;
    const auto row = features_of(engine, tx(kT0));
    EXPECT_EQ(row[column("merchant_fraud_count_30d")], 0.0f);
    EXPECT_FLOAT_EQ(row[column("merchant_fraud_rate_30d")], 0.01f);
}

TEST(MerchantLabels, ALabelCountsOnlyFromItsKnownTime) {
    FeatureEngine engine;
    features_of(engine, tx(kT0));
    engine.add_label(tx(kT0), true, kT0 + kDay);
    EXPECT_EQ(engine.pending_labels(), 1u);

    EXPECT_EQ(feature(engine, tx(kT0 + kDay - 1), "merchant_fraud_count_30d"), 0.0f);
    EXPECT_EQ(engine.pending_labels(), 1u);
    const auto row = features_of(engine, tx(kT0 + kDay));
    EXPECT_EQ(engine.pending_labels(), 0u);
    EXPECT_EQ(row[column("merchant_fraud_count_30d")], 1.0f);
    EXPECT_FLOAT_EQ(row[column("merchant_fraud_rate_30d")],
                    static_cast<float>(smoothed_rate(1, 1, 1, 1)));
    EXPECT_LT(row[column("merchant_fraud_rate_30d")], 0.1f) << "1 fraud in 1 label is not 100%";
    // Another merchant sees only the overall rate move.
    EXPECT_FLOAT_EQ(feature(engine, tx(kT0 + kDay, "card-1", "m-2"), "merchant_fraud_rate_30d"),
                    static_cast<float>(smoothed_rate(0, 0, 1, 1)));
}

TEST(MerchantLabels, RateMixesFraudAndLegitLabels) {
    FeatureEngine engine;
    features_of(engine, tx(kT0));
    for (int i = 0; i < 10; ++i) engine.add_label(tx(kT0), i < 3, kT0 + kHour);
    engine.add_label(tx(kT0, "card-1", "m-2"), false, kT0 + kHour);  // elsewhere
    const auto row = features_of(engine, tx(kT0 + 2 * kHour));
    EXPECT_EQ(row[column("merchant_fraud_count_30d")], 3.0f);
    EXPECT_FLOAT_EQ(row[column("merchant_fraud_rate_30d")],
                    static_cast<float>(smoothed_rate(3, 10, 3, 11)));
}

TEST(MerchantLabels, KnownLabelsLeaveTheRateAfterThirtyDays) {
    FeatureEngine engine;
    features_of(engine, tx(kT0));
    engine.add_label(tx(kT0), true, kT0 + kDay);
    EXPECT_EQ(feature(engine, tx(kT0 + 31 * kDay - 1), "merchant_fraud_count_30d"), 1.0f);
    const auto row = features_of(engine, tx(kT0 + 31 * kDay));
    EXPECT_EQ(row[column("merchant_fraud_count_30d")], 0.0f);
    // The overall prior keeps what it learned.
    EXPECT_FLOAT_EQ(row[column("merchant_fraud_rate_30d")],
                    static_cast<float>(smoothed_rate(0, 0, 1, 1)));
}

TEST(MerchantLabels, ImportedLabelsWaitForTheConfiguredDelay) {
    struct Case {
        std::int64_t delay_ms;
        bool use_labels;
        std::int64_t query_at;
        float frauds;
    };
    const Case cases[] = {
        {7 * kDay, true, kT0 + 7 * kDay - 1, 0},
        {7 * kDay, true, kT0 + 7 * kDay, 1},
        {kDay, true, kT0 + kDay - 1, 0},
        {kDay, true, kT0 + kDay, 1},
        {0, true, kT0 + 1, 1},
        {7 * kDay, false, kT0 + 8 * kDay, 0},
    };
    for (const auto& c : cases) {
        Transaction fraud = tx(kT0, "card-1");
        fraud.label = Label::Fraud;
        Transaction legit = tx(kT0, "card-2");
        legit.label = Label::Legit;
        FeatureConfig config;
        config.label_delay_ms = c.delay_ms;
        FeatureEngine engine(config);
        const std::vector<Transaction> rows = {fraud, legit, tx(c.query_at, "card-3")};
        const FeatureMatrix m = engine.compute_all(rows, c.use_labels);
        EXPECT_EQ(m.at(2, column("merchant_fraud_count_30d")), c.frauds)
            << "delay " << c.delay_ms << " query " << c.query_at - kT0;
        if (c.delay_ms > 0) {
            EXPECT_EQ(m.at(1, column("merchant_fraud_count_30d")), 0.0f)
                << "with a delay, a row never sees labels of its own time";
        }
    }
}

TEST(MerchantLabels, AKnownTimeFarAheadIsBroughtBackToTheDelayBound) {
    FeatureEngine engine;  // 7-day delay
    features_of(engine, tx(kT0));
    engine.add_label(tx(kT0), true, kT0 + 1000 * kDay);
    EXPECT_EQ(feature(engine, tx(kT0 + 7 * kDay - 1), "merchant_fraud_count_30d"), 0.0f);
    EXPECT_EQ(feature(engine, tx(kT0 + 7 * kDay), "merchant_fraud_count_30d"), 1.0f);
}

TEST(MerchantLabels, AnAnalystDecisionInThePastCountsAtOnce) {
    FeatureEngine engine;
    features_of(engine, tx(kT0 + kHour));
    engine.add_label(tx(kT0), true, kT0 + 30 * kMinute);  // decided before the newest row
    EXPECT_EQ(engine.pending_labels(), 0u);
    EXPECT_EQ(feature(engine, tx(kT0 + kHour), "merchant_fraud_count_30d"), 1.0f);
}

TEST(MerchantLabels, LabelsForAMerchantNotSeenYetAreKept) {
    FeatureEngine engine;
    features_of(engine, tx(kT0));
    engine.add_label(tx(kT0, "card-1", "m-later"), true, kT0 + kHour);
    EXPECT_EQ(feature(engine, tx(kT0 + 2 * kHour, "card-1", "m-later"), "merchant_fraud_count_30d"),
              1.0f);
}

}  // namespace
}  // namespace fd::test
