#include "core/rules/rule_program.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <string_view>

#include "core/rules/rule_error.h"
#include "core/tr_mark.h"

namespace fd::rules_detail {

namespace {

constexpr double kUndefined = std::numeric_limits<double>::quiet_NaN();
constexpr std::int64_t kMillisPerHour = 3'600'000;
constexpr std::int64_t kMillisPerDay = 24 * kMillisPerHour;

// Floor division and its remainder in [0, divisor): times before 1970 count too, and
// neither overflows for any int64 timestamp.
std::int64_t floor_div(std::int64_t value, std::int64_t divisor) {
    const std::int64_t quotient = value / divisor;
    return (value % divisor != 0 && value < 0) ? quotient - 1 : quotient;
}
std::int64_t floor_mod(std::int64_t value, std::int64_t divisor) {
    const std::int64_t remainder = value % divisor;
    return remainder < 0 ? remainder + divisor : remainder;
}

class Compiler {
public:
    explicit Compiler(const SyntaxTree& tree) : tree_(tree) {}

    RuleProgram run() {
        emit(tree_.root);
        if (max_depth_ > kStackCapacity)
            throw RuleError(1, FD_TR("core/Rules", "expression is too complex to evaluate"));
        return std::move(program_);
    }

private:
    void push_value() { max_depth_ = std::max(max_depth_, ++depth_); }
    void pop_value() { --depth_; }

    void add(OpCode op, std::uint32_t a = 0, std::uint32_t b = 0, bool flag = false,
             double number = 0.0) {
        program_.code.push_back(Instruction{op, flag, a, b, number});
    }

    std::uint32_t add_string(const std::string& text) {
        program_.strings.push_back(text);
        return static_cast<std::uint32_t>(program_.strings.size() - 1);
    }

    // Recursion is bounded by the tree-height limit the parser enforces.
    void emit(std::uint32_t index) {
        const Node& n = tree_.nodes[index];
        switch (n.kind) {
            case NodeKind::Number:
            case NodeKind::Boolean:
                add(OpCode::PushNumber, 0, 0, false, n.number);
                push_value();
                return;
            case NodeKind::String:
                add(OpCode::PushString, add_string(n.text));
                push_value();
                return;
            case NodeKind::Symbol:
                if (n.symbol.kind == RuleSymbol::Kind::Feature)
                    add(OpCode::LoadFeature, static_cast<std::uint32_t>(n.symbol.feature_index));
                else
                    add(OpCode::LoadField, static_cast<std::uint32_t>(n.symbol.field));
                push_value();
                return;
            case NodeKind::CodeAsNumber:
                add(OpCode::LoadCodeNumber, static_cast<std::uint32_t>(n.symbol.field));
                push_value();
                return;
            case NodeKind::Negate:
            case NodeKind::Not:
                emit(n.left);
                add(n.kind == NodeKind::Negate ? OpCode::Negate : OpCode::Not);
                return;
            case NodeKind::Arithmetic:
            case NodeKind::Compare:
                emit_binary(n);
                return;
            case NodeKind::And:
            case NodeKind::Or:
                emit_short_circuit(n);
                return;
            case NodeKind::InList:
                emit_in_list(n);
                return;
        }
    }

    void emit_binary(const Node& n) {
        emit(n.left);
        emit(n.right);
        OpCode op = OpCode::Arithmetic;
        if (n.kind == NodeKind::Compare) {
            const ValueType operands = tree_.nodes[n.left].type;
            op = operands == ValueType::Number   ? OpCode::CompareNumbers
                 : operands == ValueType::String ? OpCode::CompareStrings
                                                 : OpCode::CompareBooleans;
        }
        add(op, static_cast<std::uint32_t>(n.op));
        pop_value();
    }

    void emit_short_circuit(const Node& n) {
        emit(n.left);
        const std::size_t jump = program_.code.size();
        add(n.kind == NodeKind::And ? OpCode::JumpIfFalse : OpCode::JumpIfTrue);
        pop_value();  // when not jumping, the left value is dropped before the right one
        emit(n.right);
        program_.code[jump].a = static_cast<std::uint32_t>(program_.code.size());
    }

