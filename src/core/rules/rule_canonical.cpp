// Prints a syntax tree back as text: every operation in parentheses, so tests can read
// precedence and associativity, and the text parses back to the same tree.
#include <charconv>
#include <cstdio>

#include "core/rules/rule_syntax.h"

namespace fd::rules_detail {

namespace {

void append_number(std::string& out, double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);  // shortest exact
    out.append(buffer, result.ptr);
}

void append_quoted(std::string& out, const std::string& text) {
    out += '"';
    for (const char c : text) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04X", static_cast<unsigned>(c));
                    out += escaped;
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

// Recursion is bounded by the tree-height limit the parser enforces.
void print(const SyntaxTree& tree, std::uint32_t index, std::string& out) {
    const Node& n = tree.nodes[index];
    switch (n.kind) {
        case NodeKind::Number:
            append_number(out, n.number);
            return;
        case NodeKind::String:
            append_quoted(out, n.text);
            return;
        case NodeKind::Boolean:
            out += n.number != 0.0 ? "true" : "false";
            return;
        case NodeKind::Symbol:
        case NodeKind::CodeAsNumber:
            out += n.text;
            return;
        case NodeKind::Negate:
        case NodeKind::Not:
            out += n.kind == NodeKind::Negate ? "(-" : "(not ";
            print(tree, n.left, out);
            out += ')';
            return;
        case NodeKind::Arithmetic:
        case NodeKind::Compare:
        case NodeKind::And:
        case NodeKind::Or:
            out += '(';
            print(tree, n.left, out);
            out += ' ';
            out += n.kind == NodeKind::And  ? "and"
                   : n.kind == NodeKind::Or ? "or"
                                            : operator_text(n.op);
            out += ' ';
            print(tree, n.right, out);
            out += ')';
            return;
        case NodeKind::InList:
            out += '(';
            print(tree, n.left, out);
            out += n.negated ? " not in (" : " in (";
            for (std::size_t i = 0; i < n.numbers.size(); ++i) {
                if (i > 0) out += ", ";
                append_number(out, n.numbers[i]);
            }
            for (std::size_t i = 0; i < n.strings.size(); ++i) {
                if (i > 0) out += ", ";
                append_quoted(out, n.strings[i]);
            }
            out += "))";
            return;
    }
}

}  // namespace

std::string_view operator_text(Operator op) {
    switch (op) {
        case Operator::Add:
            return "+";
        case Operator::Subtract:
            return "-";
        case Operator::Multiply:
            return "*";
        case Operator::Divide:
            return "/";
        case Operator::Less:
            return "<";
        case Operator::LessEqual:
            return "<=";
        case Operator::Greater:
            return ">";
        case Operator::GreaterEqual:
            return ">=";
        case Operator::Equal:
            return "==";
        case Operator::NotEqual:
            return "!=";
    }
    return "?";
}

std::string canonical_text(const SyntaxTree& tree) {
    std::string out;
    print(tree, tree.root, out);
    return out;
}

}  // namespace fd::rules_detail
