// A line or record a live source could not use: which stream, where in it, and why.
#pragma once

#include <cstdint>
#include <string>

#include "record.h"

namespace fd {

struct SourceReject {
    // The stream it came from: "tcp://10.0.0.5:9000", "listen://0.0.0.0:9000 from
    // 10.0.0.7:51234", "kafka://b1/payments partition 3", a file path.
    std::string origin;
    std::uint64_t offset = 0;  // byte offset of the line in its stream, or the Kafka offset
    RowError error;            // line (1-based in its stream), field, reason, raw prefix
};

}  // namespace fd
