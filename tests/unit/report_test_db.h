// A hand-built database whose report figures are known, shared by the report tests (data,
// HTML/PDF output, CLI). Hostile text on purpose: a merchant and an analyst with markup,
// quotes and ampersands, a card id that is a full PAN, a note that quotes it.
//
// The period [kDay0, kDay0 + 48 h) holds rows a0..a5; b0 and b1 lie just outside.
//   row  card   merchant  country amount      label  risk  alert  reasons
//   a0   PAN    evil      DE      100.00 EUR  fraud  80    yes    ratio, rule:night_online
//   a1   PAN    evil      DE      250.00 EUR  fraud  90    yes    ratio, count_10m
//   a2   PAN    M2        FR       40.00 EUR  -      60    yes    count_10m, ratio
//   a3   card-b M2        FR       50.00 USD  legit  55    yes    (not JSON)
//   a4   card-c M3        us        7.00 USD  -      10    no
//   a5   card-c M3        US       15.00 EUR  fraud  -     no
// Decisions: ada fraud on a0 (+10 h), bob legit on a3 (+11 h), bob escalates a2 (+12 h);
// the hostile analyst notes a0 (+13 h) quoting the PAN with spaces.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "storage/alert_store.h"
#include "storage/decision_store.h"
#include "storage/model_store.h"
#include "storage/score_store.h"
#include "storage/transaction_store.h"

namespace fd::test {

inline constexpr std::int64_t kHourMs = 3'600'000;
inline constexpr std::int64_t kDay0 = 1'749'945'600'000;  // 2025-06-15 00:00 UTC
inline constexpr std::int64_t kReportNow = kDay0 + 47 * kHourMs;
inline constexpr const char* kPan = "4111111111111111";
inline const std::string kEvilMerchant = "Evil <script>alert(1)</script> & \"Co\"";
inline const std::string kEvilAnalyst = "carol \"<b>\" & co";
inline const std::string kPanNote = "customer read card 4111 1111 1111 1111 to me";

inline std::int64_t row_id(Database& db, const std::string& ext_id) {
    Statement s = db.prepare("SELECT id FROM transactions WHERE ext_id = ?1");
    s.bind(1, ext_id);
    return s.step() ? s.column_int64(0) : 0;
}

inline std::int64_t alert_id(Database& db, const std::string& ext_id) {
    Statement s = db.prepare(
        "SELECT a.id FROM alerts a JOIN transactions t ON t.id = a.transaction_id WHERE "
        "t.ext_id = ?1");
    s.bind(1, ext_id);
    return s.step() ? s.column_int64(0) : 0;
}

inline void build_report_db(Database& db) {
    struct Row {
        const char* id;
        std::int64_t at_h;
        std::string card, merchant;
        const char* country;
        std::int64_t minor;
        const char* currency;
        Label label;
    };
    const std::vector<Row> spec = {
        {"a0", 1, kPan, kEvilMerchant, "DE", 10000, "EUR", Label::Fraud},
        {"a1", 2, kPan, kEvilMerchant, "DE", 25000, "EUR", Label::Fraud},
        {"a2", 3, kPan, "M2", "FR", 4000, "EUR", Label::Unknown},
        {"a3", 5, "card-b", "M2", "FR", 5000, "USD", Label::Legit},
        {"a4", 26, "card-c", "M3", "us", 700, "USD", Label::Unknown},
        {"a5", 30, "card-c", "M3", "US", 1500, "EUR", Label::Fraud},
        {"b0", -1, "card-d", "M9", "GB", 99999, "EUR", Label::Fraud},
        {"b1", 48, "card-d", "M9", "GB", 88888, "EUR", Label::Fraud},
    };
    std::vector<Transaction> rows;
    for (const Row& r : spec) {
        Transaction t;
        t.id = r.id;
        t.timestamp_ms = kDay0 + r.at_h * kHourMs;
        t.card_id = r.card;
        t.merchant_id = r.merchant;
        t.merchant_category = "5411";
        t.country = r.country;
        t.city = "Springfield";
        t.channel = "online";
        t.amount_minor = r.minor;
        t.currency = r.currency;
        t.label = r.label;
        rows.push_back(t);
    }
    TransactionStore(db).insert(rows);

    const nlohmann::json header = {
        {"alert_threshold", 50.0},
        {"training", {{"rows", 1000}, {"fraud_labels", 10}, {"legit_labels", 990}}},
        {"metrics", {{"training_ap", 0.5}}}};
    ModelStore models(db);
    const std::vector<std::uint8_t> bundle = {1, 2, 3};
    const std::int64_t model =
        models.add("ensemble", "test model", kDay0 - 24 * kHourMs, header.dump(), bundle);
    models.activate(model);

    const auto reason = [](const std::string& code, const std::string& text) {
        return nlohmann::json{{"code", code}, {"text", text}, {"weight", 1.0}};
    };
    const std::string ratio = "feature:card_amount_ratio_30d", count = "feature:card_count_10m";
    const std::vector<ScoreRow> scores = {
        {row_id(db, "a0"), 80, 3, "{}",
         nlohmann::json{reason(ratio, "Amount 100.00 EUR is 4x this card's 30-day average"),
                        reason("rule:night_online", "Rule: night online")}
             .dump()},
        {row_id(db, "a1"), 90, 3, "{}",
         nlohmann::json{reason(ratio, "Amount 250.00 EUR is 9x this card's 30-day average"),
                        reason(count, "3 transactions on this card within 10 minutes")}
             .dump()},
        {row_id(db, "a2"), 60, 2, "{}",
         nlohmann::json{reason(count, "4 transactions on this card within 10 minutes"),
                        reason(ratio, "Amount 40.00 EUR is 2x this card's 30-day average")}
             .dump()},
        {row_id(db, "a3"), 55, 2, "{}", "not json"},
        {row_id(db, "a4"), 10, 0, "{}", "[]"},
    };
    ScoreStore(db).upsert(model, scores, kDay0 + 6 * kHourMs);
    std::vector<NewAlert> alerts;
    for (const char* id : {"a0", "a1", "a2", "a3"}) {
        const auto& s = scores[static_cast<std::size_t>(id[1] - '0')];
        alerts.push_back(
            {row_id(db, id), model, std::string(id[1] == '3' ? "card-b" : kPan), s.risk, 100.0});
    }
    AlertStore(db).create(alerts, kDay0 + 6 * kHourMs);

    DecisionStore decisions(db);
    decisions.decide(row_id(db, "a0"), Decision::Fraud, "ada", "", kDay0 + 10 * kHourMs);
    decisions.decide(row_id(db, "a3"), Decision::Legit, "bob", "looks fine", kDay0 + 11 * kHourMs);
    decisions.decide(row_id(db, "a2"), Decision::Escalate, "bob", "", kDay0 + 12 * kHourMs);
    decisions.add_note(row_id(db, "a0"), kEvilAnalyst, kPanNote, kDay0 + 13 * kHourMs);
}

}  // namespace fd::test
