#include "core/rules/rule_error.h"

#include <utility>

namespace fd {

namespace {

std::string describe(std::size_t column, const std::string& message, const std::string& rule_name,
                     const std::string& part) {
    std::string text;
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
