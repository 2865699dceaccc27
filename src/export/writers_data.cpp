// The data's records: transactions (with the active model's risk) and the training set
// (one row per labelled transaction, the features the model trains on).
#include <algorithm>

#include "core/engine/risk.h"
#include "core/timestamp.h"
#include "core/transaction.h"
#include "feature_rows.h"
#include "storage/transaction_query.h"
#include "writers.h"

namespace fd {

std::vector<std::string> transaction_columns() {
    return {"transaction_id", "time",    "card",    "merchant", "category", "amount",
            "currency",       "country", "channel", "risk",     "level",    "label"};
}

void write_transactions(Database& db, const ExportRequest& r, RecordWriter& out,
                        ExportTicker& ticker) {
    TransactionFilter filter = r.filter.value_or(TransactionFilter{});
    if (r.from_ms != kOpenStart)
        filter.from_ms = std::max(filter.from_ms.value_or(r.from_ms), r.from_ms);
    if (r.until_ms != kOpenEnd)
        filter.until_ms = std::min(filter.until_ms.value_or(r.until_ms), r.until_ms);
    TransactionQuery query(db);
    ticker.set_total(query.count(filter));
    // Pages by key, never by offset: each page costs what the first does, and only one
    // page is in memory.
    constexpr std::size_t kPage = 5000;
    std::vector<TxRow> rows = query.page(filter, r.sort, nullptr, kPage + 1);
    while (!rows.empty()) {
        const std::size_t n = std::min(rows.size(), kPage);
        for (std::size_t i = 0; i < n; ++i) {
            const TxRow& t = rows[i];
            out.text(t.ext_id).text(format_timestamp_iso(t.ts_ms)).text(mask_card(t.card_id));
            out.text(t.merchant_id).text(t.category);
            out.decimal(format_amount(t.amount_minor, t.currency)).text(t.currency);
            out.text(t.country).text(t.channel);
            if (t.risk)
                out.number(*t.risk);
            else
                out.null();
            if (t.level >= 0)
                out.text(risk_level_name(static_cast<RiskLevel>(t.level & 3)));
            else
                out.null();
            if (t.label)
                out.text(*t.label ? "fraud" : "legit");
            else
                out.null();
            out.end_row();
            ticker.tick();
        }
        if (rows.size() <= kPage) break;
        const TxKey next = key_of(rows[kPage], r.sort.column);  // the extra row starts the next
        rows = query.page(filter, r.sort, &next, kPage + 1);
    }
}

std::vector<std::string> training_columns() {
    std::vector<std::string> columns = {"transaction_id", "time", "label"};
    for (auto& name : FeatureEngine::names()) columns.push_back(std::move(name));
    return columns;
}

void write_training_set(Database& db, const ExportRequest& r, RecordWriter& out,
                        ExportTicker& ticker) {
    // The features of a row depend on all the history before it, so every transaction
    // before `until` is processed; only the labelled ones from `from` on are written.
    Statement count = db.prepare("SELECT count(*) FROM transactions WHERE ts_ms < ?1");
    count.bind(1, r.until_ms);
    ticker.set_total(count.step() ? count.column_int64(0) : 0);
    stream_feature_rows(db, r.until_ms, [&](const Transaction& t, std::span<const float> row) {
        ticker.tick();
        if (t.label == Label::Unknown || t.timestamp_ms < r.from_ms) return true;
        out.text(t.id).text(format_timestamp_iso(t.timestamp_ms));
        out.integer(t.label == Label::Fraud ? 1 : 0);
        for (float v : row) out.number(v);
        out.end_row();
        return true;
    });
}

}  // namespace fd
