// Recursive-descent parser with type checking. Precedence, loosest first: or, and, not,
// comparisons and in-lists (not chainable), + -, * /, unary minus, values.
#include <algorithm>
#include <utility>

#include "core/rules/rule_error.h"
#include "core/rules/rule_lexer.h"
#include "core/rules/rule_syntax.h"
#include "core/tr_mark.h"

namespace fd::rules_detail {

namespace {

// One whole sentence per operand kind and side, so that a translation can reorder it.
const char* both_sides_template(ValueType needs, bool left) {
    if (needs == ValueType::Boolean)
        return left ? FD_TR("core/Rules",
                            "'%1' needs conditions on both sides, but the left side is %2")
                    : FD_TR("core/Rules",
                            "'%1' needs conditions on both sides, but the right side is %2");
    return left ? FD_TR("core/Rules", "'%1' needs numbers on both sides, but the left side is %2")
                : FD_TR("core/Rules", "'%1' needs numbers on both sides, but the right side is %2");
}

class Parser {
public:
    Parser(std::string_view text, const RuleSymbols& symbols, std::size_t max_depth)
        : text_(text), symbols_(symbols), max_depth_(std::max<std::size_t>(max_depth, 1)) {}

    SyntaxTree run() {
        tokens_ = tokenize(text_);
        if (current().kind == TokenKind::End)
            throw RuleError(1, FD_TR("core/Rules", "expression is empty"));
        tree_.root = parse_or();
        if (current().kind != TokenKind::End) fail_trailing();
        return std::move(tree_);
    }

private:
    // Counts parentheses and unary operators, the only ways the parser recurses, so hostile
    // input cannot exhaust the stack. Twice the tree-height limit: "(not (x))" is two levels
    // of nesting for one of height, and a canonical text must parse back.
    class NestingGuard {
    public:
        NestingGuard(Parser& parser, const Token& at) : parser_(parser) {
            if (++parser_.nesting_ > 2 * parser_.max_depth_) parser_.fail_too_deep(at);
        }
        ~NestingGuard() { --parser_.nesting_; }
        NestingGuard(const NestingGuard&) = delete;
        NestingGuard& operator=(const NestingGuard&) = delete;

    private:
        Parser& parser_;
    };

    const Token& current() const { return tokens_[index_]; }
    const Token& next_token() const { return tokens_[std::min(index_ + 1, tokens_.size() - 1)]; }
    const Token& advance() { return tokens_[index_++]; }  // never called on End
    bool at(TokenKind kind) const { return current().kind == kind; }
    const Node& node(std::uint32_t index) const { return tree_.nodes[index]; }

    [[noreturn]] void fail(const Token& token, std::string message) const {
        throw RuleError(column_at(text_, token.offset), std::move(message));
    }
    [[noreturn]] void fail_too_deep(const Token& token) const {
        fail(token,
             fill_text(FD_TR("core/Rules", "expression is nested too deeply (more than %1 levels)"),
                       {std::to_string(max_depth_)}));
    }

    std::uint32_t add(Node n, const Token& at_token) {
        std::uint32_t child_height = 0;
        switch (n.kind) {
            case NodeKind::Negate:
            case NodeKind::Not:
            case NodeKind::InList:
                child_height = node(n.left).height;
                break;
            case NodeKind::Arithmetic:
            case NodeKind::Compare:
            case NodeKind::And:
            case NodeKind::Or:
                child_height = std::max(node(n.left).height, node(n.right).height);
                break;
            default:
                break;
        }
        n.height = child_height + 1;
        if (n.height > max_depth_) fail_too_deep(at_token);
        tree_.nodes.push_back(std::move(n));
        return static_cast<std::uint32_t>(tree_.nodes.size() - 1);
    }

    std::uint32_t binary(NodeKind kind, ValueType type, Operator op, std::uint32_t left,
                         std::uint32_t right, const Token& at_token) {
        Node n;
        n.kind = kind;
        n.type = type;
        n.op = op;
        n.left = left;
        n.right = right;
        return add(std::move(n), at_token);
    }

