// The ring of time buckets under the windows, against a brute-force recount.
#include "core/features/window_ring.h"

#include <gtest/gtest.h>

#include <deque>
#include <random>

namespace fd::features {
namespace {

TEST(BucketOf, FloorsNegativeTimesToo) {
    EXPECT_EQ(bucket_of(0, 1000), 0);
    EXPECT_EQ(bucket_of(999, 1000), 0);
    EXPECT_EQ(bucket_of(1000, 1000), 1);
    EXPECT_EQ(bucket_of(-1, 1000), -1);
    EXPECT_EQ(bucket_of(-1000, 1000), -1);
    EXPECT_EQ(bucket_of(-1001, 1000), -2);
}

TEST(WindowRing, MatchesABruteForceRecountOnRandomStreams) {
    const WindowRing<3>::Spans spans = {3, 10, 40};
    std::mt19937_64 rng(5);
    for (int trial = 0; trial < 20; ++trial) {
        WindowRing<3> ring;
        std::deque<std::pair<std::int64_t, float>> events;  // bucket, value
        std::int64_t bucket = -50;
        for (int step = 0; step < 2000; ++step) {
            // Mostly small steps, sometimes a gap, now and then a jump past every window
            // (the ring empties and goes back to its inline entry).
            const auto dice = rng() % 100;
            bucket += static_cast<std::int64_t>(dice == 0   ? 100
                                                : dice < 25 ? rng() % 30
                                                            : rng() % 2);
            ring.advance(bucket, spans);
            while (!events.empty() && bucket - events.front().first >= spans.back())
                events.pop_front();  // the recount only needs the longest window
            for (std::size_t w = 0; w < spans.size(); ++w) {
                std::uint32_t count = 0;
                double sum = 0;
                for (const auto& [b, v] : events)
                    if (bucket - b < spans[w]) ++count, sum += v;
                ASSERT_EQ(ring.totals(w).count, count) << "window " << w << " step " << step;
                ASSERT_NEAR(ring.totals(w).sums[0], sum, 1e-3);
            }
            ASSERT_LE(ring.entries(), static_cast<std::size_t>(spans.back()));
            const float value = static_cast<float>(rng() % 100);
            ring.add(bucket, {value, 0, 0}, static_cast<std::size_t>(spans.back()));
            events.emplace_back(bucket, value);
        }
    }
}

TEST(WindowRing, AnOlderBucketJoinsTheNewestAndExpiresWithIt) {
    const WindowRing<2>::Spans spans = {2, 5};
    WindowRing<2> ring;
    ring.advance(10, spans);
    ring.add(10, {1, 0, 0}, 5);
    ring.advance(3, spans);  // late: nothing moves
    ring.add(3, {2, 0, 0}, 5);
    EXPECT_EQ(ring.entries(), 1u);
    EXPECT_EQ(ring.totals(0).count, 2u);
    ring.advance(11, spans);
    EXPECT_EQ(ring.totals(0).count, 2u);
    ring.advance(12, spans);
    EXPECT_EQ(ring.totals(0).count, 0u);
    EXPECT_EQ(ring.totals(0).sums[0], 0.0);
    EXPECT_EQ(ring.totals(1).count, 2u);
    ring.advance(15, spans);
    EXPECT_TRUE(ring.empty());
    EXPECT_EQ(ring.heap_bytes(), 0u) << "an empty ring gives its buffer back";
}

}  // namespace
}  // namespace fd::features
