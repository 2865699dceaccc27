// A rule expression compiled to a flat postfix program, run on a fixed-size stack: no
// recursion and no allocation per evaluation. Internal to src/core/rules.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/rules/rule_syntax.h"
#include "core/transaction.h"

namespace fd::rules_detail {

// The most values a program may hold at once; the parser's height limit keeps programs far
// below it, and compile_program checks.
inline constexpr std::size_t kStackCapacity = 256;

enum class OpCode : std::uint8_t {
    PushNumber,      // number
    PushString,      // a: index into strings
    LoadFeature,     // a: index into the features row
    LoadField,       // a: TransactionField (number or text by field)
    LoadCodeNumber,  // a: TransactionField whose text is read as a number
    Negate,
    Arithmetic,      // a: Operator
    CompareNumbers,  // a: Operator
    CompareStrings,  // a: Operator (== or !=)
    CompareBooleans,
    Not,
    InNumbers,    // a: first index into numbers, b: count, flag: `not in`
    InStrings,    // a: first index into strings, b: count, flag: `not in`
    JumpIfFalse,  // `and`: keep false and jump to a, else drop it and go on
    JumpIfTrue,   // `or`: keep true and jump to a, else drop it and go on
};

struct Instruction {
    OpCode op = OpCode::PushNumber;
    bool flag = false;
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    double number = 0.0;
};

// Booleans as 0/1 numbers; text as a pointer and a size into the transaction or the program.
union Slot {
    double number;
    struct {
        const char* data;
        std::size_t size;
    } text;
};

struct RuleProgram {
    std::vector<Instruction> code;
    std::vector<double> numbers;       // in-list items
    std::vector<std::string> strings;  // literals and in-list items
};

RuleProgram compile_program(const SyntaxTree& tree);

// Runs the program; the result is the one value left (a condition is 0 or 1).
Slot run_program(const RuleProgram& program, const float* features, const Transaction* transaction);

}  // namespace fd::rules_detail
