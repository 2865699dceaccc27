#include "model_bundle.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <unordered_set>

#include "core/sha256.h"
#include "core/tr_mark.h"
#include "model_error.h"

namespace fd {
namespace {

constexpr std::string_view kMagic = "FDMODEL\n";
constexpr std::size_t kPreambleBytes = 8 + 4 + 8;

void put_le(std::vector<std::uint8_t>& out, std::uint64_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
}

std::uint64_t get_le(const std::uint8_t* in, int bytes) {
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i) value |= std::uint64_t{in[i]} << (8 * i);
    return value;
}

std::string digest(std::span<const std::uint8_t> bytes) {
    Sha256 hash;
    hash.update(bytes.data(), bytes.size());
    return hash.finish_hex();
}

[[noreturn]] void refuse(const std::string& source, const std::string& what) {
    throw ModelError(fill_text(FD_TR("core/Engine",
                                     "Model bundle %1 is not usable: %2. Re-create "
                                     "it with 'frauddesk-cli train' or pick "
                                     "another file."),
                               {source, what}));
}

}  // namespace

const BundlePayload* ModelBundle::payload(std::string_view name) const {
    for (const auto& p : payloads)
        if (p.name == name) return &p;
    return nullptr;
}

void ModelBundle::add_payload(std::string name, std::vector<std::uint8_t> bytes) {
    payloads.push_back({std::move(name), std::move(bytes)});
}

void ModelBundle::add_payload(std::string name, std::string_view text) {
    add_payload(std::move(name), std::vector<std::uint8_t>(text.begin(), text.end()));
}

std::vector<std::uint8_t> write_bundle(const ModelBundle& bundle) {
    nlohmann::json header = bundle.header;
    nlohmann::json list = nlohmann::json::array();
    for (const auto& p : bundle.payloads) {
        list.push_back({{"name", p.name}, {"size", p.bytes.size()}, {"sha256", digest(p.bytes)}});
    }
    header["payloads"] = std::move(list);
    const std::string text = header.dump();
    std::vector<std::uint8_t> out(kMagic.begin(), kMagic.end());
    put_le(out, kBundleFormatVersion, 4);
    put_le(out, text.size(), 8);
    out.insert(out.end(), text.begin(), text.end());
    for (const auto& p : bundle.payloads) out.insert(out.end(), p.bytes.begin(), p.bytes.end());
    return out;
}

ModelBundle read_bundle(std::span<const std::uint8_t> bytes, const std::string& source) {
    if (bytes.size() < kPreambleBytes ||
        std::memcmp(bytes.data(), kMagic.data(), kMagic.size()) != 0) {
        refuse(source, FD_TR("core/Engine",
                             "it is not a FraudDesk model file (the first bytes are wrong)"));
    }
    const auto version = get_le(bytes.data() + 8, 4);
    if (version != kBundleFormatVersion) {
        refuse(source, fill_text(FD_TR("core/Engine",
                                       "its container format is version %1 and "
                                       "this FraudDesk reads version %2"),
                                 {std::to_string(version), std::to_string(kBundleFormatVersion)}));
    }
    const auto header_size = get_le(bytes.data() + 12, 8);
    if (header_size > kMaxBundleHeaderBytes || header_size > bytes.size() - kPreambleBytes) {
        refuse(source, fill_text(FD_TR("core/Engine",
                                       "its header claims %1 bytes, more than the "
                                       "file holds (truncated or damaged)"),
                                 {std::to_string(header_size)}));
    }
    const auto* header_begin = reinterpret_cast<const char*>(bytes.data() + kPreambleBytes);
    ModelBundle bundle;
    bundle.header = nlohmann::json::parse(header_begin, header_begin + header_size, nullptr,
                                          /*allow_exceptions=*/false);
    if (bundle.header.is_discarded() || !bundle.header.is_object()) {
        refuse(source, FD_TR("core/Engine", "its header is not a JSON object"));
    }
    const auto list = bundle.header.find("payloads");
    if (list == bundle.header.end() || !list->is_array()) {
        refuse(source, FD_TR("core/Engine", "its header has no \"payloads\" list"));
    }
    if (list->size() > kMaxBundlePayloads)
        refuse(source, FD_TR("core/Engine", "it lists too many payloads"));
    std::uint64_t offset = kPreambleBytes + header_size;
    std::unordered_set<std::string> seen;
    for (const auto& entry : *list) {
        if (!entry.is_object() || !entry.contains("name") || !entry["name"].is_string() ||
            !entry.contains("size") || !entry["size"].is_number_unsigned() ||
            !entry.contains("sha256") || !entry["sha256"].is_string()) {
            refuse(source, FD_TR("core/Engine", "a payload entry lacks its name, size or sha256"));
        }
        const std::string name = entry["name"].get<std::string>();
        const std::uint64_t size = entry["size"].get<std::uint64_t>();
        if (!seen.insert(name).second)
            refuse(source, fill_text(FD_TR("core/Engine", "payload '%1' appears twice"), {name}));
        if (size > kMaxBundlePayloadBytes || size > bytes.size() - offset) {
            refuse(source, fill_text(FD_TR("core/Engine",
                                           "payload '%1' claims %2 bytes, more than "
                                           "the file holds (truncated?)"),
                                     {name, std::to_string(size)}));
        }
        const auto payload = bytes.subspan(offset, size);
        if (digest(payload) != entry["sha256"].get<std::string>()) {
            refuse(source, fill_text(FD_TR("core/Engine",
                                           "payload '%1' does not match its SHA-256 "
                                           "(damaged or altered)"),
                                     {name}));
        }
        bundle.add_payload(name, std::vector<std::uint8_t>(payload.begin(), payload.end()));
        offset += size;
    }
    if (offset != bytes.size()) {
        refuse(source,
               fill_text(FD_TR("core/Engine", "%1 unexpected bytes follow the last payload"),
                         {std::to_string(bytes.size() - offset)}));
    }
    bundle.header.erase("payloads");
    return bundle;
}

void save_bundle_file(const ModelBundle& bundle, const std::string& path) {
    const auto bytes = write_bundle(bundle);
    const std::string temp = path + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(bytes.data()),
                  static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) {
            std::filesystem::remove(temp);
            throw ModelError(fill_text(FD_TR("core/Engine",
                                             "Cannot write model file '%1': %2. "
                                             "Check the folder exists and is "
                                             "writable."),
                                       {path, std::strerror(errno)}));
        }
    }
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec) {
        std::filesystem::remove(temp);
        throw ModelError(fill_text(FD_TR("core/Engine", "Cannot write model file '%1': %2"),
                                   {path, ec.message()}));
    }
}

ModelBundle load_bundle_file(const std::string& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        throw ModelError(fill_text(FD_TR("core/Engine", "Cannot read model file '%1': %2"),
                                   {path, ec.message()}));
    if (size > kMaxBundleHeaderBytes + kMaxBundlePayloadBytes) {
        throw ModelError(fill_text(FD_TR("core/Engine",
                                         "Model file '%1' is %2 bytes, too large to be a FraudDesk "
                                         "model"),
                                   {path, std::to_string(size)}));
    }
    std::ifstream in(path, std::ios::binary);
    std::vector<std::uint8_t> bytes(size);
    in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size));
    if (!in)
        throw ModelError(
            fill_text(FD_TR("core/Engine", "Cannot read model file '%1': read failed"), {path}));
    return read_bundle(bytes, "'" + path + "'");
}

}  // namespace fd