    void emit_in_list(const Node& n) {
        emit(n.left);
        if (!n.strings.empty()) {
            const auto first = static_cast<std::uint32_t>(program_.strings.size());
            for (const auto& item : n.strings) add_string(item);
            add(OpCode::InStrings, first, static_cast<std::uint32_t>(n.strings.size()), n.negated);
        } else {
            const auto first = static_cast<std::uint32_t>(program_.numbers.size());
            program_.numbers.insert(program_.numbers.end(), n.numbers.begin(), n.numbers.end());
            add(OpCode::InNumbers, first, static_cast<std::uint32_t>(n.numbers.size()), n.negated);
        }
    }

    const SyntaxTree& tree_;
    RuleProgram program_;
    std::size_t depth_ = 0;
    std::size_t max_depth_ = 0;
};

// Transaction::amount() looks the currency's exponent up among all special currencies on every
// call, which would dominate a simple rule; this remembers the last currency per thread and
// gives the same double (10^e is exact, so the division is the same).
double amount_of(const Transaction& t) {
    static constexpr double kPowersOfTen[] = {1.0, 10.0, 100.0, 1000.0};
    thread_local char cached_code[8] = {};
    thread_local std::size_t cached_size = sizeof cached_code;  // matches no currency at first
    thread_local int cached_exponent = 2;
    const std::string& code = t.currency;
    if (code.size() != cached_size || code.compare(0, code.size(), cached_code, cached_size) != 0) {
        const int exponent = currency_exponent(code);
        if (code.size() >= sizeof cached_code || exponent < 0 || exponent > 3) return t.amount();
        code.copy(cached_code, code.size());
        cached_size = code.size();
        cached_exponent = exponent;
    }
    return static_cast<double>(t.amount_minor) / kPowersOfTen[cached_exponent];
}

Slot text_slot(std::string_view text) {
    Slot slot;
    slot.text = {text.data(), text.size()};
    return slot;
}

Slot number_slot(double value) {
    Slot slot;
    slot.number = value;
    return slot;
}

Slot load_field(TransactionField field, const Transaction* t) {
    if (t == nullptr) {
        const bool is_number = field <= TransactionField::Longitude;
        return is_number ? number_slot(kUndefined) : text_slot({});
    }
    switch (field) {
        case TransactionField::Amount:
            return number_slot(amount_of(*t));
        case TransactionField::Hour: {
            const std::int64_t ms_of_day = floor_mod(t->timestamp_ms, kMillisPerDay);
            return number_slot(static_cast<double>(ms_of_day / kMillisPerHour));
        }
        case TransactionField::Weekday: {
            // 1970-01-01 was a Thursday (3 with Monday as 0).
            const std::int64_t days = floor_div(t->timestamp_ms, kMillisPerDay) + 3;
            return number_slot(static_cast<double>(floor_mod(days, 7)));
        }
        case TransactionField::Latitude:
            return number_slot(t->latitude.value_or(kUndefined));
        case TransactionField::Longitude:
            return number_slot(t->longitude.value_or(kUndefined));
        case TransactionField::Currency:
            return text_slot(t->currency);
        case TransactionField::Country:
            return text_slot(t->country);
        case TransactionField::City:
            return text_slot(t->city);
        case TransactionField::Channel:
            return text_slot(t->channel);
        case TransactionField::MerchantId:
            return text_slot(t->merchant_id);
        case TransactionField::MerchantCategory:
            return text_slot(t->merchant_category);
        case TransactionField::DeviceId:
            return text_slot(t->device_id);
        case TransactionField::Ip:
            return text_slot(t->ip);
        case TransactionField::CardId:
            return text_slot(t->card_id);
        case TransactionField::CustomerId:
            return text_slot(t->customer_id);
    }
    return number_slot(kUndefined);
}

// "5967" -> 5967, "0742" -> 742; anything not wholly a number is undefined.
double code_as_number(std::string_view text) {
    double value = kUndefined;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return (error == std::errc() && end == text.data() + text.size()) ? value : kUndefined;
}

// Division by zero is undefined (NaN), never infinity, so any comparison with it is false.
double arithmetic(Operator op, double left, double right) {
    switch (op) {
        case Operator::Add:
            return left + right;
        case Operator::Subtract:
            return left - right;
        case Operator::Multiply:
            return left * right;
        case Operator::Divide:
            return right == 0.0 ? kUndefined : left / right;
        default:
            return kUndefined;
    }
}

// An undefined operand makes every comparison false, `!=` included.
bool compare_numbers(Operator op, double left, double right) {
    if (std::isnan(left) || std::isnan(right)) return false;
    switch (op) {
        case Operator::Less:
            return left < right;
        case Operator::LessEqual:
            return left <= right;
        case Operator::Greater:
            return left > right;
        case Operator::GreaterEqual:
            return left >= right;
        case Operator::Equal:
            return left == right;
        case Operator::NotEqual:
            return left != right;
        default:
            return false;
    }
}

std::string_view view(const Slot& slot) {
    return {slot.text.data, slot.text.size};
}

}  // namespace

RuleProgram compile_program(const SyntaxTree& tree) {
    return Compiler(tree).run();
}

Slot run_program(const RuleProgram& program, const float* features,
                 const Transaction* transaction) {
    Slot stack[kStackCapacity];
    std::size_t top = 0;
    const Instruction* const code = program.code.data();
    const std::size_t size = program.code.size();
    std::size_t pc = 0;
    while (pc < size) {
        const Instruction& in = code[pc++];
        switch (in.op) {
            case OpCode::PushNumber:
                stack[top++].number = in.number;
                break;
            case OpCode::PushString:
                stack[top++] = text_slot(program.strings[in.a]);
                break;
            case OpCode::LoadFeature:
                stack[top++].number =
                    features != nullptr ? static_cast<double>(features[in.a]) : kUndefined;
                break;
            case OpCode::LoadField:
                stack[top++] = load_field(static_cast<TransactionField>(in.a), transaction);
                break;
            case OpCode::LoadCodeNumber: {
                const Slot text = load_field(static_cast<TransactionField>(in.a), transaction);
                stack[top++].number = code_as_number(view(text));
                break;
            }
            case OpCode::Negate:
                stack[top - 1].number = -stack[top - 1].number;
                break;
            case OpCode::Arithmetic: {
                const double right = stack[--top].number;
                stack[top - 1].number =
                    arithmetic(static_cast<Operator>(in.a), stack[top - 1].number, right);
                break;
            }
            case OpCode::CompareNumbers: {
                const double right = stack[--top].number;
                stack[top - 1].number =
                    compare_numbers(static_cast<Operator>(in.a), stack[top - 1].number, right);
                break;
            }
            case OpCode::CompareStrings: {
                const bool equal = view(stack[top - 2]) == view(stack[top - 1]);
                --top;
                stack[top - 1].number = equal == (static_cast<Operator>(in.a) == Operator::Equal);
                break;
            }
            case OpCode::CompareBooleans: {
                const bool equal = stack[top - 2].number == stack[top - 1].number;
                --top;
                stack[top - 1].number = equal == (static_cast<Operator>(in.a) == Operator::Equal);
                break;
            }
            case OpCode::Not:
                stack[top - 1].number = stack[top - 1].number == 0.0;
                break;
            case OpCode::InNumbers: {
                const double value = stack[top - 1].number;
                const double* first = program.numbers.data() + in.a;
                const bool found = std::find(first, first + in.b, value) != first + in.b;
                stack[top - 1].number = !std::isnan(value) && found != in.flag;  // undefined: false
                break;
            }
            case OpCode::InStrings: {
                const std::string_view value = view(stack[top - 1]);
                const std::string* first = program.strings.data() + in.a;
                const bool found = std::find(first, first + in.b, value) != first + in.b;
                stack[top - 1].number = found != in.flag;
                break;
            }
            case OpCode::JumpIfFalse:
                if (stack[top - 1].number == 0.0)
                    pc = in.a;
                else
                    --top;
                break;
            case OpCode::JumpIfTrue:
                if (stack[top - 1].number != 0.0)
                    pc = in.a;
                else
                    --top;
                break;
        }
    }
    return stack[0];
}

}  // namespace fd::rules_detail
