#include "core/rules/rule_symbols.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/rules/rule_error.h"
#include "core/tr_mark.h"

namespace fd {

namespace {

struct FieldName {
    std::string_view name;
    TransactionField field;
    ValueType type;
};

constexpr std::array<FieldName, 15> kFields = {{
    {"amount", TransactionField::Amount, ValueType::Number},
    {"hour", TransactionField::Hour, ValueType::Number},
    {"weekday", TransactionField::Weekday, ValueType::Number},
    {"latitude", TransactionField::Latitude, ValueType::Number},
    {"longitude", TransactionField::Longitude, ValueType::Number},
    {"currency", TransactionField::Currency, ValueType::String},
    {"country", TransactionField::Country, ValueType::String},
    {"city", TransactionField::City, ValueType::String},
    {"channel", TransactionField::Channel, ValueType::String},
    {"merchant_id", TransactionField::MerchantId, ValueType::String},
    {"merchant_category", TransactionField::MerchantCategory, ValueType::String},
    {"device_id", TransactionField::DeviceId, ValueType::String},
    {"ip", TransactionField::Ip, ValueType::String},
    {"card_id", TransactionField::CardId, ValueType::String},
    {"customer_id", TransactionField::CustomerId, ValueType::String},
}};

char lower(char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return lower(x) == lower(y); });
}

// Edit distance counting a swap of neighbours as one edit ("adn" -> "and"), case-insensitive
// (optimal string alignment); inputs here are short names.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            row[j] = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
                lower(a[i - 2]) == lower(b[j - 1]))
                row[j] = std::min(row[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, row);
    }
    return previous[b.size()];
}

}  // namespace

// Values inside the parser's messages ("but its operand is text"); each is translated on its own.
std::string_view value_type_name(ValueType type) {
    switch (type) {
        case ValueType::Number:
            return FD_TR("core/Rules", "a number");
        case ValueType::String:
            return FD_TR("core/Rules", "text");
        case ValueType::Boolean:
            return FD_TR("core/Rules", "a condition");
    }
    return FD_TR("core/Rules", "a value");
}

bool is_identifier(std::string_view text) {
    if (text.empty()) return false;
    const auto is_start = [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) || c == '_';
    };
    const auto is_rest = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    };
    return is_start(text.front()) && std::all_of(text.begin() + 1, text.end(), is_rest);
}

bool is_keyword(std::string_view word) {
    for (std::string_view keyword : {"and", "or", "not", "in", "true", "false"}) {
        if (equals_ignoring_case(word, keyword)) return true;
    }
    return false;
}

std::string closest_word(std::string_view word, const std::vector<std::string>& candidates) {
    // Allow about one typo per three letters, at most three: "amout" -> "amount".
    const std::size_t limit = std::clamp<std::size_t>(word.size() / 3, 1, 3);
    std::string best;
    std::size_t best_distance = limit + 1;
    for (const auto& candidate : candidates) {
        // Lengths alone bound the distance; skip far candidates without the quadratic work.
        const std::size_t length_gap = candidate.size() > word.size()
                                           ? candidate.size() - word.size()
                                           : word.size() - candidate.size();
        if (length_gap >= best_distance) continue;
        const std::size_t distance = edit_distance(word, candidate);
        if (distance < best_distance) {
            best_distance = distance;
            best = candidate;
        }
    }
    return best;
}

RuleSymbols::RuleSymbols() {
    for (const auto& entry : kFields) {
        RuleSymbol symbol;
        symbol.kind = RuleSymbol::Kind::Field;
        symbol.type = entry.type;
        symbol.field = entry.field;
        symbol.numeric_code = entry.field == TransactionField::MerchantCategory;
        symbols_.emplace(std::string(entry.name), symbol);
    }
}

RuleSymbols RuleSymbols::with_features(const std::vector<std::string>& feature_names) {
    RuleSymbols symbols;
    for (std::size_t index = 0; index < feature_names.size(); ++index) {
        if (symbols.check_new_feature(feature_names[index]).empty())
            symbols.add_number_feature(feature_names[index], index);
    }
    return symbols;
}

std::string RuleSymbols::check_new_feature(const std::string& name) const {
    if (!is_identifier(name))
        return fill_text(FD_TR("core/Rules",
                               "feature name '%1' is not a name a rule can use "
                               "(letters, digits, _)"),
                         {name});
    if (is_keyword(name))
        return fill_text(FD_TR("core/Rules", "feature name '%1' is a keyword of the rule language"),
                         {name});
    const auto found = symbols_.find(name);
    if (found == symbols_.end()) return {};
    if (found->second.kind == RuleSymbol::Kind::Feature)
        return fill_text(FD_TR("core/Rules", "feature '%1' is added twice"), {name});
    if (found->second.type != ValueType::Number)
        return fill_text(
            FD_TR("core/Rules", "feature name '%1' is taken by a text field of the transaction"),
            {name});
    return {};  // replaces a numeric transaction field, by design
}

void RuleSymbols::add_number_feature(const std::string& name, std::size_t index) {
    if (std::string problem = check_new_feature(name); !problem.empty())
        throw RuleError(0, std::move(problem));
    RuleSymbol symbol;
    symbol.kind = RuleSymbol::Kind::Feature;
    symbol.type = ValueType::Number;
    symbol.feature_index = index;
    symbols_.insert_or_assign(name, symbol);
    feature_count_ = std::max(feature_count_, index + 1);
}

const RuleSymbol* RuleSymbols::find(std::string_view name) const {
    const auto found = symbols_.find(name);
    return found == symbols_.end() ? nullptr : &found->second;
}

std::string RuleSymbols::suggest(std::string_view unknown) const {
    return closest_word(unknown, names());
}

std::vector<std::string> RuleSymbols::names() const {
    std::vector<std::string> all;
    all.reserve(symbols_.size());
    for (const auto& [name, symbol] : symbols_) all.push_back(name);
    return all;
}

}  // namespace fd
