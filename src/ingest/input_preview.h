// The first rows of an input as parsed, its columns and the mapping detected from them:
// what the import wizard shows and what the importer needs before binding a mapping.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/field_mapping.h"
#include "core/input_file.h"
#include "core/record.h"

namespace fd {

struct InputPreview {
    std::string path;
    InputFormat format = InputFormat::Csv;
    std::uint64_t size_bytes = 0;
    std::vector<std::string> columns;
    // Up to `max_rows` records; std::nullopt where the record has no value for the column.
    std::vector<std::vector<std::optional<std::string>>> rows;
    std::vector<RowError> errors;  // rows the reader rejected within the preview
    MappingProfile detected;
};

// Throws FileError for file-level problems (see open_input).
InputPreview preview_input(const std::string& path, InputFormat format = InputFormat::Auto,
                           std::size_t max_rows = 100);

}  // namespace fd
