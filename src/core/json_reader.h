// Streaming JSON readers: a top-level array of objects, an object holding a "transactions"
// array, or NDJSON (one object per line). Nested objects are flattened to dotted paths
// (metadata.geo.country); arrays inside a record are kept as their JSON text.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "byte_source.h"
#include "record.h"

namespace fd {

enum class JsonLayout { Array, TransactionsObject, Ndjson };

// Reads one record object at a time; memory is bounded by kMaxRecordBytes plus a fixed
// buffer. A record that is not valid JSON, not an object, or over kMaxRecordBytes becomes a
// ReadStatus::RowError naming its line, and reading goes on with the next record. A string
// value becomes its unescaped text, a number its literal, true/false "true"/"false", null an
// absent field. The constructor throws FileError when the input does not have `layout`'s
// outer shape (for example an object without a "transactions" array).
class JsonReader final : public RecordReader {
public:
    JsonReader(std::unique_ptr<ByteSource> source, JsonLayout layout);
    ~JsonReader() override;

    const std::vector<std::string>& columns() const override;
    ReadStatus next(Record& record, RowError& error) override;
    std::uint64_t bytes_read() const override;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace fd
