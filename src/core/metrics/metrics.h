// Evaluation metrics for fraud scores (higher = more suspicious) against 0/1 labels, with
// the same conventions as scikit-learn where it has the metric: tied scores form one step.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace fd {

// ROC AUC: the probability that a random fraud outscores a random legit row, ties counting
// half (sklearn's roc_auc_score). Empty when either class is missing.
std::optional<double> roc_auc(std::span<const double> scores, std::span<const std::uint8_t> labels);

// Average precision as sklearn's average_precision_score: sum over distinct thresholds of
// (recall gain) x precision, no interpolation. Empty without any fraud.
std::optional<double> average_precision(std::span<const double> scores,
                                        std::span<const std::uint8_t> labels);

// Among the k highest scores (ties broken by input order: earlier first).
double precision_at_k(std::span<const double> scores, std::span<const std::uint8_t> labels,
                      std::size_t k);
double recall_at_k(std::span<const double> scores, std::span<const std::uint8_t> labels,
                   std::size_t k);

// Card precision@k per day: for each UTC day, the day's cards ranked by their highest score,
// the share of the top k cards with a fraud that day; averaged over the days. A card counts
// once per day. (The "Reproducible ML for credit card fraud detection" handbook's CP@k.)
double card_precision_at_k_per_day(std::span<const double> scores,
                                   std::span<const std::uint8_t> labels,
                                   std::span<const std::int64_t> timestamps_ms,
                                   std::span<const std::string> cards, std::size_t k);

struct Confusion {
    std::int64_t tp = 0, fp = 0, tn = 0, fn = 0;
    double precision() const;  // 0 when nothing alerted
    double recall() const;     // 0 without fraud
    double f1() const;
};
// A score at or above the threshold alerts.
Confusion confusion_at(std::span<const double> scores, std::span<const std::uint8_t> labels,
                       double threshold);

struct CurvePoint {
    double x = 0, y = 0, threshold = 0;
};
// sklearn's roc_curve with drop_intermediate: (fpr, tpr), starting at (0, 0).
std::vector<CurvePoint> roc_curve(std::span<const double> scores,
                                  std::span<const std::uint8_t> labels);
// sklearn's precision_recall_curve: (recall, precision), ending at recall 0, precision 1.
std::vector<CurvePoint> pr_curve(std::span<const double> scores,
                                 std::span<const std::uint8_t> labels);
// At most `max_points` points for a chart: keeps the first and last, then the points where
// the curve turns most (largest change of direction), in their original order.
std::vector<CurvePoint> decimate(const std::vector<CurvePoint>& points, std::size_t max_points);

// Index ranges of a time-ordered split: train [from, train_end), a delay gap, test
// [test_start, until), all as row indexes into sorted timestamps. Throws std::invalid_argument
// when the timestamps are not sorted or the times are out of order.
struct TimeSplit {
    std::size_t train_begin = 0, train_end = 0, test_begin = 0, test_end = 0;
};
TimeSplit time_split(std::span<const std::int64_t> sorted_timestamps_ms, std::int64_t train_end_ms,
                     std::int64_t test_start_ms, std::int64_t until_ms);

}  // namespace fd
