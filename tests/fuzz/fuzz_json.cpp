// Fuzzes the JSON reader (array and {"transactions": [...]} layouts) through its public API.
#include "json_reader_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const char* text = reinterpret_cast<const char*>(data);
    fd::fuzz::check_json_reader(text, size, fd::JsonLayout::Array, "fuzz.json");
    fd::fuzz::check_json_reader(text, size, fd::JsonLayout::TransactionsObject, "fuzz.json");
    return 0;
}
