#include "transaction_query.h"

#include <algorithm>

namespace fd {
namespace {

constexpr std::string_view kFrom =
    " FROM transactions t LEFT JOIN scores s ON s.transaction_id = t.id AND s.model_id = "
    "(SELECT id FROM models WHERE active = 1)";

constexpr std::string_view kRowColumns =
    "SELECT t.id, t.ext_id, t.ts_ms, t.card_id, t.merchant_id, t.merchant_category, "
    "t.amount_minor, t.currency, t.country, t.channel, s.risk, s.level, t.label";

// The sort key as SQL; NULLs become a value below every real one so keys compare.
std::string_view sort_expression(TxColumn column) {
    switch (column) {
        case TxColumn::Time:
            return "t.ts_ms";
        case TxColumn::Id:
            return "t.ext_id";
        case TxColumn::Card:
            return "t.card_id";
        case TxColumn::Merchant:
            return "t.merchant_id";
        case TxColumn::Category:
            return "t.merchant_category";
        case TxColumn::Amount:
            return "t.amount_minor";
        case TxColumn::Country:
            return "t.country";
        case TxColumn::Channel:
            return "t.channel";
        case TxColumn::Risk:
            return "coalesce(s.risk, -1.0)";
        case TxColumn::Level:
            return "coalesce(s.level, -1)";
        case TxColumn::Label:
            return "coalesce(t.label, -1)";
    }
    return "t.ts_ms";
}

// Builds the WHERE clause and remembers what to bind, in order.
struct Where {
    std::string sql;
    std::vector<std::variant<std::int64_t, double, std::string>> values;

