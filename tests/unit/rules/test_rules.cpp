// The rule language's parser: precedence, associativity, lists, text, keywords, and errors
// with their exact column and message.
#include <gtest/gtest.h>

#include <string>

#include "rule_test_support.h"

namespace fd {
namespace {

struct ParseCase {
    const char* text;
    const char* canonical;
};

TEST(RuleParse, PrintsTheTreeItBuilt) {
    const ParseCase cases[] = {
        // precedence and associativity
        {"1 + 2 * 3", "(1 + (2 * 3))"},
        {"(1 + 2) * 3", "((1 + 2) * 3)"},
        {"10 - 4 - 3", "((10 - 4) - 3)"},
        {"8 / 4 / 2", "((8 / 4) / 2)"},
        {"8 / 4 * 2", "((8 / 4) * 2)"},
        {"-amount * 2", "((-amount) * 2)"},
        {"- -5", "(-(-5))"},
        {"1 - -2", "(1 - (-2))"},
        {"amount + 1 > 2 * hour", "((amount + 1) > (2 * hour))"},
        {"amount > 1000 and hour < 6 or country == 'BR'",
         "(((amount > 1000) and (hour < 6)) or (country == \"BR\"))"},
        {"true or false and false", "(true or (false and false))"},
        {"true and false and true", "((true and false) and true)"},
        {"true or false or true", "((true or false) or true)"},
        {"not amount > 5", "(not (amount > 5))"},
        {"not not true", "(not (not true))"},
        {"not true and false", "((not true) and false)"},
        {"!(amount > 5) && true || false", "(((not (amount > 5)) and true) or false)"},
        {"(amount > 1) == true", "((amount > 1) == true)"},
        // keywords in any case
        {"amount > 1 AND country IN ('BR') Or NOT False",
         "(((amount > 1) and (country in (\"BR\"))) or (not false))"},
        {"country NoT iN ('BR')", "(country not in (\"BR\"))"},
        {"TRUE", "true"},
        // in-lists
        {"country in (\"BR\", \"NG\")", "(country in (\"BR\", \"NG\"))"},
        {"country not in ('BR')", "(country not in (\"BR\"))"},
        {"merchant_category in (5967, 7995)", "(merchant_category in (5967, 7995))"},
        {"merchant_category in ('5967', 'grocery')",
         "(merchant_category in (\"5967\", \"grocery\"))"},
        {"merchant_category >= 3000", "(merchant_category >= 3000)"},
        {"amount in (-1, 2.5, 1e3,- 4)", "(amount in (-1, 2.5, 1000, -4))"},
        {"amount + 1 in (2)", "((amount + 1) in (2))"},
        // numbers
        {"amount >= 0.5e1", "(amount >= 5)"},
        {"amount > 1.25E-2", "(amount > 0.0125)"},
        {"amount > 1e+20", "(amount > 1e+20)"},
        {"amount > 007", "(amount > 7)"},
        // text with escapes
        {R"(city == "a\"b\\c\n\t\r\/\u00e9")", R"((city == "a\"b\\c\n\t\r/é"))"},
        {R"(city == 'O\'Hare')", R"((city == "O'Hare"))"},
        {R"(city == 'say "hi"')", R"((city == "say \"hi\""))"},
        {R"(city == "\u0001")", R"((city == "\u0001"))"},
        {"city == 'S\u00e3o Paulo'", "(city == \"S\u00e3o Paulo\")"},
        {"city == ''", "(city == \"\")"},
        // names
        {"card_count_1h >= 5", "(card_count_1h >= 5)"},
        {"amount / 0 > 1", "((amount / 0) > 1)"},
        {"  amount>1\n\t", "(amount > 1)"},
        {"((((amount))))", "amount"},
    };
    const RuleSymbols symbols = test::rule_test_symbols();
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        const RuleExpression expression = RuleExpression::parse(c.text, symbols);
        EXPECT_EQ(expression.canonical(), c.canonical);
        EXPECT_EQ(expression.text(), c.text);
        // The canonical text parses back to itself.
        EXPECT_EQ(RuleExpression::parse(expression.canonical(), symbols).canonical(), c.canonical);
    }
}

TEST(RuleParse, ChecksTypes) {
    const RuleSymbols symbols = test::rule_test_symbols();
    EXPECT_EQ(RuleExpression::parse("amount * 2", symbols).type(), ValueType::Number);
    EXPECT_EQ(RuleExpression::parse("card_count_1h", symbols).type(), ValueType::Number);
    EXPECT_EQ(RuleExpression::parse("country", symbols).type(), ValueType::String);
    EXPECT_EQ(RuleExpression::parse("'x'", symbols).type(), ValueType::String);
    EXPECT_EQ(RuleExpression::parse("amount > 1", symbols).type(), ValueType::Boolean);
    EXPECT_EQ(RuleExpression::parse("country in ('BR')", symbols).type(), ValueType::Boolean);
}

struct ErrorCase {
    std::string text;
    std::size_t column;
    std::string message;
};

std::string chain_of_additions(int count) {
    std::string text = "amount";
    for (int i = 0; i < count; ++i) text += " + 1";
    return text;
}

TEST(RuleParse, ReportsErrorsWithColumnAndMessage) {
    const std::string too_long = "amount > 1" + std::string(5000, ' ');
    const std::string deep_parens = std::string(200, '(') + "1" + std::string(200, ')');
    const ErrorCase cases[] = {
        {"", 1, "expression is empty"},
        {"   ", 1, "expression is empty"},
        {too_long, 4097, "expression is too long (5010 bytes; at most 4096)"},
        {deep_parens, 129, "expression is nested too deeply (more than 64 levels)"},
        {std::string(200, '-') + "1", 129, "expression is nested too deeply (more than 64 levels)"},
        {chain_of_additions(64), 8 + 4 * 63,
         "expression is nested too deeply (more than 64 levels)"},
        // names
        {"hour < 6 and amout > 1000", 14, "unknown name 'amout' (did you mean 'amount'?)"},
        {"Amount > 1", 1, "unknown name 'Amount' (did you mean 'amount'?)"},
        {"card_count_1hr > 1", 1, "unknown name 'card_count_1hr' (did you mean 'card_count_1h'?)"},
        {"xyzzy > 1", 1, "unknown name 'xyzzy'"},
        // types
        {"country > 5", 9, "'>' needs numbers on both sides, but the left side is text"},
        {"5 <= city", 3, "'<=' needs numbers on both sides, but the right side is text"},
        {"country < 'BR'", 9, "'<' needs numbers on both sides, but the left side is text"},
        {"country == 5", 9, "cannot compare text with a number using '=='"},
        {"(amount > 1) != 1", 14, "cannot compare a condition with a number using '!='"},
        {"amount + country", 8, "'+' needs numbers on both sides, but the right side is text"},
        {"merchant_category * 2", 19, "'*' needs numbers on both sides, but the left side is text"},
        {"amount and true", 8,
         "'and' needs conditions on both sides, but the left side is a number"},
        {"true || 'x'", 6, "'||' needs conditions on both sides, but the right side is text"},
        {"not amount", 1, "'not' needs a condition, but its operand is a number"},
        {"!country", 1, "'!' needs a condition, but its operand is text"},
        {"-country", 1, "'-' needs a number, but its operand is text"},
        // lists
        {"country in (1, 2)", 9, "cannot look for text in a list of numbers"},
        {"amount in ('a')", 8, "cannot look for a number in a list of text"},
        {"(amount > 1) in (1)", 14, "'in' needs a number or text on its left, not a condition"},
        {"country in ('BR', 5)", 19, "list items must be all numbers or all text"},
        {"country in ()", 13, "the list is empty"},
        {"country in (city)", 13, "list items must be numbers or quoted text, found 'city'"},
        {"country in ('BR' 'NG')", 18, "expected ',' or ')' in the list, found 'NG'"},
        {"country in ('BR',", 18,
         "list items must be numbers or quoted text, found end of expression"},
        {"country in 'BR'", 12, "expected '(' after 'in', found 'BR'"},
        // structure
        {"(amount > 5", 12, "expected ')' to close '(' at column 1, found end of expression"},
        {"((amount > 5) and (hour < 6)", 29,
         "expected ')' to close '(' at column 1, found end of expression"},
        {"amount > 5)", 11, "unmatched ')'"},
        {"amount > 5 6", 12, "unexpected '6' after a complete expression"},
        {"amount > 5 adn hour < 3", 12,
         "unexpected 'adn' after a complete expression (did you mean 'and'?)"},
        {"amount > 5 'x'", 12, "unexpected 'x' after a complete expression"},
        {"amount >", 9, "expected a value, found end of expression"},
        {"amount > * 2", 10, "expected a value, found '*'"},
        {"()", 2, "expected a value, found ')'"},
        {"+5 > 1", 1, "expected a value, found '+'"},
        {"1 < amount < 5", 12, "comparisons cannot be chained; combine them with 'and'"},
        {"amount == 1 in (1)", 13, "comparisons cannot be chained; combine them with 'and'"},
        // characters, numbers, text
        {"amount = 5", 8, "'=' is not an operator; use '==' to compare"},
        {"amount > 5 & true", 12, "'&' is not an operator; use 'and' or '&&'"},
        {"amount > 5 | true", 12, "'|' is not an operator; use 'or' or '||'"},
        {"amount > 5 $", 12, "unexpected character '$'"},
        {"amount > 5 \x01", 12, "unexpected character '\\x01'"},
        {"amount > 5 \xff", 12, "unexpected character '\\xFF'"},
        {"amount > 5 \u00a7", 12, "unexpected character '\u00a7'"},
        {"amount > .5", 10, "write numbers with a leading digit, as in 0.5"},
        {"amount > 1e999", 10, "number '1e999' is out of range"},
        {"amount > 10abc", 10, "malformed number '10abc'"},
        {"amount > 1.2.3", 10, "malformed number '1.2.3'"},
        {"amount > 1.", 10, "malformed number '1.'"},
        {"city == 'abc", 9, "unterminated text: no closing '"},
        {"city == \"abc\\", 9, "unterminated text: no closing \""},
        {"city == 'a\\qb'", 11,
         "unknown escape '\\q' in text (use \\\\, \\\", \\', \\n, \\t, \\r or \\uXXXX)"},
        {"city == '\\u12'", 10, "\\u must be followed by four hexadecimal digits"},
        {"city == '\\ud800'", 10,
         "\\u escape of a surrogate (D800-DFFF); write the character itself"},
        {"city == '\xc3('", 9, "text is not valid UTF-8"},
        {"city == 'S\u00e3o' and amout > 1", 19, "unknown name 'amout' (did you mean 'amount'?)"},
    };
    const RuleSymbols symbols = test::rule_test_symbols();
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text.substr(0, 60));
        try {
            RuleExpression::parse(c.text, symbols);
            ADD_FAILURE() << "parsed without an error";
        } catch (const RuleError& error) {
            EXPECT_EQ(error.column(), c.column);
            EXPECT_EQ(error.message(), c.message);
            EXPECT_EQ(std::string(error.what()),
                      "column " + std::to_string(c.column) + ": " + c.message);
        }
    }
}

