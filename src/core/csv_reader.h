// Streaming RFC 4180 CSV reader.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "byte_source.h"
#include "record.h"

namespace fd {

struct CsvOptions {
    char delimiter = 0;  // 0: detect among , ; TAB | from the first kSniffBytes
};

// Picks the delimiter among , ; \t | that splits the first lines of `sample` into the most
// consistent non-trivial field count (quotes respected). Returns ',' when nothing fits.
char detect_csv_delimiter(std::string_view sample);

// Reads CSV with a header line: quoted fields containing delimiters, doubled quotes and
// newlines; CRLF or LF (or a mix); a leading UTF-8 BOM is skipped. Memory is bounded by
// kMaxRecordBytes plus a fixed read buffer.
//
// Row-level problems become ReadStatus::RowError and reading goes on: a field over
// kMaxFieldBytes, a record over kMaxRecordBytes, a field count different from the header's,
// a NUL byte, a stray quote inside an unquoted field or text after a closing quote, and a
// quote never closed before end of input. After a quote that never closes (or a record that
// grows past the limit) the reader resumes at the physical line after the bad record's first
// line, so one stray quote cannot swallow the rest of the file.
//
// The constructor reads the header; it throws FileError naming the source when the input
// is empty, has no header, or the header has empty or duplicate column names.
// Text is passed through as bytes; UTF-8 repair is the mapper's job.
class CsvReader final : public RecordReader {
public:
    explicit CsvReader(std::unique_ptr<ByteSource> source, CsvOptions options = {});
    ~CsvReader() override;

    const std::vector<std::string>& columns() const override;
    ReadStatus next(Record& record, RowError& error) override;
    std::uint64_t bytes_read() const override;
    char delimiter() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace fd
