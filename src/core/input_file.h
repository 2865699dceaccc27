// Opens an input file in the right reader after the file-level checks.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "record.h"

namespace fd {

enum class InputFormat { Auto, Csv, Json, Ndjson };

std::string_view input_format_name(InputFormat format);     // "auto", "csv", "json", "ndjson"
InputFormat input_format_from_name(std::string_view name);  // throws std::invalid_argument

struct OpenedInput {
    std::unique_ptr<RecordReader> reader;
    InputFormat format = InputFormat::Csv;
    std::uint64_t size_bytes = 0;
};

// Detects the format from the content (first non-blank byte '[' : JSON array; '{' : NDJSON
// when a second line also starts an object, else a JSON object; anything else CSV), with
// the extension (.csv .tsv .txt .json .ndjson .jsonl) breaking ties. Throws FileError with
// one clear sentence naming the file and what to do when it is missing, unreadable, a
// directory, empty (or only whitespace), binary (NUL bytes or mostly control bytes in the
// first kSniffBytes), or UTF-16/UTF-32 (by BOM).
OpenedInput open_input(const std::string& path, InputFormat format = InputFormat::Auto);

}  // namespace fd
