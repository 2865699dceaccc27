// The typed syntax tree of a rule expression, in one flat vector (children by index, so no
// recursive destructor). Internal to src/core/rules.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/rules/rule_symbols.h"

namespace fd::rules_detail {

enum class NodeKind : std::uint8_t {
    Number,        // literal
    String,        // literal
    Boolean,       // literal true / false
    Symbol,        // a feature or transaction field
    CodeAsNumber,  // a numeric-code text field (merchant_category) read as a number
    Negate,
    Not,
    Arithmetic,  // + - * /
    Compare,     // < <= > >= == !=
    And,
    Or,
    InList,  // [not] in (literal, ...)
};

enum class Operator : std::uint8_t {
    Add,
    Subtract,
    Multiply,
    Divide,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Equal,
    NotEqual,
};

std::string_view operator_text(Operator op);

struct Node {
    NodeKind kind = NodeKind::Number;
    ValueType type = ValueType::Number;
    Operator op = Operator::Add;       // Arithmetic, Compare
    bool negated = false;              // InList: `not in`
    std::uint32_t left = 0;            // child: Negate, Not, binary nodes, InList's value
    std::uint32_t right = 0;           // child: binary nodes
    std::uint32_t height = 1;          // 1 for a leaf
    double number = 0.0;               // Number, Boolean (0 or 1)
    std::string text;                  // String literal; Symbol / CodeAsNumber: the name
    RuleSymbol symbol;                 // Symbol, CodeAsNumber
    std::vector<double> numbers;       // InList items when numeric
    std::vector<std::string> strings;  // InList items when text
};

struct SyntaxTree {
    std::vector<Node> nodes;
    std::uint32_t root = 0;
};

// Parses and type-checks `text`; throws RuleError with column and message.
SyntaxTree parse_syntax(std::string_view text, const RuleSymbols& symbols, std::size_t max_length,
                        std::size_t max_depth);

// Fully parenthesised, keywords in lower case, strings double-quoted: parses back to itself.
std::string canonical_text(const SyntaxTree& tree);

}  // namespace fd::rules_detail
