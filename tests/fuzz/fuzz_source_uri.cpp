// Fuzzes the source URI parser: it either parses or throws SourceUriError, nothing else.
#include <cstdint>
#include <string_view>

#include "core/source_uri.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        const fd::SourceUri uri =
            fd::parse_source_uri(std::string_view(reinterpret_cast<const char*>(data), size));
        (void)uri.param("mapping");
    } catch (const fd::SourceUriError&) {
    }
    return 0;
}
