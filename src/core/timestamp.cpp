#include "timestamp.h"

#include <algorithm>
#include <cstdio>

#include "tr_mark.h"

namespace fd {

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
std::int64_t days_from_civil(int year, unsigned month, unsigned day) {
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

namespace {

struct Civil {
    int year;
    unsigned month;
    unsigned day;
};

Civil civil_from_days(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

}  // namespace

std::string format_timestamp_iso(std::int64_t ms) {
    std::int64_t days = ms / 86400000;
    std::int64_t rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    const Civil c = civil_from_days(days);
    const auto seconds_of_day = rest / 1000;
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", c.year, c.month,
                  c.day, static_cast<int>(seconds_of_day / 3600),
                  static_cast<int>(seconds_of_day / 60 % 60), static_cast<int>(seconds_of_day % 60),
                  static_cast<int>(rest % 1000));
    return buffer;
}

// parse_timestamp_ms: implemented below this line by the parser work.
//
// Hand-written scanners: no regex, no streams and no allocation unless there is an error
// to describe. A leap second (":60") is rejected rather than clamped.

namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2200;
constexpr std::int64_t kMsPerDay = 86400000;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned days_in_month(int y, unsigned m) {
    static constexpr unsigned kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

// 1900-01-01T00:00:00.000Z and 2200-12-31T23:59:59.999Z.
constexpr std::int64_t kMinMs = -2208988800000LL;
constexpr std::int64_t kMaxMs = 7289654399999LL;
std::int64_t min_ms() {
    return kMinMs;
}
std::int64_t max_ms() {
    return kMaxMs;
}

// The text as messages show it (between quotes the templates write).
std::string shown(std::string_view text) {
    constexpr std::size_t kMaxShown = 64;
    std::string out(text.substr(0, kMaxShown));
    if (text.size() > kMaxShown) out += "...";
    return out;
}

bool fail(std::string* error, std::string message) {
    if (error) *error = std::move(message);
    return false;
}

constexpr const char* kNotAcceptedForm =
    FD_TR("core/Import",
          "timestamp '%1' is not ISO-8601 (2024-03-01T12:34:56Z), 'YYYY-MM-DD HH:MM:SS', or epoch "
          "seconds/milliseconds");

// Reads exactly `n` digits at text[i..]; advances i.
bool read_digits(std::string_view text, std::size_t& i, int n, int& value) {
    if (i + static_cast<std::size_t>(n) > text.size()) return false;
    int v = 0;
    for (int k = 0; k < n; ++k) {
        const char c = text[i + static_cast<std::size_t>(k)];
        if (!is_digit(c)) return false;
        v = v * 10 + (c - '0');
    }
    i += static_cast<std::size_t>(n);
    value = v;
    return true;
}

bool looks_like_iso(std::string_view t) {
    return t.size() >= 5 && is_digit(t[0]) && is_digit(t[1]) && is_digit(t[2]) && is_digit(t[3]) &&
           t[4] == '-';
}

// Parses the zone suffix starting at text[i] (after an optional space). Sets offset in ms
// (local = UTC + offset). Returns false on anything unrecognised.
bool parse_zone(std::string_view text, std::size_t i, std::int64_t& offset_ms) {
    offset_ms = 0;
    if (i == text.size()) return true;
    if (text[i] == ' ') ++i;
    const std::string_view zone = text.substr(i);
    if (zone == "Z" || zone == "z" || zone == "UTC" || zone == "GMT") return true;
    if (zone.empty() || (zone[0] != '+' && zone[0] != '-')) return false;
    const int sign = zone[0] == '-' ? -1 : 1;
    std::size_t j = 1;
    int hh = 0;
    int mm = 0;
    if (!read_digits(zone, j, 2, hh)) return false;
    if (j < zone.size()) {
        if (zone[j] == ':') ++j;
        if (!read_digits(zone, j, 2, mm)) return false;
    }
    if (j != zone.size() || hh > 18 || mm > 59) return false;
    offset_ms = sign * (hh * 3600000LL + mm * 60000LL);
    return true;
}

bool parse_iso(std::string_view text, std::int64_t& out, std::string* error) {
    std::size_t i = 0;
    int year = 0;
    int month = 0;
    int day = 0;
    const auto not_iso = [&] { return fail(error, fill_text(kNotAcceptedForm, {shown(text)})); };
    if (!read_digits(text, i, 4, year) || i >= text.size() || text[i++] != '-' ||
        !read_digits(text, i, 2, month) || i >= text.size() || text[i++] != '-' ||
        !read_digits(text, i, 2, day))
        return not_iso();
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millis = 0;
    std::int64_t offset_ms = 0;
    if (i < text.size()) {
        const char sep = text[i];
        if (sep != 'T' && sep != 't' && sep != ' ') return not_iso();
        ++i;
        if (!read_digits(text, i, 2, hour) || i >= text.size() || text[i++] != ':' ||
            !read_digits(text, i, 2, minute))
            return not_iso();
        if (i < text.size() && text[i] == ':') {
            ++i;
            if (!read_digits(text, i, 2, second)) return not_iso();
            if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
                ++i;
                int digits = 0;
                while (i < text.size() && is_digit(text[i])) {
                    if (digits < 3) millis = millis * 10 + (text[i] - '0');
                    ++digits;
                    ++i;
                }
                if (digits == 0) return not_iso();
                for (int k = digits; k < 3; ++k) millis *= 10;
            }
        }
        if (!parse_zone(text, i, offset_ms)) return not_iso();
    }
    if (year < kMinYear || year > kMaxYear)
        return fail(error, fill_text(FD_TR("core/Import",
                                           "timestamp '%1' has year %2, outside "
                                           "the supported years 1900..2200"),
                                     {shown(text), std::to_string(year)}));
    if (month < 1 || month > 12)
        return fail(error, fill_text(FD_TR("core/Import",
                                           "timestamp '%1' is not a real date "
                                           "(month %2 does not exist)"),
                                     {shown(text), std::to_string(month)}));
    const unsigned max_day = days_in_month(year, static_cast<unsigned>(month));
    if (day < 1 || static_cast<unsigned>(day) > max_day) {
        if (day == 0)
            return fail(error, fill_text(FD_TR("core/Import",
                                               "timestamp '%1' is not a real date "
                                               "(day 0 does not exist)"),
                                         {shown(text)}));
        if (month == 2 && day == 29)
            return fail(error, fill_text(FD_TR("core/Import",
                                               "timestamp '%1' is not a real date "
                                               "(%2 is not a leap year)"),
                                         {shown(text), std::to_string(year)}));
        return fail(error,
                    fill_text(FD_TR("core/Import",
                                    "timestamp '%1' is not a real date "
                                    "(month %2 has %3 days)"),
                              {shown(text), std::to_string(month), std::to_string(max_day)}));
    }
    if (hour > 23 || minute > 59 || second > 59)
        return fail(error, fill_text(FD_TR("core/Import",
                                           "timestamp '%1' is not a real time of "
                                           "day (hours go to 23, minutes and "
                                           "seconds to 59)"),
                                     {shown(text)}));
    const std::int64_t days =
        days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    out = days * kMsPerDay + hour * 3600000LL + minute * 60000LL + second * 1000LL + millis -
          offset_ms;
    if (out < min_ms() || out > max_ms())
        return fail(error, fill_text(FD_TR("core/Import",
                                           "timestamp '%1' is outside the "
                                           "supported years 1900..2200 once "
                                           "converted to UTC"),
                                     {shown(text)}));
    return true;
}

// An exactly parsed decimal: sign, digits (integer then fraction) and a decimal exponent.
struct Decimal {
    bool negative = false;
    std::string_view int_digits;
    std::string_view frac_digits;
    int exponent = 0;
};

bool scan_decimal(std::string_view t, Decimal& d) {
    std::size_t i = 0;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) d.negative = t[i++] == '-';
    const std::size_t int_start = i;
    while (i < t.size() && is_digit(t[i])) ++i;
    d.int_digits = t.substr(int_start, i - int_start);
    if (i < t.size() && t[i] == '.') {
        const std::size_t frac_start = ++i;
        while (i < t.size() && is_digit(t[i])) ++i;
        d.frac_digits = t.substr(frac_start, i - frac_start);
    }
    if (d.int_digits.empty() && d.frac_digits.empty()) return false;
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        bool neg_exp = false;
        if (i < t.size() && (t[i] == '+' || t[i] == '-')) neg_exp = t[i++] == '-';
        if (i == t.size() || !is_digit(t[i])) return false;
        int e = 0;
        while (i < t.size() && is_digit(t[i])) {
            if (e < 10000) e = e * 10 + (t[i] - '0');
            ++i;
        }
        d.exponent = neg_exp ? -e : e;
    }
    return i == t.size();
}

