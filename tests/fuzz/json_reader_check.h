// The invariants shared by the JSON and NDJSON fuzz targets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/byte_source.h"
#include "core/json_reader.h"
#include "core/limits.h"

namespace fd::fuzz {

// Reads every record of `text` in the given layout and traps on any broken invariant:
// progress on every call, line numbers in order (strictly so for NDJSON), columns only
// appended, bounded raw text, and file errors that name the file.
inline void check_json_reader(const char* text, std::size_t size, fd::JsonLayout layout,
                              const std::string& name) {
    try {
        fd::JsonReader reader(fd::memory_source(text, size, name), layout);
        fd::Record record;
        fd::RowError error;
        std::uint64_t last_line = 0;
        std::size_t columns = 0;
        for (std::size_t calls = 0;; ++calls) {
            if (calls > size + 2) __builtin_trap();  // every call must consume input
            const fd::ReadStatus status = reader.next(record, error);
            if (status == fd::ReadStatus::End) break;
            const std::uint64_t line = status == fd::ReadStatus::Record ? record.line : error.line;
            const bool strict = layout == fd::JsonLayout::Ndjson;  // one record per line at most
            if (line == 0 || line < last_line || (strict && line == last_line)) __builtin_trap();
            last_line = line;
            if (reader.columns().size() < columns) __builtin_trap();  // append only
            columns = reader.columns().size();
            if (status == fd::ReadStatus::Record) {
                if (record.fields.size() != columns) __builtin_trap();
                if (record.raw.size() > fd::kMaxRawRejectBytes) __builtin_trap();
                for (const auto& field : record.fields)
                    if (!field.present && !field.text.empty()) __builtin_trap();
            } else if (error.raw.size() > fd::kMaxRawRejectBytes || error.reason.empty()) {
                __builtin_trap();
            }
        }
        if (reader.next(record, error) != fd::ReadStatus::End) __builtin_trap();
        if (reader.bytes_read() > size) __builtin_trap();
    } catch (const fd::FileError& e) {
        if (std::string(e.what()).find(name) == std::string::npos) __builtin_trap();
    }
}

}  // namespace fd::fuzz
