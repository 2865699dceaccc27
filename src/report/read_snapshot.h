// A read transaction for the life of the object, so several queries see one snapshot of the
// database and their figures agree (a live feed may be writing meanwhile).
#pragma once

#include "storage/database.h"

namespace fd::report {

class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db) : db_(db) { db_.exec("BEGIN"); }
    ~ReadSnapshot() {
        try {
            db_.exec("COMMIT");
        } catch (const StorageError&) {
            // A read-only transaction has nothing to lose.
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& db_;
};

}  // namespace fd::report
