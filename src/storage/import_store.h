// The imports and import_rejects tables: one row per imported file and per rejected row.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/record.h"
#include "database.h"

namespace fd {

enum class ImportStatus { Running, Done, Cancelled, Failed };
std::string_view import_status_name(ImportStatus status);  // "running", "done", ...

struct ImportCounts {
    std::int64_t rows_read = 0;
    std::int64_t imported = 0;
    std::int64_t duplicates = 0;
    std::int64_t rejected = 0;
};

struct ImportRecord {
    std::int64_t id = 0;
    std::string source;
    std::string sha256;
    std::int64_t size_bytes = 0;
    std::string format;
    std::int64_t started_ms = 0;
    std::int64_t finished_ms = 0;  // 0 while running
    ImportStatus status = ImportStatus::Running;
    ImportCounts counts;
    double seconds = 0.0;
};

class ImportStore {
public:
    explicit ImportStore(Database& db);

    // Creates a Running import row and returns its id.
    std::int64_t begin(const std::string& source, const std::string& sha256,
                       std::int64_t size_bytes, const std::string& format, std::int64_t started_ms);
    // Records rejects (raw text truncated to kMaxRawRejectBytes); caller owns the transaction.
    void add_rejects(std::int64_t import_id, std::span<const RowError> rejects);
    // Updates counts (call inside each batch's transaction so counts match committed rows).
    void update_counts(std::int64_t import_id, const ImportCounts& counts);
    void finish(std::int64_t import_id, ImportStatus status, const ImportCounts& counts,
                std::int64_t finished_ms, double seconds);

    std::vector<ImportRecord> list();  // newest first
    std::vector<RowError> rejects(std::int64_t import_id, std::int64_t limit = 1000);
    std::int64_t count();

private:
    Database& db_;
    Statement add_reject_;
    Statement update_counts_;
};

}  // namespace fd
