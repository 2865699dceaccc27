#include "field_mapping.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "amount.h"
#include "limits.h"
#include "sha256.h"
#include "tr_mark.h"
#include "utf8.h"

namespace fd {
namespace {

constexpr std::array<std::string_view, kCanonicalFieldCount> kCanonicalNames = {
    "transaction_id", "timestamp", "card_id", "customer_id", "merchant_id", "merchant_category",
    "amount",         "currency",  "country", "city",        "latitude",    "longitude",
    "channel",        "device_id", "ip",      "label",       "scenario"};

// Spellings per canonical field, best first. The canonical name itself ranks first.
struct Spellings {
    CanonicalField field;
    std::vector<std::string_view> names;
};

const std::vector<Spellings>& spelling_table() {
    static const std::vector<Spellings> table = {
        {CanonicalField::TransactionId,
         {"transaction_id", "txn_id", "tx_id", "trans_id", "trans_num", "transactionid", "id"}},
        {CanonicalField::Timestamp,
         {"timestamp", "tx_datetime", "trans_date_trans_time", "event_time", "datetime",
          "transaction_time", "created_at", "time"}},
        {CanonicalField::CardId, {"card_id", "cc_num", "card_number", "pan", "card", "account_id"}},
        {CanonicalField::CustomerId, {"customer_id", "user_id", "client_id", "customer"}},
        {CanonicalField::MerchantId, {"merchant_id", "terminal_id", "merchant"}},
        {CanonicalField::MerchantCategory, {"merchant_category", "mcc", "category"}},
        {CanonicalField::Amount,
         {"amount", "amt", "tx_amount", "transaction_amount", "transactionamt"}},
        {CanonicalField::Currency, {"currency", "currency_code", "ccy"}},
        {CanonicalField::Country, {"country", "country_code"}},
        {CanonicalField::City, {"city"}},
        {CanonicalField::Latitude, {"latitude", "merch_lat", "lat"}},
        {CanonicalField::Longitude, {"longitude", "merch_long", "merch_lon", "lon", "lng", "long"}},
        {CanonicalField::Channel, {"channel", "entry_mode"}},
        {CanonicalField::DeviceId, {"device_id", "device", "deviceid"}},
        {CanonicalField::Ip, {"ip", "ip_address", "ipaddress", "client_ip"}},
        {CanonicalField::Label,
         {"label", "is_fraud", "isfraud", "fraud", "tx_fraud", "class", "fraud_label"}},
        {CanonicalField::Scenario, {"scenario", "tx_fraud_scenario", "fraud_scenario"}},
    };
    return table;
}

// Lower case, spaces and hyphens as underscores: "Transaction Amount" -> "transaction_amount".
std::string normalise_name(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    for (char c : name) {
        if (c == ' ' || c == '-')
            out.push_back('_');
        else
            out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return out;
}

// Rank of `name` for `field` (lower is better), or -1.
int spelling_rank(const Spellings& s, std::string_view normalised) {
    for (std::size_t i = 0; i < s.names.size(); ++i)
        if (s.names[i] == normalised) return static_cast<int>(i);
    return -1;
}

std::optional<std::pair<CanonicalField, int>> detect_with_rank(std::string_view column_name) {
    const std::string full = normalise_name(column_name);
    const auto dot = full.rfind('.');
    const std::string_view last =
        dot == std::string::npos ? std::string_view(full) : std::string_view(full).substr(dot + 1);
    for (const auto& s : spelling_table()) {
        if (int r = spelling_rank(s, full); r >= 0) return std::pair{s.field, r};
    }
    // A dotted JSON path matches on its last segment, ranked after every full match.
    if (dot != std::string::npos) {
        for (const auto& s : spelling_table()) {
            if (int r = spelling_rank(s, last); r >= 0) return std::pair{s.field, 100 + r};
        }
    }
    return std::nullopt;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

bool equals_ignore_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::optional<double> parse_number(std::string_view text) {
    text = trim(text);
    if (text.empty()) return std::nullopt;
    if (text.front() == '+') text.remove_prefix(1);
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

constexpr std::array<std::pair<TimestampFormat, std::string_view>, 5> kTimestampFormatNames = {{
    {TimestampFormat::Auto, "auto"},
    {TimestampFormat::Iso8601, "iso8601"},
    {TimestampFormat::EpochSeconds, "epoch_seconds"},
    {TimestampFormat::EpochMillis, "epoch_millis"},
    {TimestampFormat::OffsetSeconds, "offset_seconds"},
}};

bool valid_profile_name(std::string_view name) {
    return !name.empty() && name.size() <= 100 && name.front() != '.' &&
           std::all_of(name.begin(), name.end(), [](char c) {
               return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' ||
                      c == '-';
           });
}

}  // namespace

std::string_view canonical_name(CanonicalField field) {
    return kCanonicalNames[static_cast<std::size_t>(field)];
}

std::optional<CanonicalField> canonical_from_name(std::string_view name) {
    for (int i = 0; i < kCanonicalFieldCount; ++i)
        if (kCanonicalNames[static_cast<std::size_t>(i)] == name)
            return static_cast<CanonicalField>(i);
    return std::nullopt;
}

std::optional<CanonicalField> detect_field(std::string_view column_name) {
    if (auto hit = detect_with_rank(column_name)) return hit->first;
    return std::nullopt;
}

MappingProfile detect_mapping(const std::vector<std::string>& columns) {
    MappingProfile profile;
    profile.name = "detected";
    std::array<int, kCanonicalFieldCount> best_rank;
    best_rank.fill(1 << 30);
    for (const auto& column : columns) {
        const auto hit = detect_with_rank(column);
        if (!hit) continue;
        const auto index = static_cast<std::size_t>(hit->first);
        if (hit->second < best_rank[index]) {  // strictly better: the first column wins ties
            best_rank[index] = hit->second;
            profile.columns[index] = column;
        }
    }
    return profile;
}

std::string MappingProfile::to_json() const {
    nlohmann::ordered_json j;
    j["name"] = name;
    nlohmann::ordered_json cols = nlohmann::ordered_json::object();
    for (int i = 0; i < kCanonicalFieldCount; ++i)
        if (!columns[static_cast<std::size_t>(i)].empty())
            cols[std::string(kCanonicalNames[static_cast<std::size_t>(i)])] =
                columns[static_cast<std::size_t>(i)];
    j["columns"] = cols;
    j["ignored"] = ignored;
    for (const auto& [format, format_name] : kTimestampFormatNames)
        if (format == timestamp.format) j["timestamp_format"] = format_name;
    if (timestamp.format == TimestampFormat::OffsetSeconds)
        j["timestamp_start"] = format_timestamp_iso(timestamp.offset_start_ms);
    j["default_currency"] = default_currency;
    return j.dump(2) + "\n";
}

MappingProfile MappingProfile::from_json(std::string_view json) {
    const auto j = nlohmann::json::parse(json, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        throw std::invalid_argument(FD_TR("core/Import", "mapping profile is not a JSON object"));
    MappingProfile profile;
    for (const auto& [key, value] : j.items()) {
        if (key == "name") {
            if (!value.is_string())
                throw std::invalid_argument(FD_TR("core/Import", "\"name\" must be a string"));
            profile.name = value.get<std::string>();
        } else if (key == "columns") {
            if (!value.is_object())
                throw std::invalid_argument(FD_TR("core/Import", "\"columns\" must be an object"));
            for (const auto& [field, column] : value.items()) {
                const auto canonical = canonical_from_name(field);
                if (!canonical)
                    throw std::invalid_argument(
                        fill_text(FD_TR("core/Import",
                                        "\"columns\" names unknown field \"%1\"; "
                                        "fields are transaction_id, timestamp, "
                                        "card_id, amount, ..."),
                                  {field}));
                if (!column.is_string())
                    throw std::invalid_argument(fill_text(
                        FD_TR("core/Import", "column for \"%1\" must be a string"), {field}));
                profile.column(*canonical) = column.get<std::string>();
            }
        } else if (key == "ignored") {
            if (!value.is_array())
                throw std::invalid_argument(FD_TR("core/Import", "\"ignored\" must be an array"));
            for (const auto& column : value) {
                if (!column.is_string())
                    throw std::invalid_argument(
                        FD_TR("core/Import", "\"ignored\" must hold column names"));
                profile.ignored.push_back(column.get<std::string>());
            }
        } else if (key == "timestamp_format") {
            const auto name = value.is_string() ? value.get<std::string>() : std::string();
            const auto it = std::find_if(kTimestampFormatNames.begin(), kTimestampFormatNames.end(),
                                         [&](const auto& p) { return p.second == name; });
            if (it == kTimestampFormatNames.end())
                throw std::invalid_argument(FD_TR("core/Import",
                                                  "\"timestamp_format\" must be auto, iso8601, "
                                                  "epoch_seconds, epoch_millis or offset_seconds"));
            profile.timestamp.format = it->first;
        } else if (key == "timestamp_start") {
            std::string error;
            const auto text = value.is_string() ? value.get<std::string>() : std::string();
            const auto ms = parse_timestamp_ms(text, {TimestampFormat::Iso8601, 0}, &error);
            if (!ms)
                throw std::invalid_argument(
                    fill_text(FD_TR("core/Import", "\"timestamp_start\": %1"), {error}));
            profile.timestamp.offset_start_ms = *ms;
        } else if (key == "default_currency") {
            const auto code = value.is_string() ? value.get<std::string>() : std::string();
            if (code.size() != 3 ||
                !std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
                throw std::invalid_argument(FD_TR(
                    "core/Import", "\"default_currency\" must be an ISO 4217 code such as EUR"));
            profile.default_currency = code;
        } else {
            throw std::invalid_argument(
                fill_text(FD_TR("core/Import", "unknown key \"%1\" in mapping profile"), {key}));
        }
    }
    return profile;
}

MappingProfileStore::MappingProfileStore(std::string directory)
    : directory_(std::move(directory)) {}

std::string MappingProfileStore::default_directory() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return std::string(xdg) + "/frauddesk/mappings";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/.local/share/frauddesk/mappings";
}

void MappingProfileStore::save(const MappingProfile& profile) const {
    if (!valid_profile_name(profile.name))
        throw std::runtime_error(fill_text(FD_TR("core/Import",
                                                 "mapping profile name \"%1\" is not valid: use "
                                                 "letters, digits, '_', '-' and '.'"),
                                           {profile.name}));
    std::error_code ec;
    std::filesystem::create_directories(directory_, ec);
    const auto path = directory_ + "/" + profile.name + ".json";
    const auto temp = path + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << profile.to_json();
        if (!out.flush())
            throw std::runtime_error(
                fill_text(FD_TR("core/Import", "cannot write mapping profile %1"), {temp}));
    }
    std::filesystem::rename(temp, path, ec);
    if (ec)
        throw std::runtime_error(fill_text(
            FD_TR("core/Import", "cannot save mapping profile %1: %2"), {path, ec.message()}));
}

namespace {
MappingProfile load_profile_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(
            fill_text(FD_TR("core/Import", "cannot read mapping profile %1"), {path}));
    std::stringstream text;
    text << in.rdbuf();
    try {
        return MappingProfile::from_json(text.str());
    } catch (const std::invalid_argument& e) {
        throw std::runtime_error(
            fill_text(FD_TR("core/Import", "mapping profile %1: %2"), {path, e.what()}));
    }
}
}  // namespace

MappingProfile MappingProfileStore::load(const std::string& name) const {
    if (!valid_profile_name(name))
        throw std::runtime_error(
            fill_text(FD_TR("core/Import", "mapping profile name \"%1\" is not valid"), {name}));
    const auto path = directory_ + "/" + name + ".json";
    if (!std::filesystem::exists(path))
        throw std::runtime_error(
            fill_text(FD_TR("core/Import",
                            "no mapping profile named \"%1\" in %2; save one from "
                            "the import wizard or pass a profile file"),
                      {name, directory_}));
    return load_profile_file(path);
}

std::vector<std::string> MappingProfileStore::names() const {
    std::vector<std::string> result;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(directory_, ec)) {
        if (entry.path().extension() == ".json") result.push_back(entry.path().stem().string());
    }
    std::sort(result.begin(), result.end());
    return result;
}

MappingProfile load_mapping(const std::string& name_or_path, const MappingProfileStore& store) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(name_or_path, ec)) return load_profile_file(name_or_path);
    return store.load(name_or_path);
}