    void add(const std::string& condition) {
        sql += (sql.empty() ? " WHERE " : " AND ") + condition;
    }
    template <class T>
    std::string param(T value) {
        values.emplace_back(std::move(value));
        return "?" + std::to_string(values.size());
    }
    void bind(Statement& s) const {
        for (std::size_t i = 0; i < values.size(); ++i)
            std::visit([&](const auto& v) { s.bind(static_cast<int>(i + 1), v); }, values[i]);
    }
};

Where filter_where(const TransactionFilter& f) {
    Where w;
    if (f.min_risk) w.add("s.risk >= " + w.param(*f.min_risk));
    if (f.min_level) w.add("s.level >= " + w.param(std::int64_t{*f.min_level}));
    if (f.from_ms) w.add("t.ts_ms >= " + w.param(*f.from_ms));
    if (f.until_ms) w.add("t.ts_ms < " + w.param(*f.until_ms));
    if (!f.card.empty()) w.add("t.card_id = " + w.param(f.card));
    if (!f.merchant.empty()) w.add("t.merchant_id = " + w.param(f.merchant));
    if (!f.country.empty()) w.add("t.country = " + w.param(f.country) + " COLLATE NOCASE");
    if (!f.channel.empty()) w.add("t.channel = " + w.param(f.channel) + " COLLATE NOCASE");
    if (f.labelled == TransactionFilter::Labelled::Yes) w.add("t.label IS NOT NULL");
    if (f.labelled == TransactionFilter::Labelled::No) w.add("t.label IS NULL");
    if (!f.text.empty()) {
        // A prefix range on the unique id index; exact matches on the other ids.
        const std::string low = w.param(f.text);
        const std::string high = w.param(f.text + "\xF4\x8F\xBF\xBF");
        w.add("(t.ext_id >= " + low + " AND t.ext_id < " + high + " OR t.card_id = " + low +
              " OR t.merchant_id = " + low + " OR t.customer_id = " + low + ")");
    }
    return w;
}

std::string order_by(const TransactionSort& sort) {
    const char* dir = sort.descending ? " DESC" : " ASC";
    return " ORDER BY " + std::string(sort_expression(sort.column)) + dir + ", t.id" + dir;
}

// Rows at or after `key` in the sort order.
void add_cursor(Where& w, const TransactionSort& sort, const TxKey& key) {
    const std::string expr(sort_expression(sort.column));
    const std::string value = std::visit([&](const auto& v) { return w.param(v); }, key.value);
    const std::string id = w.param(key.row_id);
    const char* past = sort.descending ? " < " : " > ";
    const char* tie = sort.descending ? " <= " : " >= ";
    w.add("(" + expr + past + value + " OR (" + expr + " = " + value + " AND t.id" + tie + id +
          "))");
}

TxKey read_key(const Statement& s, TxColumn column) {
    TxKey key;
    switch (column) {
        case TxColumn::Time:
        case TxColumn::Amount:
        case TxColumn::Level:
        case TxColumn::Label:
            key.value = s.column_int64(0);
            break;
        case TxColumn::Risk:
            key.value = s.column_double(0);
            break;
        default:
            key.value = s.column_text(0);
    }
    key.row_id = s.column_int64(1);
    return key;
}

TxRow read_row(const Statement& s) {
    TxRow r;
    r.row_id = s.column_int64(0);
    r.ext_id = s.column_text(1);
    r.ts_ms = s.column_int64(2);
    r.card_id = s.column_text(3);
    r.merchant_id = s.column_text(4);
    r.category = s.column_text(5);
    r.amount_minor = s.column_int64(6);
    r.currency = s.column_text(7);
    r.country = s.column_text(8);
    r.channel = s.column_text(9);
    if (!s.column_is_null(10)) r.risk = s.column_double(10);
    r.level = s.column_is_null(11) ? -1 : static_cast<int>(s.column_int64(11));
    if (!s.column_is_null(12)) r.label = static_cast<int>(s.column_int64(12));
    return r;
}

}  // namespace

TxKey key_of(const TxRow& r, TxColumn column) {
    TxKey key;
    key.row_id = r.row_id;
    switch (column) {
        case TxColumn::Time:
            key.value = r.ts_ms;
            break;
        case TxColumn::Id:
            key.value = r.ext_id;
            break;
        case TxColumn::Card:
            key.value = r.card_id;
            break;
        case TxColumn::Merchant:
            key.value = r.merchant_id;
            break;
        case TxColumn::Category:
            key.value = r.category;
            break;
        case TxColumn::Amount:
            key.value = r.amount_minor;
            break;
        case TxColumn::Country:
            key.value = r.country;
            break;
        case TxColumn::Channel:
            key.value = r.channel;
            break;
        case TxColumn::Risk:
            key.value = r.risk.value_or(-1.0);
            break;
        case TxColumn::Level:
            key.value = std::int64_t{r.level};
            break;
        case TxColumn::Label:
            key.value = std::int64_t{r.label.value_or(-1)};
            break;
    }
    return key;
}

TransactionQuery::TransactionQuery(Database& db) : db_(db) {}

std::int64_t TransactionQuery::count(const TransactionFilter& filter) {
    const Where w = filter_where(filter);
    Statement s = db_.prepare("SELECT count(*)" + std::string(kFrom) + w.sql);
    w.bind(s);
    s.step();
    return s.column_int64(0);
}

std::vector<TxKey> TransactionQuery::page_starts(const TransactionFilter& filter,
                                                 const TransactionSort& sort, std::size_t page_rows,
                                                 std::int64_t& total,
                                                 const std::atomic<bool>* cancel) {
    const Where w = filter_where(filter);
    Statement s = db_.prepare("SELECT " + std::string(sort_expression(sort.column)) + ", t.id" +
                              std::string(kFrom) + w.sql + order_by(sort));
    w.bind(s);
    std::vector<TxKey> starts;
    total = 0;
    page_rows = std::max<std::size_t>(page_rows, 1);
    while (s.step()) {
        if (static_cast<std::size_t>(total) % page_rows == 0) {
            if (cancel && cancel->load()) return {};
            starts.push_back(read_key(s, sort.column));
        }
        ++total;
    }
    return starts;
}

std::vector<TxRow> TransactionQuery::page(const TransactionFilter& filter,
                                          const TransactionSort& sort, const TxKey* from,
                                          std::size_t limit) {
    Where w = filter_where(filter);
    if (from) add_cursor(w, sort, *from);
    const std::string limit_param = w.param(static_cast<std::int64_t>(limit));
    Statement s = db_.prepare(std::string(kRowColumns) + std::string(kFrom) + w.sql +
                              order_by(sort) + " LIMIT " + limit_param);
    w.bind(s);
    std::vector<TxRow> rows;
    while (s.step()) rows.push_back(read_row(s));
    return rows;
}

std::vector<TxRow> TransactionQuery::card_history(const std::string& card_id, std::int64_t ts_ms,
                                                  std::int64_t row_id, std::size_t limit) {
    Statement s =
        db_.prepare(std::string(kRowColumns) + std::string(kFrom) +
                    " WHERE t.card_id = ?1 AND (t.ts_ms < ?2 OR (t.ts_ms = ?2 AND t.id <= ?3))"
                    " ORDER BY t.ts_ms DESC, t.id DESC LIMIT ?4");
    s.bind(1, card_id).bind(2, ts_ms).bind(3, row_id).bind(4, static_cast<std::int64_t>(limit));
    std::vector<TxRow> rows;
    while (s.step()) rows.push_back(read_row(s));
    std::reverse(rows.begin(), rows.end());
    return rows;
}

std::string TransactionQuery::reasons(std::int64_t row_id) {
    Statement s = db_.prepare(
        "SELECT reasons FROM scores WHERE transaction_id = ?1 AND model_id = "
        "(SELECT id FROM models WHERE active = 1)");
    s.bind(1, row_id);
    return s.step() ? s.column_text(0) : std::string("[]");
}

}  // namespace fd
