// Fuzzes the model bundle container: any bytes are refused with a ModelError or read into a
// bundle that writes back to the same bytes' meaning (header and payloads survive).
#include <cstddef>
#include <cstdint>
#include <span>

#include "core/engine/model_bundle.h"
#include "core/engine/model_error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        const auto bundle = fd::read_bundle(std::span<const std::uint8_t>(data, size), "fuzz");
        const auto again = fd::read_bundle(fd::write_bundle(bundle), "fuzz again");
        if (again.header != bundle.header) __builtin_trap();
        if (again.payloads.size() != bundle.payloads.size()) __builtin_trap();
        for (std::size_t i = 0; i < bundle.payloads.size(); ++i)
            if (again.payloads[i].bytes != bundle.payloads[i].bytes) __builtin_trap();
    } catch (const fd::ModelError& error) {
        if (std::string_view(error.what()).find("fuzz") == std::string_view::npos) __builtin_trap();
    }
    return 0;
}
