// The names a rule may use, resolved once at parse time: numeric features (an index into the
// features row) and the transaction's own fields (an accessor), each with its type.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace fd {

enum class ValueType : std::uint8_t { Number, String, Boolean };

// "a number", "text", "a condition": for error messages.
std::string_view value_type_name(ValueType type);

// The built-in transaction fields. Numbers: amount (major units), hour (0-23, UTC), weekday
// (0 = Monday ... 6 = Sunday, UTC), latitude, longitude (undefined when absent). Text: the
// rest. merchant_category is text that also compares with numbers:
// `merchant_category in (5967, 7995)` reads "0742" as 742 and a non-numeric category as
// undefined.
enum class TransactionField : std::uint8_t {
    Amount,
    Hour,
    Weekday,
    Latitude,
    Longitude,
    Currency,
    Country,
    City,
    Channel,
    MerchantId,
    MerchantCategory,
    DeviceId,
    Ip,
    CardId,
    CustomerId,
};

struct RuleSymbol {
    enum class Kind : std::uint8_t { Feature, Field };
    Kind kind = Kind::Feature;
    ValueType type = ValueType::Number;
    std::size_t feature_index = 0;                      // Kind::Feature
    TransactionField field = TransactionField::Amount;  // Kind::Field
    bool numeric_code = false;  // text that may be compared with numbers (merchant_category)
};

class RuleSymbols {
public:
    RuleSymbols();  // the transaction fields only

    // Features at the positions of `feature_names` (the features row's columns). Names that
    // cannot be written in a rule (not an identifier, a keyword, a text field's name) are
    // left out: a rule cannot refer to them, and an unknown-name error says so.
    static RuleSymbols with_features(const std::vector<std::string>& feature_names);

    // A feature named like a numeric transaction field (say "hour") replaces the field: the
    // features row is what the analyst sees in the feature registry. Throws RuleError (column
    // 0) for a name that is not an identifier, is a keyword, a text field or a feature already.
    void add_number_feature(const std::string& name, std::size_t index);

    const RuleSymbol* find(std::string_view name) const;          // nullptr when unknown
    std::string suggest(std::string_view unknown) const;          // closest known name, or ""
    std::vector<std::string> names() const;                       // sorted
    std::size_t feature_count() const { return feature_count_; }  // 1 + largest index

private:
    std::string check_new_feature(const std::string& name) const;  // "" when acceptable

    std::map<std::string, RuleSymbol, std::less<>> symbols_;
    std::size_t feature_count_ = 0;
};

// Word helpers shared by the lexer, the symbol table and the reason templates.
bool is_identifier(std::string_view text);
bool is_keyword(std::string_view word);  // and, or, not, in, true, false, any case
// The candidate closest to `word` by edit distance (case-insensitive), if close enough to be
// a likely typo; "" otherwise. Ties go to the earliest candidate.
std::string closest_word(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace fd
