#include "score_store.h"

#include <charconv>

#include "core/utf8.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace fd {

namespace {

// The JSON is written by hand: a live feed stores one score row per transaction, and
// building nlohmann::json objects for it cost more than inserting the row.
void append_json_string(std::string& out, std::string_view text) {
    out += '"';
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[u >> 4];
            out += kHex[u & 15];
        } else {
            out += c;
        }
    }
    out += '"';
}

// A finite number to six significant digits, else `fallback`. The figures explain a
// score (member scores, reason weights, risk points) and six digits are more than any view
// shows; the shortest round-trip form took 17 and made score rows a third larger, and score
// rows are most of what a live feed writes.
void append_json_number(std::string& out, double x, std::string_view fallback) {
    if (!std::isfinite(x)) {
        out += fallback;
        return;
    }
    char text[32];
    out.append(text, std::to_chars(text, text + sizeof text, x, std::chars_format::general, 6).ptr);
}

}  // namespace

ScoreRow make_score_row(std::int64_t transaction_id, const Verdict& v) {
    std::string reasons = "[";
    for (const auto& r : v.reasons) {
        if (reasons.size() > 1) reasons += ',';
        reasons += "{\"code\":";
        append_json_string(reasons, r.code);
        reasons += ",\"text\":";
        append_json_string(reasons, replace_invalid_utf8(r.text));
        reasons += ",\"weight\":";
        append_json_number(reasons, r.weight, "null");
        reasons += '}';
    }
    reasons += ']';
    std::string scores = "{";
    const std::pair<const char*, double> members[] = {{"iforest", v.iforest},
                                                      {"autoencoder", v.autoencoder},
                                                      {"supervised", v.supervised},
                                                      {"rules", v.rules}};
    for (const auto& [name, value] : members) {
        scores += '"';
        scores += name;
        scores += "\":";
        append_json_number(scores, value, "null");
        scores += ',';
    }
    scores += "\"risk_points\":[";
    for (std::size_t i = 0; i < v.contributions.size(); ++i) {
        if (i) scores += ',';
        append_json_number(scores, v.contributions[i], "0.0");
    }
    scores += "]}";
    return {transaction_id, v.risk, static_cast<int>(v.level), std::move(scores),
            std::move(reasons)};
}

std::optional<std::array<double, 4>> stored_risk_points(const std::string& model_scores) {
    const auto j = nlohmann::json::parse(model_scores, nullptr, false);
    if (!j.is_object() || !j.contains("risk_points")) return std::nullopt;
    const auto& points = j["risk_points"];
    if (!points.is_array() || points.size() != 4) return std::nullopt;
    std::array<double, 4> out{};
    for (std::size_t i = 0; i < 4; ++i) {
        if (!points[i].is_number()) return std::nullopt;
        out[i] = points[i].get<double>();
    }
    return out;
}

ScoreStore::ScoreStore(Database& db)
    : db_(db),
      upsert_(db.prepare(
          "INSERT INTO scores(transaction_id, model_id, risk, level, model_scores, reasons, "
          "scored_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(transaction_id, model_id) "
          "DO UPDATE SET risk = excluded.risk, level = excluded.level, model_scores = "
          "excluded.model_scores, reasons = excluded.reasons, scored_ms = excluded.scored_ms")) {}

void ScoreStore::upsert(std::int64_t model_id, std::span<const ScoreRow> rows,
                        std::int64_t scored_ms) {
    for (const ScoreRow& row : rows) {
        upsert_.reset();
        upsert_.bind(1, row.transaction_id)
            .bind(2, model_id)
            .bind(3, row.risk)
            .bind(4, row.level)
            .bind(5, row.model_scores.empty() ? std::string_view("{}") : row.model_scores)
            .bind(6, row.reasons.empty() ? std::string_view("[]") : row.reasons)
            .bind(7, scored_ms);
        upsert_.step();
    }
    upsert_.reset();
}

std::optional<ScoreRow> ScoreStore::find(std::int64_t transaction_id, std::int64_t model_id) {
    Statement query = db_.prepare(
        "SELECT risk, level, model_scores, reasons FROM scores WHERE transaction_id = ?1 AND "
        "model_id = ?2");
    query.bind(1, transaction_id).bind(2, model_id);
    if (!query.step()) return std::nullopt;
    ScoreRow row;
    row.transaction_id = transaction_id;
    row.risk = query.column_double(0);
    row.level = static_cast<int>(query.column_int64(1));
    row.model_scores = query.column_text(2);
    row.reasons = query.column_text(3);
    return row;
}

std::int64_t ScoreStore::count(std::int64_t model_id) {
    Statement query = db_.prepare("SELECT count(*) FROM scores WHERE model_id = ?1");
    query.bind(1, model_id);
    return query.step() ? query.column_int64(0) : 0;
}

}  // namespace fd
