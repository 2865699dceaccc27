// From source columns to Transaction fields: detection from header names, saved profiles,
// and the per-record mapper that validates and converts values.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "record.h"
#include "timestamp.h"
#include "transaction.h"

namespace fd {

enum class CanonicalField : int {
    TransactionId,
    Timestamp,
    CardId,
    CustomerId,
    MerchantId,
    MerchantCategory,
    Amount,
    Currency,
    Country,
    City,
    Latitude,
    Longitude,
    Channel,
    DeviceId,
    Ip,
    Label,
    Scenario,
};
inline constexpr int kCanonicalFieldCount = 17;

std::string_view canonical_name(CanonicalField field);                     // "transaction_id", ...
std::optional<CanonicalField> canonical_from_name(std::string_view name);  // exact canonical

// Which canonical field a source column name means, case-insensitively, from the canonical
// names and the spellings common in public data sets and processor exports. Dotted JSON
// paths match on their last segment too ("metadata.geo.country" -> Country).
std::optional<CanonicalField> detect_field(std::string_view column_name);

struct MappingProfile {
    std::string name;
    // Source column for each canonical field; empty string: not mapped.
    std::array<std::string, kCanonicalFieldCount> columns{};
    std::vector<std::string> ignored;  // source columns dropped entirely
    TimestampOptions timestamp;
    std::string default_currency = "USD";  // when no currency column is mapped or it is empty

    const std::string& column(CanonicalField f) const { return columns[static_cast<int>(f)]; }
    std::string& column(CanonicalField f) { return columns[static_cast<int>(f)]; }

    std::string to_json() const;
    // Throws std::invalid_argument naming the bad key or value.
    static MappingProfile from_json(std::string_view json);
};

// Detects a profile from the columns: the first column matching each canonical field wins.
MappingProfile detect_mapping(const std::vector<std::string>& columns);

// Profiles saved as <dir>/<name>.json. Names are restricted to [A-Za-z0-9_.-].
class MappingProfileStore {
public:
    explicit MappingProfileStore(std::string directory);
    static std::string
    default_directory();  // $XDG_DATA_HOME or ~/.local/share, /frauddesk/mappings

    void save(const MappingProfile& profile) const;      // throws std::runtime_error
    MappingProfile load(const std::string& name) const;  // throws std::runtime_error
    std::vector<std::string> names() const;
    const std::string& directory() const { return directory_; }

private:
    std::string directory_;
};

// Loads `name_or_path` as a profile file when such a file exists, else by name from `store`.
MappingProfile load_mapping(const std::string& name_or_path, const MappingProfileStore& store);

// Converts records into transactions under a profile. Bind it to the reader's columns, and
// call bind() again whenever the reader's column list grows.
class RecordMapper {
public:
    explicit RecordMapper(MappingProfile profile);

    // Throws FileError when amount or timestamp is not mapped to an existing column, or a
    // mapped column is missing from `columns`. `source_name` goes into the message.
    void bind(const std::vector<std::string>& columns, const std::string& source_name);
    std::size_t bound_column_count() const { return column_names_.size(); }

    // Fills `out` (cleared first) and returns true, or fills `error` and returns false.
    // Rejects: a missing or bad amount or timestamp, an empty id where an id column is
    // mapped, a label other than 0/1/true/false (any case; empty means unknown), latitude or
    // longitude that is not a number in range, an invalid currency code, a field with a NUL
    // byte. Invalid UTF-8 in text is replaced with U+FFFD. Without an id column the id is
    // "h" + 32 hex digits of the SHA-256 of the record's fields, so re-imports stay idempotent.
    bool map(const Record& record, Transaction& out, RowError& error);

    const MappingProfile& profile() const { return profile_; }

private:
    enum class ExtraKind : std::uint8_t { Undecided, Number, Text };
    MappingProfile profile_;
    std::vector<std::string> column_names_;
    std::vector<int> canonical_of_column_;  // -1: not canonical
    std::vector<bool> ignored_;
    std::vector<ExtraKind> extra_kind_;  // decided by the column's first non-empty value
    std::array<int, kCanonicalFieldCount> index_of_field_{};
    std::vector<std::size_t> sorted_columns_;  // column indexes in name order, for content ids
};

}  // namespace fd
