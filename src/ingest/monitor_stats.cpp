#include "monitor_stats.h"

#include <algorithm>
#include <cmath>

namespace fd {
namespace {

std::vector<std::pair<std::string, std::int64_t>> top(const std::map<std::string, std::int64_t>& m,
                                                      std::size_t n) {
    std::vector<std::pair<std::string, std::int64_t>> out(m.begin(), m.end());
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    if (out.size() > n) out.resize(n);
    return out;
}

double percentile(std::vector<double>& sorted, double p) {
    if (sorted.empty()) return 0.0;
    const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

}  // namespace

MonitorStats::MonitorStats(std::size_t seconds_kept, std::size_t latencies_kept)
    : seconds_kept_(std::max<std::size_t>(seconds_kept, 1)),
      latencies_kept_(std::max<std::size_t>(latencies_kept, 1)) {}

void MonitorStats::clear() {
    *this = MonitorStats(seconds_kept_, latencies_kept_);
}

RiskBucket& MonitorStats::bucket_for(std::int64_t second) {
    // Seconds without data get empty buckets, so the chart's time axis has no gaps.
    if (buckets_.empty() || second > buckets_.back().second) {
        std::int64_t next = buckets_.empty() ? second : buckets_.back().second + 1;
        next = std::max(next, second - static_cast<std::int64_t>(seconds_kept_) + 1);
        for (; next <= second; ++next) buckets_.push_back(RiskBucket{next});
        while (buckets_.size() > seconds_kept_) buckets_.pop_front();
        return buckets_.back();
    }
    if (second < buckets_.front().second) return buckets_.front();  // too old: fold in
    return buckets_[static_cast<std::size_t>(second - buckets_.front().second)];
}

void MonitorStats::add(const PipelineBatch& batch, std::int64_t second) {
    if (batch.rows.empty()) return;
    RiskBucket& bucket = bucket_for(second);
    for (const PipelineRow& row : batch.rows) {
        ++transactions_;
        ++bucket.count;
        latencies_.push_back(row.latency_ms);
        if (row.risk < 0.0) continue;  // stored without a model
        ++scored_;
        bucket.risk_sum += row.risk;
        bucket.risk_max = std::max(bucket.risk_max, row.risk);
        const int bin = std::clamp(static_cast<int>(row.risk / (100.0 / kHistogramBins)), 0,
                                   kHistogramBins - 1);
        ++histogram_[static_cast<std::size_t>(bin)];
        if (!row.alert) continue;
        ++alerts_;
        ++bucket.alerts;
        ++alerts_by_category_[row.merchant_category.empty() ? "?" : row.merchant_category];
        ++alerts_by_country_[row.country.empty() ? "?" : row.country];
        for (const auto& code : row.reason_codes) ++reasons_[code];
    }
    while (latencies_.size() > latencies_kept_) latencies_.pop_front();
}

double MonitorStats::alert_rate() const {
    return scored_ ? static_cast<double>(alerts_) / static_cast<double>(scored_) : 0.0;
}

double MonitorStats::rate(std::int64_t now_second, int seconds) const {
    if (seconds <= 0) return 0.0;
    std::int64_t rows = 0;
    for (const RiskBucket& b : buckets_)
        if (b.second < now_second && b.second >= now_second - seconds) rows += b.count;
    return static_cast<double>(rows) / seconds;
}

LatencyPercentiles MonitorStats::latency() const {
    std::vector<double> sorted(latencies_.begin(), latencies_.end());
    std::sort(sorted.begin(), sorted.end());
    return {percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99)};
}

std::vector<std::pair<std::string, std::int64_t>> MonitorStats::top_categories(
    std::size_t n) const {
    return top(alerts_by_category_, n);
}

std::vector<std::pair<std::string, std::int64_t>> MonitorStats::top_countries(std::size_t n) const {
    return top(alerts_by_country_, n);
}

std::vector<std::pair<std::string, std::int64_t>> MonitorStats::top_reasons(std::size_t n) const {
    return top(reasons_, n);
}

}  // namespace fd
