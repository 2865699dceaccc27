// The rule file: {"rules": [{"name", "expression", "weight", "reason", "always_alert"}]}.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/rules/rule_set.h"
#include "core/tr_mark.h"

namespace fd {

namespace {

constexpr std::size_t kMaxRules = 10000;
constexpr const char* kNotARuleFile =
    FD_TR("core/Rules", "a rule file must be a JSON object with a \"rules\" list");

const std::vector<std::string> kRuleKeys = {"name", "expression", "weight", "reason",
                                            "always_alert"};

std::string unknown_key_message(const std::string& key, const std::vector<std::string>& known) {
    const std::string suggestion = closest_word(key, known);
    if (suggestion.empty()) return fill_text(FD_TR("core/Rules", "unknown key '%1'"), {key});
    return fill_text(FD_TR("core/Rules", "unknown key '%1' (did you mean '%2'?)"),
                     {key, suggestion});
}

// Errors before the rule's name is known say where it is: "rule 3: ...". The template has %1
// for the rule's number.
[[noreturn]] void fail_at(std::size_t index, const char* message_template) {
    throw RuleError(0, fill_text(message_template, {std::to_string(index + 1)}));
}

[[noreturn]] void fail_in_rule(const Rule& rule, const std::string& part,
                               const std::string& message) {
    throw RuleError(0, message).in_rule(rule.name, part);
}

Rule rule_from_json(const nlohmann::json& item, std::size_t index) {
    if (!item.is_object()) fail_at(index, FD_TR("core/Rules", "rule %1: is not a JSON object"));
    Rule rule;
    const auto name = item.find("name");
    if (name == item.end() || !name->is_string())
        fail_at(index, FD_TR("core/Rules", "rule %1: \"name\" is missing or not text"));
    rule.name = name->get<std::string>();
    if (rule.name.empty()) fail_at(index, FD_TR("core/Rules", "rule %1: \"name\" is empty"));
    const auto fail = [&rule](const std::string& part, const std::string& message) {
        fail_in_rule(rule, part, message);
    };
    for (const auto& [key, value] : item.items()) {
        if (std::find(kRuleKeys.begin(), kRuleKeys.end(), key) == kRuleKeys.end())
            fail("key", unknown_key_message(key, kRuleKeys));
    }
    const auto expression = item.find("expression");
    if (expression == item.end() || !expression->is_string())
        fail("expression", FD_TR("core/Rules", "is missing or not text"));
    rule.expression = expression->get<std::string>();
    if (const auto weight = item.find("weight"); weight != item.end()) {
        if (!weight->is_number())
            fail("weight", FD_TR("core/Rules", "must be a number between 0 and 1"));
        rule.weight = weight->get<double>();
        if (!(rule.weight >= 0.0 && rule.weight <= 1.0))
            fail("weight", fill_text(FD_TR("core/Rules", "must be between 0 and 1 (got %1)"),
                                     {weight->dump()}));
    }
    if (const auto reason = item.find("reason"); reason != item.end()) {
        if (!reason->is_string()) fail("reason", FD_TR("core/Rules", "must be text"));
        rule.reason = reason->get<std::string>();
    }
    if (const auto always = item.find("always_alert"); always != item.end()) {
        if (!always->is_boolean())
            fail("always_alert", FD_TR("core/Rules", "must be true or false"));
        rule.always_alert = always->get<bool>();
    }
    return rule;
}

}  // namespace

nlohmann::json RuleSet::rules_to_json(const std::vector<Rule>& rules) {
    nlohmann::json list = nlohmann::json::array();
    for (const Rule& rule : rules) {
        list.push_back({{"name", rule.name},
                        {"expression", rule.expression},
                        {"weight", rule.weight},
                        {"reason", rule.reason},
                        {"always_alert", rule.always_alert}});
    }
    return {{"rules", std::move(list)}};
}

std::vector<Rule> RuleSet::rules_from_json(const nlohmann::json& json) {
    if (!json.is_object()) throw RuleError(0, kNotARuleFile);
    for (const auto& [key, value] : json.items()) {
        if (key != "rules")
            throw RuleError(0, fill_text(FD_TR("core/Rules", "rule file: %1"),
                                         {unknown_key_message(key, {"rules"})}));
    }
    const auto list = json.find("rules");
    if (list == json.end() || !list->is_array()) throw RuleError(0, kNotARuleFile);
    if (list->size() > kMaxRules)
        throw RuleError(0, fill_text(FD_TR("core/Rules", "too many rules (%1; at most %2)"),
                                     {std::to_string(list->size()), std::to_string(kMaxRules)}));
    std::vector<Rule> rules;
    rules.reserve(list->size());
    for (std::size_t index = 0; index < list->size(); ++index)
        rules.push_back(rule_from_json((*list)[index], index));
    return rules;
}

}  // namespace fd
