// The symbol table, features row and transaction the rule tests share.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/rules/rules.h"
#include "core/transaction.h"

namespace fd::test {

inline RuleSymbols rule_test_symbols() {
    return RuleSymbols::with_features({"card_count_1h", "amount_ratio_30d", "distance_km"});
}

// 2024-03-05 02:30 UTC, a Tuesday; 2,340.00 EUR online in Brazil.
inline Transaction rule_test_transaction() {
    Transaction t;
    t.id = "t1";
    t.timestamp_ms = 1709605800000;
    t.card_id = "4111111111111111";
    t.customer_id = "c1";
    t.merchant_id = "m42";
    t.merchant_category = "5967";
    t.amount_minor = 234000;
    t.currency = "EUR";
    t.country = "BR";
    t.city = "S\u00e3o Paulo";
    t.channel = "online";
    t.device_id = "d9";
    t.ip = "10.0.0.1";
    return t;
}

inline constexpr std::array<float, 3> kRuleTestFeatures = {3.0f, 12.5f, 820.0f};

}  // namespace fd::test
