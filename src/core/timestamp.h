// Timestamps in the forms payment files use, normalised to UTC milliseconds.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fd {

enum class TimestampFormat {
    Auto,           // ISO-8601 / "YYYY-MM-DD HH:MM:SS" text, or epoch seconds/ms by magnitude
    Iso8601,        // text only
    EpochSeconds,   // number (may have a fraction)
    EpochMillis,    // number
    OffsetSeconds,  // number of seconds after TimestampOptions::offset_start_ms
};

struct TimestampOptions {
    TimestampFormat format = TimestampFormat::Auto;
    std::int64_t offset_start_ms = 0;  // used by OffsetSeconds
};

// Accepts: "2024-03-01T12:34:56Z", "...56.789Z", "...56+02:00", "...56-0530", "...56" (no
// zone: UTC), "2024-03-01 12:34:56" (optionally fractional, optionally zoned), "2024-03-01"
// (midnight UTC); epoch numbers where |v| >= 1e11 are milliseconds, smaller ones seconds.
// Rejects impossible dates and times (2023-02-29, 24:00:01, month 13), years outside
// 1900..2200, NaN/inf, and trailing garbage, with a reason in `error`.
std::optional<std::int64_t> parse_timestamp_ms(std::string_view text,
                                               const TimestampOptions& options, std::string* error);

// "2024-03-01T12:34:56.789Z" (milliseconds always shown).
std::string format_timestamp_iso(std::int64_t ms);

// Days since 1970-01-01 for a proleptic Gregorian date (negative before 1970).
std::int64_t days_from_civil(int year, unsigned month, unsigned day);

}  // namespace fd