// floor(value * 10^scale) into out; false on overflow.
bool decimal_to_int(const Decimal& d, int scale, std::int64_t& out) {
    const long shift = static_cast<long>(d.exponent) + scale;  // digits moved left of the point
    const long int_len = static_cast<long>(d.int_digits.size()) + shift;
    const long total = static_cast<long>(d.int_digits.size() + d.frac_digits.size());
    const auto digit_at = [&](long k) {
        return k < static_cast<long>(d.int_digits.size())
                   ? d.int_digits[static_cast<std::size_t>(k)]
                   : d.frac_digits[static_cast<std::size_t>(k) - d.int_digits.size()];
    };
    std::int64_t magnitude = 0;
    bool remainder = false;
    for (long k = 0; k < std::max(total, int_len); ++k) {
        const int digit = k < total ? digit_at(k) - '0' : 0;
        if (k < int_len) {
            if (__builtin_mul_overflow(magnitude, 10, &magnitude) ||
                __builtin_add_overflow(magnitude, digit, &magnitude))
                return false;
        } else if (digit != 0) {
            remainder = true;
            break;
        }
    }
    out = d.negative ? -magnitude - (remainder ? 1 : 0) : magnitude;
    return true;
}

bool parse_number(std::string_view text, TimestampFormat format, std::int64_t start_ms,
                  std::int64_t& out, std::string* error) {
    Decimal d;
    if (!scan_decimal(text, d)) {
        const char* message = kNotAcceptedForm;
        switch (format) {
            case TimestampFormat::EpochMillis:
                message =
                    FD_TR("core/Import", "timestamp '%1' is not a number of epoch milliseconds");
                break;
            case TimestampFormat::EpochSeconds:
                message = FD_TR("core/Import", "timestamp '%1' is not a number of epoch seconds");
                break;
            case TimestampFormat::OffsetSeconds:
                message = FD_TR("core/Import",
                                "timestamp '%1' is not a number of seconds after the start time");
                break;
            default:
                break;
        }
        return fail(error, fill_text(message, {shown(text)}));
    }
    const auto too_big = [&] {
        return fail(error, fill_text(FD_TR("core/Import",
                                           "timestamp '%1' is out of range "
                                           "(supported years are 1900..2200)"),
                                     {shown(text)}));
    };
    TimestampFormat kind = format;
    if (kind == TimestampFormat::Auto) {
        std::int64_t whole = 0;
        if (!decimal_to_int(d, 0, whole)) return too_big();
        kind = (whole >= 100000000000LL || whole <= -100000000000LL)
                   ? TimestampFormat::EpochMillis
                   : TimestampFormat::EpochSeconds;
    }
    std::int64_t ms = 0;
    if (!decimal_to_int(d, kind == TimestampFormat::EpochMillis ? 0 : 3, ms)) return too_big();
    if (kind == TimestampFormat::OffsetSeconds && __builtin_add_overflow(ms, start_ms, &ms))
        return too_big();
    if (ms < min_ms() || ms > max_ms()) return too_big();
    out = ms;
    return true;
}

}  // namespace

std::optional<std::int64_t> parse_timestamp_ms(std::string_view text,
                                               const TimestampOptions& options,
                                               std::string* error) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    if (text.empty()) {
        fail(error, FD_TR("core/Import", "timestamp is empty"));
        return std::nullopt;
    }
    std::int64_t ms = 0;
    bool ok = false;
    switch (options.format) {
        case TimestampFormat::Auto:
            ok = looks_like_iso(text) ? parse_iso(text, ms, error)
                                      : parse_number(text, TimestampFormat::Auto, 0, ms, error);
            break;
        case TimestampFormat::Iso8601:
            ok = parse_iso(text, ms, error);
            break;
        case TimestampFormat::EpochSeconds:
        case TimestampFormat::EpochMillis:
        case TimestampFormat::OffsetSeconds:
            ok = parse_number(text, options.format, options.offset_start_ms, ms, error);
            break;
    }
    if (!ok) return std::nullopt;
    return ms;
}

}  // namespace fd
