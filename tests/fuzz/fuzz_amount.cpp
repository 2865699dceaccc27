// Fuzzes amount parsing: never crashes, always explains a rejection, and agrees with itself
// across exponents (a value parsed at exponent e+1 is ten times the value at e, up to
// rounding of the last digit).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/amount.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (int exponent = 0; exponent <= 4; ++exponent) {
        std::string error;
        const auto value = fd::parse_amount_minor(text, exponent, &error);
        if (!value && error.empty()) __builtin_trap();
        if (value && !error.empty()) __builtin_trap();
        if (value) {
            std::string finer_error;
            const auto finer = fd::parse_amount_minor(text, exponent + 1, &finer_error);
            const std::int64_t bound = INT64_MAX - 5;
            if (finer && *finer > -bound && *finer < bound) {
                // finer / 10, rounded half away from zero, is within one of `value` (the
                // two roundings may differ on the last digit).
                const std::int64_t rounded = (*finer >= 0 ? *finer + 5 : *finer - 5) / 10;
                if (rounded - *value > 1 || *value - rounded > 1) __builtin_trap();
            }
        }
    }
    fd::parse_amount_minor(text, 2, nullptr);
    return 0;
}
