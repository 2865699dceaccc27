#include "review_metrics.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

namespace fd {
namespace {

constexpr std::int64_t kMsPerWeek = 7 * kMsPerDay;
// 1970-01-01 was a Thursday: weeks start on Monday, four days later.
constexpr std::int64_t kFirstMonday = 4 * kMsPerDay;
// A chart cannot show more; a window reaching further back starts at the first decision.
constexpr std::int64_t kMaxBuckets = 5000;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// The start of the hour, day or week (on the local clock) holding `t`.
std::int64_t bucket_start(std::int64_t t, std::int64_t size, std::int64_t offset) {
    const std::int64_t origin = size == kMsPerWeek ? kFirstMonday : 0;
    return floor_div(t + offset - origin, size) * size + origin - offset;
}

struct Decided {
    std::string analyst;
    std::string decision;
    std::int64_t at_ms = 0;
};

std::vector<Decided> decisions_in(Database& db, const ReviewWindow& window) {
    Statement s = db.prepare(
        "SELECT analyst, decision, decided_ms FROM labels WHERE undone_ms IS NULL AND "
        "decided_ms >= ?1 AND decided_ms < ?2 ORDER BY decided_ms, id");
    s.bind(1, window.from_ms.value_or(std::numeric_limits<std::int64_t>::min()))
        .bind(2, window.until_ms);
    std::vector<Decided> out;
    while (s.step()) out.push_back({s.column_text(0), s.column_text(1), s.column_int64(2)});
    return out;
}

struct Closed {
    bool fraud = false;
    std::int64_t created_ms = 0;
    std::int64_t due_ms = 0;
    std::int64_t decided_ms = 0;
    std::string analyst;
};

// Closed alerts with the decision in force that closed them, decided in the window.
std::vector<Closed> closed_in(Database& db, const ReviewWindow& window) {
    Statement s = db.prepare(
        "SELECT a.status, a.created_ms, a.due_ms, l.decided_ms, l.analyst FROM alerts a "
        "JOIN labels l ON l.id = (SELECT max(id) FROM labels WHERE transaction_id = "
        "a.transaction_id AND undone_ms IS NULL) "
        "WHERE a.status IN ('closed_fraud', 'closed_legit') AND l.decided_ms >= ?1 AND "
        "l.decided_ms < ?2");
    s.bind(1, window.from_ms.value_or(std::numeric_limits<std::int64_t>::min()))
        .bind(2, window.until_ms);
    std::vector<Closed> out;
    while (s.step()) {
        out.push_back({s.column_text(0) == "closed_fraud", s.column_int64(1), s.column_int64(2),
                       s.column_int64(3), s.column_text(4)});
    }
    return out;
}

void fill_buckets(ReviewMetrics& m, const ReviewWindow& window, const std::vector<Decided>& all) {
    std::optional<std::int64_t> start = window.from_ms;
    if (!all.empty() && (!start || *start < window.until_ms - kMaxBuckets * kMsPerWeek))
        start = all.front().at_ms;
    if (!start || *start >= window.until_ms) return;
    const std::int64_t span = window.until_ms - *start;
    m.bucket_ms = span <= 48 * kMsPerHour  ? kMsPerHour
                  : span <= 92 * kMsPerDay ? kMsPerDay
                                           : kMsPerWeek;
    const std::int64_t first = bucket_start(*start, m.bucket_ms, window.utc_offset_ms);
    const std::int64_t last = bucket_start(window.until_ms - 1, m.bucket_ms, window.utc_offset_ms);
    for (std::int64_t b = first; b <= last; b += m.bucket_ms) m.labels_over_time.push_back({b});
    for (const Decided& d : all) {
        if (d.decision == "escalate") continue;
        const std::int64_t b = bucket_start(d.at_ms, m.bucket_ms, window.utc_offset_ms);
        const auto index = static_cast<std::size_t>((b - first) / m.bucket_ms);
        if (b < first || index >= m.labels_over_time.size()) continue;
        LabelBucket& bucket = m.labels_over_time[index];
        ++(d.decision == "fraud" ? bucket.fraud : bucket.legit);
    }
}

}  // namespace

std::optional<std::int64_t> median_of(std::vector<std::int64_t> values) {
    if (values.empty()) return std::nullopt;
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid),
                     values.end());
    const std::int64_t upper = values[mid];
    if (values.size() % 2 == 1) return upper;
    const std::int64_t lower =
        *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid));
    return lower + (upper - lower) / 2;
}

