#include "transaction_store.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

#include "core/tr_mark.h"

namespace fd {
namespace {

constexpr int kInsertColumns = 20;

// Rows per INSERT statement: one statement for many rows saves SQLite's per-statement
// work (cursor open and close, VDBE start and halt), which dominates bulk inserts.
// 128 rows x 20 columns stays well below SQLite's limit of 32766 parameters.
constexpr std::size_t kRowsPerStatement = 128;

std::string insert_sql(std::size_t rows) {
    std::string sql =
        "INSERT INTO transactions(ext_id, ts_ms, card_id, customer_id, merchant_id, "
        "merchant_category, amount_minor, currency, country, city, latitude, longitude, "
        "channel, device_id, ip, label, scenario, extras, attributes, import_id) VALUES ";
    for (std::size_t row = 0; row < rows; ++row) {
        sql += row == 0 ? "(" : ",(";
        for (int column = 0; column < kInsertColumns; ++column) sql += column == 0 ? "?" : ",?";
        sql += ')';
    }
    // Duplicates, stored or repeated within the statement, are skipped; changes() counts
    // the rows actually inserted.
    sql += " ON CONFLICT(ext_id) DO NOTHING";
    return sql;
}

// Column order matches read_row() below.
constexpr std::string_view kFindSql = R"sql(
SELECT ext_id, ts_ms, card_id, customer_id, merchant_id, merchant_category, amount_minor,
    currency, country, city, latitude, longitude, channel, device_id, ip, label, scenario,
    extras, attributes
FROM transactions WHERE ext_id = ?1
)sql";

// The same columns plus the row id (column 19), in time order over the time index.
constexpr std::string_view kScanSql = R"sql(
SELECT ext_id, ts_ms, card_id, customer_id, merchant_id, merchant_category, amount_minor,
    currency, country, city, latitude, longitude, channel, device_id, ip, label, scenario,
    extras, attributes, id
FROM transactions WHERE ts_ms >= ?1 AND ts_ms < ?2 ORDER BY ts_ms, id
)sql";

// Appends `text` as a JSON string literal. The input is UTF-8 (the parsers repair invalid
// sequences), so bytes >= 0x80 pass through; only quotes, backslashes and controls escape.
void append_json_string(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    std::size_t run_start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(text.data() + run_start, i - run_start);
        run_start = i + 1;
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0x0f];
        }
    }
    out.append(text.data() + run_start, text.size() - run_start);
    out += '"';
}

// Shortest text that reads back to the same double. JSON has no NaN or infinity: null.
void append_json_number(std::string& out, double value) {
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

// Builds `{"name":value,...}` into `out` (reusing its capacity); empty when there are none.
void build_extras(std::string& out, const std::vector<NamedNumber>& extras) {
    out.clear();
    if (extras.empty()) return;
    out += '{';
    for (const NamedNumber& extra : extras) {
        if (out.size() > 1) out += ',';
        append_json_string(out, extra.name);
        out += ':';
        append_json_number(out, extra.value);
    }
    out += '}';
}

void build_attributes(std::string& out, const std::vector<NamedText>& attributes) {
    out.clear();
    if (attributes.empty()) return;
    out += '{';
    for (const NamedText& attribute : attributes) {
        if (out.size() > 1) out += ',';
        append_json_string(out, attribute.name);
        out += ':';
        append_json_string(out, attribute.value);
    }
    out += '}';
}

nlohmann::ordered_json parse_object(const std::string& text, const std::string& ext_id,
                                    const char* column) {
    auto json = nlohmann::ordered_json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded() || !json.is_object()) {
        throw StorageError(fill_text(
            FD_TR("core/Storage", "Transaction '%1' has a malformed %2 column (not a JSON object)"),
            {ext_id, column}));
    }
    return json;
}

Transaction read_row(const Statement& row) {
    Transaction t;
    t.id = row.column_text(0);
    t.timestamp_ms = row.column_int64(1);
    t.card_id = row.column_text(2);
    t.customer_id = row.column_text(3);
    t.merchant_id = row.column_text(4);
    t.merchant_category = row.column_text(5);
    t.amount_minor = row.column_int64(6);
    t.currency = row.column_text(7);
    t.country = row.column_text(8);
    t.city = row.column_text(9);
    if (!row.column_is_null(10)) t.latitude = row.column_double(10);
    if (!row.column_is_null(11)) t.longitude = row.column_double(11);
    t.channel = row.column_text(12);
    t.device_id = row.column_text(13);
    t.ip = row.column_text(14);
    if (!row.column_is_null(15)) {
        t.label = row.column_int64(15) == 1 ? Label::Fraud : Label::Legit;
    }
    t.scenario = row.column_text(16);
    if (!row.column_is_null(17)) {
        const auto json = parse_object(row.column_text(17), t.id, "extras");
        t.extras.reserve(json.size());
        for (const auto& [name, value] : json.items()) {
            const double number =
                value.is_number() ? value.get<double>() : std::numeric_limits<double>::quiet_NaN();
            t.extras.push_back(NamedNumber{name, number});
        }
    }
    if (!row.column_is_null(18)) {
        const auto json = parse_object(row.column_text(18), t.id, "attributes");
        t.attributes.reserve(json.size());
        for (const auto& [name, value] : json.items()) {
            t.attributes.push_back(
                NamedText{name, value.is_string() ? value.get<std::string>() : value.dump()});
        }
    }
    return t;
}

