// SHA-256 (FIPS 180-4), used for file fingerprints, content-derived ids and the audit chain.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace fd {

class Sha256 {
public:
    Sha256();
    void update(const void* data, std::size_t size);
    void update(std::string_view text) { update(text.data(), text.size()); }
    std::array<std::uint8_t, 32> finish();  // the object must not be updated afterwards
    std::string finish_hex();               // 64 lower-case hex digits

    static std::string hex(std::string_view text);  // one-shot convenience

private:
    void compress(const std::uint8_t* blocks, std::size_t count);  // 64-byte blocks
    std::array<std::uint32_t, 8> state_;
    std::array<std::uint8_t, 64> buffer_;
    std::size_t buffered_ = 0;
    std::uint64_t total_bytes_ = 0;
};

// Hex digest of a whole file, read in chunks. Throws FileError if it cannot be read.
std::string sha256_file(const std::string& path);

}  // namespace fd
