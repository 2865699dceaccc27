#include "bulk_indexes.h"

#include <array>
#include <string>
#include <string_view>

#include "database.h"

namespace fd {
namespace {

struct DeferrableIndex {
    std::string_view name;
    std::string_view create_sql;
};

// Must match the definitions in the migration ladder (migrations.cpp, version 3).
constexpr std::array kDeferrable = {
    DeferrableIndex{
        "transactions_by_card",
        "CREATE INDEX IF NOT EXISTS transactions_by_card ON transactions(card_id, ts_ms)"},
};

bool index_exists(Database& db, std::string_view name) {
    Statement query =
        db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?1");
    query.bind(1, name);
    return query.step() && query.column_int64(0) > 0;
}

}  // namespace

bool bulk_load_pays(Database& db, std::uint64_t incoming_bytes, std::uint64_t min_bytes) {
    if (incoming_bytes < min_bytes) return false;
    const auto stored_bytes =
        db.query_int64("PRAGMA page_count") * db.query_int64("PRAGMA page_size");
    return incoming_bytes >= static_cast<std::uint64_t>(stored_bytes);
}

void drop_bulk_indexes(Database& db) {
    for (const auto& index : kDeferrable)
        db.exec("DROP INDEX IF EXISTS " + std::string(index.name));
}

void ensure_bulk_indexes(Database& db) {
    for (const auto& index : kDeferrable) {
        if (!index_exists(db, index.name)) db.exec(index.create_sql);
    }
}

}  // namespace fd
