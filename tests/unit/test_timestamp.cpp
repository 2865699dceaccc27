// Expected values come from Python's datetime (independent of the code under test), e.g.
// 2024-01-01T00:00:00Z = 1704067200000 and 2024-03-01T12:34:56Z = 1709296496000.
#include "core/timestamp.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace fd {
namespace {

struct Good {
    const char* text;
    TimestampFormat format;
    std::int64_t expected;
};

constexpr std::int64_t k20240301T123456 = 1709296496000;

class ParsesValidTimestamp : public ::testing::TestWithParam<Good> {};

TEST_P(ParsesValidTimestamp, ToExactMilliseconds) {
    const Good& c = GetParam();
    std::string error;
    TimestampOptions options;
    options.format = c.format;
    const auto ms = parse_timestamp_ms(c.text, options, &error);
    ASSERT_TRUE(ms.has_value()) << c.text << ": " << error;
    EXPECT_EQ(*ms, c.expected) << c.text;
}

using F = TimestampFormat;
INSTANTIATE_TEST_SUITE_P(
    Table, ParsesValidTimestamp,
    ::testing::Values(Good{"2024-01-01T00:00:00Z", F::Auto, 1704067200000},
                      Good{"2024-03-01T12:34:56Z", F::Auto, k20240301T123456},
                      Good{"2024-03-01t12:34:56z", F::Auto, k20240301T123456},
                      Good{"2024-03-01T12:34:56.789Z", F::Auto, 1709296496789},
                      Good{"2024-03-01T12:34:56.7891234Z", F::Auto, 1709296496789},  // truncated
                      Good{"2024-03-01T12:34:56.7Z", F::Auto, 1709296496700},
                      Good{"2024-03-01T12:34:56,5Z", F::Auto, 1709296496500},
                      Good{"2024-03-01T12:34:56+02:00", F::Auto, 1709289296000},
                      Good{"2024-03-01T12:34:56+0200", F::Auto, 1709289296000},
                      Good{"2024-03-01T12:34:56+02", F::Auto, 1709289296000},
                      Good{"2024-03-01T12:34:56-05:30", F::Auto, 1709316296000},
                      Good{"2024-03-01T12:34:56-0530", F::Auto, 1709316296000},
                      Good{"2024-03-01T12:34:56.123-05:00", F::Auto, 1709314496123},
                      Good{"2024-03-01T12:34:56", F::Auto, k20240301T123456},
                      Good{"2024-03-01 12:34:56", F::Auto, k20240301T123456},
                      Good{"2024-03-01 12:34:56 UTC", F::Auto, k20240301T123456},
                      Good{"2024-03-01 12:34:56 +02:00", F::Auto, 1709289296000},
                      Good{"  2024-03-01 12:34:56\r\n", F::Auto, k20240301T123456},
                      Good{"2024-03-01T12:34", F::Auto, k20240301T123456 - 56000},
                      Good{"2024-02-29", F::Auto, 1709164800000},
                      Good{"2000-02-29T23:59:00Z", F::Auto, 951868740000},
                      Good{"1900-01-01T00:00:00Z", F::Auto, -2208988800000},
                      Good{"2200-12-31T23:59:59.999Z", F::Auto, 7289654399999},
                      Good{"1969-12-31T23:59:59Z", F::Auto, -1000},
                      Good{"2024-03-01T12:34:56Z", F::Iso8601, k20240301T123456},
                      // Epoch by magnitude.
                      Good{"1709296496", F::Auto, k20240301T123456},
                      Good{"1709296496.789", F::Auto, 1709296496789},
                      Good{"1709296496.7899", F::Auto, 1709296496789},
                      Good{"1709296496789", F::Auto, 1709296496789},
                      Good{"1709296496789.9", F::Auto, 1709296496789},
                      Good{"7289654399", F::Auto, 7289654399000},   // seconds: 2200-12-31T23:59:59Z
                      Good{"100000000000", F::Auto, 100000000000},  // 1e11: milliseconds
                      Good{"1.709296496E9", F::Auto, k20240301T123456}, Good{"0", F::Auto, 0},
                      Good{"-1", F::Auto, -1000}, Good{"-1.5", F::Auto, -1500},
                      Good{"+60", F::Auto, 60000},
                      // Explicit formats.
                      Good{"1709296496", F::EpochSeconds, k20240301T123456},
                      Good{"1709296496.25", F::EpochSeconds, 1709296496250},
                      Good{"5", F::EpochMillis, 5},
                      Good{"1709296496789", F::EpochMillis, 1709296496789},
                      Good{"1709296496789", F::EpochMillis, 1709296496789}));

TEST(ParseTimestamp, OffsetSecondsAddsToStart) {
    TimestampOptions options;
    options.format = TimestampFormat::OffsetSeconds;
    options.offset_start_ms = 1704067200000;  // 2024-01-01T00:00:00Z
    std::string error;
    EXPECT_EQ(parse_timestamp_ms("0", options, &error), 1704067200000);
    EXPECT_EQ(parse_timestamp_ms("86400", options, &error), 1704067200000 + 86400000);
    EXPECT_EQ(parse_timestamp_ms("1.5", options, &error), 1704067201500);
    EXPECT_EQ(parse_timestamp_ms("172792", options, &error), 1704067200000 + 172792000);
}

struct Bad {
    const char* text;
    TimestampFormat format;
    const char* reason_part;  // a piece the error must contain
};

class RejectsInvalidTimestamp : public ::testing::TestWithParam<Bad> {};

TEST_P(RejectsInvalidTimestamp, WithReason) {
    const Bad& c = GetParam();
    std::string error;
    TimestampOptions options;
    options.format = c.format;
    const auto ms = parse_timestamp_ms(c.text, options, &error);
    EXPECT_FALSE(ms.has_value()) << c.text << " parsed as " << ms.value_or(0);
    EXPECT_NE(error.find(c.reason_part), std::string::npos)
        << c.text << ": error was '" << error << "'";
}

INSTANTIATE_TEST_SUITE_P(
    Table, RejectsInvalidTimestamp,
    ::testing::Values(
        Bad{"", F::Auto, "empty"}, Bad{"   ", F::Auto, "empty"},
        Bad{"abc", F::Auto, "timestamp 'abc' is not ISO-8601 (2024-03-01T12:34:56Z)"},
        Bad{"2023-02-29 10:00:00", F::Auto,
            "timestamp '2023-02-29 10:00:00' is not a real date (2023 is not a leap year)"},
        Bad{"1900-02-29", F::Auto, "1900 is not a leap year"},
        Bad{"2024-04-31", F::Auto, "month 4 has 30 days"},
        Bad{"2024-13-01", F::Auto, "month 13 does not exist"},
        Bad{"2024-00-10", F::Auto, "month 0 does not exist"}, Bad{"2024-01-00", F::Auto, "day 0"},
        Bad{"2024-01-01T24:00:00Z", F::Auto, "not a real time"},
        Bad{"2024-01-01T24:00:01Z", F::Auto, "not a real time"},
        Bad{"2024-01-01T12:60:00Z", F::Auto, "not a real time"},
        Bad{"2024-01-01T12:00:60Z", F::Auto, "not a real time"},  // leap seconds rejected
        Bad{"1899-12-31", F::Auto, "1900..2200"}, Bad{"2201-01-01", F::Auto, "1900..2200"},
        Bad{"1900-01-01T00:30:00+01:00", F::Auto, "1900..2200"},
        Bad{"2024-03-01T12:34:56Zjunk", F::Auto, "is not ISO-8601"},
        Bad{"2024-03-01T12:34:56+25:00", F::Auto, "is not ISO-8601"},
        Bad{"2024-03-01T12:34:56.", F::Auto, "is not ISO-8601"},
        Bad{"2024-03-01T12", F::Auto, "is not ISO-8601"},
        Bad{"2024-3-1", F::Auto, "is not ISO-8601"},
        Bad{"2024-03-01X12:34:56", F::Auto, "is not ISO-8601"},
        Bad{"1709296496abc", F::Auto, "is not ISO-8601"}, Bad{"NaN", F::Auto, "is not ISO-8601"},
        Bad{"inf", F::Auto, "is not ISO-8601"}, Bad{"-", F::Auto, "is not ISO-8601"},
        Bad{".", F::Auto, "is not ISO-8601"}, Bad{"1e", F::Auto, "is not ISO-8601"},
        Bad{"99999999999999999999999", F::Auto, "out of range"},
        Bad{"1e400", F::Auto, "out of range"},
        Bad{"99999999999", F::Auto, "out of range"},  // below 1e11: seconds, year 5138
        Bad{"-99999999999999", F::Auto, "out of range"},
        Bad{"1709296496", F::Iso8601, "is not ISO-8601"},
        Bad{"2024-03-01", F::EpochSeconds, "is not a number of epoch seconds"},
        Bad{"nan", F::EpochMillis, "is not a number of epoch milliseconds"},
        Bad{"x", F::OffsetSeconds, "seconds after the start time"},
        Bad{"9223372036854775807", F::EpochMillis, "out of range"}));

TEST(ParseTimestamp, ErrorQuotesLongTextOnlyInPart) {
    const std::string text(500, 'x');
    std::string error;
    EXPECT_FALSE(parse_timestamp_ms(text, {}, &error).has_value());
    EXPECT_LT(error.size(), 250u);
}

TEST(ParseTimestamp, NullErrorPointerIsAllowed) {
    EXPECT_FALSE(parse_timestamp_ms("nope", {}, nullptr).has_value());
    EXPECT_EQ(parse_timestamp_ms("2024-01-01", {}, nullptr), 1704067200000);
}

TEST(ParseTimestamp, OffsetOverflowIsRejected) {
    TimestampOptions options;
    options.format = TimestampFormat::OffsetSeconds;
    options.offset_start_ms = INT64_MAX - 10;
    std::string error;
    EXPECT_FALSE(parse_timestamp_ms("1", options, &error).has_value());
    EXPECT_NE(error.find("out of range"), std::string::npos);
}

TEST(ParseTimestamp, RoundTripsEveryDayThroughFormat) {
    // Every day of 1999..2001 and a few edge days, at a fixed time of day.
    std::int64_t ms = 915148800000 + 45296789;  // 1999-01-01T12:34:56.789Z
    for (int day = 0; day < 3 * 366; ++day, ms += 86400000) {
        const std::string text = format_timestamp_iso(ms);
        std::string error;
        EXPECT_EQ(parse_timestamp_ms(text, {}, &error), ms) << text << " " << error;
    }
}

TEST(FormatTimestamp, KnownValues) {
    EXPECT_EQ(format_timestamp_iso(1704067200000), "2024-01-01T00:00:00.000Z");
    EXPECT_EQ(format_timestamp_iso(-1000), "1969-12-31T23:59:59.000Z");
    EXPECT_EQ(days_from_civil(1970, 1, 1), 0);
    EXPECT_EQ(days_from_civil(2024, 1, 1), 19723);
}

}  // namespace
}  // namespace fd