    void require_both(std::uint32_t left, std::uint32_t right, ValueType type,
                      const Token& op) const {
        for (bool is_left : {true, false}) {
            const ValueType found = node(is_left ? left : right).type;
            if (found != type)
                fail(op, fill_text(both_sides_template(type, is_left),
                                   {op.raw, value_type_name(found)}));
        }
    }

    std::uint32_t parse_or() {
        std::uint32_t left = parse_and();
        while (at(TokenKind::Or)) {
            const Token& op = advance();
            const std::uint32_t right = parse_and();
            require_both(left, right, ValueType::Boolean, op);
            left = binary(NodeKind::Or, ValueType::Boolean, Operator::Add, left, right, op);
        }
        return left;
    }

    std::uint32_t parse_and() {
        std::uint32_t left = parse_not();
        while (at(TokenKind::And)) {
            const Token& op = advance();
            const std::uint32_t right = parse_not();
            require_both(left, right, ValueType::Boolean, op);
            left = binary(NodeKind::And, ValueType::Boolean, Operator::Add, left, right, op);
        }
        return left;
    }

    std::uint32_t parse_not() {
        if (!at(TokenKind::Not)) return parse_comparison();
        const Token& op = advance();
        NestingGuard guard(*this, op);
        Node n;
        n.kind = NodeKind::Not;
        n.type = ValueType::Boolean;
        n.left = parse_not();
        if (node(n.left).type != ValueType::Boolean)
            fail(op, fill_text(FD_TR("core/Rules", "'%1' needs a condition, but its operand is %2"),
                               {op.raw, value_type_name(node(n.left).type)}));
        return add(std::move(n), op);
    }

    static bool is_comparison(TokenKind kind) {
        return kind == TokenKind::Less || kind == TokenKind::LessEqual ||
               kind == TokenKind::Greater || kind == TokenKind::GreaterEqual ||
               kind == TokenKind::Equal || kind == TokenKind::NotEqual;
    }
    bool at_comparison() const {
        return is_comparison(current().kind) || at(TokenKind::In) ||
               (at(TokenKind::Not) && next_token().kind == TokenKind::In);
    }

    std::uint32_t parse_comparison() {
        const std::uint32_t left = parse_additive();
        if (!at_comparison()) return left;
        std::uint32_t result = 0;
        if (is_comparison(current().kind)) {
            const Token& op = advance();
            result = compare(left, parse_additive(), op);
        } else {
            const bool negated = at(TokenKind::Not);
            if (negated) advance();
            result = parse_in_list(left, negated, advance());
        }
        if (at_comparison())
            fail(current(),
                 FD_TR("core/Rules", "comparisons cannot be chained; combine them with 'and'"));
        return result;
    }

    bool is_numeric_code(std::uint32_t index) const {
        return node(index).kind == NodeKind::Symbol && node(index).symbol.numeric_code;
    }
    void read_code_as_number(std::uint32_t index) {
        tree_.nodes[index].kind = NodeKind::CodeAsNumber;
        tree_.nodes[index].type = ValueType::Number;
    }

    std::uint32_t compare(std::uint32_t left, std::uint32_t right, const Token& op) {
        // merchant_category == 5967: the text field is read as a number.
        if (is_numeric_code(left) && node(right).type == ValueType::Number)
            read_code_as_number(left);
        if (is_numeric_code(right) && node(left).type == ValueType::Number)
            read_code_as_number(right);
        static constexpr std::pair<TokenKind, Operator> kOperators[] = {
            {TokenKind::Less, Operator::Less},
            {TokenKind::LessEqual, Operator::LessEqual},
            {TokenKind::Greater, Operator::Greater},
            {TokenKind::GreaterEqual, Operator::GreaterEqual},
            {TokenKind::Equal, Operator::Equal},
            {TokenKind::NotEqual, Operator::NotEqual}};
        const Operator kind =
            std::find_if(std::begin(kOperators), std::end(kOperators), [&](auto& entry) {
                return entry.first == op.kind;
            })->second;
        const ValueType left_type = node(left).type;
        const ValueType right_type = node(right).type;
        if (kind == Operator::Equal || kind == Operator::NotEqual) {
            if (left_type != right_type)
                fail(op,
                     fill_text(FD_TR("core/Rules", "cannot compare %1 with %2 using '%3'"),
                               {value_type_name(left_type), value_type_name(right_type), op.raw}));
        } else {
            require_both(left, right, ValueType::Number, op);
        }
        return binary(NodeKind::Compare, ValueType::Boolean, kind, left, right, op);
    }

