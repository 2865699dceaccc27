#include "report_data.h"

#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>

#include "core/engine/risk.h"
#include "core/features/feature_engine.h"
#include "read_snapshot.h"
#include "storage/model_store.h"

namespace fd::report {
namespace {

constexpr std::int64_t kMsPerWeek = 7 * kMsPerDay;
constexpr std::int64_t kFirstMonday = 4 * kMsPerDay;  // 1970-01-01 was a Thursday
constexpr std::int64_t kMaxBuckets = 2000;            // more would not fit a chart's width

// The period's bounds as SQL parameters ?1 and ?2 (open ends: the whole int64 range).
struct Range {
    std::int64_t from, until;
};

Range range_of(const Period& p) {
    return {p.from_ms.value_or(std::numeric_limits<std::int64_t>::min()),
            p.until_ms.value_or(std::numeric_limits<std::int64_t>::max())};
}

constexpr const char* kInRange = "t.ts_ms >= ?1 AND t.ts_ms < ?2";

// Binds the range to ?1 and ?2 and, with `with_model`, the model (or NULL) to ?3.
Statement prepare(Database& db, const std::string& sql, const Range& r, bool with_model = false,
                  std::optional<std::int64_t> model = std::nullopt) {
    Statement s = db.prepare(sql);
    s.bind(1, r.from).bind(2, r.until);
    if (model) {
        s.bind(3, *model);
    } else if (with_model) {
        s.bind_null(3);
    }
    return s;
}

void read_volume(Database& db, const Range& r, PeriodData& d) {
    Statement s = prepare(db,
                          "SELECT t.currency, count(*), sum(t.amount_minor), min(t.ts_ms), "
                          "max(t.ts_ms) FROM transactions t WHERE " +
                              std::string(kInRange) +
                              " GROUP BY t.currency ORDER BY count(*) DESC, "
                              "t.currency",
                          r);
    while (s.step()) {
        d.volume.push_back({s.column_text(0), s.column_int64(1), s.column_int64(2)});
        d.transactions += s.column_int64(1);
        d.first_ms = std::min(d.first_ms.value_or(s.column_int64(3)), s.column_int64(3));
        d.last_ms = std::max(d.last_ms.value_or(s.column_int64(4)), s.column_int64(4));
    }
}

void read_alerts(Database& db, const Range& r, std::optional<std::int64_t> model, PeriodData& d) {
    {
        Statement s = prepare(db,
                              "SELECT count(*), sum(a.status IN ('new', 'in_review', "
                              "'escalated')), sum(a.status = 'closed_fraud'), sum(a.status = "
                              "'closed_legit'), sum(t.label IS NOT NULL), sum(t.label = 1) FROM "
                              "alerts a JOIN transactions t ON t.id = a.transaction_id WHERE " +
                                  std::string(kInRange) + "",
                              r);
        s.step();
        d.alerts = s.column_int64(0);
        d.alerts_open = s.column_int64(1);
        d.alerts_closed_fraud = s.column_int64(2);
        d.alerts_closed_legit = s.column_int64(3);
        d.labelled_alerts = s.column_int64(4);
        d.labelled_alerts_fraud = s.column_int64(5);
        if (d.labelled_alerts > 0)
            d.alert_precision = static_cast<double>(d.labelled_alerts_fraud) /
                                static_cast<double>(d.labelled_alerts);
    }
    // The level of the score that alerted; without one, the default levels for its risk (as
    // the review queue shows it).
    const RiskLevels levels;
    Statement s = prepare(
        db,
        "SELECT coalesce(s.level, CASE WHEN a.risk >= ?4 THEN 3 WHEN a.risk >= ?5 THEN 2 WHEN "
        "a.risk >= ?6 THEN 1 ELSE 0 END) AS lv, count(*) FROM alerts a JOIN transactions t ON "
        "t.id = a.transaction_id LEFT JOIN scores s ON s.transaction_id = a.transaction_id AND "
        "s.model_id = coalesce(a.model_id, ?3) WHERE " +
            std::string(kInRange) + " GROUP BY lv",
        r, true, model);
    s.bind(4, levels.critical).bind(5, levels.high).bind(6, levels.medium);
    while (s.step())
        d.alerts_by_level[static_cast<std::size_t>(
            std::clamp<std::int64_t>(s.column_int64(0), 0, 3))] += s.column_int64(1);
}

void read_fraud(Database& db, const Range& r, PeriodData& d) {
    Statement s = prepare(db,
                          "SELECT t.currency, count(*), sum(t.amount_minor), sum(EXISTS (SELECT 1 "
                          "FROM alerts a WHERE a.transaction_id = t.id)) FROM transactions t "
                          "WHERE t.label = 1 AND " +
                              std::string(kInRange) +
                              " GROUP BY t.currency ORDER BY count(*) DESC, "
                              "t.currency",
                          r);
    while (s.step()) {
        d.fraud_amount.push_back({s.column_text(0), s.column_int64(1), s.column_int64(2)});
        d.fraud += s.column_int64(1);
        d.fraud_alerted += s.column_int64(3);
    }
    if (d.fraud > 0)
        d.fraud_caught = static_cast<double>(d.fraud_alerted) / static_cast<double>(d.fraud);
}

void read_reasons(Database& db, const Range& r, std::optional<std::int64_t> model, PeriodData& d) {
    // Reasons are stored as a JSON array of {"code", "text", "weight"}; anything else in
    // the column (an older or damaged row) is skipped, not an error.
    Statement s = prepare(
        db,
        "SELECT json_extract(r.value, '$.code') AS code, count(*) AS n, json_extract(r.value, "
        "'$.text'), max(a.risk) FROM alerts a JOIN transactions t ON t.id = a.transaction_id "
        "JOIN scores s ON s.transaction_id = a.transaction_id AND s.model_id = "
        "coalesce(a.model_id, ?3), json_each(CASE WHEN json_valid(s.reasons) AND "
        "json_type(s.reasons) = 'array' THEN s.reasons ELSE '[]' END) r WHERE " +
            std::string(kInRange) +
            " AND r.type = 'object' AND json_type(r.value, '$.code') = 'text' GROUP BY code "
            "ORDER BY n DESC, code LIMIT ?4",
        r, true, model);
    s.bind(4, static_cast<std::int64_t>(kTopRows));
    while (s.step()) {
        ReasonCount c;
        c.code = s.column_text(0);
        c.alerts = s.column_int64(1);
        c.example = s.column_text(2);  // from the row with the highest risk (SQLite's max())
        if (c.code.rfind("feature:", 0) == 0) {
            if (const auto i = FeatureEngine::index_of(c.code.substr(8)))
                c.sentence = FeatureEngine::registry()[*i].sentence;
        }
        d.top_reasons.push_back(std::move(c));
    }
}

std::vector<Ranked> read_ranked(Database& db, const Range& r, const std::string& key,
                                const std::string& detail) {
    Statement s = prepare(db,
                          "SELECT " + key + " AS k, " + detail +
                              ", count(*), count(a.id), sum(t.label = 1) FROM transactions t "
                              "LEFT JOIN alerts a ON a.transaction_id = t.id WHERE " +
                              std::string(kInRange) +
                              " GROUP BY k HAVING count(a.id) > 0 ORDER BY "
                              "count(a.id) DESC, sum(t.label = 1) DESC, k LIMIT ?4",
                          r);
    s.bind(4, static_cast<std::int64_t>(kTopRows));
    std::vector<Ranked> out;
    while (s.step())
        out.push_back({s.column_text(0), s.column_text(1), s.column_int64(2), s.column_int64(3),
                       s.column_int64(4)});
    return out;
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

void read_over_time(Database& db, const Range& r, std::optional<std::int64_t> model,
                    PeriodData& d) {
    if (!d.first_ms) return;
    // An open end stops at the data; so does a bound so far away the chart would be a line.
    std::int64_t start = d.period.from_ms.value_or(*d.first_ms);
    std::int64_t end = d.period.until_ms.value_or(*d.last_ms + 1);
    if (end - start > kMaxBuckets * kMsPerWeek) {
        start = *d.first_ms;
        end = *d.last_ms + 1;
    }
    d.bucket_ms = bucket_size_for(end - start);
    while ((end - start) / d.bucket_ms > kMaxBuckets) d.bucket_ms += kMsPerWeek;
    const std::int64_t origin = d.bucket_ms % kMsPerWeek == 0 ? kFirstMonday : 0;
    const std::int64_t shift = d.period.utc_offset_ms - origin;
    const std::int64_t first = floor_div(start + shift, d.bucket_ms);
    const std::int64_t last = floor_div(end - 1 + shift, d.bucket_ms);
    for (std::int64_t b = first; b <= last; ++b)
        d.over_time.push_back({b * d.bucket_ms - shift, 0, 0, 0, 0.0});
    Statement s = prepare(db,
                          "SELECT ((t.ts_ms + ?5) - (((t.ts_ms + ?5) % ?4) + ?4) % ?4) / ?4 AS b, "
                          "count(*), count(s.risk), avg(s.risk), count(a.id) FROM transactions t "
                          "LEFT JOIN scores s ON s.transaction_id = t.id AND s.model_id = ?3 "
                          "LEFT JOIN alerts a ON a.transaction_id = t.id WHERE " +
                              std::string(kInRange) + " GROUP BY b",
                          r, true, model);
    s.bind(4, d.bucket_ms).bind(5, shift);
    while (s.step()) {
        const std::int64_t b = s.column_int64(0);
        if (b < first || b > last) continue;
        TimeBucket& bucket = d.over_time[static_cast<std::size_t>(b - first)];
        bucket.transactions = s.column_int64(1);
        bucket.scored = s.column_int64(2);
        bucket.mean_risk = s.column_is_null(3) ? 0.0 : s.column_double(3);
        bucket.alerts = s.column_int64(4);
    }
}

void read_scores(Database& db, const Range& r, std::optional<std::int64_t> model, PeriodData& d) {
    if (!model) return;
    // CROSS JOIN keeps the transactions (by time) outside: driven from the scores' (model,
    // risk) index, SQLite looks up every scored row's transaction, 5x slower at 100k rows.
    Statement s = prepare(db,
                          "SELECT min(?4 - 1, max(0, CAST(s.risk / 2 AS INTEGER))) AS bin, "
                          "count(*) FROM transactions t CROSS JOIN scores s ON s.transaction_id = "
                          "t.id AND s.model_id = ?3 WHERE " +
                              std::string(kInRange) + " GROUP BY bin",
                          r, true, model);
    s.bind(4, static_cast<std::int64_t>(kHistogramBins));
    while (s.step()) {
        d.risk_histogram[static_cast<std::size_t>(s.column_int64(0))] = s.column_int64(1);
        d.scored += s.column_int64(1);
    }
}

std::optional<ModelInfo> read_model(Database& db, std::int64_t id) {
    ModelStore store(db);
    const auto record = store.find(id);
    if (!record) return std::nullopt;
    ModelInfo m;
    m.id = record->id;
    m.active = record->active;
    m.kind = record->kind;
    m.name = record->name;
    m.created_ms = record->created_ms;
    const auto header = nlohmann::json::parse(record->header, nullptr, false);
    if (header.is_object()) {
        if (const auto t = header.find("alert_threshold"); t != header.end() && t->is_number())
            m.alert_threshold = t->get<double>();
        if (const auto t = header.find("training"); t != header.end() && t->is_object()) {
            const auto count = [&](const char* key) {
                const auto v = t->find(key);
                return v != t->end() && v->is_number() ? v->get<std::int64_t>() : 0;
            };
            m.trained_rows = count("rows");
            m.fraud_labels = count("fraud_labels");
            m.legit_labels = count("legit_labels");
        }
        if (const auto t = header.find("metrics"); t != header.end() && t->is_object())
            for (const auto& [key, value] : t->items())
                if (value.is_number()) m.metrics[key] = value.get<double>();
    }
    if (const auto report = store.latest_evaluation(m.id)) {
        try {
            m.evaluation = Comparison::from_json(nlohmann::json::parse(*report));
        } catch (const nlohmann::json::exception&) {
            // An unreadable comparison loses its figures, not the report.
        }
    }
    return m;
}

}  // namespace

std::int64_t bucket_size_for(std::int64_t span_ms) {
    return span_ms <= 72 * kMsPerHour   ? kMsPerHour
           : span_ms <= 120 * kMsPerDay ? kMsPerDay
                                        : kMsPerWeek;
}

PeriodData gather_period(Database& db, const Period& period) {
    PeriodData d;
    d.period = period;
    {
        // The review metrics read in a transaction of their own, so they come first. An open
        // end reaches now (decisions are made on the wall clock) or the newest transaction.
        ReviewWindow window;
        window.from_ms = period.from_ms;
        window.now_ms = period.now_ms;
        window.utc_offset_ms = period.utc_offset_ms;
        window.until_ms = period.until_ms.value_or(
            std::max(period.now_ms, db.query_int64("SELECT coalesce(max(decided_ms), 0) FROM "
                                                   "labels")) +
            1);
        d.review = compute_review_metrics(db, window);
    }
    const Range r = range_of(period);
    ReadSnapshot snapshot(db);
    std::optional<std::int64_t> model;
    if (Statement s = db.prepare("SELECT id FROM models WHERE active = 1"); s.step())
        model = s.column_int64(0);
    else if (Statement newest = db.prepare("SELECT max(model_id) FROM scores");
             newest.step() && !newest.column_is_null(0))
        model = newest.column_int64(0);
    read_volume(db, r, d);
    read_alerts(db, r, model, d);
    read_fraud(db, r, d);
    read_reasons(db, r, model, d);
    d.top_merchants = read_ranked(db, r, "t.merchant_id", "max(t.merchant_category)");
    d.top_countries = read_ranked(db, r, "upper(t.country)", "''");
    read_over_time(db, r, model, d);
    read_scores(db, r, model, d);
    if (model) d.model = read_model(db, *model);
    return d;
}

}  // namespace fd::report
