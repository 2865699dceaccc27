// The schema as an ordered ladder of migrations keyed by PRAGMA user_version.
#pragma once

namespace fd {

class Database;

int latest_schema_version();

// Brings the database from its user_version up to `target` (default: latest) in one
// transaction; a database newer than this build is refused with a StorageError.
// Migrating to an intermediate version exists for tests of the ladder.
void migrate(Database& db, int target = -1);

}  // namespace fd
