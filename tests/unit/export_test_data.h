// A small database for the export tests: transactions on known card numbers with hostile
// merchant names (formula starts, quotes, backslashes, control characters, non-ASCII),
// imported labels, an active model's scores with reasons, alerts, analyst decisions (one
// undone) whose notes quote a card number and formulas, and an audit note with a PAN.
// Plus a small RFC 4180 reader, written independently of the code under test.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/engine/risk.h"
#include "storage/alert_store.h"
#include "storage/database.h"
#include "storage/decision_store.h"
#include "storage/model_store.h"
#include "storage/score_store.h"
#include "storage/transaction_store.h"

namespace fd::test {

inline constexpr std::int64_t kT0 = 1'700'000'000'000;  // 2023-11-14T22:13:20Z
inline constexpr std::int64_t kHourMs = 3'600'000;
inline constexpr int kTransactions = 60;
inline const std::string kPan = "4111111111111111";
inline const std::string kPan2 = "5500000000000004";
// Every spelling of the PANs that must never appear in an export.
inline const std::vector<std::string> kForbidden = {kPan, kPan2, "4111 1111 1111 1111",
                                                    "4111-1111-1111-1111"};
// A string for the JSON round trip: quotes, backslashes, control characters, non-ASCII.
inline const std::string kTricky =
    "Caf\xC3\xA9 \"Z\xC3\xBCrich\" \\ \xE6\x9D\xB1\xE4\xBA\xAC \x01\x1F\n end";
// Merchant names: each of the characters a spreadsheet treats as a formula start, and more.
inline const std::vector<std::string> kMerchants = {"=HYPERLINK(\"http://evil\",\"x\")",
                                                    "+SUM(1,2)",
                                                    "-2+3",
                                                    "@cmd",
                                                    "\tTabbed",
                                                    "\rReturn",
                                                    kTricky,
                                                    "plain, with comma"};
inline const std::string kFraudNote = "=HYPERLINK(\"x\") caller read card 4111 1111 1111 1111";
inline const std::string kLegitNote = "@SUM(A1) \"quoted\" back\\slash";

inline std::int64_t row_of(Database& db, const std::string& ext_id) {
    Statement s = db.prepare("SELECT id FROM transactions WHERE ext_id = ?1");
    s.bind(1, ext_id);
    return s.step() ? s.column_int64(0) : 0;
}

inline std::string tx_id(int i) {
    return (i < 10 ? "t0" : "t") + std::to_string(i);
}

inline void seed_export_db(Database& db) {
    std::vector<Transaction> rows;
    for (int i = 0; i < kTransactions; ++i) {
        Transaction t;
        t.id = tx_id(i);
        t.timestamp_ms = kT0 + i * kHourMs;
        t.card_id = i % 3 == 0 ? kPan : kPan2;
        t.merchant_id = kMerchants[static_cast<std::size_t>(i) % kMerchants.size()];
        t.merchant_category = "5411";
        t.amount_minor = 1234 + 100 * i;
        t.currency = "EUR";
        t.country = "FR";
        t.channel = "online";
        if (i % 10 == 0) t.label = Label::Fraud;  // imported ground truth
        if (i % 10 == 5) t.label = Label::Legit;
        rows.push_back(t);
    }
    TransactionStore(db).insert(rows);
    const std::vector<std::uint8_t> bundle = {1, 2, 3};
    ModelStore models(db);
    const auto model = models.add("ensemble", "test", kT0, "{}", bundle);
    models.activate(model);
    std::vector<ScoreRow> scores;
    for (int i = 0; i < kTransactions; ++i) {
        const double risk = 1.5 * i;
        scores.push_back(
            {row_of(db, tx_id(i)), risk, static_cast<int>(RiskLevels{}.level_for(risk)), "{}",
             R"([{"code":"feature:amount","text":"Amount \"big\" for card 4111111111111111","weight":2},)"
             R"({"code":"rule:night","text":"Night purchase","weight":1}])"});
    }
    {
        SqlTransaction tx(db);
        ScoreStore(db).upsert(model, scores, kT0);
        AlertStore alerts(db);
        // Alerts on t40..t59, each created a minute after its transaction.
        for (int i = 40; i < kTransactions; ++i) {
            const NewAlert a{row_of(db, tx_id(i)), model, rows[static_cast<std::size_t>(i)].card_id,
                             1.5 * i, 12.34 + i};
            alerts.create(std::vector<NewAlert>{a}, kT0 + i * kHourMs + 60'000);
        }
        tx.commit();
    }
    DecisionStore decisions(db);
    decisions.decide(row_of(db, "t45"), Decision::Fraud, "ada", kFraudNote, kT0 + 100 * kHourMs);
    decisions.decide(row_of(db, "t46"), Decision::Legit, "bob", kLegitNote, kT0 + 101 * kHourMs);
    decisions.decide(row_of(db, "t47"), Decision::Escalate, "-eve", kTricky, kT0 + 102 * kHourMs);
    decisions.decide(row_of(db, "t48"), Decision::Fraud, "ada", "slip", kT0 + 103 * kHourMs);
    decisions.undo_last("ada", kT0 + 104 * kHourMs);
    decisions.add_note(row_of(db, "t50"), "ada", "card 4111 1111 1111 1111 disputed",
                       kT0 + 105 * kHourMs);
}

// RFC 4180: quoted fields with doubled quotes and embedded CR/LF; LF or CRLF line ends.
inline std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, any = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
                field += text[++i];
            else if (c == '"')
                quoted = false;
            else
                field += c;
        } else if (c == '"') {
            quoted = any = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
            any = true;
        } else if (c == '\n' || (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
            if (c == '\r') ++i;
            row.push_back(std::move(field));
            rows.push_back(std::move(row));
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace fd::test
