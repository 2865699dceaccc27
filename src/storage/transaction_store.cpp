#include "transaction_store.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

namespace fd {
namespace {

constexpr std::string_view kInsertSql = R"sql(
INSERT INTO transactions(ext_id, ts_ms, card_id, customer_id, merchant_id, merchant_category,
    amount_minor, currency, country, city, latitude, longitude, channel, device_id, ip, label,
    scenario, extras, attributes, import_id)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)
ON CONFLICT(ext_id) DO NOTHING
)sql";

// Column order matches read_row() below.
constexpr std::string_view kFindSql = R"sql(
SELECT ext_id, ts_ms, card_id, customer_id, merchant_id, merchant_category, amount_minor,
    currency, country, city, latitude, longitude, channel, device_id, ip, label, scenario,
    extras, attributes
FROM transactions WHERE ext_id = ?1
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
        throw StorageError("Transaction '" + ext_id + "' has a malformed " + column +
                           " column (not a JSON object)");
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
    : db_(db), insert_(db.prepare(kInsertSql)), find_(db.prepare(kFindSql)) {}

InsertResult TransactionStore::insert(std::span<const Transaction> batch, std::int64_t import_id) {
    InsertResult result;
    ResetOnExit guard(insert_);
    for (const Transaction& t : batch) {
        insert_.reset();
        insert_.bind(1, t.id)
            .bind(2, t.timestamp_ms)
            .bind(3, t.card_id)
            .bind(4, t.customer_id)
            .bind(5, t.merchant_id)
            .bind(6, t.merchant_category)
            .bind(7, t.amount_minor)
            .bind(8, t.currency)
            .bind(9, t.country)
            .bind(10, t.city)
            .bind(11, t.latitude)
            .bind(12, t.longitude)
            .bind(13, t.channel)
            .bind(14, t.device_id)
            .bind(15, t.ip)
            .bind(17, t.scenario);
        if (t.label == Label::Unknown) {
            insert_.bind_null(16);
        } else {
            insert_.bind(16, t.label == Label::Fraud ? 1 : 0);
        }
        build_extras(extras_json_, t.extras);
        build_attributes(attributes_json_, t.attributes);
        if (extras_json_.empty()) {
            insert_.bind_null(18);
        } else {
            insert_.bind(18, extras_json_);
        }
        if (attributes_json_.empty()) {
            insert_.bind_null(19);
        } else {
            insert_.bind(19, attributes_json_);
        }
        if (import_id == 0) {
            insert_.bind_null(20);
        } else {
            insert_.bind(20, import_id);
        }
        insert_.step();
        if (db_.changes() > 0) {
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

}  // namespace fd
