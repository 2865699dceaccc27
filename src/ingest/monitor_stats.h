// The live monitor's figures, aggregated from published pipeline batches as they arrive so
// the charts redraw from a few hundred numbers, never from the rows: per-second buckets of
// risk and alerts, a risk histogram, alerts by category and country, reason counts and
// processing-latency percentiles.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <vector>

#include "pipeline_batch.h"

namespace fd {

struct RiskBucket {
    std::int64_t second = 0;  // seconds since the monitor started
    std::int64_t count = 0;
    std::int64_t alerts = 0;
    double risk_sum = 0.0;
    double risk_max = 0.0;
    double mean_risk() const { return count ? risk_sum / static_cast<double>(count) : 0.0; }
};

struct LatencyPercentiles {
    double p50 = 0.0, p95 = 0.0, p99 = 0.0;
};

class MonitorStats {
public:
    static constexpr int kHistogramBins = 50;  // 2 risk points each

    explicit MonitorStats(std::size_t seconds_kept = 300, std::size_t latencies_kept = 20000);

    // `second`: the wall-clock second (since the monitor started) the batch arrived in.
    void add(const PipelineBatch& batch, std::int64_t second);
    void clear();

    std::int64_t transactions() const { return transactions_; }
    std::int64_t scored() const { return scored_; }
    std::int64_t alerts() const { return alerts_; }
    double alert_rate() const;  // alerts / scored
    // Rows per second over the last `seconds` complete seconds before `now_second`.
    double rate(std::int64_t now_second, int seconds = 5) const;
    LatencyPercentiles latency() const;  // over the most recent rows

    const std::deque<RiskBucket>& buckets() const { return buckets_; }
    const std::array<std::int64_t, kHistogramBins>& histogram() const { return histogram_; }
    // The `n` largest counts, largest first (ties by name).
    std::vector<std::pair<std::string, std::int64_t>> top_categories(std::size_t n) const;
    std::vector<std::pair<std::string, std::int64_t>> top_countries(std::size_t n) const;
    std::vector<std::pair<std::string, std::int64_t>> top_reasons(std::size_t n) const;

private:
    RiskBucket& bucket_for(std::int64_t second);

    std::size_t seconds_kept_;
    std::size_t latencies_kept_;
    std::int64_t transactions_ = 0;
    std::int64_t scored_ = 0;
    std::int64_t alerts_ = 0;
    std::deque<RiskBucket> buckets_;
    std::array<std::int64_t, kHistogramBins> histogram_{};
    std::map<std::string, std::int64_t> alerts_by_category_;
    std::map<std::string, std::int64_t> alerts_by_country_;
    std::map<std::string, std::int64_t> reasons_;
    std::deque<double> latencies_;
};

}  // namespace fd
