// The model bundle (.fdm): one file holding a JSON header and named binary payloads.
//
// Layout, all integers little-endian:
//   8 bytes  magic "FDMODEL\n"
//   4 bytes  container format version (kBundleFormatVersion)
//   8 bytes  header length N
//   N bytes  header, a JSON object (UTF-8); its "payloads" array lists name, size and
//            SHA-256 of each payload in file order
//   payloads back to back, nothing after the last
// Loading checks every size against the file before reading it and every payload against
// its digest, so a truncated, padded or tampered file is refused with a clear message.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace fd {

inline constexpr std::uint32_t kBundleFormatVersion = 1;
inline constexpr std::uint64_t kMaxBundleHeaderBytes = 16ull << 20;
inline constexpr std::uint64_t kMaxBundlePayloadBytes = 1ull << 30;
inline constexpr std::size_t kMaxBundlePayloads = 64;

struct BundlePayload {
    std::string name;
    std::vector<std::uint8_t> bytes;
};

struct ModelBundle {
    nlohmann::json header = nlohmann::json::object();  // "payloads" is managed by the writer
    std::vector<BundlePayload> payloads;

    const BundlePayload* payload(std::string_view name) const;  // nullptr when absent
    void add_payload(std::string name, std::vector<std::uint8_t> bytes);
    void add_payload(std::string name, std::string_view text);
};

std::vector<std::uint8_t> write_bundle(const ModelBundle& bundle);

// Parses and validates a bundle. `source` names it in error messages (a path, "model 7").
// Throws ModelError.
ModelBundle read_bundle(std::span<const std::uint8_t> bytes, const std::string& source);

// Writes atomically: a temporary file beside `path`, then a rename. Throws ModelError.
void save_bundle_file(const ModelBundle& bundle, const std::string& path);
// Reads at most kMaxBundleHeaderBytes + payload limits; throws ModelError naming the path.
ModelBundle load_bundle_file(const std::string& path);

}  // namespace fd
