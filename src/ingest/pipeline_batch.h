// What a pipeline publishes after each committed batch: a compact row per stored
// transaction, enough for the live charts without reading the database again.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace fd {

struct PipelineRow {
    std::int64_t row_id = 0;
    std::int64_t timestamp_ms = 0;
    double risk = -1.0;  // 0..100; negative when no model scored it
    int level = 0;       // RiskLevel as an int
    bool alert = false;
    double latency_ms = 0.0;  // from arrival to commit
    std::string merchant_category;
    std::string country;
    std::vector<std::string> reason_codes;  // best first
};

struct PipelineBatch {
    std::vector<PipelineRow> rows;  // the rows stored by this batch (duplicates left out)
    std::int64_t duplicates = 0;
    std::chrono::steady_clock::time_point committed_at;
};

}  // namespace fd
