#include "metrics.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <stdexcept>
#include <unordered_map>

namespace fd {
namespace {

void check_sizes(std::size_t scores, std::size_t labels) {
    if (scores != labels) throw std::invalid_argument("metrics need one label per score");
}

// Row indexes by score, highest first; ties keep input order.
std::vector<std::size_t> descending(std::span<const double> scores) {
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    return order;
}

// Cumulative (fp, tp) at each distinct threshold, highest first (sklearn's
// _binary_clf_curve).
struct Steps {
    std::vector<double> fps, tps, thresholds;
};
Steps binary_steps(std::span<const double> scores, std::span<const std::uint8_t> labels) {
    const auto order = descending(scores);
    Steps steps;
    double tp = 0, fp = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::size_t row = order[i];
        if (labels[row])
            tp += 1;
        else
            fp += 1;
        const bool last_of_tie = i + 1 == order.size() || scores[order[i + 1]] != scores[row];
        if (last_of_tie) {
            steps.tps.push_back(tp);
            steps.fps.push_back(fp);
            steps.thresholds.push_back(scores[row]);
        }
    }
    return steps;
}

std::size_t positives(std::span<const std::uint8_t> labels) {
    return static_cast<std::size_t>(
        std::count_if(labels.begin(), labels.end(), [](auto l) { return l != 0; }));
}

}  // namespace

std::optional<double> roc_auc(std::span<const double> scores,
                              std::span<const std::uint8_t> labels) {
    check_sizes(scores.size(), labels.size());
    const double pos = static_cast<double>(positives(labels));
    const double neg = static_cast<double>(labels.size()) - pos;
    if (pos == 0 || neg == 0) return std::nullopt;
    // Mann-Whitney U with average ranks for ties.
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return scores[a] < scores[b]; });
    double rank_sum = 0;
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j < order.size() && scores[order[j]] == scores[order[i]]) ++j;
        const double average_rank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        for (std::size_t k = i; k < j; ++k)
            if (labels[order[k]]) rank_sum += average_rank;
        i = j;
    }
    return (rank_sum - pos * (pos + 1) / 2.0) / (pos * neg);
}

std::optional<double> average_precision(std::span<const double> scores,
                                        std::span<const std::uint8_t> labels) {
    check_sizes(scores.size(), labels.size());
    const double pos = static_cast<double>(positives(labels));
    if (pos == 0) return std::nullopt;
    const auto steps = binary_steps(scores, labels);
    double ap = 0, previous_recall = 0;
    for (std::size_t i = 0; i < steps.tps.size(); ++i) {
        const double recall = steps.tps[i] / pos;
        const double precision = steps.tps[i] / (steps.tps[i] + steps.fps[i]);
        ap += (recall - previous_recall) * precision;
        previous_recall = recall;
    }
    return ap;
}

double precision_at_k(std::span<const double> scores, std::span<const std::uint8_t> labels,
                      std::size_t k) {
    check_sizes(scores.size(), labels.size());
    const auto order = descending(scores);
    k = std::min(k, order.size());
    if (k == 0) return 0.0;
    std::size_t hits = 0;
    for (std::size_t i = 0; i < k; ++i) hits += labels[order[i]] != 0;
    return static_cast<double>(hits) / static_cast<double>(k);
}

double recall_at_k(std::span<const double> scores, std::span<const std::uint8_t> labels,
                   std::size_t k) {
    check_sizes(scores.size(), labels.size());
    const auto pos = positives(labels);
    if (pos == 0) return 0.0;
    const auto order = descending(scores);
    k = std::min(k, order.size());
    std::size_t hits = 0;
    for (std::size_t i = 0; i < k; ++i) hits += labels[order[i]] != 0;
    return static_cast<double>(hits) / static_cast<double>(pos);
}

double card_precision_at_k_per_day(std::span<const double> scores,
                                   std::span<const std::uint8_t> labels,
                                   std::span<const std::int64_t> timestamps_ms,
                                   std::span<const std::string> cards, std::size_t k) {
    check_sizes(scores.size(), labels.size());
    if (timestamps_ms.size() != scores.size() || cards.size() != scores.size())
        throw std::invalid_argument("card precision needs a time and a card per score");
    if (k == 0 || scores.empty()) return 0.0;
    struct CardDay {
        double max_score = -INFINITY;
        bool fraud = false;
    };
    constexpr std::int64_t kDayMs = 86'400'000;
    std::map<std::int64_t, std::unordered_map<std::string, CardDay>> days;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const std::int64_t day = timestamps_ms[i] >= 0 ? timestamps_ms[i] / kDayMs
                                                       : -((-timestamps_ms[i] - 1) / kDayMs) - 1;
        CardDay& entry = days[day][cards[i]];
        entry.max_score = std::max(entry.max_score, scores[i]);
        entry.fraud = entry.fraud || labels[i] != 0;
    }
    double sum = 0;
    for (auto& [day, by_card] : days) {
        std::vector<std::pair<std::string, CardDay>> ranked(by_card.begin(), by_card.end());
        // Ties by card id, so the result does not depend on hash order.
        std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
            if (a.second.max_score != b.second.max_score)
                return a.second.max_score > b.second.max_score;
            return a.first < b.first;
        });
        const std::size_t top = std::min(k, ranked.size());
        std::size_t hits = 0;
        for (std::size_t i = 0; i < top; ++i) hits += ranked[i].second.fraud;
        // As in the handbook: divided by k even on a day with fewer cards.
        sum += static_cast<double>(hits) / static_cast<double>(k);
    }
    return sum / static_cast<double>(days.size());
}

