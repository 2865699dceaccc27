#include "core/transaction.h"

#include <gtest/gtest.h>

#include <climits>

namespace fd {
namespace {

TEST(CurrencyExponent, KnowsTheCurrenciesThatAreNotCents) {
    const struct {
        const char* code;
        int exponent;
    } cases[] = {{"EUR", 2}, {"USD", 2}, {"GBP", 2}, {"JPY", 0}, {"KRW", 0},
                 {"KWD", 3}, {"BHD", 3}, {"XYZ", 2}, {"", 2}};
    for (const auto& c : cases) EXPECT_EQ(currency_exponent(c.code), c.exponent) << c.code;
}

TEST(FormatAmount, PrintsExactMajorUnits) {
    const struct {
        std::int64_t minor;
        const char* currency;
        const char* expected;
    } cases[] = {
        {123456, "EUR", "1234.56"}, {5, "EUR", "0.05"},
        {0, "EUR", "0.00"},         {-1999, "USD", "-19.99"},
        {1500, "JPY", "1500"},      {1234, "KWD", "1.234"},
        {-5, "KWD", "-0.005"},      {LLONG_MIN, "EUR", "-92233720368547758.08"},
    };
    for (const auto& c : cases) EXPECT_EQ(format_amount(c.minor, c.currency), c.expected);
}

TEST(MaskCard, KeepsOnlyTheLastFourCharacters) {
    const struct {
        const char* card;
        const char* masked;
    } cases[] = {{"4111111111111111", "************1111"},
                 {"12345", "*2345"},
                 {"1234", "****"},
                 {"12", "**"},
                 {"", ""}};
    for (const auto& c : cases) EXPECT_EQ(mask_card(c.card), c.masked) << c.card;
}

TEST(Transaction, AmountUsesTheCurrencyExponent) {
    Transaction tx;
    tx.amount_minor = 12345;
    tx.currency = "EUR";
    EXPECT_DOUBLE_EQ(tx.amount(), 123.45);
    tx.currency = "JPY";
    EXPECT_DOUBLE_EQ(tx.amount(), 12345.0);
}

TEST(Label, HasReadableNames) {
    EXPECT_EQ(label_name(Label::Fraud), "fraud");
    EXPECT_EQ(label_name(Label::Legit), "legit");
    EXPECT_EQ(label_name(Label::Unknown), "unknown");
}

}  // namespace
}  // namespace fd
