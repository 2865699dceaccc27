#include "core/rules/rule_reason.h"

#include <cmath>
#include <cstdint>
#include <cstdio>

#include "core/rules/rule_lexer.h"
#include "core/tr_mark.h"

namespace fd {

namespace {

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

rules_detail::RuleProgram program_loading(const RuleSymbol& symbol, std::string_view name) {
    rules_detail::SyntaxTree tree;
    rules_detail::Node node;
    node.kind = rules_detail::NodeKind::Symbol;
    node.type = symbol.type;
    node.symbol = symbol;
    node.text = std::string(name);
    tree.nodes.push_back(std::move(node));
    return rules_detail::compile_program(tree);
}

}  // namespace

std::string group_thousands(std::string_view plain_number) {
    const std::size_t sign = (!plain_number.empty() && plain_number[0] == '-') ? 1 : 0;
    const std::size_t integer_end = std::min(plain_number.find('.'), plain_number.size());
    std::string out(plain_number.substr(0, sign));
    for (std::size_t i = sign; i < integer_end; ++i) {
        if (i > sign && (integer_end - i) % 3 == 0) out += ',';
        out += plain_number[i];
    }
    out.append(plain_number.substr(integer_end));
    return out;
}

std::string format_rule_number(double value) {
    if (std::isnan(value)) return "n/a";
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    char buffer[64];
    if (std::fabs(value) >= 1e15) {
        std::snprintf(buffer, sizeof buffer, "%.6g", value);
        return buffer;
    }
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    std::string plain(buffer);
    while (plain.back() == '0') plain.pop_back();  // "3.10" -> "3.1", "12.00" -> "12."
    if (plain.back() == '.') plain.pop_back();
    if (plain == "-0") plain = "0";
    return group_thousands(plain);
}

ReasonTemplate ReasonTemplate::parse(std::string_view text, const RuleSymbols& symbols) {
    ReasonTemplate result;
    result.text_ = std::string(text);
    const auto fail = [&](std::size_t offset, std::string message) {
        throw RuleError(rules_detail::column_at(text, offset), std::move(message));
    };
    Piece piece;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool doubled = i + 1 < text.size() && text[i + 1] == c;
        if (c == '}') {
            if (!doubled) fail(i, FD_TR("core/Rules", "unmatched '}' (write '}}' for a brace)"));
            piece.literal += '}';
            ++i;
        } else if (c != '{') {
            piece.literal += c;
        } else if (doubled) {
            piece.literal += '{';
            ++i;
        } else {
            const std::size_t close = text.find('}', i);
            if (close == std::string_view::npos)
                fail(i, FD_TR("core/Rules", "unclosed '{' (write '{{' for a brace)"));
            const std::string_view name = trim(text.substr(i + 1, close - i - 1));
            if (name.empty()) fail(i, FD_TR("core/Rules", "empty placeholder '{}'"));
            const RuleSymbol* symbol = symbols.find(name);
            if (symbol == nullptr) {
                const std::string suggestion = symbols.suggest(name);
                fail(i, suggestion.empty()
                            ? fill_text(FD_TR("core/Rules", "unknown placeholder '{%1}'"), {name})
                            : fill_text(FD_TR("core/Rules",
                                              "unknown placeholder '{%1}' (did you mean '%2'?)"),
                                        {name, suggestion}));
            }
            piece.has_placeholder = true;
            piece.symbol = *symbol;
            piece.program = program_loading(*symbol, name);
            result.pieces_.push_back(std::move(piece));
            piece = Piece();
            i = close;
        }
    }
    if (!piece.literal.empty()) result.pieces_.push_back(std::move(piece));
    return result;
}

std::string ReasonTemplate::format(const RuleContext& context) const {
    std::string out;
    for (const Piece& piece : pieces_) {
        out += piece.literal;
        if (!piece.has_placeholder) continue;
        const bool is_amount = piece.symbol.kind == RuleSymbol::Kind::Field &&
                               piece.symbol.field == TransactionField::Amount;
        if (is_amount && context.transaction != nullptr) {
            const Transaction& t = *context.transaction;
            out += group_thousands(format_amount(t.amount_minor, t.currency));
            continue;
        }
        const rules_detail::Slot value =
            rules_detail::run_program(piece.program, context.features, context.transaction);
        if (piece.symbol.type == ValueType::String) {
            if (value.text.size > 0) out.append(value.text.data, value.text.size);
        } else {
            out += format_rule_number(value.number);
        }
    }
    return out;
}

}  // namespace fd