// ---------------------------------------------------------------------------------------------

RecordMapper::RecordMapper(MappingProfile profile) : profile_(std::move(profile)) {
    index_of_field_.fill(-1);
}

void RecordMapper::bind(const std::vector<std::string>& columns, const std::string& source_name) {
    // Keep decisions made for columns already seen; columns are only ever appended.
    const std::size_t known = column_names_.size();
    column_names_ = columns;
    canonical_of_column_.resize(columns.size(), -1);
    ignored_.resize(columns.size(), false);
    extra_kind_.resize(columns.size(), ExtraKind::Undecided);
    if (known > 0 && known <= columns.size()) {
        for (std::size_t i = known; i < columns.size(); ++i)
            ignored_[i] = std::find(profile_.ignored.begin(), profile_.ignored.end(), columns[i]) !=
                          profile_.ignored.end();
        return;
    }
    index_of_field_.fill(-1);
    for (int f = 0; f < kCanonicalFieldCount; ++f) {
        const auto& wanted = profile_.columns[static_cast<std::size_t>(f)];
        if (wanted.empty()) continue;
        const auto it = std::find(columns.begin(), columns.end(), wanted);
        if (it == columns.end())
            throw FileError(
                fill_text(FD_TR("core/Import",
                                "%1: the mapping puts %2 in column \"%3\", which "
                                "the file does not have. Fix the mapping or the "
                                "file."),
                          {source_name, canonical_name(static_cast<CanonicalField>(f)), wanted}));
        const auto index = static_cast<std::size_t>(it - columns.begin());
        index_of_field_[static_cast<std::size_t>(f)] = static_cast<int>(index);
        canonical_of_column_[index] = f;
    }
    for (std::size_t i = 0; i < columns.size(); ++i)
        ignored_[i] = std::find(profile_.ignored.begin(), profile_.ignored.end(), columns[i]) !=
                      profile_.ignored.end();
    for (auto required : {CanonicalField::Amount, CanonicalField::Timestamp}) {
        if (index_of_field_[static_cast<std::size_t>(required)] < 0)
            throw FileError(fill_text(FD_TR("core/Import",
                                            "%1: no %2 column found among %3 "
                                            "columns. Name it \"%4\" or map it "
                                            "with --mapping (a profile)."),
                                      {source_name, canonical_name(required),
                                       std::to_string(columns.size()), canonical_name(required)}));
    }
}