double Confusion::precision() const {
    return tp + fp == 0 ? 0.0 : static_cast<double>(tp) / static_cast<double>(tp + fp);
}
double Confusion::recall() const {
    return tp + fn == 0 ? 0.0 : static_cast<double>(tp) / static_cast<double>(tp + fn);
}
double Confusion::f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

Confusion confusion_at(std::span<const double> scores, std::span<const std::uint8_t> labels,
                       double threshold) {
    check_sizes(scores.size(), labels.size());
    Confusion c;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const bool alert = scores[i] >= threshold;
        if (labels[i])
            (alert ? c.tp : c.fn) += 1;
        else
            (alert ? c.fp : c.tn) += 1;
    }
    return c;
}

std::vector<CurvePoint> roc_curve(std::span<const double> scores,
                                  std::span<const std::uint8_t> labels) {
    check_sizes(scores.size(), labels.size());
    const auto s = binary_steps(scores, labels);
    std::vector<CurvePoint> points;
    if (s.tps.empty()) return points;
    const double pos = s.tps.back(), neg = s.fps.back();
    // drop_intermediate: keep a point only where the curve changes direction.
    std::vector<std::size_t> keep;
    for (std::size_t i = 0; i < s.tps.size(); ++i) {
        const bool first = i == 0, last = i + 1 == s.tps.size();
        if (first || last) {
            keep.push_back(i);
            continue;
        }
        const double second_fps = s.fps[i + 1] - 2 * s.fps[i] + s.fps[i - 1];
        const double second_tps = s.tps[i + 1] - 2 * s.tps[i] + s.tps[i - 1];
        if (second_fps != 0 || second_tps != 0) keep.push_back(i);
    }
    points.push_back({0.0, 0.0, INFINITY});
    for (std::size_t i : keep) {
        points.push_back(
            {neg > 0 ? s.fps[i] / neg : NAN, pos > 0 ? s.tps[i] / pos : NAN, s.thresholds[i]});
    }
    return points;
}

std::vector<CurvePoint> pr_curve(std::span<const double> scores,
                                 std::span<const std::uint8_t> labels) {
    check_sizes(scores.size(), labels.size());
    const auto s = binary_steps(scores, labels);
    std::vector<CurvePoint> points;
    if (s.tps.empty()) return points;
    const double pos = s.tps.back();
    // Every threshold, lowest first, as scikit-learn since 1.1 (it no longer stops at
    // full recall).
    for (std::size_t i = s.tps.size(); i-- > 0;) {
        const double precision = s.tps[i] / (s.tps[i] + s.fps[i]);
        points.push_back({pos > 0 ? s.tps[i] / pos : NAN, precision, s.thresholds[i]});
    }
    points.push_back({0.0, 1.0, INFINITY});
    return points;
}

std::vector<CurvePoint> decimate(const std::vector<CurvePoint>& points, std::size_t max_points) {
    if (points.size() <= max_points || max_points < 3) return points;
    // Turning of the curve at each inner point: how far it lies from the chord of its
    // neighbours. Keep the largest ones.
    std::vector<std::pair<double, std::size_t>> turning;
    for (std::size_t i = 1; i + 1 < points.size(); ++i) {
        const auto& a = points[i - 1];
        const auto& b = points[i];
        const auto& c = points[i + 1];
        const double area = std::abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y));
        turning.push_back({area, i});
    }
    std::stable_sort(turning.begin(), turning.end(),
                     [](const auto& l, const auto& r) { return l.first > r.first; });
    std::vector<std::size_t> keep = {0, points.size() - 1};
    for (std::size_t i = 0; i < max_points - 2 && i < turning.size(); ++i)
        keep.push_back(turning[i].second);
    std::sort(keep.begin(), keep.end());
    std::vector<CurvePoint> out;
    for (std::size_t i : keep) out.push_back(points[i]);
    return out;
}

TimeSplit time_split(std::span<const std::int64_t> sorted, std::int64_t train_end_ms,
                     std::int64_t test_start_ms, std::int64_t until_ms) {
    if (!std::is_sorted(sorted.begin(), sorted.end()))
        throw std::invalid_argument("time_split needs timestamps in time order");
    if (train_end_ms > test_start_ms || test_start_ms > until_ms)
        throw std::invalid_argument("time_split needs train end <= test start <= until");
    const auto index = [&](std::int64_t t) {
        return static_cast<std::size_t>(std::lower_bound(sorted.begin(), sorted.end(), t) -
                                        sorted.begin());
    };
    return {0, index(train_end_ms), index(test_start_ms), index(until_ms)};
}

}  // namespace fd
