// A rule expression: parsed once against a symbol table into a typed syntax tree and a flat
// program, then evaluated many times against a features row and a transaction.
//
// Grammar (loosest first; keywords in any case):
//   expr       := or
//   or         := and ( ("or" | "||") and )*
//   and        := not ( ("and" | "&&") not )*
//   not        := ("not" | "!") not | comparison
//   comparison := sum [ ("<" | "<=" | ">" | ">=" | "==" | "!=") sum
//                      | ["not"] "in" "(" literal ("," literal)* ")" ]   -- never chained
//   sum        := product ( ("+" | "-") product )*
//   product    := unary ( ("*" | "/") unary )*
//   unary      := "-" unary | value
//   value      := number | text | "true" | "false" | name | "(" expr ")"
//   literal    := ["-"] number | text
// Numbers are decimal (1000, 0.5, 1e3); text is single- or double-quoted with the escapes
// \\ \" \' \/ \n \t \r \uXXXX. Types are checked at parse time: arithmetic and < <= > >= take
// numbers, == and != take two values of one type, and/or/not take conditions, and an in-list
// holds numbers or text like its left side. merchant_category is text that may also be
// compared with numbers (`merchant_category in (5967, 7995)`).
//
// Undefined values: division by zero, a missing latitude, a non-numeric merchant_category,
// a NaN feature or a missing features row / transaction give an undefined number, and every
// comparison or in-list with an undefined number is false (`!=` and `not in` included).
// `not (x / 0 > 1)` is therefore true.
//
// Limits, so hostile text cannot exhaust the stack or time: 4096 bytes and a syntax tree at
// most 64 levels high (a chain `a or b or c ...` counts one level per operator).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/rules/rule_error.h"
#include "core/rules/rule_program.h"
#include "core/rules/rule_symbols.h"
#include "core/rules/rule_syntax.h"
#include "core/transaction.h"

namespace fd {

struct RuleLimits {
    std::size_t max_length = 4096;  // bytes of expression text
    std::size_t max_depth = 64;     // height of the syntax tree; at most 256
};

// What an expression reads: the features row (indexes from RuleSymbols) and the transaction.
// Either may be null; the values it would give are then undefined (or empty text).
struct RuleContext {
    const float* features = nullptr;
    const Transaction* transaction = nullptr;
};

class RuleExpression {
public:
    // Throws RuleError with the 1-based column and a message.
    static RuleExpression parse(std::string_view text, const RuleSymbols& symbols,
                                const RuleLimits& limits = {});

    ValueType type() const { return tree_.nodes[tree_.root].type; }
    const std::string& text() const { return text_; }

    // The value of a condition; false for an expression that is not a condition.
    bool matches(const RuleContext& context) const;
    // The value of a numeric expression; NaN when undefined or not a number.
    double evaluate_number(const RuleContext& context) const;

    // Fully parenthesised text with keywords in lower case, e.g.
    // "((amount > 1000) and (country in (\"BR\", \"NG\")))"; parses back to itself.
    std::string canonical() const;

private:
    RuleExpression() = default;

    std::string text_;
    rules_detail::SyntaxTree tree_;
    rules_detail::RuleProgram program_;
};

}  // namespace fd
