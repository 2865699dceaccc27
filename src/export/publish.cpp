#include "publish.h"

#include <chrono>
#include <filesystem>
#include <optional>
#include <stdexcept>

#include "core/tr_mark.h"
#include "storage/audit_log.h"
#include "storage/database.h"

namespace fd {

void publish_export(const std::string& db_path, AtomicOutput& out, const std::string& actor,
                    std::int64_t rows, std::string_view format,
                    const nlohmann::ordered_json& selection) {
    const std::int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count();
    std::error_code ec;
    const std::filesystem::path absolute = std::filesystem::absolute(out.path(), ec);
    const nlohmann::ordered_json details = {{"path", ec ? out.path() : absolute.string()},
                                            {"rows", rows},
                                            {"format", format},
                                            {"filter", selection}};
    std::optional<Database> db;
    std::optional<SqlTransaction> tx;
    try {
        db.emplace(db_path, OpenMode::ReadWrite);
        tx.emplace(*db);
        AuditLog(*db).append(
            now, actor.empty() ? "system" : actor, "export", absolute.filename().string(),
            details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    } catch (const std::exception& e) {
        throw std::runtime_error(fill_text(
            FD_TR("core/Export",
                  "cannot record the export in the audit log of %1, so nothing was written: %2"),
            {db_path, e.what()}));
    }
    out.commit();
    try {
        tx->commit();
    } catch (...) {
        std::filesystem::remove(out.path(), ec);  // published but not recorded: take it back
        throw;
    }
}

}  // namespace fd
