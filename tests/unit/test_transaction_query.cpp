// Keyset paging: every sort order visits each row once and in order; filters match a
// brute-force reference; NULL risk sorts below every score.
#include "storage/transaction_query.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/generator.h"
#include "storage/transaction_store.h"

namespace fd {
namespace {

class TransactionQueryTest : public ::testing::Test {
protected:
    void SetUp() override {
        GeneratorConfig config;
        config.seed = 4;
        config.fraud_rate = 0.05;
        config.rows_per_day = 3000;
        Generator generator(config);
        std::vector<Transaction> rows;
        for (int i = 0; i < 3000; ++i) rows.push_back(generator.next());
        for (std::size_t i = 0; i < rows.size(); i += 7) rows[i].label = Label::Unknown;
        SqlTransaction tx(db_);
        TransactionStore(db_).insert(rows);
        db_.exec(
            "INSERT INTO models(id, kind, created_ms, header, bundle, active) VALUES "
            "(1, 'ensemble', 0, '{}', x'00', 1), (2, 'ensemble', 0, '{}', x'00', 0)");
        // Scores for most rows (some left unscored), with ties; model 2's must not show.
        db_.exec(
            "INSERT INTO scores(transaction_id, model_id, risk, level, scored_ms) "
            "SELECT id, 1, (id * 37) % 101, ((id * 37) % 101) / 26, 0 FROM transactions "
            "WHERE id % 10 != 3");
        db_.exec(
            "INSERT INTO scores(transaction_id, model_id, risk, level, scored_ms) "
            "SELECT id, 2, 99, 3, 0 FROM transactions");
        tx.commit();
    }

    std::vector<TxRow> all(const TransactionFilter& filter, const TransactionSort& sort,
                           std::size_t page_rows) {
        TransactionQuery q(db_);
        std::int64_t total = 0;
        const auto starts = q.page_starts(filter, sort, page_rows, total);
        std::vector<TxRow> out;
        for (std::size_t p = 0; p < starts.size(); ++p) {
            auto page = q.page(filter, sort, &starts[p], page_rows);
            EXPECT_EQ(page.size(), std::min<std::size_t>(page_rows, total - p * page_rows));
            out.insert(out.end(), page.begin(), page.end());
        }
        EXPECT_EQ(static_cast<std::int64_t>(out.size()), total);
        EXPECT_EQ(total, q.count(filter));
        // The first page without a cursor is the same as from the first key.
        if (!starts.empty()) {
            const auto first = q.page(filter, sort, nullptr, page_rows);
            EXPECT_EQ(first.front().row_id, out.front().row_id);
        }
        return out;
    }

