// Input limits that keep memory bounded whatever a file contains.
#pragma once

#include <cstddef>

namespace fd {

inline constexpr std::size_t kMaxFieldBytes = 1u << 20;   // 1 MiB: a longer field rejects its row
inline constexpr std::size_t kMaxRecordBytes = 4u << 20;  // 4 MiB: a longer record is rejected
inline constexpr std::size_t kMaxRawRejectBytes = 1024;   // raw text kept per rejected row
inline constexpr std::size_t kSniffBytes = 64u << 10;     // prefix read to detect format/delimiter

}  // namespace fd
