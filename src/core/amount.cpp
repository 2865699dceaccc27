#include "amount.h"

#include <algorithm>
#include <cctype>
#include <limits>

#include "tr_mark.h"

namespace fd {
namespace {

constexpr std::size_t kShownChars = 40;  // an error quotes at most this much of the text
constexpr int kMaxExponent = 18;         // currency exponents beyond this make no sense

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// The text as messages show it (between quotes the templates write).
std::string shown(std::string_view text) {
    std::string out(text.substr(0, kShownChars));
    if (text.size() > kShownChars) out += "...";
    return out;
}

bool equals_lower(std::string_view text, std::string_view lower) {
    return text.size() == lower.size() &&
           std::equal(text.begin(), text.end(), lower.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == b;
           });
}

std::optional<std::int64_t> fail(std::string* error, std::string message) {
    if (error) *error = std::move(message);
    return std::nullopt;
}

// True when `text` looks like a number written with grouping separators, such as
// "1,234.56", "1.234,56", "1 234" or "1'234".
bool has_thousands_separator(std::string_view text) {
    bool separator = false;
    bool digit = false;
    for (char c : text) {
        if (is_digit(c)) {
            digit = true;
        } else if (c == ',' || c == ' ' || c == '\'') {
            if (!digit) return false;  // ",5" is not a grouped number
            separator = true;
        } else if (c != '.' && c != '+' && c != '-') {
            return false;
        }
    }
    return digit && separator;
}

}  // namespace

std::optional<std::int64_t> parse_amount_minor(std::string_view text, int exponent,
                                               std::string* error) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    if (exponent < 0 || exponent > kMaxExponent)
        return fail(error, fill_text(FD_TR("core/Import",
                                           "currency exponent %1 is not "
                                           "supported; use 0 to 18 decimals"),
                                     {std::to_string(exponent)}));
    if (text.empty())
        return fail(error, FD_TR("core/Import", "amount is empty; give a number such as 12.34"));
    const std::string not_a_number =
        fill_text(FD_TR("core/Import",
                        "amount '%1' is not a number; use digits with '.' as the "
                        "decimal separator, e.g. 1234.56"),
                  {shown(text)});
    const auto grouped = [&] {
        return fail(error, fill_text(FD_TR("core/Import",
                                           "amount '%1' contains a thousands separator; remove "
                                           "it and use '.' as the decimal separator, e.g. 1234.56"),
                                     {shown(text)}));
    };

    std::size_t i = 0;
    bool negative = false;
    if (text[i] == '+' || text[i] == '-') {
        negative = text[i] == '-';
        ++i;
    }
    const std::string_view body = text.substr(i);
    if (equals_lower(body, "nan") || equals_lower(body, "inf") || equals_lower(body, "infinity"))
        return fail(error, fill_text(FD_TR("core/Import",
                                           "amount '%1' is not a finite number; "
                                           "give a decimal amount such as 12.34"),
                                     {shown(text)}));

    // Mantissa: significant digits (leading zeros dropped) and where the point sits.
    std::string digits;
    digits.reserve(24);
    std::int64_t point_shift = 0;  // decimal digits after the point
    bool any_digit = false;
    auto take_digits = [&](bool fraction) {
        std::size_t count = 0;
        while (i < text.size() && is_digit(text[i])) {
            any_digit = true;
            if (!(digits.empty() && text[i] == '0')) digits.push_back(text[i]);
            if (fraction) ++point_shift;
            ++i;
            ++count;
        }
        return count;
    };
    take_digits(false);
    if (i < text.size() && text[i] == '.') {
        ++i;
        take_digits(true);
    } else if (i < text.size() && text[i] == ',') {
        // A decimal comma: exactly one comma followed by one or two digits, then the end.
        ++i;
        const bool integer_digits = any_digit;
        const std::size_t count = take_digits(true);
        if (!integer_digits || count == 0 || count > 2 || i != text.size()) {
            if (has_thousands_separator(text)) return grouped();
            return fail(error, not_a_number);
        }
    }
    if (!any_digit) return fail(error, not_a_number);

    std::int64_t power = 0;  // the written exponent, e.g. 3 in "1e3"
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool negative_power = false;
        if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
            negative_power = text[i] == '-';
            ++i;
        }
        if (i >= text.size() || !is_digit(text[i])) return fail(error, not_a_number);
        while (i < text.size() && is_digit(text[i])) {
            if (power < 100000) power = power * 10 + (text[i] - '0');  // saturate
            ++i;
        }
        if (negative_power) power = -power;
    }
    if (i != text.size()) {
        if (has_thousands_separator(text)) return grouped();
        return fail(error, not_a_number);
    }

    // value = digits * 10^shift minor units.
    const std::int64_t shift = power - point_shift + exponent;
    const std::string too_large =
        fill_text(FD_TR("core/Import", "amount '%1' is too large"), {shown(text)});
    const std::uint64_t limit =
        negative ? std::uint64_t{1} << 63 : std::uint64_t(std::numeric_limits<std::int64_t>::max());
    std::uint64_t magnitude = 0;
    auto push_digit = [&](int d) {
        if (magnitude > (limit - static_cast<std::uint64_t>(d)) / 10) return false;
        magnitude = magnitude * 10 + static_cast<std::uint64_t>(d);
        return true;
    };
    if (shift >= 0) {
        if (!digits.empty()) {
            if (static_cast<std::int64_t>(digits.size()) + shift > 20)
                return fail(error, too_large);
            for (char c : digits)
                if (!push_digit(c - '0')) return fail(error, too_large);
            for (std::int64_t k = 0; k < shift; ++k)
                if (!push_digit(0)) return fail(error, too_large);
        }
    } else {
        const std::int64_t keep = static_cast<std::int64_t>(digits.size()) + shift;
        if (keep >= 0) {
            for (std::int64_t k = 0; k < keep; ++k)
                if (!push_digit(digits[static_cast<std::size_t>(k)] - '0'))
                    return fail(error, too_large);
            // Half away from zero: only the first dropped digit matters.
            if (keep < static_cast<std::int64_t>(digits.size()) &&
                digits[static_cast<std::size_t>(keep)] >= '5') {
                if (magnitude == limit) return fail(error, too_large);
                ++magnitude;
            }
        }
    }
    if (negative) {
        if (magnitude == (std::uint64_t{1} << 63)) return std::numeric_limits<std::int64_t>::min();
        return -static_cast<std::int64_t>(magnitude);
    }
    return static_cast<std::int64_t>(magnitude);
}

}  // namespace fd
