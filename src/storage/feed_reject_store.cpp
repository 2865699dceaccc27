#include "feed_reject_store.h"

#include "core/limits.h"
#include "core/utf8.h"

namespace fd {

FeedRejectStore::FeedRejectStore(Database& db)
    : db_(db),
      insert_(db.prepare("INSERT INTO feed_rejects(source, origin, line, byte_offset, field, "
                         "reason, raw, at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")) {}

void FeedRejectStore::add(const std::string& source, std::span<const SourceReject> rejects,
                          std::int64_t at_ms) {
    for (const SourceReject& r : rejects) {
        insert_.reset();
        insert_.bind(1, source)
            .bind(2, r.origin)
            .bind(3, static_cast<std::int64_t>(r.error.line))
            .bind(4, static_cast<std::int64_t>(r.offset))
            .bind(5, r.error.field)
            .bind(6, r.error.reason)
            .bind(7, utf8_prefix(r.error.raw, kMaxRawRejectBytes))
            .bind(8, at_ms);
        insert_.step();
    }
    insert_.reset();
}

std::vector<StoredFeedReject> FeedRejectStore::list(const std::string& source, std::int64_t limit) {
    Statement select = db_.prepare(
        "SELECT id, source, origin, line, byte_offset, field, reason, raw, at_ms "
        "FROM feed_rejects WHERE ?1 = '' OR source = ?1 ORDER BY id DESC LIMIT ?2");
    select.bind(1, source).bind(2, limit);
    std::vector<StoredFeedReject> out;
    while (select.step()) {
        StoredFeedReject row;
        row.id = select.column_int64(0);
        row.source = select.column_text(1);
        row.reject.origin = select.column_text(2);
        row.reject.error.line = static_cast<std::uint64_t>(select.column_int64(3));
        row.reject.offset = static_cast<std::uint64_t>(select.column_int64(4));
        row.reject.error.field = select.column_text(5);
        row.reject.error.reason = select.column_text(6);
        row.reject.error.raw = select.column_text(7);
        row.at_ms = select.column_int64(8);
        out.push_back(std::move(row));
    }
    return out;
}

std::int64_t FeedRejectStore::count(const std::string& source) {
    Statement select =
        db_.prepare("SELECT count(*) FROM feed_rejects WHERE ?1 = '' OR source = ?1");
    select.bind(1, source);
    select.step();
    return select.column_int64(0);
}

}  // namespace fd
