#include "core/rules/rule_set.h"

#include <cmath>
#include <set>
#include <sstream>
#include <utility>

#include "core/tr_mark.h"

namespace fd {

namespace {

constexpr std::size_t kMaxNameBytes = 200;
constexpr std::size_t kMaxReasonBytes = 4096;

std::string weight_text(double weight) {
    std::ostringstream out;
    out << weight;
    return out.str();
}

std::string too_long(std::size_t bytes) {
    return fill_text(FD_TR("core/Rules", "is longer than %1 bytes"), {std::to_string(bytes)});
}

}  // namespace

RuleSet RuleSet::compile(std::vector<Rule> rules, const RuleSymbols& symbols) {
    return compile_each(std::move(rules), symbols, nullptr);
}

RuleSet RuleSet::compile_valid(std::vector<Rule> rules, const RuleSymbols& symbols,
                               std::vector<RuleError>& problems) {
    return compile_each(std::move(rules), symbols, &problems);
}

RuleSet RuleSet::compile_each(std::vector<Rule> rules, const RuleSymbols& symbols,
                              std::vector<RuleError>* problems) {
    RuleSet set;
    std::set<std::string, std::less<>> names;
    for (std::size_t index = 0; index < rules.size(); ++index) {
        Rule& rule = rules[index];
        try {
            if (rule.name.empty())
                throw RuleError(0, fill_text(FD_TR("core/Rules", "rule %1 has an empty name"),
                                             {std::to_string(index + 1)}));
            if (rule.name.size() > kMaxNameBytes)
                throw RuleError(0, too_long(kMaxNameBytes))
                    .in_rule(rule.name.substr(0, 40) + "...", "name");
            if (names.count(rule.name) > 0)
                throw RuleError(0, FD_TR("core/Rules", "another rule has the same name"))
                    .in_rule(rule.name, "name");
            if (!(rule.weight >= 0.0 && rule.weight <= 1.0))  // also rejects NaN
                throw RuleError(0,
                                fill_text(FD_TR("core/Rules", "must be between 0 and 1 (got %1)"),
                                          {weight_text(rule.weight)}))
                    .in_rule(rule.name, "weight");
            if (rule.reason.size() > kMaxReasonBytes)
                throw RuleError(0, too_long(kMaxReasonBytes)).in_rule(rule.name, "reason");
            auto compiled = [&] {
                try {
                    RuleExpression expression = RuleExpression::parse(rule.expression, symbols);
                    if (expression.type() != ValueType::Boolean)
                        throw RuleError(
                            1, fill_text(FD_TR("core/Rules",
                                               "must be a condition (true or false), but it is %1"),
                                         {value_type_name(expression.type())}));
                    return expression;
                } catch (const RuleError& error) {
                    throw error.in_rule(rule.name, "expression");
                }
            }();
            ReasonTemplate reason;
            try {
                reason = ReasonTemplate::parse(rule.reason, symbols);
            } catch (const RuleError& error) {
                throw error.in_rule(rule.name, "reason");
            }
            names.insert(rule.name);
            set.compiled_.push_back(Compiled{std::move(compiled), std::move(reason)});
            set.rules_.push_back(std::move(rule));
        } catch (const RuleError& error) {
            if (problems == nullptr) throw;
            problems->push_back(error);
        }
    }
    return set;
}

RuleSet::Result RuleSet::evaluate(const RuleContext& context) const {
    Result result;
    evaluate(context, result);
    return result;
}

void RuleSet::evaluate(const RuleContext& context, Result& out) const {
    out.fired.clear();
    out.always_alert = false;
    double all_quiet = 1.0;  // probability that no fired rule is right, as if independent
    for (std::size_t index = 0; index < compiled_.size(); ++index) {
        if (!compiled_[index].expression.matches(context)) continue;
        out.fired.push_back(index);
        all_quiet *= 1.0 - rules_[index].weight;
        out.always_alert = out.always_alert || rules_[index].always_alert;
    }
    out.score = 1.0 - all_quiet;
}

std::string RuleSet::reason(std::size_t rule_index, const RuleContext& context) const {
    if (rules_.at(rule_index).reason.empty()) return rules_[rule_index].name;
    return compiled_[rule_index].reason.format(context);
}

const RuleExpression& RuleSet::expression(std::size_t rule_index) const {
    return compiled_.at(rule_index).expression;
}

}  // namespace fd
