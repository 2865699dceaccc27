// Cards new to a merchant: the 24-hour count and its ratio to the 30-day daily average.
#include "feature_test_support.h"

namespace fd::test {
namespace {

TEST(MerchantNewCards, CountsCardsThatHadNotUsedTheMerchantWithinADay) {
    FeatureEngine engine;
    // Three cards each with some history elsewhere, then all of them at "terminal".
    for (int c = 0; c < 3; ++c) {
        const std::string card = "card-" + std::to_string(c);
        engine.process(tx(kT0 + c * kMinute, card, "home-" + std::to_string(c)),
                       std::vector<float>(engine.size()).data());
    }
    const auto at = [&](int minute, int card) {
        return features_of(
            engine, tx(kT0 + kHour + minute * kMinute, "card-" + std::to_string(card), "terminal"));
    };
    const auto first = at(0, 0);
    EXPECT_EQ(first[column("merchant_new_cards_24h")], 0.0f);  // nothing before it
    EXPECT_EQ(first[column("first_merchant_for_card")], 1.0f);
    const auto second = at(1, 1);
    EXPECT_EQ(second[column("merchant_new_cards_24h")], 1.0f);
    const auto again = at(2, 0);  // card-0 is no longer new here
    EXPECT_EQ(again[column("merchant_new_cards_24h")], 2.0f);
    EXPECT_EQ(again[column("first_merchant_for_card")], 0.0f);
    const auto third = at(3, 2);
    EXPECT_EQ(third[column("merchant_new_cards_24h")], 2.0f);  // card-0's return did not count
    // Two new cards today against a 30-day daily mean of 2/30: ratio 2 / (2/30 + 1).
    EXPECT_NEAR(third[column("merchant_new_card_ratio_30d")], 2.0 / (2.0 / 30 + 1), 1e-5);
    // A day and more later the 24-hour window is empty again.
    const auto later = features_of(engine, tx(kT0 + 2 * kDay, "card-1", "terminal"));
    EXPECT_EQ(later[column("merchant_new_cards_24h")], 0.0f);
}

}  // namespace
}  // namespace fd::test
