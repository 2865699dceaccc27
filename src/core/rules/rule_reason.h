// A rule's reason text with {name} placeholders, checked against the symbol table at load
// time: "Large night-time online purchase of {amount} {currency} ({card_count_1h} in the
// last hour)". Write {{ and }} for literal braces.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/rules/rule_expression.h"

namespace fd {

class ReasonTemplate {
public:
    ReasonTemplate() = default;
    // Throws RuleError (column within the text) for an unknown name or a stray brace.
    static ReasonTemplate parse(std::string_view text, const RuleSymbols& symbols);

    // amount in the transaction's currency with its decimals ("2,340.00"), text as it is,
    // other numbers by format_rule_number; "n/a" for an undefined value.
    std::string format(const RuleContext& context) const;
    const std::string& text() const { return text_; }

private:
    struct Piece {
        std::string literal;  // text before the placeholder
        bool has_placeholder = false;
        RuleSymbol symbol;
        rules_detail::RuleProgram program;  // loads the placeholder's value
    };

    std::string text_;
    std::vector<Piece> pieces_;
};

// Integers without decimals ("12", "1,234"), others with up to two ("0.5", "3.14"); thousands
// grouped with commas; "n/a" for NaN.
std::string format_rule_number(double value);

// "123456.78" -> "123,456.78": commas between groups of three digits before any '.'.
std::string group_thousands(std::string_view plain_number);

}  // namespace fd
