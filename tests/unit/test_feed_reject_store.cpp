#include "storage/feed_reject_store.h"

#include <gtest/gtest.h>

#include <string>

#include "core/limits.h"

namespace fd {
namespace {

SourceReject reject(std::string origin, std::uint64_t line, std::uint64_t offset, std::string raw) {
    SourceReject r;
    r.origin = std::move(origin);
    r.offset = offset;
    r.error.line = line;
    r.error.field = "amount";
    r.error.reason = "not a number";
    r.error.raw = std::move(raw);
    return r;
}

TEST(FeedRejectStore, KeepsWhereAndWhyPerSource) {
    Database db(":memory:");
    FeedRejectStore store(db);
    const std::string longRaw = std::string(kMaxRawRejectBytes - 1, 'a') + "\xC3\xA9tail";
    const std::vector<SourceReject> a = {reject("listen://0:1 from 10.0.0.2:5", 3, 120, longRaw),
                                         reject("listen://0:1 from 10.0.0.3:6", 1, 0, "x")};
    store.add("listen://0:1", a, 1000);
    store.add("tcp://h:2", std::vector<SourceReject>{reject("tcp://h:2", 9, 900, "y")}, 2000);

    EXPECT_EQ(store.count(""), 3);
    EXPECT_EQ(store.count("listen://0:1"), 2);
    const auto rows = store.list("listen://0:1");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1].reject.origin, "listen://0:1 from 10.0.0.2:5");  // newest first
    EXPECT_EQ(rows[1].reject.error.line, 3u);
    EXPECT_EQ(rows[1].reject.offset, 120u);
    EXPECT_EQ(rows[1].reject.error.field, "amount");
    EXPECT_EQ(rows[1].at_ms, 1000);
    // Cut to the limit at a character boundary: the two-byte é does not fit.
    EXPECT_EQ(rows[1].reject.error.raw, std::string(kMaxRawRejectBytes - 1, 'a'));
    EXPECT_EQ(store.list("", 1).at(0).source, "tcp://h:2");
}

}  // namespace
}  // namespace fd
