// Analyst rules: a name, a condition, a weight and a reason text. A RuleSet compiles a list
// against a symbol table once and evaluates it per transaction.
//
// Score: the fired rules combine as independent pieces of evidence,
//   score = 1 - prod over fired rules of (1 - weight),
// so one rule of weight 0.6 scores 0.6, two of 0.5 score 0.75, and nothing fired scores 0.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/rules/rule_expression.h"
#include "core/rules/rule_reason.h"

namespace fd {

struct Rule {
    std::string name;           // unique within a set
    std::string expression;     // must be a condition
    std::string reason;         // template with {name} placeholders; empty: the rule's name
    double weight = 0.5;        // 0..1
    bool always_alert = false;  // when it fires, alert whatever the score

    bool operator==(const Rule&) const = default;
};

class RuleSet {
public:
    struct Result {
        std::vector<std::size_t> fired;  // indexes into rules(), ascending
        double score = 0.0;              // see the header comment
        bool always_alert = false;       // a fired rule has always_alert
    };

    RuleSet() = default;  // no rules: nothing fires, score 0

    // Throws RuleError naming the first bad rule and the part at fault: an empty or
    // duplicate name, a weight outside 0..1, an expression that does not parse or is not a
    // condition, a reason with an unknown placeholder.
    static RuleSet compile(std::vector<Rule> rules, const RuleSymbols& symbols);
    // Keeps the good rules and reports each bad one in `problems`, e.g. a starter rule whose
    // feature this features row lacks.
    static RuleSet compile_valid(std::vector<Rule> rules, const RuleSymbols& symbols,
                                 std::vector<RuleError>& problems);

    // Const and safe to call from several threads at once.
    Result evaluate(const RuleContext& context) const;
    void evaluate(const RuleContext& context, Result& out) const;  // reuses out.fired's memory

    // The rule's reason text with its placeholders filled from `context`.
    std::string reason(std::size_t rule_index, const RuleContext& context) const;

    const std::vector<Rule>& rules() const { return rules_; }
    const RuleExpression& expression(std::size_t rule_index) const;
    std::size_t size() const { return rules_.size(); }

    // {"rules": [{"name", "expression", "weight", "reason", "always_alert"}, ...]}
    nlohmann::json to_json() const { return rules_to_json(rules_); }
    static nlohmann::json rules_to_json(const std::vector<Rule>& rules);
    // Checks the shape and types (not the expressions: compile does); throws RuleError naming
    // the rule and key at fault. Missing weight: 0.5; missing reason: ""; always_alert: false.
    static std::vector<Rule> rules_from_json(const nlohmann::json& json);

private:
    struct Compiled {
        RuleExpression expression;
        ReasonTemplate reason;
    };
    static RuleSet compile_each(std::vector<Rule> rules, const RuleSymbols& symbols,
                                std::vector<RuleError>* problems);

    std::vector<Rule> rules_;
    std::vector<Compiled> compiled_;
};

// Starter rules. On transaction fields only: large_night_online, high_risk_category,
// large_amount. On features, which the features row must provide under these names:
// card_burst (card_count_1h), first_country_large (first_country_for_card, a 0/1 flag),
// amount_spike (card_amount_ratio_30d, card_count_30d), card_testing (card_small_count_1h),
// new_device_new_country (first_device_for_card, first_country_for_card), impossible_travel
// (speed_from_previous_kmh). RuleSet::compile_valid drops and reports those whose features
// are missing.
std::vector<Rule> default_rules();

}  // namespace fd
