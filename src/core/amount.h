// Exact parsing of monetary amounts into minor units.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fd {

// Parses a decimal amount such as "12.34", "-5", "+7.5", "0.129", "1e3" or "12,50" (a single
// comma followed by one or two digits is a decimal comma) into minor units for a currency
// with `exponent` decimals. Surrounding spaces are ignored. Digits beyond the currency's
// precision are rounded half away from zero (float artefacts such as 57.950000762939453
// are common in public exports). Rejects, with a reason in `error`: empty text, NaN,
// infinities, anything not a decimal number, thousands separators, and values whose minor
// units do not fit in int64.
std::optional<std::int64_t> parse_amount_minor(std::string_view text, int exponent,
                                               std::string* error);

}  // namespace fd