// Resets a statement on every exit so no bindings point into the caller's batch and no
// read snapshot stays open.
class ResetOnExit {
public:
    explicit ResetOnExit(Statement& statement) : statement_(statement) {}
    ~ResetOnExit() { statement_.reset(); }
    ResetOnExit(const ResetOnExit&) = delete;
    ResetOnExit& operator=(const ResetOnExit&) = delete;

private:
    Statement& statement_;
};

}  // namespace

TransactionStore::TransactionStore(Database& db)
    : db_(db),
      insert_one_(db.prepare(insert_sql(1))),
      insert_many_(db.prepare(insert_sql(kRowsPerStatement))),
      find_(db.prepare(kFindSql)),
      extras_json_(kRowsPerStatement),
      attributes_json_(kRowsPerStatement) {}

void TransactionStore::bind_row(Statement& statement, std::size_t row, const Transaction& t,
                                std::int64_t import_id) {
    const int base = static_cast<int>(row) * kInsertColumns;
    statement.bind(base + 1, t.id)
        .bind(base + 2, t.timestamp_ms)
        .bind(base + 3, t.card_id)
        .bind(base + 4, t.customer_id)
        .bind(base + 5, t.merchant_id)
        .bind(base + 6, t.merchant_category)
        .bind(base + 7, t.amount_minor)
        .bind(base + 8, t.currency)
        .bind(base + 9, t.country)
        .bind(base + 10, t.city)
        .bind(base + 11, t.latitude)
        .bind(base + 12, t.longitude)
        .bind(base + 13, t.channel)
        .bind(base + 14, t.device_id)
        .bind(base + 15, t.ip)
        .bind(base + 17, t.scenario);
    if (t.label == Label::Unknown) {
        statement.bind_null(base + 16);
    } else {
        statement.bind(base + 16, t.label == Label::Fraud ? 1 : 0);
    }
    // The JSON texts are bound without a copy: each row of the statement owns a buffer.
    std::string& extras = extras_json_[row];
    std::string& attributes = attributes_json_[row];
    build_extras(extras, t.extras);
    build_attributes(attributes, t.attributes);
    if (extras.empty()) {
        statement.bind_null(base + 18);
    } else {
        statement.bind(base + 18, extras);
    }
    if (attributes.empty()) {
        statement.bind_null(base + 19);
    } else {
        statement.bind(base + 19, attributes);
    }
    if (import_id == 0) {
        statement.bind_null(base + 20);
    } else {
        statement.bind(base + 20, import_id);
    }
}

InsertResult TransactionStore::insert(std::span<const Transaction> batch, std::int64_t import_id) {
    InsertResult result;
    std::size_t done = 0;
    while (done < batch.size()) {
        const bool full = batch.size() - done >= kRowsPerStatement;
        Statement& statement = full ? insert_many_ : insert_one_;
        const std::size_t rows = full ? kRowsPerStatement : 1;
        ResetOnExit guard(statement);
        for (std::size_t row = 0; row < rows; ++row)
            bind_row(statement, row, batch[done + row], import_id);
        statement.step();
        const auto inserted = db_.changes();
        result.inserted += inserted;
        result.duplicates += static_cast<std::int64_t>(rows) - inserted;
        done += rows;
    }
    return result;
}

InsertResult TransactionStore::insert_each(std::span<const Transaction> batch,
                                           std::vector<std::int64_t>& row_ids,
                                           std::int64_t import_id) {
    InsertResult result;
    row_ids.assign(batch.size(), 0);
    for (std::size_t i = 0; i < batch.size(); ++i) {
        ResetOnExit guard(insert_one_);
        bind_row(insert_one_, 0, batch[i], import_id);
        insert_one_.step();
        if (db_.changes() == 1) {
            row_ids[i] = db_.last_insert_rowid();
            ++result.inserted;
        } else {
            ++result.duplicates;
        }
    }
    return result;
}

std::int64_t TransactionStore::count() {
    return db_.query_int64("SELECT count(*) FROM transactions");
}

std::int64_t TransactionStore::labelled_count() {
    return db_.query_int64("SELECT count(*) FROM transactions WHERE label IS NOT NULL");
}

std::optional<Transaction> TransactionStore::find(const std::string& external_id) {
    ResetOnExit guard(find_);
    find_.reset();
    find_.bind(1, external_id);
    if (!find_.step()) return std::nullopt;
    return read_row(find_);
}

std::int64_t TransactionStore::scan(std::int64_t from_ms, std::int64_t until_ms,
                                    std::size_t batch_rows, const ScanSink& sink) {
    Statement query = db_.prepare(kScanSql);
    query.bind(1, from_ms).bind(2, until_ms);
    std::vector<Transaction> batch;
    std::vector<std::int64_t> row_ids;
    batch.reserve(batch_rows);
    row_ids.reserve(batch_rows);
    std::int64_t total = 0;
    const auto flush = [&] {
        if (batch.empty()) return true;
        total += static_cast<std::int64_t>(batch.size());
        const bool more = sink(batch, row_ids);
        batch.clear();
        row_ids.clear();
        return more;
    };
    while (query.step()) {
        batch.push_back(read_row(query));
        row_ids.push_back(query.column_int64(19));
        if (batch.size() >= batch_rows && !flush()) return total;
    }
    flush();
    return total;
}

}  // namespace fd
