// One export from start to finish, on any thread: reads the database (read-only, streaming),
// writes the file under a temporary name, and publishes it with its audit row (publish.h).
// A cancelled or failed export leaves no file and no half file; an existing file of the
// same name is untouched until the new one replaces it whole.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "export_kinds.h"

namespace fd {

// Returns the records written. Throws ExportCancelled when `progress` returns false,
// StorageError, or std::runtime_error with what to do (no database, unwritable folder, an
// empty period, a target that is the database itself).
std::int64_t run_export(const std::string& db_path, const ExportRequest& request,
                        const std::string& out_path, const ExportProgress& progress = {});

// What the export selected, as its audit row records it: the kind, the period (ISO-8601,
// null when open) and, for transactions, the filter's fields that are set (card numbers
// masked) and the order.
nlohmann::ordered_json export_selection(const ExportRequest& request);

}  // namespace fd