    std::uint32_t parse_in_list(std::uint32_t left, bool negated, const Token& in_token) {
        if (!at(TokenKind::LeftParen))
            fail(current(), fill_text(FD_TR("core/Rules", "expected '(' after 'in', found %1"),
                                      {describe_token(current())}));
        advance();
        if (at(TokenKind::RightParen)) fail(current(), FD_TR("core/Rules", "the list is empty"));
        Node n;
        n.kind = NodeKind::InList;
        n.type = ValueType::Boolean;
        n.negated = negated;
        n.left = left;
        ValueType item_type = ValueType::Boolean;  // set by the first item
        for (;;) {
            const Token& item = current();
            ValueType type = ValueType::Number;
            if (at(TokenKind::String)) {
                type = ValueType::String;
                n.strings.push_back(advance().text);
            } else {
                const bool minus = at(TokenKind::Minus);
                if (minus) advance();
                if (!at(TokenKind::Number))
                    fail(current(),
                         fill_text(FD_TR("core/Rules",
                                         "list items must be numbers or quoted text, found %1"),
                                   {describe_token(current())}));
                n.numbers.push_back(minus ? -advance().number : advance().number);
            }
            if (item_type == ValueType::Boolean) item_type = type;
            if (type != item_type)
                fail(item, FD_TR("core/Rules", "list items must be all numbers or all text"));
            if (at(TokenKind::RightParen)) break;
            if (!at(TokenKind::Comma))
                fail(current(),
                     fill_text(FD_TR("core/Rules", "expected ',' or ')' in the list, found %1"),
                               {describe_token(current())}));
            advance();
        }
        advance();  // ')'
        if (is_numeric_code(left) && item_type == ValueType::Number) read_code_as_number(left);
        const ValueType left_type = node(left).type;
        if (left_type == ValueType::Boolean)
            fail(in_token,
                 FD_TR("core/Rules", "'in' needs a number or text on its left, not a condition"));
        if (left_type != item_type)
            fail(in_token,
                 fill_text(item_type == ValueType::Number
                               ? FD_TR("core/Rules", "cannot look for %1 in a list of numbers")
                               : FD_TR("core/Rules", "cannot look for %1 in a list of text"),
                           {value_type_name(left_type)}));
        return add(std::move(n), in_token);
    }

    std::uint32_t parse_additive() {
        std::uint32_t left = parse_multiplicative();
        while (at(TokenKind::Plus) || at(TokenKind::Minus)) {
            const Token& op = advance();
            const std::uint32_t right = parse_multiplicative();
            require_both(left, right, ValueType::Number, op);
            const Operator kind = op.kind == TokenKind::Plus ? Operator::Add : Operator::Subtract;
            left = binary(NodeKind::Arithmetic, ValueType::Number, kind, left, right, op);
        }
        return left;
    }

    std::uint32_t parse_multiplicative() {
        std::uint32_t left = parse_unary();
        while (at(TokenKind::Star) || at(TokenKind::Slash)) {
            const Token& op = advance();
            const std::uint32_t right = parse_unary();
            require_both(left, right, ValueType::Number, op);
            const Operator kind =
                op.kind == TokenKind::Star ? Operator::Multiply : Operator::Divide;
            left = binary(NodeKind::Arithmetic, ValueType::Number, kind, left, right, op);
        }
        return left;
    }

