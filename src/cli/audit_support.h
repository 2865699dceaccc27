// Who a command acts for, and exports that reach the audit log together with their file.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "arguments.h"
#include "engine_support.h"

namespace fd::cli {

// --analyst NAME, else the operating-system user, else `fallback`.
std::string analyst_of(const Arguments& args, const std::string& fallback);

// A time option's value for the audit log: ISO-8601, or null when it was left open.
nlohmann::json time_detail(std::int64_t ms);

// Publishes a CSV export of the database at `db_path` with its "export" audit row (see
// export/publish.h; `out_path` is out's path). `filter` says what was selected.
void commit_audited_export(const std::string& db_path, AtomicOutput& out, const std::string& actor,
                           const std::string& out_path, std::int64_t rows,
                           const nlohmann::json& filter);

}  // namespace fd::cli
