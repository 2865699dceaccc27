// Fuzzes the CSV reader through its public API: any bytes, detected or fixed delimiter.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/byte_source.h"
#include "core/csv_reader.h"
#include "core/limits.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const char* text = reinterpret_cast<const char*>(data);
    for (char delimiter : {'\0', ';'}) {
        try {
            fd::CsvReader reader(fd::memory_source(text, size, "fuzz.csv"),
                                 fd::CsvOptions{delimiter});
            fd::Record record;
            fd::RowError error;
            std::uint64_t last_line = 0;
            for (;;) {
                const fd::ReadStatus status = reader.next(record, error);
                if (status == fd::ReadStatus::End) break;
                const std::uint64_t line =
                    status == fd::ReadStatus::Record ? record.line : error.line;
                if (line <= last_line) __builtin_trap();  // lines must strictly increase
                last_line = line;
                if (status == fd::ReadStatus::Record) {
                    if (record.fields.size() != reader.columns().size()) __builtin_trap();
                    if (record.raw.size() > fd::kMaxRawRejectBytes) __builtin_trap();
                    for (const auto& field : record.fields) {
                        if (field.text.size() > fd::kMaxFieldBytes) __builtin_trap();
                    }
                } else if (error.raw.size() > fd::kMaxRawRejectBytes || error.reason.empty()) {
                    __builtin_trap();
                }
            }
            if (reader.bytes_read() > size) __builtin_trap();
        } catch (const fd::FileError&) {
        }
    }
    return 0;
}
