#include "audit_log.h"

#include "core/sha256.h"
#include "core/tr_mark.h"

namespace fd {
namespace {

const std::string kGenesis(64, '0');

AuditEntry read_entry(const Statement& s) {
    AuditEntry e;
    e.id = s.column_int64(0);
    e.at_ms = s.column_int64(1);
    e.actor = s.column_text(2);
    e.action = s.column_text(3);
    e.subject = s.column_text(4);
    e.details = s.column_text(5);
    e.prev_hash = s.column_text(6);
    e.hash = s.column_text(7);
    return e;
}

constexpr std::string_view kColumns =
    "SELECT id, at_ms, actor, action, subject, details, prev_hash, hash FROM audit_log";

void add_field(Sha256& h, std::string_view text) {
    h.update(std::to_string(text.size()));
    h.update(":");
    h.update(text);
}

}  // namespace

AuditLog::AuditLog(Database& db) : db_(db) {}

std::string AuditLog::hash_of(const AuditEntry& e) {
    Sha256 h;
    add_field(h, std::to_string(e.id));
    add_field(h, std::to_string(e.at_ms));
    add_field(h, e.actor);
    add_field(h, e.action);
    add_field(h, e.subject);
    add_field(h, e.details);
    add_field(h, e.prev_hash);
    return h.finish_hex();
}

std::int64_t AuditLog::append(std::int64_t at_ms, const std::string& actor,
                              const std::string& action, const std::string& subject,
                              const std::string& details) {
    AuditEntry e;
    Statement last = db_.prepare("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    if (last.step()) {
        e.id = last.column_int64(0) + 1;
        e.prev_hash = last.column_text(1);
    } else {
        e.id = 1;
        e.prev_hash = kGenesis;
    }
    e.at_ms = at_ms;
    e.actor = actor;
    e.action = action;
    e.subject = subject;
    e.details = details;
    e.hash = hash_of(e);
    Statement insert = db_.prepare(
        "INSERT INTO audit_log(id, at_ms, actor, action, subject, details, prev_hash, hash) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    insert.bind(1, e.id)
        .bind(2, e.at_ms)
        .bind(3, e.actor)
        .bind(4, e.action)
        .bind(5, e.subject)
        .bind(6, e.details)
        .bind(7, e.prev_hash)
        .bind(8, e.hash);
    insert.step();
    return e.id;
}

std::vector<AuditEntry> AuditLog::recent(std::size_t limit, const std::string& action) {
    Statement s = db_.prepare(std::string(kColumns) + (action.empty() ? "" : " WHERE action = ?2") +
                              " ORDER BY id DESC LIMIT ?1");
    s.bind(1, static_cast<std::int64_t>(limit));
    if (!action.empty()) s.bind(2, action);
    std::vector<AuditEntry> out;
    while (s.step()) out.push_back(read_entry(s));
    return out;
}

AuditVerification AuditLog::verify() {
    AuditVerification v;
    Statement s = db_.prepare(std::string(kColumns) + " ORDER BY id");
    std::string expected_prev = kGenesis;
    std::int64_t expected_id = 1;
    const auto fail = [&](std::int64_t id, std::string problem) {
        v.intact = false;
        v.first_bad_id = id;
        v.problem = std::move(problem);
    };
    while (s.step()) {
        const AuditEntry e = read_entry(s);
        ++v.rows;
        if (e.id != expected_id) {
            fail(e.id, fill_text(FD_TR("core/Storage", "row %1 is missing (rows were deleted)"),
                                 {std::to_string(expected_id)}));
            return v;
        }
        if (e.prev_hash != expected_prev) {
            fail(e.id, fill_text(FD_TR("core/Storage",
                                       "its link to row %1 does not match (that row was changed, "
                                       "or this one)"),
                                 {std::to_string(e.id - 1)}));
            return v;
        }
        if (hash_of(e) != e.hash) {
            fail(e.id,
                 FD_TR("core/Storage", "its contents do not match its hash (the row was changed)"));
            return v;
        }
        expected_prev = e.hash;
        ++expected_id;
    }
    return v;
}

}  // namespace fd
