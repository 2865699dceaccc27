#include "core/rules/rule_error.h"

#include <utility>

#include "core/tr_mark.h"

namespace fd {

namespace {

std::string describe(std::size_t column, const std::string& message, const std::string& rule_name,
                     const std::string& part) {
    // in_rule() names both the rule and its part; the message is translated on its own.
    if (!rule_name.empty() && !part.empty()) {
        if (column == 0)
            return fill_text(FD_TR("core/Rules", "rule '%1': %2: %3"), {rule_name, part, message});
        return fill_text(FD_TR("core/Rules", "rule '%1': %2 column %3: %4"),
                         {rule_name, part, std::to_string(column), message});
    }
    if (rule_name.empty() && part.empty())
        return column == 0 ? message
                           : fill_text(FD_TR("core/Rules", "column %1: %2"),
                                       {std::to_string(column), message});
    std::string text;  // a rule without its part or the reverse: no caller makes one
    if (!rule_name.empty()) text = "rule '" + rule_name + "': ";
    if (!part.empty()) text += part + (column > 0 ? " " : ": ");
    if (column > 0) text += "column " + std::to_string(column) + ": ";
    return text + message;
}

}  // namespace

RuleError::RuleError(std::size_t column, std::string message)
    : RuleError(column, std::move(message), {}, {}) {}

RuleError::RuleError(std::size_t column, std::string message, std::string rule_name,
                     std::string part)
    : ModelError(describe(column, message, rule_name, part)),
      column_(column),
      message_(std::move(message)),
      rule_name_(std::move(rule_name)),
      part_(std::move(part)) {}

RuleError RuleError::in_rule(std::string_view rule_name, std::string_view part) const {
    return RuleError(column_, message_, std::string(rule_name), std::string(part));
}

}  // namespace fd
