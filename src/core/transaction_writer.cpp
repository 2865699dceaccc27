#include "transaction_writer.h"

#include <array>
#include <charconv>
#include <cmath>
#include <stdexcept>
#include <string>

#include "timestamp.h"
#include "tr_mark.h"

namespace fd {

namespace {

constexpr std::string_view kCsvHeader =
    "transaction_id,timestamp,card_id,customer_id,merchant_id,merchant_category,amount,currency,"
    "country,city,latitude,longitude,channel,device_id,ip,label,scenario\n";

// Six decimals; empty for a missing or non-finite value. "-0.000000" is written as zero.
std::string_view format_coordinate(const std::optional<double>& value, std::array<char, 64>& buf) {
    if (!value || !std::isfinite(*value)) return {};
    const auto result =
        std::to_chars(buf.data(), buf.data() + buf.size(), *value, std::chars_format::fixed, 6);
    std::string_view text(buf.data(), static_cast<std::size_t>(result.ptr - buf.data()));
    if (text == "-0.000000") text.remove_prefix(1);
    return text;
}

void append_csv(std::string& line, std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        line.append(field);
        return;
    }
    line.push_back('"');
    for (char c : field) {
        if (c == '"') line.push_back('"');
        line.push_back(c);
    }
    line.push_back('"');
}

// Length of the valid UTF-8 sequence starting at text[i], or 0 when it is invalid.
std::size_t utf8_length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t n;
    unsigned char lo = 0x80, hi = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        n = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        n = 3;
        if (lead == 0xE0) lo = 0xA0;
        if (lead == 0xED) hi = 0x9F;  // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        n = 4;
        if (lead == 0xF0) lo = 0x90;
        if (lead == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (i + n > text.size()) return 0;
    if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < n; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    return n;
}

// A JSON string: quotes, backslashes and control characters escaped; invalid UTF-8 becomes
// U+FFFD so the output always parses.
void append_json_string(std::string& line, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    line.push_back('"');
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            const std::size_t n = utf8_length(text, i);
            if (n == 0) {
                line.append("\xEF\xBF\xBD");
                ++i;
            } else {
                line.append(text.substr(i, n));
                i += n;
            }
            continue;
        }
        switch (c) {
            case '"':
                line.append("\\\"");
                break;
            case '\\':
                line.append("\\\\");
                break;
            case '\b':
                line.append("\\b");
                break;
            case '\f':
                line.append("\\f");
                break;
            case '\n':
                line.append("\\n");
                break;
            case '\r':
                line.append("\\r");
                break;
            case '\t':
                line.append("\\t");
                break;
            default:
                if (c < 0x20) {
                    line.append("\\u00");
                    line.push_back(kHex[c >> 4]);
                    line.push_back(kHex[c & 0xF]);
                } else {
                    line.push_back(static_cast<char>(c));
                }
        }
        ++i;
    }
    line.push_back('"');
}

std::string_view label_text(Label label) {
    switch (label) {
        case Label::Fraud:
            return "1";
        case Label::Legit:
            return "0";
        case Label::Unknown:
            break;
    }
    return {};
}

void append_csv_row(std::string& line, const Transaction& tx) {
    std::array<char, 64> lat_buf{}, lon_buf{};
    const std::string timestamp = format_timestamp_iso(tx.timestamp_ms);
    const std::string amount = format_amount(tx.amount_minor, tx.currency);
    const std::string_view fields[] = {tx.id,
                                       timestamp,
                                       tx.card_id,
                                       tx.customer_id,
                                       tx.merchant_id,
                                       tx.merchant_category,
                                       amount,
                                       tx.currency,
                                       tx.country,
                                       tx.city,
                                       format_coordinate(tx.latitude, lat_buf),
                                       format_coordinate(tx.longitude, lon_buf),
                                       tx.channel,
                                       tx.device_id,
                                       tx.ip,
                                       label_text(tx.label),
                                       tx.scenario};
    bool first = true;
    for (auto field : fields) {
        if (!first) line.push_back(',');
        first = false;
        append_csv(line, field);
    }
    line.push_back('\n');
}

void append_json_object(std::string& line, const Transaction& tx) {
    std::array<char, 64> buf{};
    const auto text = [&](std::string_view key, std::string_view value, bool comma = true) {
        line.push_back('"');
        line.append(key);
        line.append("\":");
        append_json_string(line, value);
        if (comma) line.push_back(',');
    };
    const auto raw = [&](std::string_view key, std::string_view value) {
        line.push_back('"');
        line.append(key);
        line.append("\":");
        line.append(value.empty() ? std::string_view("null") : value);
        line.push_back(',');
    };
    line.push_back('{');
    text("transaction_id", tx.id);
    text("timestamp", format_timestamp_iso(tx.timestamp_ms));
    text("card_id", tx.card_id);
    text("customer_id", tx.customer_id);
    text("merchant_id", tx.merchant_id);
    text("merchant_category", tx.merchant_category);
    raw("amount", format_amount(tx.amount_minor, tx.currency));
    text("currency", tx.currency);
    text("country", tx.country);
    text("city", tx.city);
    raw("latitude", format_coordinate(tx.latitude, buf));
    raw("longitude", format_coordinate(tx.longitude, buf));
    text("channel", tx.channel);
    text("device_id", tx.device_id);
    text("ip", tx.ip);
    raw("label", label_text(tx.label));
    text("scenario", tx.scenario, false);
    line.push_back('}');
}

}  // namespace

WriteFormat write_format_from_name(std::string_view name) {
    std::string lower(name);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (lower == "csv") return WriteFormat::Csv;
    if (lower == "ndjson" || lower == "jsonl") return WriteFormat::Ndjson;
    if (lower == "json") return WriteFormat::Json;
    throw std::invalid_argument(fill_text(
        FD_TR("core/Export", "unknown output format '%1': use csv, ndjson or json"), {name}));
}

TransactionWriter::TransactionWriter(std::ostream& out, WriteFormat format)
    : out_(out), format_(format) {
    if (format_ == WriteFormat::Csv) out_.write(kCsvHeader.data(), std::ssize(kCsvHeader));
}

TransactionWriter::~TransactionWriter() {
    try {
        if (!finished_) finish();
    } catch (...) {  // a stream set to throw must not escape a destructor
    }
}

void TransactionWriter::write(const Transaction& tx) {
    if (finished_) throw std::logic_error("TransactionWriter::write after finish");
    line_.clear();
    switch (format_) {
        case WriteFormat::Csv:
            append_csv_row(line_, tx);
            break;
        case WriteFormat::Ndjson:
            append_json_object(line_, tx);
            line_.push_back('\n');
            break;
        case WriteFormat::Json:
            line_.append(first_ ? "[\n" : ",\n");
            append_json_object(line_, tx);
            break;
    }
    first_ = false;
    out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
}

void TransactionWriter::finish() {
    if (finished_) return;
    finished_ = true;
    if (format_ == WriteFormat::Json) out_ << (first_ ? "[]\n" : "\n]\n");
    out_.flush();
}

}  // namespace fd