bool RecordMapper::map(const Record& record, Transaction& out, RowError& error) {
    auto fail = [&](CanonicalField field, std::string reason) {
        error.line = record.line;
        error.field = std::string(canonical_name(field));
        const auto index = index_of_field_[static_cast<std::size_t>(field)];
        if (index >= 0) error.field = column_names_[static_cast<std::size_t>(index)];
        error.reason = std::move(reason);
        error.raw.assign(record.raw.substr(0, kMaxRawRejectBytes));
        return false;
    };
    auto value_of = [&](CanonicalField field) -> std::string_view {
        const int index = index_of_field_[static_cast<std::size_t>(field)];
        if (index < 0 || static_cast<std::size_t>(index) >= record.fields.size()) return {};
        const auto& v = record.fields[static_cast<std::size_t>(index)];
        return v.present ? trim(v.text) : std::string_view();
    };
    // Text fields: NUL bytes reject the row; invalid UTF-8 is replaced with U+FFFD.
    bool nul_found = false;
    auto set_text = [&](std::string& target, std::string_view text) {
        if (text.find('\0') != std::string_view::npos) nul_found = true;
        if (is_valid_utf8(text))
            target.assign(text);
        else
            target = replace_invalid_utf8(text);
    };

    out.extras.clear();
    out.attributes.clear();
    std::string reason;

    // Timestamp (required).
    const auto ts_text = value_of(CanonicalField::Timestamp);
    if (ts_text.empty())
        return fail(CanonicalField::Timestamp, FD_TR("core/Import", "timestamp is empty"));
    const auto ts = parse_timestamp_ms(ts_text, profile_.timestamp, &reason);
    if (!ts) return fail(CanonicalField::Timestamp, reason);
    out.timestamp_ms = *ts;

    // Currency, then the amount in its minor units (required).
    const auto currency_text = value_of(CanonicalField::Currency);
    if (currency_text.empty()) {
        out.currency = profile_.default_currency;
    } else {
        if (currency_text.size() != 3 ||
            !std::all_of(currency_text.begin(), currency_text.end(),
                         [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }))
            return fail(
                CanonicalField::Currency,
                fill_text(FD_TR("core/Import", "currency '%1' is not an ISO 4217 code such as EUR"),
                          {currency_text}));
        out.currency.resize(3);
        std::transform(currency_text.begin(), currency_text.end(), out.currency.begin(),
                       [](char c) { return static_cast<char>(std::toupper(c)); });
    }
    const auto amount_text = value_of(CanonicalField::Amount);
    if (amount_text.empty())
        return fail(CanonicalField::Amount, FD_TR("core/Import", "amount is empty"));
    const auto amount = parse_amount_minor(amount_text, currency_exponent(out.currency), &reason);
    if (!amount) return fail(CanonicalField::Amount, reason);
    out.amount_minor = *amount;

    // Label: empty is unknown; anything but 0/1/true/false is refused rather than guessed.
    const auto label_text = value_of(CanonicalField::Label);
    if (label_text.empty())
        out.label = Label::Unknown;
    else if (label_text == "1" || equals_ignore_case(label_text, "true"))
        out.label = Label::Fraud;
    else if (label_text == "0" || equals_ignore_case(label_text, "false"))
        out.label = Label::Legit;
    else
        return fail(CanonicalField::Label,
                    fill_text(FD_TR("core/Import",
                                    "label '%1' is not 0, 1, true or false; leave "
                                    "it empty when unknown"),
                              {label_text.substr(0, 40)}));

    // Coordinates: optional, but when present they must be numbers in range.
    auto coordinate = [&](CanonicalField field, double limit,
                          std::optional<double>& target) -> bool {
        const auto text = value_of(field);
        target.reset();
        if (text.empty()) return true;
        const auto v = parse_number(text);
        if (!v || std::fabs(*v) > limit) {
            const std::string bound = std::to_string(static_cast<int>(limit));
            fail(
                field,
                fill_text(
                    field == CanonicalField::Latitude
                        ? FD_TR("core/Import", "latitude '%1' is not a number between -%2 and %3")
                        : FD_TR("core/Import", "longitude '%1' is not a number between -%2 and %3"),
                    {text.substr(0, 40), bound, bound}));
            return false;
        }
        target = *v;
        return true;
    };
    if (!coordinate(CanonicalField::Latitude, 90.0, out.latitude)) return false;
    if (!coordinate(CanonicalField::Longitude, 180.0, out.longitude)) return false;

    set_text(out.card_id, value_of(CanonicalField::CardId));
    set_text(out.customer_id, value_of(CanonicalField::CustomerId));
    set_text(out.merchant_id, value_of(CanonicalField::MerchantId));
    set_text(out.merchant_category, value_of(CanonicalField::MerchantCategory));
    set_text(out.country, value_of(CanonicalField::Country));
    set_text(out.city, value_of(CanonicalField::City));
    set_text(out.channel, value_of(CanonicalField::Channel));
    set_text(out.device_id, value_of(CanonicalField::DeviceId));
    set_text(out.ip, value_of(CanonicalField::Ip));
    set_text(out.scenario, value_of(CanonicalField::Scenario));

    // Unmapped columns: numbers become extra features, other text is kept as attributes.
    const std::size_t n = std::min(record.fields.size(), column_names_.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (canonical_of_column_[i] >= 0 || ignored_[i] || !record.fields[i].present) continue;
        const auto text = trim(record.fields[i].text);
        if (text.empty()) continue;
        if (extra_kind_[i] == ExtraKind::Undecided)
            extra_kind_[i] = parse_number(text) ? ExtraKind::Number : ExtraKind::Text;
        if (extra_kind_[i] == ExtraKind::Number) {
            if (const auto v = parse_number(text)) {
                out.extras.push_back({column_names_[i], *v});
                continue;
            }
        }
        out.attributes.push_back({column_names_[i], {}});
        set_text(out.attributes.back().value, text);
    }
    if (nul_found) {
        error.line = record.line;
        error.field.clear();
        error.reason = FD_TR("core/Import", "the row holds a NUL byte; the file may be corrupt");
        error.raw.assign(record.raw.substr(0, kMaxRawRejectBytes));
        return false;
    }

    // Id: from its column, or derived from the content so a re-import stays idempotent.
    if (index_of_field_[static_cast<std::size_t>(CanonicalField::TransactionId)] >= 0) {
        const auto id = value_of(CanonicalField::TransactionId);
        if (id.empty())
            return fail(
                CanonicalField::TransactionId,
                FD_TR("core/Import", "transaction id is empty; every row needs a unique id"));
        set_text(out.id, id);
    } else {
        // Column names are hashed with values, in name order, so the same row hashes the
        // same whatever the column (or JSON key) order of the file it came in.
        if (sorted_columns_.size() != n) {
            sorted_columns_.resize(n);
            for (std::size_t i = 0; i < n; ++i) sorted_columns_[i] = i;
            std::sort(
                sorted_columns_.begin(), sorted_columns_.end(),
                [&](std::size_t a, std::size_t b) { return column_names_[a] < column_names_[b]; });
        }
        Sha256 hash;
        for (std::size_t i : sorted_columns_) {
            if (!record.fields[i].present || ignored_[i]) continue;
            const auto text = trim(record.fields[i].text);
            if (text.empty()) continue;
            hash.update(column_names_[i]);
            hash.update("\x1f", 1);
            hash.update(text);
            hash.update("\x1e", 1);
        }
        out.id = "h" + hash.finish_hex().substr(0, 32);
    }
    return true;
}

}  // namespace fd
