// Each export kind in both formats: the columns, one record per row of the period, the
// values (risk, reasons, status, label, analyst, note; exact amounts), card numbers masked
// everywhere, formulas neutralised, JSON strings round-tripping, and the training set being
// exactly the feature rows training computes.
#include <gtest/gtest.h>

#include <charconv>
#include <nlohmann/json.hpp>

#include "core/features/feature_engine.h"
#include "core/generator.h"
#include "core/timestamp.h"
#include "export/export_job.h"
#include "export_test_data.h"
#include "test_support.h"

namespace fd {
namespace {

using test::kHourMs;
using test::kT0;
using Table = std::vector<std::vector<std::string>>;

class ExportWriters : public ::testing::Test {
protected:
    void SetUp() override {
        Database db(path_);
        test::seed_export_db(db);
    }
    std::string run(ExportKind kind, ExportFormat format, std::int64_t from = kOpenStart,
                    std::int64_t until = kOpenEnd) {
        ExportRequest r;
        r.kind = kind;
        r.format = format;
        r.from_ms = from;
        r.until_ms = until;
        const auto out = dir_.file("out");
        run_export(path_, r, out);
        return test::read_file(out);
    }
    Table csv(ExportKind kind, std::int64_t from = kOpenStart, std::int64_t until = kOpenEnd) {
        return test::parse_csv(run(kind, ExportFormat::Csv, from, until));
    }
    nlohmann::json json(ExportKind kind, std::int64_t from = kOpenStart,
                        std::int64_t until = kOpenEnd) {
        return nlohmann::json::parse(run(kind, ExportFormat::Json, from, until));
    }
    std::int64_t count(const std::string& sql) {
        Database db(path_, OpenMode::ReadOnly);
        return db.query_int64(sql);
    }
    static const nlohmann::json& by(const nlohmann::json& rows, const std::string& id) {
        for (const auto& r : rows)
            if (r["transaction_id"] == id) return r;
        throw std::runtime_error("no row for " + id);
    }

