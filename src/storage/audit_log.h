// The append-only audit trail: every label, undo, note, threshold change, model promotion,
// import and export. Each row stores the SHA-256 of the row before it and its own, so an
// edited, deleted or inserted row breaks the chain and verify() names the first bad one.
// Triggers refuse UPDATE and DELETE; the chain catches what bypasses them (another tool).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "database.h"

namespace fd {

struct AuditEntry {
    std::int64_t id = 0;
    std::int64_t at_ms = 0;
    std::string actor;    // the analyst, or "system"
    std::string action;   // "label", "undo", "note", "threshold", "promote", "import", ...
    std::string subject;  // what it is about: a transaction id, a model version, a file
    std::string details;  // JSON object
    std::string prev_hash;
    std::string hash;
};

struct AuditVerification {
    bool intact = true;
    std::int64_t rows = 0;
    std::optional<std::int64_t> first_bad_id;  // when not intact
    std::string problem;                       // what is wrong with it
};

class AuditLog {
public:
    explicit AuditLog(Database& db);

    // Appends a row chained to the last one; the caller owns any surrounding transaction
    // (the entry commits with the change it records). Returns its id.
    std::int64_t append(std::int64_t at_ms, const std::string& actor, const std::string& action,
                        const std::string& subject, const std::string& details = "{}");
    // The newest first, at most `limit`, optionally only one action.
    std::vector<AuditEntry> recent(std::size_t limit, const std::string& action = {});
    AuditVerification verify();

    // The row's hash as stored: SHA-256 over its fields and prev_hash, length-prefixed so
    // no two different rows can serialise the same.
    static std::string hash_of(const AuditEntry& entry);

private:
    Database& db_;
};

}  // namespace fd