TEST(RuleParse, AcceptsExactlyTheLimits) {
    const RuleSymbols symbols = test::rule_test_symbols();
    EXPECT_NO_THROW(RuleExpression::parse(chain_of_additions(63), symbols));
    EXPECT_NO_THROW(RuleExpression::parse("amount > 1" + std::string(4086, ' '), symbols));
    EXPECT_NO_THROW(
        RuleExpression::parse(std::string(63, '(') + "1" + std::string(63, ')'), symbols));
    // Callers may allow longer text (the fuzzer re-parses canonical text this way).
    const std::string long_text = "amount > 1" + std::string(5000, ' ');
    EXPECT_NO_THROW(RuleExpression::parse(long_text, symbols, RuleLimits{10000, 64}));
}

TEST(RuleSymbols, ResolvesFeaturesAndFields) {
    RuleSymbols symbols =
        RuleSymbols::with_features({"card_count_1h", "hour", "bad name", "in", "country"});
    ASSERT_NE(symbols.find("card_count_1h"), nullptr);
    EXPECT_EQ(symbols.find("card_count_1h")->feature_index, 0u);
    // A feature replaces the numeric transaction field of its name.
    EXPECT_EQ(symbols.find("hour")->kind, RuleSymbol::Kind::Feature);
    EXPECT_EQ(symbols.find("hour")->feature_index, 1u);
    // Names a rule cannot write, and text fields, stay what they were.
    EXPECT_EQ(symbols.find("bad name"), nullptr);
    EXPECT_EQ(symbols.find("in"), nullptr);
    EXPECT_EQ(symbols.find("country")->type, ValueType::String);
    EXPECT_EQ(symbols.feature_count(), 2u);
    EXPECT_THROW(symbols.add_number_feature("country", 7), RuleError);
    EXPECT_THROW(symbols.add_number_feature("card_count_1h", 7), RuleError);
    EXPECT_THROW(symbols.add_number_feature("1h_count", 7), RuleError);
    EXPECT_THROW(symbols.add_number_feature("AND", 7), RuleError);
    symbols.add_number_feature("speed_kmh", 9);
    EXPECT_EQ(symbols.feature_count(), 10u);
    EXPECT_EQ(symbols.suggest("sped_kmh"), "speed_kmh");
    EXPECT_EQ(symbols.suggest("zzzzzzzz"), "");
}

}  // namespace
}  // namespace fd
