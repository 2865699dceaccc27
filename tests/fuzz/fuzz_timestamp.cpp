// Fuzzes parse_timestamp_ms with every format; a parsed value must be in range and survive a
// round trip through format_timestamp_iso.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/timestamp.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    constexpr std::int64_t kMin = -2208988800000;  // 1900-01-01T00:00:00Z
    constexpr std::int64_t kMax = 7289654399999;   // 2200-12-31T23:59:59.999Z
    for (fd::TimestampFormat format :
         {fd::TimestampFormat::Auto, fd::TimestampFormat::Iso8601,
          fd::TimestampFormat::EpochSeconds, fd::TimestampFormat::EpochMillis,
          fd::TimestampFormat::OffsetSeconds}) {
        fd::TimestampOptions options;
        options.format = format;
        options.offset_start_ms = 1704067200000;
        std::string error;
        const auto ms = fd::parse_timestamp_ms(text, options, &error);
        if (!ms) {
            if (error.empty()) __builtin_trap();
            continue;
        }
        if (*ms < kMin || *ms > kMax) __builtin_trap();
        const std::string iso = fd::format_timestamp_iso(*ms);
        const auto again = fd::parse_timestamp_ms(iso, {}, nullptr);
        if (!again || *again != *ms) __builtin_trap();
    }
    return 0;
}
