#include "core/rules/rule_expression.h"

#include <algorithm>
#include <limits>

namespace fd {

RuleExpression RuleExpression::parse(std::string_view text, const RuleSymbols& symbols,
                                     const RuleLimits& limits) {
    const std::size_t max_depth = std::min(limits.max_depth, rules_detail::kStackCapacity);
    RuleExpression expression;
    expression.tree_ = rules_detail::parse_syntax(text, symbols, limits.max_length, max_depth);
    expression.program_ = rules_detail::compile_program(expression.tree_);
    expression.text_ = std::string(text);
    return expression;
}

bool RuleExpression::matches(const RuleContext& context) const {
    if (type() != ValueType::Boolean) return false;
    return rules_detail::run_program(program_, context.features, context.transaction).number != 0.0;
}

double RuleExpression::evaluate_number(const RuleContext& context) const {
    if (type() != ValueType::Number) return std::numeric_limits<double>::quiet_NaN();
    return rules_detail::run_program(program_, context.features, context.transaction).number;
}

std::string RuleExpression::canonical() const {
    return rules_detail::canonical_text(tree_);
}

}  // namespace fd