ReviewWindow review_window(ReviewPeriod period, std::int64_t now_ms, std::int64_t utc_offset_ms) {
    ReviewWindow w;
    w.now_ms = now_ms;
    w.utc_offset_ms = utc_offset_ms;
    if (period == ReviewPeriod::Last24Hours) {
        w.until_ms = bucket_start(now_ms, kMsPerHour, utc_offset_ms) + kMsPerHour;
        w.from_ms = w.until_ms - 24 * kMsPerHour;
        return w;
    }
    w.until_ms = bucket_start(now_ms, kMsPerDay, utc_offset_ms) + kMsPerDay;
    if (period == ReviewPeriod::Last7Days) w.from_ms = w.until_ms - 7 * kMsPerDay;
    if (period == ReviewPeriod::Last30Days) w.from_ms = w.until_ms - 30 * kMsPerDay;
    return w;
}

ReviewMetrics compute_review_metrics(Database& db, std::int64_t now_ms) {
    return compute_review_metrics(db, review_window(ReviewPeriod::Last7Days, now_ms));
}

ReviewMetrics compute_review_metrics(Database& db, const ReviewWindow& window) {
    ReviewMetrics m;
    // Both reads see one snapshot, so the figures agree with each other.
    db.exec("BEGIN");
    struct EndRead {
        Database& db;
        ~EndRead() {
            try {
                db.exec("COMMIT");
            } catch (const StorageError&) {
                // A read-only transaction has nothing to lose.
            }
        }
    } end_read{db};
    const std::vector<Decided> decided = decisions_in(db, window);
    const std::vector<Closed> closed = closed_in(db, window);
    {
        Statement open = db.prepare(
            "SELECT count(*) FROM alerts WHERE status IN ('new', 'in_review', 'escalated') "
            "AND due_ms < ?1");
        open.bind(1, window.now_ms);
        open.step();
        m.open_overdue = open.column_int64(0);
    }

    std::map<std::string, AnalystMetrics> by_analyst;
    std::map<std::string, std::set<std::int64_t>> hours;
    for (const Decided& d : decided) {
        AnalystMetrics& a = by_analyst[d.analyst];
        ++a.decisions;
        ++(d.decision == "fraud" ? a.fraud : d.decision == "legit" ? a.legit : a.escalated);
        hours[d.analyst].insert(bucket_start(d.at_ms, kMsPerHour, window.utc_offset_ms));
    }
    m.decisions = static_cast<std::int64_t>(decided.size());

    std::vector<std::int64_t> waits;
    std::map<std::string, std::vector<std::int64_t>> waits_by_analyst;
    for (const Closed& c : closed) {
        ++(c.fraud ? m.closed_fraud : m.closed_legit);
        // A clock on another machine may put the decision a moment before the alert.
        const std::int64_t wait = std::max<std::int64_t>(0, c.decided_ms - c.created_ms);
        waits.push_back(wait);
        waits_by_analyst[c.analyst].push_back(wait);
        const bool late = c.decided_ms > c.due_ms;
        m.closed_late += late ? 1 : 0;
        AnalystMetrics& a = by_analyst[c.analyst];
        ++a.alerts_closed;
        a.closed_late += late ? 1 : 0;
    }
    if (const std::int64_t all = m.closed_fraud + m.closed_legit; all > 0)
        m.precision = static_cast<double>(m.closed_fraud) / static_cast<double>(all);
    m.median_to_decision_ms = median_of(std::move(waits));

    for (auto& [name, a] : by_analyst) {
        a.analyst = name;
        a.active_hours = static_cast<std::int64_t>(hours[name].size());
        if (a.active_hours > 0)
            a.per_active_hour =
                static_cast<double>(a.decisions) / static_cast<double>(a.active_hours);
        a.median_to_decision_ms = median_of(std::move(waits_by_analyst[name]));
        m.analysts.push_back(std::move(a));
    }
    std::stable_sort(
        m.analysts.begin(), m.analysts.end(),
        [](const AnalystMetrics& x, const AnalystMetrics& y) { return x.decisions > y.decisions; });
    fill_buckets(m, window, decided);
    return m;
}

}  // namespace fd
