// Writes one table of records as CSV or JSON, streaming (nothing is kept but the row being
// written), with the safety rules of core/export_safety.h applied to every text value.
//
// CSV: a header row of the column names, then one line per record (RFC 4180 quoting, LF
// line ends); empty fields for missing values.
// JSON: one array of objects, one object per line, keys in column order:
//     [
//     {"transaction_id":"t1","risk":87.5,...},
//     ...
//     ]
// so it loads whole with any JSON parser and also reads line by line; null for missing values.
//
// Text is neutralised against spreadsheet formulas in both formats (a JSON file converted to
// a sheet is as safe as the CSV, and both hold the same values). Numbers are exact: integers
// as they are, reals as the shortest text that reads back to the same value, amounts as the
// decimal text of their minor units.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "export_kinds.h"

namespace fd {

class RecordWriter {
public:
    // Writes the CSV header or the JSON array's opening bracket.
    RecordWriter(std::ostream& out, ExportFormat format, std::vector<std::string> columns);

    // One value each, in column order, then end_row().
    RecordWriter& text(std::string_view value);  // neutralised; empty text is written as ""
    RecordWriter& integer(std::int64_t value);
    RecordWriter& number(double value);  // null when not finite
    RecordWriter& number(float value);
    RecordWriter& decimal(std::string_view digits);  // an exact decimal such as "-12.50"
    RecordWriter& null();
    void end_row();  // throws std::logic_error when the row has the wrong number of values
    // Closes the JSON array (CSV: nothing). Call once, after the last row.
    void finish();

    std::int64_t rows() const { return rows_; }
    std::size_t columns() const { return keys_.size(); }

private:
    void begin_value();
    void raw(std::string_view token);  // a value written as it is in both formats

    std::ostream& out_;
    ExportFormat format_;
    std::vector<std::string> keys_;  // JSON: each column's key, quoted, with its colon
    std::size_t column_ = 0;
    std::int64_t rows_ = 0;
};

}  // namespace fd
