// Imports transaction files into the database: file-level checks first, then parse and map
// on one thread while the caller's thread writes batches, each batch committed whole
// (rows, rejects and the import's counts together) so a crash loses at most the batch in
// flight and a re-run completes the import exactly. How the import ended (done, cancelled
// or failed, with its counts) commits together with its "import" row in the audit log.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/field_mapping.h"
#include "core/input_file.h"
#include "core/record.h"
#include "storage/bulk_indexes.h"
#include "storage/database.h"
#include "storage/import_store.h"

namespace fd {

struct ImportOptions {
    std::optional<MappingProfile> mapping;  // std::nullopt: detect from the columns
    InputFormat format = InputFormat::Auto;
    std::size_t batch_rows = 10000;
    std::size_t max_rejects_kept = 1000;  // rejects kept in the report (all go to the database)
    // Files this large, and larger than the database, are loaded without the card index,
    // which is rebuilt at the end (see storage/bulk_indexes.h). UINT64_MAX: never.
    std::uint64_t bulk_load_bytes = kDefaultBulkLoadBytes;
    const std::atomic<bool>* cancel = nullptr;
    // Who imports, for the audit log: the analyst, or "system" when nobody is known.
    std::string actor = "system";
};

struct ImportProgress {
    std::string path;
    std::uint64_t bytes_done = 0;
    std::uint64_t bytes_total = 0;
    ImportCounts counts;
    double seconds = 0.0;
    bool indexing = false;  // every row is in; the card index is being rebuilt
};

struct ImportReport {
    std::string path;
    std::string format;
    std::string sha256;
    std::int64_t import_id = 0;
    ImportCounts counts;
    std::vector<RowError> rejects;  // the first ImportOptions::max_rejects_kept
    bool cancelled = false;
    double seconds = 0.0;
};

// A file that passed the file-level checks, with its mapping bound: ready to run.
struct PreparedImport {
    std::string path;
    InputFormat format = InputFormat::Csv;
    std::uint64_t size_bytes = 0;
    MappingProfile mapping;
    std::vector<std::string> columns;  // as the preview read them
};

// Opens the file, checks it and binds the mapping. Throws FileError with one clear message
// (missing, unreadable, binary, empty, no amount or timestamp column, ...). Touches no
// database, so a command can check every file before it imports any.
PreparedImport prepare_import(const std::string& path, const ImportOptions& options);

class FileImporter {
public:
    explicit FileImporter(Database& db);

    // Runs a prepared import. `progress` is called after each committed batch on the
    // calling thread. Throws FileError if the file becomes unreadable mid-way (committed
    // batches stay, the import is marked failed) and StorageError on database failure.
    ImportReport run(const PreparedImport& prepared, const ImportOptions& options,
                     const std::function<void(const ImportProgress&)>& progress = {});

private:
    Database& db_;
};

}  // namespace fd
