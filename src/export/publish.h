// Publishing a finished export together with its "export" audit row: the row is appended
// inside a transaction, the file renamed into place, then the transaction commits; if that
// commit fails the file is removed again. So the audit log names every export that was
// published and none that was not.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/atomic_output.h"

namespace fd {

// Appends {"path", "rows", "format", "filter": selection} by `actor` (empty: "system") to
// the audit log of the database at `db_path`, then commits `out`. Throws std::runtime_error
// saying nothing was written when the log cannot take the row.
void publish_export(const std::string& db_path, AtomicOutput& out, const std::string& actor,
                    std::int64_t rows, std::string_view format,
                    const nlohmann::ordered_json& selection);

}  // namespace fd
