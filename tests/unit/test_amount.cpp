// Guards exact amount parsing: minor units, rounding, exponents, decimal commas, rejects.
#include "core/amount.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace fd {
namespace {

struct Accepted {
    std::string text;
    int exponent;
    std::int64_t minor;
};

TEST(Amount, ParsesToExactMinorUnitsPerTable) {
    const std::vector<Accepted> cases = {
        {"12.34", 2, 1234},
        {"-5", 2, -500},
        {"+7.5", 2, 750},
        {"0.129", 2, 13},
        {"0.125", 2, 13},    // half away from zero
        {"-0.125", 2, -13},  // half away from zero, negative
        {"0.124999", 2, 12},
        {"-0.124", 2, -12},
        {"57.950000762939453", 2, 5795},  // float artefact
        {"0.1", 2, 10},
        {".5", 2, 50},
        {"5.", 2, 500},
        {"007.10", 2, 710},
        {"-0", 2, 0},
        {"0.004", 2, 0},
        {"0.005", 2, 1},
        {"-0.005", 2, -1},
        {"  42  ", 2, 4200},
        {"\t1.5\r\n", 2, 150},
        {"1e3", 2, 100000},
        {"1.5E-2", 2, 2},  // 0.015 -> 1.5 cents -> 2
        {"1.5e-2", 3, 15},
        {"2.5E+1", 0, 25},
        {"1e-100", 2, 0},
        {"0e999999999", 2, 0},
        {"12,50", 2, 1250},
        {"12,5", 2, 1250},
        {"-3,99", 2, -399},
        {"1234", 0, 1234},
        {"12.5", 0, 13},
        {"-12.5", 0, -13},
        {"1.2345", 3, 1235},
        {"99.999", 2, 10000},
        {"92233720368547758.07", 2, std::numeric_limits<std::int64_t>::max()},
        {"-92233720368547758.08", 2, std::numeric_limits<std::int64_t>::min()},
        {"9223372036854775807", 0, std::numeric_limits<std::int64_t>::max()},
        {"0.00000000000000000000000000001", 2, 0},
        {"1000000000000000000000e-20", 2, 1000},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text + " exp " + std::to_string(c.exponent));
        std::string error = "unchanged";
        const auto value = parse_amount_minor(c.text, c.exponent, &error);
        ASSERT_TRUE(value.has_value()) << error;
        EXPECT_EQ(*value, c.minor);
    }
}

struct Rejected {
    std::string text;
    std::string message;  // exact error
};

TEST(Amount, RejectsWithAReasonPerTable) {
    const std::string nan_msg = " is not a finite number; give a decimal amount such as 12.34";
    const std::string nan_tail =
        " is not a number; use digits with '.' as the decimal separator, e.g. 1234.56";
    const std::string sep_tail =
        " contains a thousands separator; remove it and use '.' as the decimal separator, "
        "e.g. 1234.56";
    const std::vector<Rejected> cases = {
        {"", "amount is empty; give a number such as 12.34"},
        {"   ", "amount is empty; give a number such as 12.34"},
        {"abc", "amount 'abc'" + nan_tail},
        {"NaN", "amount 'NaN'" + nan_msg},
        {"nan", "amount 'nan'" + nan_msg},
        {"-inf", "amount '-inf'" + nan_msg},
        {"+Infinity", "amount '+Infinity'" + nan_msg},
        {"INF", "amount 'INF'" + nan_msg},
        {"1,234.56", "amount '1,234.56'" + sep_tail},
        {"1.234,56", "amount '1.234,56'" + sep_tail},
        {"1 234", "amount '1 234'" + sep_tail},
        {"1,234", "amount '1,234'" + sep_tail},
        {"1'234.50", "amount '1'234.50'" + sep_tail},
        {"12.34 EUR", "amount '12.34 EUR'" + nan_tail},
        {"$12", "amount '$12'" + nan_tail},
        {".", "amount '.'" + nan_tail},
        {"-", "amount '-'" + nan_tail},
        {"+-1", "amount '+-1'" + nan_tail},
        {"1e", "amount '1e'" + nan_tail},
        {"e5", "amount 'e5'" + nan_tail},
        {"1.2.3", "amount '1.2.3'" + nan_tail},
        {",5", "amount ',5'" + nan_tail},
        {"0x10", "amount '0x10'" + nan_tail},
        {"1e5x", "amount '1e5x'" + nan_tail},
        {"92233720368547758.08", "amount '92233720368547758.08' is too large"},
        {"-92233720368547758.09", "amount '-92233720368547758.09' is too large"},
        {"1e30", "amount '1e30' is too large"},
        {"1e999999999999", "amount '1e999999999999' is too large"},
        {"123456789012345678901234567890", "amount '123456789012345678901234567890' is too large"},
        {"92233720368547758.075", "amount '92233720368547758.075' is too large"},
        {std::string(60, '7') + "x", "amount '" + std::string(40, '7') + "...'" + nan_tail},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE("'" + c.text + "'");
        std::string error;
        const auto value = parse_amount_minor(c.text, 2, &error);
        EXPECT_FALSE(value.has_value()) << *value;
        EXPECT_EQ(error, c.message);
    }
}

TEST(Amount, NullErrorPointerAndBadExponentAreSafe) {
    EXPECT_FALSE(parse_amount_minor("x", 2, nullptr).has_value());
    EXPECT_EQ(parse_amount_minor("1", 2, nullptr), 100);
    std::string error;
    EXPECT_FALSE(parse_amount_minor("1", -1, &error).has_value());
    EXPECT_EQ(error, "currency exponent -1 is not supported; use 0 to 18 decimals");
    EXPECT_FALSE(parse_amount_minor("1", 19, &error).has_value());
    EXPECT_EQ(parse_amount_minor("1", 18, &error), 1000000000000000000);
}

}  // namespace
}  // namespace fd
