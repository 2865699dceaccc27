// Tokens of the rule language. Internal to src/core/rules.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fd::rules_detail {

enum class TokenKind : std::uint8_t {
    End,
    Number,
    String,
    Identifier,
    And,
    Or,
    Not,
    In,
    True,
    False,
    LeftParen,
    RightParen,
    Comma,
    Plus,
    Minus,
    Star,
    Slash,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Equal,
    NotEqual,
};

struct Token {
    TokenKind kind = TokenKind::End;
    std::size_t offset = 0;  // byte offset of the first character in the text
    std::string_view raw;    // as written
    double number = 0.0;     // TokenKind::Number
    std::string text;        // TokenKind::String, escapes decoded
};

// 1-based column of a byte offset, counting UTF-8 characters.
std::size_t column_at(std::string_view text, std::size_t offset);

// "'amount'", "'>'", "\"BR\"", "end of expression": a token as an error message names it.
std::string describe_token(const Token& token);

// The whole text as tokens ending with TokenKind::End. Throws RuleError at the first bad
// character, number or string.
std::vector<Token> tokenize(std::string_view text);

}  // namespace fd::rules_detail
