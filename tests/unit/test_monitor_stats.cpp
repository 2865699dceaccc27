#include "ingest/monitor_stats.h"

#include <gtest/gtest.h>

namespace fd {
namespace {

PipelineRow row(double risk, bool alert, std::string category = "5411", std::string country = "FR",
                double latency = 1.0, std::vector<std::string> reasons = {}) {
    PipelineRow r;
    r.risk = risk;
    r.alert = alert;
    r.merchant_category = std::move(category);
    r.country = std::move(country);
    r.latency_ms = latency;
    r.reason_codes = std::move(reasons);
    return r;
}

PipelineBatch batch(std::vector<PipelineRow> rows) {
    PipelineBatch b;
    b.rows = std::move(rows);
    return b;
}

TEST(MonitorStats, CountsAlertsAndBucketsBySecond) {
    MonitorStats stats;
    stats.add(batch({row(10, false), row(90, true, "5732", "DE", 1, {"rule:a", "feature:x"})}), 0);
    stats.add(batch({row(30, false)}), 0);
    stats.add(batch({row(80, true, "5732", "BR", 1, {"rule:a"}), row(-1, false)}), 3);
    EXPECT_EQ(stats.transactions(), 5);
    EXPECT_EQ(stats.scored(), 4);
    EXPECT_EQ(stats.alerts(), 2);
    EXPECT_DOUBLE_EQ(stats.alert_rate(), 0.5);
    ASSERT_EQ(stats.buckets().size(), 4u);  // seconds 0..3, the empty ones too
    EXPECT_EQ(stats.buckets()[0].count, 3);
    EXPECT_DOUBLE_EQ(stats.buckets()[0].mean_risk(), 130.0 / 3);
    EXPECT_DOUBLE_EQ(stats.buckets()[0].risk_max, 90);
    EXPECT_EQ(stats.buckets()[1].count, 0);
    EXPECT_EQ(stats.buckets()[3].alerts, 1);
    EXPECT_EQ(stats.top_categories(5),
              (std::vector<std::pair<std::string, std::int64_t>>{{"5732", 2}}));
    EXPECT_EQ(stats.top_countries(1).size(), 1u);
    EXPECT_EQ(stats.top_reasons(5).front(), (std::pair<std::string, std::int64_t>{"rule:a", 2}));
    EXPECT_EQ(stats.histogram()[5], 1);   // risk 10 in bin [10, 12)
    EXPECT_EQ(stats.histogram()[45], 1);  // risk 90
    EXPECT_DOUBLE_EQ(stats.rate(4, 4), 5.0 / 4);
}

TEST(MonitorStats, KeepsABoundedWindow) {
    MonitorStats stats(10, 100);
    for (int s = 0; s < 50; ++s) stats.add(batch({row(50, false, "x", "y", s)}), s);
    EXPECT_EQ(stats.buckets().size(), 10u);
    EXPECT_EQ(stats.buckets().front().second, 40);
    stats.add(batch({row(50, false)}), 1000);  // a long gap does not fill 950 buckets
    EXPECT_EQ(stats.buckets().size(), 10u);
    EXPECT_EQ(stats.buckets().back().second, 1000);
    stats.add(batch({row(50, false)}), 5);  // late: folded into the oldest bucket
    EXPECT_EQ(stats.transactions(), 52);
}

TEST(MonitorStats, LatencyPercentilesOverRecentRows) {
    MonitorStats stats(300, 1000);
    std::vector<PipelineRow> rows;
    for (int i = 1; i <= 2000; ++i) rows.push_back(row(1, false, "", "", i));
    stats.add(batch(rows), 0);
    const auto p = stats.latency();  // the last 1000: 1001..2000
    EXPECT_DOUBLE_EQ(p.p50, 1500);
    EXPECT_DOUBLE_EQ(p.p95, 1950);
    EXPECT_DOUBLE_EQ(p.p99, 1990);
    stats.clear();
    EXPECT_EQ(stats.transactions(), 0);
    EXPECT_DOUBLE_EQ(stats.latency().p99, 0.0);
}

}  // namespace
}  // namespace fd
