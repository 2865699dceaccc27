// Secondary indexes that a bulk import drops and rebuilds. Inserting a million rows into an
// index keyed by card, in arrival order, touches index pages at random and is several times
// slower than building the index afterwards from sorted data. Indexes whose keys arrive in
// order (the id, the time) stay in place.
#pragma once

#include <cstdint>

namespace fd {

class Database;

// Below this size an import is quick either way and dropping indexes would only slow
// down readers.
inline constexpr std::uint64_t kDefaultBulkLoadBytes = 32ull << 20;

// True when an import of `incoming_bytes` of input is worth dropping the indexes for: at
// least `min_bytes`, and at least as big as what the database already holds.
bool bulk_load_pays(Database& db, std::uint64_t incoming_bytes,
                    std::uint64_t min_bytes = kDefaultBulkLoadBytes);

// Drops the deferrable indexes. Readers keep working, slower, until they are rebuilt.
void drop_bulk_indexes(Database& db);

// Creates whichever deferrable index is missing. Called when a database is opened for
// writing, so an import killed between drop and rebuild heals on the next open.
void ensure_bulk_indexes(Database& db);

}  // namespace fd
