#include "audit_support.h"

#include <cstdlib>

#include "core/timestamp.h"
#include "export/publish.h"

namespace fd::cli {

std::string analyst_of(const Arguments& args, const std::string& fallback) {
    if (const auto name = args.value("analyst"); name && !name->empty()) return *name;
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"})
        if (const char* value = std::getenv(variable); value && *value) return value;
    return fallback;
}

nlohmann::json time_detail(std::int64_t ms) {
    if (ms == kBeginningOfTime || ms == kEndOfTime) return nullptr;
    return format_timestamp_iso(ms);
}

void commit_audited_export(const std::string& db_path, AtomicOutput& out, const std::string& actor,
                           const std::string&, std::int64_t rows, const nlohmann::json& filter) {
    publish_export(db_path, out, actor, rows, "csv", filter);
}

}  // namespace fd::cli
