// Rule sets: compiling with errors that name the rule, scores, reasons, the starter rules,
// the JSON rule file, and evaluation speed.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "rule_test_support.h"

namespace fd {
namespace {

std::vector<Rule> sample_rules() {
    return {
        {"night_online", "channel == 'online' and hour < 6", "Online at night: {amount} {currency}",
         0.5, false},
        {"small", "amount < 10", "Small amount", 0.9, false},
        {"high_risk_mcc", "merchant_category in (5967, 7995)", "", 0.3, false},
        {"burst", "card_count_1h >= 3", "{card_count_1h} in the last hour", 0.2, true},
    };
}

TEST(RuleSet, ScoresFiredRulesInOrder) {
    const RuleSymbols symbols = test::rule_test_symbols();
    const RuleSet set = RuleSet::compile(sample_rules(), symbols);
    ASSERT_EQ(set.size(), 4u);
    Transaction t = test::rule_test_transaction();
    const auto features = test::kRuleTestFeatures;
    const RuleContext context{features.data(), &t};

    const RuleSet::Result result = set.evaluate(context);
    EXPECT_EQ(result.fired, (std::vector<std::size_t>{0, 2, 3}));
    EXPECT_NEAR(result.score, 1.0 - 0.5 * 0.7 * 0.8, 1e-12);
    EXPECT_TRUE(result.always_alert);
    EXPECT_EQ(set.reason(0, context), "Online at night: 2,340.00 EUR");
    EXPECT_EQ(set.reason(2, context), "high_risk_mcc");  // no reason text: the rule's name
    EXPECT_EQ(set.reason(3, context), "3 in the last hour");
    EXPECT_THROW(set.reason(4, context), std::out_of_range);

    // Same answer every time; the reusing overload clears what it had.
    RuleSet::Result reused;
    reused.fired = {7, 8, 9};
    reused.always_alert = true;
    t.channel = "pos";
    set.evaluate(context, reused);
    EXPECT_EQ(reused.fired, (std::vector<std::size_t>{2, 3}));
    EXPECT_NEAR(reused.score, 1.0 - 0.7 * 0.8, 1e-12);
    t.merchant_category = "5411";
    const std::array<float, 3> quiet = {0.0f, 0.0f, 0.0f};
    set.evaluate({quiet.data(), &t}, reused);
    EXPECT_TRUE(reused.fired.empty());
    EXPECT_EQ(reused.score, 0.0);
    EXPECT_FALSE(reused.always_alert);

    EXPECT_EQ(RuleSet().evaluate(context).score, 0.0);
    EXPECT_EQ(set.expression(1).canonical(), "(amount < 10)");
}

TEST(RuleSet, ErrorsNameTheRuleAndThePart) {
    const RuleSymbols symbols = test::rule_test_symbols();
    const auto error_of = [&](Rule bad) -> std::string {
        std::vector<Rule> rules = sample_rules();
        rules.insert(rules.begin() + 1, std::move(bad));
        try {
            RuleSet::compile(rules, symbols);
        } catch (const RuleError& error) {
            return error.what();
        }
        return "no error";
    };
    EXPECT_EQ(error_of({"r", "hour < 6 and amout > 1000", "", 0.5, false}),
              "rule 'r': expression column 14: unknown name 'amout' (did you mean 'amount'?)");
    EXPECT_EQ(
        error_of({"r", "amount * 2", "", 0.5, false}),
        "rule 'r': expression column 1: must be a condition (true or false), but it is a number");
    EXPECT_EQ(error_of({"r", "", "", 0.5, false}),
              "rule 'r': expression column 1: expression is empty");
    EXPECT_EQ(error_of({"r", "true", "{amout}", 0.5, false}),
              "rule 'r': reason column 1: unknown placeholder '{amout}' (did you mean 'amount'?)");
    EXPECT_EQ(error_of({"r", "true", "", 1.5, false}),
              "rule 'r': weight: must be between 0 and 1 (got 1.5)");
    EXPECT_EQ(error_of({"r", "true", "", -0.1, false}),
              "rule 'r': weight: must be between 0 and 1 (got -0.1)");
    EXPECT_EQ(error_of({"r", "true", "", std::nan(""), false}),
              "rule 'r': weight: must be between 0 and 1 (got nan)");
    EXPECT_EQ(error_of({"burst", "true", "", 0.5, false}),
              "rule 'burst': name: another rule has the same name");
    EXPECT_EQ(error_of({"", "true", "", 0.5, false}), "rule 2 has an empty name");

    try {
        RuleSet::compile({{"r", "hour < 6 and amout > 1000", "", 0.5, false}}, symbols);
        FAIL();
    } catch (const RuleError& error) {
        EXPECT_EQ(error.rule_name(), "r");
        EXPECT_EQ(error.part(), "expression");
        EXPECT_EQ(error.column(), 14u);
        EXPECT_EQ(error.message(), "unknown name 'amout' (did you mean 'amount'?)");
    }
}

TEST(RuleSet, StarterRulesCompileWithTheirFeaturesAndReportThemMissing) {
    const RuleSymbols all = RuleSymbols::with_features(
        {"card_count_1h", "first_country_for_card", "speed_from_previous_kmh",
         "card_amount_ratio_30d", "card_count_30d", "card_small_count_1h",
         "first_device_for_card"});
    EXPECT_EQ(RuleSet::compile(default_rules(), all).size(), default_rules().size());

    std::vector<RuleError> problems;
    const RuleSet set = RuleSet::compile_valid(
        default_rules(), RuleSymbols::with_features({"card_count_1h"}), problems);
    EXPECT_EQ(set.size(), default_rules().size() - 5);
    ASSERT_EQ(problems.size(), 5u);
    EXPECT_EQ(problems[0].rule_name(), "first_country_large");
    EXPECT_EQ(problems[4].rule_name(), "impossible_travel");
    EXPECT_EQ(
        std::string(problems[4].what()),
        "rule 'impossible_travel': expression column 1: unknown name 'speed_from_previous_kmh'");

    // The night-time rule on the shared transaction, with the currency's decimals.
    const Transaction t = test::rule_test_transaction();
    const std::array<float, 1> features = {6.0f};
    const RuleSet::Result result = set.evaluate({features.data(), &t});
    ASSERT_FALSE(result.fired.empty());
    EXPECT_EQ(set.rules()[result.fired[0]].name, "large_night_online");
    EXPECT_EQ(set.reason(result.fired[0], {features.data(), &t}),
              "Large night-time online purchase of 2,340.00 EUR at hour 2");
}

TEST(RuleJson, RoundTrips) {
    std::vector<Rule> rules = sample_rules();
    rules[0].reason = "Quote \" and brace {{ and S\u00e3o";
    const RuleSet set = RuleSet::compile(rules, test::rule_test_symbols());
    const nlohmann::json json = set.to_json();
    EXPECT_EQ(RuleSet::rules_from_json(json), rules);
    EXPECT_EQ(RuleSet::rules_from_json(nlohmann::json::parse(json.dump(2))), rules);
    EXPECT_EQ(json["rules"][3]["always_alert"], true);
    EXPECT_EQ(json["rules"][1]["weight"], 0.9);

    const auto minimal = RuleSet::rules_from_json(
        nlohmann::json::parse(R"({"rules": [{"name": "a", "expression": "amount > 5"}]})"));
    ASSERT_EQ(minimal.size(), 1u);
    EXPECT_EQ(minimal[0], (Rule{"a", "amount > 5", "", 0.5, false}));
    EXPECT_TRUE(RuleSet::rules_from_json(nlohmann::json::parse(R"({"rules": []})")).empty());
}

TEST(RuleJson, RejectsBadFilesClearly) {
    const std::pair<const char*, const char*> cases[] = {
        {"[]", "a rule file must be a JSON object with a \"rules\" list"},
        {R"({"rules": {}})", "a rule file must be a JSON object with a \"rules\" list"},
        {R"({})", "a rule file must be a JSON object with a \"rules\" list"},
        {R"({"rule": []})", "rule file: unknown key 'rule' (did you mean 'rules'?)"},
        {R"({"rules": [5]})", "rule 1: is not a JSON object"},
        {R"({"rules": [{"name": "a", "expression": "true"}, {"expression": "true"}]})",
         "rule 2: \"name\" is missing or not text"},
        {R"({"rules": [{"name": 7, "expression": "true"}]})",
         "rule 1: \"name\" is missing or not text"},
        {R"({"rules": [{"name": "", "expression": "true"}]})", "rule 1: \"name\" is empty"},
        {R"({"rules": [{"name": "a"}]})", "rule 'a': expression: is missing or not text"},
        {R"({"rules": [{"name": "a", "expression": ["true"]}]})",
         "rule 'a': expression: is missing or not text"},
        {R"({"rules": [{"name": "a", "expression": "true", "weight": "high"}]})",
         "rule 'a': weight: must be a number between 0 and 1"},
        {R"({"rules": [{"name": "a", "expression": "true", "weight": 2}]})",
         "rule 'a': weight: must be between 0 and 1 (got 2)"},
        {R"({"rules": [{"name": "a", "expression": "true", "always_alert": "yes"}]})",
         "rule 'a': always_alert: must be true or false"},
        {R"({"rules": [{"name": "a", "expression": "true", "reason": 5}]})",
         "rule 'a': reason: must be text"},
        {R"({"rules": [{"name": "a", "expression": "true", "weigth": 0.5}]})",
         "rule 'a': key: unknown key 'weigth' (did you mean 'weight'?)"},
    };
    for (const auto& [text, message] : cases) {
        SCOPED_TRACE(text);
        try {
            RuleSet::rules_from_json(nlohmann::json::parse(text));
            ADD_FAILURE() << "loaded without an error";
        } catch (const RuleError& error) {
            EXPECT_EQ(std::string(error.what()), message);
        }
    }
    nlohmann::json many = {{"rules", nlohmann::json::array()}};
    for (int i = 0; i < 10001; ++i)
        many["rules"].push_back({{"name", "r"}, {"expression", "true"}});
    EXPECT_THROW(RuleSet::rules_from_json(many), RuleError);
}

TEST(RuleSpeed, EvaluatesMillionsOfSimpleRulesPerSecond) {
    const RuleSymbols symbols = test::rule_test_symbols();
    const RuleExpression rule =
        RuleExpression::parse("amount > 1000 and channel == 'online'", symbols);
    Transaction t = test::rule_test_transaction();
    const auto features = test::kRuleTestFeatures;
    const RuleContext context{features.data(), &t};
    constexpr int kEvaluations = 5'000'000;
    int fired = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < kEvaluations; ++i) {
        t.amount_minor = (i & 1) ? 234000 : 500;  // alternate so nothing is hoisted
        fired += rule.matches(context) ? 1 : 0;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(fired, kEvaluations / 2);
    const double per_second = kEvaluations / seconds;
    std::printf("rule evaluations: %.1f million per second\n", per_second / 1e6);
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
    // Far below the measured rate, so a busy machine does not fail it.
    EXPECT_GT(per_second, 2e6);
#endif
}

TEST(RuleSpeed, EvaluatesTheStarterRuleSet) {
    const RuleSet set = RuleSet::compile(
        default_rules(), RuleSymbols::with_features(
                             {"card_count_1h", "first_country_for_card", "speed_from_previous_kmh",
                              "card_amount_ratio_30d", "card_count_30d", "card_small_count_1h",
                              "first_device_for_card"}));
    Transaction t = test::rule_test_transaction();
    const std::array<float, 7> features = {6.0f, 1.0f, 120.0f, 2.0f, 40.0f, 0.0f, 0.0f};
    RuleSet::Result result;
    constexpr int kTransactions = 1'000'000;
    std::size_t fired = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < kTransactions; ++i) {
        t.amount_minor = 1000 + i % 1'000'000;
        set.evaluate({features.data(), &t}, result);
        fired += result.fired.size();
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_GT(fired, 0u);
    std::printf("starter rule set (%zu rules): %.2f million transactions per second\n", set.size(),
                kTransactions / seconds / 1e6);
}

}  // namespace
}  // namespace fd
