// Evaluating rule expressions on a transaction and a features row, undefined values, and
// filling reason texts.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "rule_test_support.h"

namespace fd {
namespace {

class RuleEvaluate : public ::testing::Test {
protected:
    bool matches(const std::string& text) const {
        return RuleExpression::parse(text, symbols_).matches({features_.data(), &transaction_});
    }
    double number(const std::string& text) const {
        return RuleExpression::parse(text, symbols_)
            .evaluate_number({features_.data(), &transaction_});
    }

    RuleSymbols symbols_ = test::rule_test_symbols();
    Transaction transaction_ = test::rule_test_transaction();
    std::array<float, 3> features_ = test::kRuleTestFeatures;
};

TEST_F(RuleEvaluate, ReadsTransactionFieldsAndFeatures) {
    const std::pair<const char*, bool> cases[] = {
        {"amount == 2340", true},
        {"amount > 2340", false},
        {"amount >= 2340 and amount <= 2340", true},
        {"hour == 2", true},
        {"weekday == 1", true},
        {"currency == 'EUR'", true},
        {"country == \"BR\"", true},
        {"country != 'BR'", false},
        {"country in ('NG', 'BR')", true},
        {"country not in ('BR')", false},
        {"country not in ('NG')", true},
        {"city == 'S\u00e3o Paulo'", true},
        {"channel == 'online' and merchant_id == 'm42'", true},
        {"device_id == 'd9' and ip == '10.0.0.1' and customer_id == 'c1'", true},
        {"card_id == '4111111111111111'", true},
        {"merchant_category == '5967'", true},
        {"merchant_category == 5967", true},
        {"5967 == merchant_category", true},
        {"merchant_category in (7995, 5967)", true},
        {"merchant_category not in (7995)", true},
        {"merchant_category >= 5000 and merchant_category < 6000", true},
        {"card_count_1h >= 3", true},
        {"card_count_1h > 3", false},
        {"amount_ratio_30d * 2 == 25", true},
        {"distance_km / card_count_1h > 273", true},
        {"-amount < 0 and 1 - -1 == 2", true},
        {"10 - 4 - 3 == 3 and 8 / 4 / 2 == 1", true},
        {"not (amount > 5000)", true},
        {"amount > 5000 or hour < 6", true},
        {"(amount > 1) == (hour < 6)", true},
        {"(amount > 1) != true", false},
        {"true and not false", true},
    };
    for (const auto& [text, expected] : cases) {
        SCOPED_TRACE(text);
        EXPECT_EQ(matches(text), expected);
    }
    EXPECT_DOUBLE_EQ(number("amount * 2 + 1"), 4681.0);
    EXPECT_DOUBLE_EQ(number("card_count_1h"), 3.0);
}

TEST_F(RuleEvaluate, ReadsMerchantCategoryCodesAsNumbers) {
    transaction_.merchant_category = "0742";
    EXPECT_TRUE(matches("merchant_category == 742"));
    EXPECT_TRUE(matches("merchant_category == '0742'"));
    transaction_.merchant_category = "grocery";
    EXPECT_TRUE(matches("merchant_category == 'grocery'"));
    EXPECT_FALSE(matches("merchant_category == 5967"));
    EXPECT_FALSE(matches("merchant_category != 5967"));  // undefined: false whatever the operator
    EXPECT_FALSE(matches("merchant_category not in (5967)"));
}

TEST_F(RuleEvaluate, DivisionByZeroMakesEveryComparisonFalse) {
    for (const char* text :
         {"amount / 0 > 1", "amount / 0 <= 1", "amount / 0 == 1", "amount / 0 != 1",
          "0 / 0 == 0 / 0", "(amount / 0) in (1)", "(amount / 0) not in (1)",
          "amount / (hour - 2) >= 0", "-(1 / 0) < 0"}) {
        SCOPED_TRACE(text);
        EXPECT_FALSE(matches(text));
    }
    EXPECT_TRUE(matches("not (amount / 0 > 1)"));
    EXPECT_TRUE(matches("false and amount / 0 > 1 or true"));
    EXPECT_TRUE(std::isnan(number("amount / 0")));
    EXPECT_TRUE(std::isnan(number("(amount / 0) * 0 + 1")));
    EXPECT_DOUBLE_EQ(number("1e308 * 10 / 1e308"), std::numeric_limits<double>::infinity());
}

TEST_F(RuleEvaluate, MissingValuesAreUndefined) {
    EXPECT_FALSE(matches("latitude > -1000"));
    EXPECT_FALSE(matches("latitude == latitude"));
    transaction_.latitude = 48.85;
    EXPECT_TRUE(matches("latitude > 48"));
    features_[0] = std::numeric_limits<float>::quiet_NaN();
    EXPECT_FALSE(matches("card_count_1h >= 0"));

    const RuleExpression feature_rule = RuleExpression::parse("card_count_1h >= 0", symbols_);
    const RuleExpression field_rule =
        RuleExpression::parse("country == '' and not (amount > 0)", symbols_);
    EXPECT_FALSE(feature_rule.matches({nullptr, &transaction_}));
    EXPECT_TRUE(field_rule.matches({features_.data(), nullptr}));
    EXPECT_FALSE(
        RuleExpression::parse("amount", symbols_).matches({features_.data(), &transaction_}));
    EXPECT_TRUE(std::isnan(RuleExpression::parse("amount > 1", symbols_).evaluate_number({})));
}

TEST_F(RuleEvaluate, AmountMatchesTheTransactionsOwnForEveryCurrency) {
    transaction_.amount_minor = 123457;
    for (const char* currency : {"EUR", "JPY", "KWD", "JPY", "", "NOT-A-CURRENCY-CODE", "EUR"}) {
        SCOPED_TRACE(currency);
        transaction_.currency = currency;
        EXPECT_EQ(number("amount"), transaction_.amount());
    }
}

TEST_F(RuleEvaluate, ComputesHourAndWeekdayInUtcBefore1970Too) {
    transaction_.timestamp_ms = -1;  // 1969-12-31 23:59:59.999, a Wednesday
    EXPECT_TRUE(matches("hour == 23 and weekday == 2"));
    transaction_.timestamp_ms = 0;  // 1970-01-01, a Thursday
    EXPECT_TRUE(matches("hour == 0 and weekday == 3"));
    transaction_.timestamp_ms = std::numeric_limits<std::int64_t>::min();
    EXPECT_TRUE(matches("hour >= 0 and hour < 24 and weekday >= 0 and weekday < 7"));
}

TEST(RuleReason, FillsPlaceholders) {
    const RuleSymbols symbols = test::rule_test_symbols();
    Transaction t = test::rule_test_transaction();
    std::array<float, 3> features = test::kRuleTestFeatures;
    const RuleContext context{features.data(), &t};
    const auto format = [&](const char* text) {
        return ReasonTemplate::parse(text, symbols).format(context);
    };
    EXPECT_EQ(format("Large night-time online purchase of {amount} {currency} ({card_count_1h} in "
                     "the last hour)"),
              "Large night-time online purchase of 2,340.00 EUR (3 in the last hour)");
    EXPECT_EQ(format("{amount_ratio_30d}x the average in {city} at {hour}h"),
              "12.5x the average in S\u00e3o Paulo at 2h");
    EXPECT_EQ(format("{ merchant_category } {{literal}} {distance_km} km"),
              "5967 {literal} 820 km");
    EXPECT_EQ(format(""), "");
    EXPECT_EQ(format("no placeholders"), "no placeholders");
    t.amount_minor = 123456;
    t.currency = "JPY";
    EXPECT_EQ(format("{amount} {currency}"), "123,456 JPY");
    t.currency = "KWD";
    t.amount_minor = -1234567;
    EXPECT_EQ(format("{amount} {currency}"), "-1,234.567 KWD");
    features[1] = std::numeric_limits<float>::quiet_NaN();
    EXPECT_EQ(format("ratio {amount_ratio_30d}"), "ratio n/a");
    EXPECT_EQ(ReasonTemplate::parse("{amount} {country}", symbols).format({}), "n/a ");
}

TEST(RuleReason, RejectsUnknownPlaceholdersAndStrayBraces) {
    const RuleSymbols symbols = test::rule_test_symbols();
    const std::tuple<const char*, std::size_t, const char*> cases[] = {
        {"Amount {amout}", 8, "unknown placeholder '{amout}' (did you mean 'amount'?)"},
        {"{nothing_like_it}", 1, "unknown placeholder '{nothing_like_it}'"},
        {"a {b", 3, "unclosed '{' (write '{{' for a brace)"},
        {"a } b", 3, "unmatched '}' (write '}}' for a brace)"},
        {"x { } y", 3, "empty placeholder '{}'"},
        {"S\u00e3o {amout}", 5, "unknown placeholder '{amout}' (did you mean 'amount'?)"},
    };
    for (const auto& [text, column, message] : cases) {
        SCOPED_TRACE(text);
        try {
            ReasonTemplate::parse(text, symbols);
            ADD_FAILURE() << "parsed without an error";
        } catch (const RuleError& error) {
            EXPECT_EQ(error.column(), column);
            EXPECT_EQ(error.message(), message);
        }
    }
}

TEST(RuleReason, FormatsNumbersForPeople) {
    const std::pair<double, const char*> cases[] = {
        {0.0, "0"},
        {3.0, "3"},
        {-0.001, "0"},
        {0.5, "0.5"},
        {3.14159, "3.14"},
        {2.999, "3"},
        {1234567.0, "1,234,567"},
        {-1234.5, "-1,234.5"},
        {999.999, "1,000"},
        {1e20, "1e+20"},
        {std::numeric_limits<double>::quiet_NaN(), "n/a"},
        {std::numeric_limits<double>::infinity(), "inf"},
    };
    for (const auto& [value, expected] : cases)
        EXPECT_EQ(format_rule_number(value), expected) << value;
    EXPECT_EQ(group_thousands("123456.78"), "123,456.78");
    EXPECT_EQ(group_thousands("-100"), "-100");
    EXPECT_EQ(group_thousands("-1000"), "-1,000");
}

}  // namespace
}  // namespace fd
