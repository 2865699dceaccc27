// Fuzzes the rule language: parse any bytes against a fixed symbol table; on success,
// evaluate on a fixed context and check that the canonical text parses back to itself, with
// the same type and the same value. Also fills any bytes as a reason template.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "core/rules/rules.h"
#include "core/transaction.h"

namespace {

const fd::RuleSymbols& fuzz_symbols() {
    static const fd::RuleSymbols symbols =
        fd::RuleSymbols::with_features({"card_count_1h", "amount_ratio_30d", "distance_km"});
    return symbols;
}

fd::Transaction fuzz_transaction() {
    fd::Transaction t;
    t.timestamp_ms = 1709605800000;
    t.merchant_category = "5967";
    t.amount_minor = 234000;
    t.currency = "EUR";
    t.country = "BR";
    t.city = "S\u00e3o Paulo";
    t.channel = "online";
    t.latitude = -23.5;
    return t;
}

bool same_value(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || std::memcmp(&a, &b, sizeof a) == 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const fd::Transaction transaction = fuzz_transaction();
    static const float features[3] = {3.0f, 12.5f, 820.0f};
    const fd::RuleContext context{features, &transaction};
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const fd::RuleSymbols& symbols = fuzz_symbols();

    try {
        const fd::RuleExpression expression = fd::RuleExpression::parse(text, symbols);
        const bool matched = expression.matches(context);
        const double number = expression.evaluate_number(context);
        if (expression.matches({}) && expression.type() != fd::ValueType::Boolean) __builtin_trap();

        // Canonical text may be longer than the input (parentheses, escapes), never deeper.
        const std::string canonical = expression.canonical();
        const fd::RuleExpression again =
            fd::RuleExpression::parse(canonical, symbols, fd::RuleLimits{1u << 20, 64});
        if (again.canonical() != canonical) __builtin_trap();
        if (again.type() != expression.type()) __builtin_trap();
        if (again.matches(context) != matched) __builtin_trap();
        if (!same_value(again.evaluate_number(context), number)) __builtin_trap();
    } catch (const fd::RuleError& error) {
        if (error.message().empty() || error.column() == 0 || error.column() > size + 1)
            __builtin_trap();
    }

    try {
        const fd::ReasonTemplate reason = fd::ReasonTemplate::parse(text, symbols);
        (void)reason.format(context);
        (void)reason.format({});
    } catch (const fd::RuleError& error) {
        if (error.message().empty() || error.column() == 0) __builtin_trap();
    }
    return 0;
}
