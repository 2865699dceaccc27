// Fuzzes the live NDJSON decoder: the input is fed in pieces whose sizes come from its first
// byte, with a small line limit so the oversized path is reached too. Every line must end
// as exactly one row or one reject.
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "core/ndjson_stream.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::size_t chunk = 1 + data[0] % 64;
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    fd::NdjsonStreamDecoder decoder("fuzz", std::nullopt, 256);
    std::vector<fd::Transaction> rows;
    std::vector<fd::SourceReject> rejects;
    std::size_t lines = 0;
    for (std::size_t i = 0; i < text.size(); i += chunk)
        lines += decoder.feed(text.substr(i, chunk), rows, rejects);
    if (decoder.buffered_bytes() > 256 + 1024) std::abort();
    decoder.finish(rejects);
    // Blank lines give neither a row nor a reject; a cut-off last line gives a reject.
    if (rows.size() + rejects.size() > lines + 1) std::abort();
    fd::Transaction t;
    decoder.decode_record(text, 0, t, rejects);
    return 0;
}