    Database db_{":memory:"};
};

TEST_F(TransactionQueryTest, EverySortVisitsEachRowOnceInOrder) {
    for (int c = 0; c < kTxColumnCount; ++c) {
        for (const bool descending : {false, true}) {
            const TransactionSort sort{static_cast<TxColumn>(c), descending};
            SCOPED_TRACE(std::to_string(c) + (descending ? " desc" : " asc"));
            const auto rows = all({}, sort, 97);
            ASSERT_EQ(rows.size(), 3000u);
            std::set<std::int64_t> ids;
            for (const auto& r : rows) ids.insert(r.row_id);
            EXPECT_EQ(ids.size(), 3000u);
            const auto key = [&](const TxRow& r) -> std::tuple<double, std::string> {
                switch (sort.column) {
                    case TxColumn::Time:
                        return {double(r.ts_ms), ""};
                    case TxColumn::Amount:
                        return {double(r.amount_minor), ""};
                    case TxColumn::Risk:
                        return {r.risk.value_or(-1.0), ""};
                    case TxColumn::Level:
                        return {double(r.level), ""};
                    case TxColumn::Label:
                        return {double(r.label.value_or(-1)), ""};
                    case TxColumn::Id:
                        return {0, r.ext_id};
                    case TxColumn::Card:
                        return {0, r.card_id};
                    case TxColumn::Merchant:
                        return {0, r.merchant_id};
                    case TxColumn::Category:
                        return {0, r.category};
                    case TxColumn::Country:
                        return {0, r.country};
                    case TxColumn::Channel:
                        return {0, r.channel};
                }
                return {};
            };
            for (std::size_t i = 1; i < rows.size(); ++i) {
                const auto a = std::make_tuple(key(rows[i - 1]), rows[i - 1].row_id);
                const auto b = std::make_tuple(key(rows[i]), rows[i].row_id);
                ASSERT_TRUE(descending ? a > b : a < b) << i;
            }
        }
    }
}

TEST_F(TransactionQueryTest, FiltersMatchABruteForceReference) {
    const auto everything = all({}, {TxColumn::Time, false}, 500);
    const auto reference = [&](auto keep) {
        return static_cast<std::int64_t>(std::count_if(everything.begin(), everything.end(), keep));
    };
    TransactionQuery q(db_);
    TransactionFilter f;
    f.min_risk = 80;
    EXPECT_EQ(q.count(f), reference([](const TxRow& r) { return r.risk && *r.risk >= 80; }));
    EXPECT_GT(q.count(f), 0);
    f = {};
    f.min_level = 2;
    EXPECT_EQ(q.count(f), reference([](const TxRow& r) { return r.level >= 2; }));
    f = {};
    f.labelled = TransactionFilter::Labelled::No;
    EXPECT_EQ(q.count(f), reference([](const TxRow& r) { return !r.label; }));
    f.labelled = TransactionFilter::Labelled::Yes;
    EXPECT_EQ(q.count(f), reference([](const TxRow& r) { return r.label.has_value(); }));
    f = {};
    f.card = everything[10].card_id;
    EXPECT_EQ(q.count(f), reference([&](const TxRow& r) { return r.card_id == f.card; }));
    f = {};
    f.country = everything[20].country;
    std::transform(f.country.begin(), f.country.end(), f.country.begin(), ::tolower);
    EXPECT_EQ(q.count(f),
              reference([&](const TxRow& r) { return r.country == everything[20].country; }));
    f = {};
    f.channel = "online";
    f.from_ms = everything[1000].ts_ms;
    f.until_ms = everything[2000].ts_ms;
    EXPECT_EQ(q.count(f), reference([&](const TxRow& r) {
                  return r.channel == "online" && r.ts_ms >= *f.from_ms && r.ts_ms < *f.until_ms;
              }));
    f = {};
    f.text = everything[5].ext_id.substr(0, everything[5].ext_id.size() - 1);  // a prefix
    EXPECT_EQ(q.count(f), reference([&](const TxRow& r) {
                  return r.ext_id.rfind(f.text, 0) == 0 || r.card_id == f.text ||
                         r.merchant_id == f.text;
              }));
    f.text = everything[5].merchant_id;
    EXPECT_EQ(q.count(f), reference([&](const TxRow& r) { return r.merchant_id == f.text; }));
    // Paging under a filter stays consistent.
    f = {};
    f.min_risk = 50;
    const auto filtered = all(f, {TxColumn::Risk, true}, 33);
    for (const auto& r : filtered) EXPECT_GE(*r.risk, 50);
}

TEST_F(TransactionQueryTest, CardHistoryEndsAtTheRowAndReasonsComeFromTheActiveModel) {
    const auto everything = all({}, {TxColumn::Time, false}, 1000);
    const TxRow& target = everything[2500];
    TransactionQuery q(db_);
    const auto history = q.card_history(target.card_id, target.ts_ms, target.row_id, 50);
    ASSERT_FALSE(history.empty());
    EXPECT_LE(history.size(), 50u);
    EXPECT_EQ(history.back().row_id, target.row_id);
    for (std::size_t i = 1; i < history.size(); ++i) {
        EXPECT_EQ(history[i].card_id, target.card_id);
        EXPECT_LE(history[i - 1].ts_ms, history[i].ts_ms);
    }
    EXPECT_EQ(q.reasons(target.row_id), "[]");
    EXPECT_EQ(q.reasons(-5), "[]");
}

}  // namespace
}  // namespace fd
