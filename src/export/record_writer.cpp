#include "record_writer.h"

#include <stdexcept>

#include "core/export_safety.h"

namespace fd {

RecordWriter::RecordWriter(std::ostream& out, ExportFormat format, std::vector<std::string> columns)
    : out_(out), format_(format) {
    keys_.reserve(columns.size());
    if (format_ == ExportFormat::Csv) {
        for (std::size_t i = 0; i < columns.size(); ++i)
            out_ << (i ? "," : "") << csv_field(columns[i]);
        out_ << '\n';
        keys_ = std::move(columns);
    } else {
        for (const auto& c : columns) keys_.push_back(json_string(c) + ':');
        out_ << "[\n";
    }
}

void RecordWriter::begin_value() {
    if (column_ >= keys_.size())
        throw std::logic_error("export row has more values than its " +
                               std::to_string(keys_.size()) + " columns");
    if (format_ == ExportFormat::Csv) {
        if (column_) out_ << ',';
    } else {
        if (column_ == 0)
            out_ << (rows_ ? ",\n{" : "{");
        else
            out_ << ',';
        out_ << keys_[column_];
    }
    ++column_;
}

void RecordWriter::raw(std::string_view token) {
    begin_value();
    out_ << token;
}

RecordWriter& RecordWriter::text(std::string_view value) {
    begin_value();
    if (format_ == ExportFormat::Csv)
        out_ << csv_field(value);
    else
        out_ << json_string(neutralise_formula(value));
    return *this;
}

RecordWriter& RecordWriter::integer(std::int64_t value) {
    raw(std::to_string(value));
    return *this;
}

RecordWriter& RecordWriter::number(double value) {
    const std::string text = csv_number(value);
    if (text.empty()) return null();
    raw(text);
    return *this;
}

RecordWriter& RecordWriter::number(float value) {
    const std::string text = csv_number(value);
    if (text.empty()) return null();
    raw(text);
    return *this;
}

RecordWriter& RecordWriter::decimal(std::string_view digits) {
    raw(digits);
    return *this;
}

RecordWriter& RecordWriter::null() {
    raw(format_ == ExportFormat::Csv ? "" : "null");
    return *this;
}

void RecordWriter::end_row() {
    if (column_ != keys_.size())
        throw std::logic_error("export row has " + std::to_string(column_) + " values for " +
                               std::to_string(keys_.size()) + " columns");
    if (format_ == ExportFormat::Csv)
        out_ << '\n';
    else
        out_ << '}';
    column_ = 0;
    ++rows_;
}

void RecordWriter::finish() {
    if (format_ == ExportFormat::Json) out_ << (rows_ ? "\n]\n" : "]\n");
}

}  // namespace fd
