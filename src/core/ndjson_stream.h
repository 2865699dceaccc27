// NDJSON from a live stream (a socket, a Kafka message) into transactions, on the hot path:
// bytes are split into lines, each line parsed with simdjson, flattened to dotted keys like
// the file readers do, and mapped with the same rules as files (RecordMapper). The mapping
// is detected from the first line that has an amount and a timestamp, unless one is given,
// and re-bound when later lines bring new keys.
//
// Memory is bounded: a line longer than max_line_bytes is dropped as it streams past (only
// its first kMaxRawRejectBytes are kept, for the reject), never buffered whole.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "field_mapping.h"
#include "source_reject.h"
#include "transaction.h"

namespace fd {

inline constexpr std::size_t kMaxLineBytes = 1u << 20;  // 1 MiB

class NdjsonStreamDecoder {
public:
    // `origin` names the stream in rejects ("tcp://127.0.0.1:9000").
    explicit NdjsonStreamDecoder(std::string origin,
                                 std::optional<MappingProfile> mapping = std::nullopt,
                                 std::size_t max_line_bytes = kMaxLineBytes);
    ~NdjsonStreamDecoder();
    NdjsonStreamDecoder(NdjsonStreamDecoder&&) noexcept;
    NdjsonStreamDecoder& operator=(NdjsonStreamDecoder&&) noexcept;

    // Feeds the next bytes of the stream. Each complete line becomes a transaction appended
    // to `out` or a reject appended to `rejects`; blank lines are skipped. Returns the number
    // of lines completed.
    std::size_t feed(std::string_view bytes, std::vector<Transaction>& out,
                     std::vector<SourceReject>& rejects);
    // The stream ended (a connection closed): a trailing line without its newline is
    // rejected as cut off, since a producer always ends a record with one.
    void finish(std::vector<SourceReject>& rejects);
    // One whole record that is not part of a line stream (a Kafka message). `offset` goes
    // into a reject as is.
    bool decode_record(std::string_view json, std::uint64_t offset, Transaction& out,
                       std::vector<SourceReject>& rejects);

    std::uint64_t lines() const;         // lines completed so far
    std::uint64_t bytes() const;         // bytes fed so far
    std::size_t buffered_bytes() const;  // a partial line held for the next feed
    const std::string& origin() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace fd
