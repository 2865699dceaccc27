// The format-neutral record that every parser produces and the field mapper consumes.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace fd {

// A problem with a whole file: nothing of it is imported. The message names the file and
// says what to do.
class FileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct FieldValue {
    std::string_view text;  // the value, unquoted/unescaped; JSON numbers and bools as literals
    bool present = false;   // false when the column is absent from this record (or JSON null)
};

struct Record {
    std::uint64_t line = 0;          // 1-based physical line where the record starts
    std::vector<FieldValue> fields;  // aligned with RecordReader::columns(); may be shorter
    std::string_view raw;            // raw text of the record, at most kMaxRawRejectBytes
};

// One rejected row: where, which field, why, and (a prefix of) its raw text.
struct RowError {
    std::uint64_t line = 0;
    std::string field;   // column or canonical field name; empty when the whole row is bad
    std::string reason;  // what is wrong and, where useful, what to do
    std::string raw;     // at most kMaxRawRejectBytes of the row's raw text
};

enum class ReadStatus { Record, RowError, End };

// Streams records from one input with memory bounded regardless of input size.
class RecordReader {
public:
    virtual ~RecordReader() = default;

    // Column names in a stable order. CSV: the header. JSON/NDJSON: dotted key paths in
    // order of first appearance; the list may grow as records with new keys are read
    // (columns are only ever appended, never reordered).
    virtual const std::vector<std::string>& columns() const = 0;

    // Reads the next record. On ReadStatus::Record, `record` is filled and its views stay
    // valid until the next call. On ReadStatus::RowError, `error` describes a record the
    // reader could not parse and has already skipped. Throws FileError only for problems
    // that make the rest of the input unreadable (I/O errors).
    virtual ReadStatus next(Record& record, RowError& error) = 0;

    // Bytes of input consumed so far, for progress.
    virtual std::uint64_t bytes_read() const = 0;
};

}  // namespace fd
