// The error of the rule language: a message for the analyst, the 1-based column it points at
// and, when it comes from a RuleSet or a rule file, the rule and the part of it concerned.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/engine/model_error.h"

namespace fd {

class RuleError : public ModelError {
public:
    // what() is "column 14: unknown name 'amout' (did you mean 'amount'?)"; column 0 means
    // the error is not about a position (a bad weight, a duplicate name) and has no prefix.
    RuleError(std::size_t column, std::string message);

    // The same error, now naming its rule and part ("expression", "reason", "weight", ...):
    // "rule 'night_online': expression column 14: unknown name 'amout' ...".
    RuleError in_rule(std::string_view rule_name, std::string_view part) const;

    std::size_t column() const { return column_; }
    const std::string& message() const { return message_; }  // without rule or column
    const std::string& rule_name() const { return rule_name_; }
    const std::string& part() const { return part_; }

private:
    RuleError(std::size_t column, std::string message, std::string rule_name, std::string part);

    std::size_t column_ = 0;
    std::string message_;
    std::string rule_name_;
    std::string part_;
};

}  // namespace fd