    test::ScratchDir dir_;
    std::string path_ = dir_.file("export.db");
};

bool starts_dangerously(const std::string& s) {
    return !s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos;
}

// A whole cell that reads as a number (features can be negative: numbers are not text).
bool is_number(const std::string& s) {
    double v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    return !s.empty() && r.ec == std::errc() && r.ptr == s.data() + s.size();
}

void expect_safe_strings(const nlohmann::json& j, const std::string& where) {
    if (j.is_string()) {
        EXPECT_FALSE(starts_dangerously(j.get<std::string>())) << where << j;
    }
    if (j.is_structured())
        for (const auto& v : j) expect_safe_strings(v, where);
}

TEST_F(ExportWriters, EveryKindInBothFormatsIsComplete_Masked_AndNeutralised) {
    const std::pair<ExportKind, std::string> kinds[] = {
        {ExportKind::Alerts, "SELECT count(*) FROM alerts"},
        {ExportKind::Labels, "SELECT count(*) FROM labels"},
        {ExportKind::Transactions, "SELECT count(*) FROM transactions"},
        {ExportKind::TrainingSet, "SELECT count(*) FROM transactions WHERE label IS NOT NULL"},
        {ExportKind::Audit, "SELECT count(*) FROM audit_log"}};
    for (const auto& [kind, counting] : kinds) {
        for (const auto format : {ExportFormat::Csv, ExportFormat::Json}) {
            const std::string what =
                std::string(export_kind_name(kind)) + " " + std::string(export_format_name(format));
            const std::int64_t expected = count(counting);  // before this export's audit row
            ASSERT_GT(expected, 0) << what;
            const std::string text = run(kind, format);
            for (const auto& pan : test::kForbidden)
                EXPECT_EQ(text.find(pan), std::string::npos) << what << " holds " << pan;
            const auto columns = export_columns(kind);
            if (format == ExportFormat::Csv) {
                const Table table = test::parse_csv(text);
                ASSERT_EQ(std::int64_t(table.size()), expected + 1) << what;
                EXPECT_EQ(table[0], columns) << what;
                for (const auto& row : table) {
                    ASSERT_EQ(row.size(), columns.size()) << what;
                    for (const auto& cell : row)
                        EXPECT_FALSE(starts_dangerously(cell) && !is_number(cell)) << what << cell;
                }
            } else {
                const auto rows = nlohmann::json::parse(text);
                ASSERT_TRUE(rows.is_array());
                ASSERT_EQ(std::int64_t(rows.size()), expected) << what;
                for (const auto& row : rows) {
                    std::vector<std::string> keys;
                    for (const auto& item : row.items()) keys.push_back(item.key());
                    EXPECT_EQ(keys.size(), columns.size()) << what;
                }
                // Keys in column order: the ordered parse keeps the file's order.
                const auto first = nlohmann::ordered_json::parse(text)[0];
                std::vector<std::string> keys;
                for (const auto& item : first.items()) keys.push_back(item.key());
                EXPECT_EQ(keys, columns) << what;
                expect_safe_strings(rows, what);
            }
        }
    }
}

TEST_F(ExportWriters, AlertsCarryRiskReasonsStatusLabelAnalystAndNote) {
    const auto rows = json(ExportKind::Alerts);
    ASSERT_EQ(rows.size(), 20u);
    EXPECT_EQ(rows[0]["transaction_id"], "t40");  // by creation time
    const auto& fraud = by(rows, "t45");
    EXPECT_EQ(fraud["risk"].get<double>(), 67.5);
    EXPECT_EQ(fraud["level"], "high");
    EXPECT_EQ(fraud["reasons"], "Amount \"big\" for card ************1111 | Night purchase");
    EXPECT_EQ(fraud["status"], "closed_fraud");
    EXPECT_EQ(fraud["label"], "fraud");
    EXPECT_EQ(fraud["decision"], "fraud");
    EXPECT_EQ(fraud["analyst"], "ada");
    EXPECT_EQ(fraud["note"], "'=HYPERLINK(\"x\") caller read card ************1111");
    EXPECT_EQ(fraud["card"], "************1111");
    EXPECT_EQ(fraud["amount"].get<double>(), 57.34);
    EXPECT_EQ(fraud["created"], format_timestamp_iso(kT0 + 45 * kHourMs + 60'000));
    EXPECT_EQ(fraud["decided"], format_timestamp_iso(kT0 + 100 * kHourMs));
    const auto& escalated = by(rows, "t47");
    EXPECT_EQ(escalated["status"], "escalated");
    EXPECT_EQ(escalated["analyst"], "'-eve");
    EXPECT_EQ(escalated["note"], test::kTricky);  // escaped in the file, exact when read
    EXPECT_TRUE(escalated["label"].is_null());
    const auto& undone = by(rows, "t48");  // the slip was undone: nothing in force
    EXPECT_EQ(undone["status"], "new");
    EXPECT_TRUE(undone["decision"].is_null());
    EXPECT_TRUE(undone["analyst"].is_null());
    EXPECT_TRUE(by(rows, "t50")["label"] == "fraud");  // imported ground truth

    const Table table = csv(ExportKind::Alerts);
    const auto& header = table[0];
    const auto col = [&](const std::string& name) {
        return std::size_t(std::find(header.begin(), header.end(), name) - header.begin());
    };
    EXPECT_EQ(table[6][col("transaction_id")], "t45");
    EXPECT_EQ(table[6][col("note")], "'=HYPERLINK(\"x\") caller read card ************1111");
    EXPECT_EQ(table[6][col("risk")], "67.5");
    EXPECT_EQ(table[6][col("amount")], "57.34");
    EXPECT_EQ(table[8][col("note")], test::kTricky);
}

TEST_F(ExportWriters, LabelsKeepEveryDecisionWithUndoneOnesMarked) {
    const Table t = csv(ExportKind::Labels);
    ASSERT_EQ(t.size(), 5u);
    const auto& h = t[0];
    const auto at = [&](std::size_t row, const std::string& name) {
        return t[row][std::size_t(std::find(h.begin(), h.end(), name) - h.begin())];
    };
    EXPECT_EQ(at(1, "transaction_id"), "t45");
    EXPECT_EQ(at(1, "decision"), "fraud");
    EXPECT_EQ(at(1, "card"), "************1111");
    EXPECT_EQ(at(2, "note"), "'" + test::kLegitNote);
    EXPECT_EQ(at(2, "analyst"), "bob");
    EXPECT_EQ(at(3, "analyst"), "'-eve");
    EXPECT_EQ(at(3, "decision"), "escalate");
    EXPECT_EQ(at(3, "undone"), "");
    EXPECT_EQ(at(4, "transaction_id"), "t48");
    EXPECT_EQ(at(4, "undone"), format_timestamp_iso(kT0 + 104 * kHourMs));
    EXPECT_EQ(at(4, "risk_seen"), "72");
}

TEST_F(ExportWriters, TransactionsHaveExactValuesAndRoundTripText) {
    const Table t = csv(ExportKind::Transactions);
    ASSERT_EQ(t.size(), 61u);
    // Oldest first; each merchant name neutralised exactly once.
    for (int i = 0; i < test::kTransactions; ++i) {
        const auto& row = t[std::size_t(i) + 1];
        EXPECT_EQ(row[0], test::tx_id(i));
        EXPECT_EQ(row[1], format_timestamp_iso(kT0 + i * kHourMs));
        EXPECT_EQ(row[2], i % 3 == 0 ? "************1111" : "************0004");
        const auto& merchant = test::kMerchants[std::size_t(i) % test::kMerchants.size()];
        EXPECT_EQ(row[3], starts_dangerously(merchant) ? "'" + merchant : merchant);
        const int cents = 1234 + 100 * i;  // exact decimal text of the minor units
        EXPECT_EQ(row[5], std::to_string(cents / 100) + "." + std::to_string(cents % 100));
        EXPECT_EQ(std::stod(row[9]), 1.5 * i);
    }
    EXPECT_EQ(t[1][5], "12.34");
    EXPECT_EQ(t[1][11], "fraud");
    EXPECT_EQ(t[2][11], "");
    const auto rows = json(ExportKind::Transactions);
    EXPECT_EQ(by(rows, "t06")["merchant"], test::kTricky);
    EXPECT_EQ(by(rows, "t00")["merchant"], "'" + test::kMerchants[0]);
    EXPECT_EQ(by(rows, "t01")["amount"].get<double>(), 13.34);
    EXPECT_TRUE(by(rows, "t01")["label"].is_null());
}

TEST_F(ExportWriters, TrainingSetIsTheFeatureRowsTrainingComputes) {
    // What EnsembleModel::train computes: compute_all over the whole time-ordered history.
    std::vector<Transaction> history;
    {
        Database db(path_, OpenMode::ReadOnly);
        TransactionStore(db).scan(kOpenStart, kOpenEnd, 100, [&](auto batch, auto) {
            history.insert(history.end(), batch.begin(), batch.end());
            return true;
        });
    }
    const FeatureMatrix expected = FeatureEngine().compute_all(history, true);
    // From the middle on: the rows still see all the history before them.
    const std::int64_t from = kT0 + 20 * kHourMs;
    const Table t = csv(ExportKind::TrainingSet, from);
    std::vector<std::string> header = {"transaction_id", "time", "label"};
    for (const auto& name : FeatureEngine::names()) header.push_back(name);
    ASSERT_EQ(t[0], header);
    std::size_t next = 1, labelled = 0;
    for (std::size_t i = 0; i < history.size(); ++i) {
        if (history[i].label == Label::Unknown || history[i].timestamp_ms < from) continue;
        ++labelled;
        ASSERT_LT(next, t.size());
        const auto& row = t[next++];
        EXPECT_EQ(row[0], history[i].id);
        EXPECT_EQ(row[2], history[i].label == Label::Fraud ? "1" : "0");
        for (std::size_t c = 0; c < expected.cols; ++c)
            EXPECT_EQ(std::stof(row[3 + c]), expected.at(i, c)) << row[0] << " " << header[3 + c];
    }
    EXPECT_EQ(t.size(), labelled + 1);
    EXPECT_EQ(labelled, 9u);  // t20..t59: 8 imported labels and t46 decided
    const auto rows = json(ExportKind::TrainingSet);
    EXPECT_EQ(by(rows, "t45")["label"], 1);  // imported legit, then decided fraud
    EXPECT_EQ(by(rows, "t46")["label"], 0);
    EXPECT_EQ(rows.size(), 13u);  // 12 imported, t46 decided; t48's decision was undone
}

TEST(ExportTrainingSet, ManyBatchesGiveTheRowsOfOneComputeAll) {
    // Over 10,000 rows the history is read in several batches, and the labels become known
    // (a week's delay) within the history, so the merchant fraud rates move too.
    test::ScratchDir dir;
    const auto path = dir.file("many.db");
    GeneratorConfig config;
    config.fraud_rate = 0.05;
    config.rows_per_day = 2000;
    Generator generator(config);
    std::vector<Transaction> history;
    for (int i = 0; i < 25000; ++i) history.push_back(generator.next());
    {
        Database db(path);
        TransactionStore(db).insert(history);
    }
    const FeatureMatrix expected = FeatureEngine().compute_all(history, true);
    ExportRequest r;
    r.kind = ExportKind::TrainingSet;
    ASSERT_EQ(run_export(path, r, dir.file("ts.csv")), 25000);
    const Table t = test::parse_csv(test::read_file(dir.file("ts.csv")));
    ASSERT_EQ(t.size(), 25001u);
    std::size_t differing = 0;
    for (std::size_t i = 0; i < history.size(); ++i) {
        ASSERT_EQ(t[i + 1][0], history[i].id);
        for (std::size_t c = 0; c < expected.cols; ++c)
            differing += std::stof(t[i + 1][3 + c]) != expected.at(i, c);
    }
    EXPECT_EQ(differing, 0u);
}

TEST_F(ExportWriters, PeriodsIncludeTheirStartAndExcludeTheirEnd) {
    const Table tx = csv(ExportKind::Transactions, kT0 + 10 * kHourMs, kT0 + 20 * kHourMs);
    ASSERT_EQ(tx.size(), 11u);
    EXPECT_EQ(tx[1][0], "t10");
    EXPECT_EQ(tx[10][0], "t19");
    const auto alerts =
        json(ExportKind::Alerts, kT0 + 40 * kHourMs + 60'000, kT0 + 45 * kHourMs + 60'000);
    ASSERT_EQ(alerts.size(), 5u);
    EXPECT_EQ(alerts[0]["transaction_id"], "t40");
    EXPECT_EQ(alerts[4]["transaction_id"], "t44");
    const auto labels = json(ExportKind::Labels, kT0 + 101 * kHourMs, kT0 + 103 * kHourMs);
    ASSERT_EQ(labels.size(), 2u);
    EXPECT_EQ(labels[0]["transaction_id"], "t46");
    EXPECT_EQ(labels[1]["transaction_id"], "t47");
    const auto audit = json(ExportKind::Audit, kT0 + 100 * kHourMs, kT0 + 101 * kHourMs);
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0]["action"], "label");
    EXPECT_EQ(audit[0]["subject"], "t45");
    const auto note = json(ExportKind::Audit, kT0 + 105 * kHourMs, kT0 + 105 * kHourMs + 1);
    ASSERT_EQ(note.size(), 1u);
    EXPECT_NE(note[0]["details"].get<std::string>().find("card ************1111 disputed"),
              std::string::npos);
    // An empty period is refused with what to do.
    try {
        csv(ExportKind::Audit, kT0, kT0);
        ADD_FAILURE() << "an empty period was accepted";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("choose a start before the end"), std::string::npos);
    }
}

}  // namespace
}  // namespace fd