    std::uint32_t parse_unary() {
        if (!at(TokenKind::Minus)) return parse_primary();
        const Token& op = advance();
        NestingGuard guard(*this, op);
        Node n;
        n.kind = NodeKind::Negate;
        n.left = parse_unary();
        if (node(n.left).type != ValueType::Number)
            fail(op, fill_text(FD_TR("core/Rules", "'-' needs a number, but its operand is %1"),
                               {value_type_name(node(n.left).type)}));
        return add(std::move(n), op);
    }

    std::uint32_t parse_primary() {
        const Token& token = current();
        Node n;
        switch (token.kind) {
            case TokenKind::Number:
                n.number = token.number;
                break;
            case TokenKind::String:
                n.kind = NodeKind::String;
                n.type = ValueType::String;
                n.text = token.text;
                break;
            case TokenKind::True:
            case TokenKind::False:
                n.kind = NodeKind::Boolean;
                n.type = ValueType::Boolean;
                n.number = token.kind == TokenKind::True ? 1.0 : 0.0;
                break;
            case TokenKind::Identifier:
                return symbol(advance());
            case TokenKind::LeftParen:
                return parenthesised();
            default:
                fail(token, fill_text(FD_TR("core/Rules", "expected a value, found %1"),
                                      {describe_token(token)}));
        }
        advance();
        return add(std::move(n), token);
    }

    std::uint32_t symbol(const Token& token) {
        const RuleSymbol* found = symbols_.find(token.raw);
        if (found == nullptr) {
            const std::string suggestion = symbols_.suggest(token.raw);
            fail(token,
                 suggestion.empty()
                     ? fill_text(FD_TR("core/Rules", "unknown name '%1'"), {token.raw})
                     : fill_text(FD_TR("core/Rules", "unknown name '%1' (did you mean '%2'?)"),
                                 {token.raw, suggestion}));
        }
        Node n;
        n.kind = NodeKind::Symbol;
        n.type = found->type;
        n.symbol = *found;
        n.text = std::string(token.raw);
        return add(std::move(n), token);
    }

    std::uint32_t parenthesised() {
        const Token& open = advance();
        NestingGuard guard(*this, open);
        const std::uint32_t inner = parse_or();
        if (!at(TokenKind::RightParen))
            fail(current(),
                 fill_text(
                     FD_TR("core/Rules", "expected ')' to close '(' at column %1, found %2"),
                     {std::to_string(column_at(text_, open.offset)), describe_token(current())}));
        advance();
        return inner;
    }

    [[noreturn]] void fail_trailing() const {
        const Token& token = current();
        if (token.kind == TokenKind::RightParen) fail(token, FD_TR("core/Rules", "unmatched ')'"));
        const std::string keyword = token.kind == TokenKind::Identifier
                                        ? closest_word(token.raw, {"and", "or", "in", "not"})
                                        : std::string();
        fail(token, keyword.empty() ? fill_text(FD_TR("core/Rules",
                                                      "unexpected %1 after a complete expression"),
                                                {describe_token(token)})
                                    : fill_text(FD_TR("core/Rules",
                                                      "unexpected %1 after a complete expression "
                                                      "(did you mean '%2'?)"),
                                                {describe_token(token), keyword}));
    }

    std::string_view text_;
    const RuleSymbols& symbols_;
    std::size_t max_depth_;
    std::vector<Token> tokens_;
    std::size_t index_ = 0;
    std::size_t nesting_ = 0;
    SyntaxTree tree_;
};

}  // namespace

SyntaxTree parse_syntax(std::string_view text, const RuleSymbols& symbols, std::size_t max_length,
                        std::size_t max_depth) {
    if (text.size() > max_length)
        throw RuleError(
            column_at(text, max_length),
            fill_text(FD_TR("core/Rules", "expression is too long (%1 bytes; at most %2)"),
                      {std::to_string(text.size()), std::to_string(max_length)}));
    return Parser(text, symbols, max_depth).run();
}

}  // namespace fd::rules_detail
