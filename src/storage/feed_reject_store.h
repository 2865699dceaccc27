// The feed_rejects table: lines a live source could not use, kept with the batch that
// followed them so the sources panel and the CLI can show what went wrong and where.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/source_reject.h"
#include "database.h"

namespace fd {

struct StoredFeedReject {
    std::int64_t id = 0;
    std::string source;
    SourceReject reject;
    std::int64_t at_ms = 0;
};

class FeedRejectStore {
public:
    explicit FeedRejectStore(Database& db);

    // Raw text is cut to kMaxRawRejectBytes. The caller owns the transaction.
    void add(const std::string& source, std::span<const SourceReject> rejects, std::int64_t at_ms);
    // Newest first; an empty `source` lists every source's.
    std::vector<StoredFeedReject> list(const std::string& source, std::int64_t limit = 1000);
    std::int64_t count(const std::string& source);

private:
    Database& db_;
    Statement insert_;
};

}  // namespace fd
