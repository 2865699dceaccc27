#include "input_preview.h"

namespace fd {

InputPreview preview_input(const std::string& path, InputFormat format, std::size_t max_rows) {
    auto input = open_input(path, format);
    InputPreview preview;
    preview.path = path;
    preview.format = input.format;
    preview.size_bytes = input.size_bytes;
    Record record;
    RowError error;
    // Read a bounded number of records; errors count too so a file of bad rows still ends.
    for (std::size_t seen = 0; seen < max_rows * 2 && preview.rows.size() < max_rows; ++seen) {
        const auto status = input.reader->next(record, error);
        if (status == ReadStatus::End) break;
        if (status == ReadStatus::RowError) {
            preview.errors.push_back(error);
            continue;
        }
        std::vector<std::optional<std::string>> row;
        row.reserve(record.fields.size());
        for (const auto& field : record.fields) {
            if (field.present)
                row.emplace_back(std::string(field.text));
            else
                row.emplace_back(std::nullopt);
        }
        preview.rows.push_back(std::move(row));
    }
    preview.columns = input.reader->columns();
    for (auto& row : preview.rows) row.resize(preview.columns.size());
    preview.detected = detect_mapping(preview.columns);
    return preview;
}

}  // namespace fd
