#include "audit_support.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "core/timestamp.h"
#include "storage/audit_log.h"

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
                           const std::string& out_path, std::int64_t rows,
                           const nlohmann::json& filter) {
    Database db = open_existing(db_path, OpenMode::ReadWrite, "export");
    SqlTransaction tx(db);
    const std::int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count();
    std::error_code ec;
    const std::filesystem::path absolute = std::filesystem::absolute(out_path, ec);
    const nlohmann::ordered_json details = {{"path", ec ? out_path : absolute.string()},
                                            {"rows", rows},
                                            {"format", "csv"},
                                            {"filter", filter}};
    AuditLog(db).append(now, actor, "export", absolute.filename().string(),
                        details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    out.commit();
    try {
        tx.commit();
    } catch (...) {
        std::filesystem::remove(out_path, ec);
        throw;
    }
}

}  // namespace fd::cli
