#include "core/rules/rule_lexer.h"

#include <cctype>
#include <charconv>
#include <cstdio>
#include <system_error>

#include "core/rules/rule_error.h"
#include "core/rules/rule_symbols.h"
#include "core/tr_mark.h"
#include "core/utf8.h"

namespace fd::rules_detail {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// Length of the UTF-8 sequence a lead byte announces; 1 for anything invalid.
std::size_t sequence_length(unsigned char lead) {
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    if (lead >= 0xE0) return lead <= 0xEF ? 3 : 1;
    if (lead >= 0xC2) return 2;
    return 1;
}

void append_utf8(std::string& out, unsigned code_point) {
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

class Lexer {
public:
    explicit Lexer(std::string_view text) : text_(text) {}

    std::vector<Token> run() {
        std::vector<Token> tokens;
        for (;;) {
            while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_])))
                ++pos_;
            tokens.push_back(next());
            if (tokens.back().kind == TokenKind::End) return tokens;
        }
    }

private:
    [[noreturn]] void fail(std::size_t offset, std::string message) const {
        throw RuleError(column_at(text_, offset), std::move(message));
    }

    [[noreturn]] void fail_unterminated(std::size_t offset, char quote) const {
        fail(offset, fill_text(FD_TR("core/Rules", "unterminated text: no closing %1"),
                               {std::string_view(&quote, 1)}));
    }

    Token make(TokenKind kind, std::size_t start) const {
        Token token;
        token.kind = kind;
        token.offset = start;
        token.raw = text_.substr(start, pos_ - start);
        return token;
    }

    char peek(std::size_t ahead = 0) const {
        return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
    }

    Token next() {
        const std::size_t start = pos_;
        if (pos_ >= text_.size()) return make(TokenKind::End, start);
        const char c = text_[pos_];
        if (is_digit(c)) return number();
        if (c == '"' || c == '\'') return string();
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') return word();
        return symbol();
    }

    Token number() {
        const std::size_t start = pos_;
        while (is_digit(peek())) ++pos_;
        if (peek() == '.' && is_digit(peek(1))) {
            ++pos_;
            while (is_digit(peek())) ++pos_;
        }
        if ((peek() == 'e' || peek() == 'E') &&
            (is_digit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && is_digit(peek(2))))) {
            pos_ += 2;
            while (is_digit(peek())) ++pos_;
        }
        if (is_word_char(peek()) || peek() == '.') {
            while (is_word_char(peek()) || peek() == '.') ++pos_;
            fail(start, fill_text(FD_TR("core/Rules", "malformed number '%1'"),
                                  {text_.substr(start, pos_ - start)}));
        }
        Token token = make(TokenKind::Number, start);
        const auto [end, error] =
            std::from_chars(token.raw.data(), token.raw.data() + token.raw.size(), token.number);
        if (error != std::errc() || end != token.raw.data() + token.raw.size())
            fail(start, fill_text(FD_TR("core/Rules", "number '%1' is out of range"), {token.raw}));
        return token;
    }

    Token string() {
        const std::size_t start = pos_;
        const char quote = text_[pos_++];
        std::string value;
        for (;;) {
            if (pos_ >= text_.size()) fail_unterminated(start, quote);
            const char c = text_[pos_];
            if (c == quote) break;
            if (c != '\\') {
                value += c;
                ++pos_;
                continue;
            }
            const std::size_t escape_start = pos_;
            const char escaped = peek(1);
            pos_ += 2;
            switch (escaped) {
                case 'n':
                    value += '\n';
                    break;
                case 't':
                    value += '\t';
                    break;
                case 'r':
                    value += '\r';
                    break;
                case '\\':
                case '\'':
                case '"':
                case '/':
                    value += escaped;
                    break;
                case 'u':
                    append_unicode_escape(value, escape_start);
                    break;
                default:
                    if (escape_start + 1 >= text_.size()) fail_unterminated(start, quote);
                    pos_ = escape_start + 1;
                    fail(escape_start,
                         fill_text(FD_TR("core/Rules",
                                         "unknown escape '\\%1' in text (use \\\\, \\\", \\', "
                                         "\\n, \\t, \\r or \\uXXXX)"),
                                   {character_at(pos_)}));
            }
        }
        ++pos_;  // the closing quote
        if (!is_valid_utf8(value)) fail(start, FD_TR("core/Rules", "text is not valid UTF-8"));
        Token token = make(TokenKind::String, start);
        token.text = std::move(value);
        return token;
    }

    void append_unicode_escape(std::string& value, std::size_t escape_start) {
        unsigned code_point = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = peek();
            if (!std::isxdigit(static_cast<unsigned char>(h)))
                fail(escape_start,
                     FD_TR("core/Rules", "\\u must be followed by four hexadecimal digits"));
            code_point = code_point * 16 +
                         static_cast<unsigned>(is_digit(h) ? h - '0' : std::tolower(h) - 'a' + 10);
            ++pos_;
        }
        if (code_point >= 0xD800 && code_point <= 0xDFFF)
            fail(escape_start, FD_TR("core/Rules",
                                     "\\u escape of a surrogate (D800-DFFF); write "
                                     "the character itself"));
        append_utf8(value, code_point);
    }

    Token word() {
        const std::size_t start = pos_;
        while (is_word_char(peek())) ++pos_;
        Token token = make(TokenKind::Identifier, start);
        if (is_keyword(token.raw)) {
            std::string lowered;
            for (char c : token.raw)
                lowered += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (lowered == "and") token.kind = TokenKind::And;
            if (lowered == "or") token.kind = TokenKind::Or;
            if (lowered == "not") token.kind = TokenKind::Not;
            if (lowered == "in") token.kind = TokenKind::In;
            if (lowered == "true") token.kind = TokenKind::True;
            if (lowered == "false") token.kind = TokenKind::False;
        }
        return token;
    }

    // The character at `offset` for an error message: a whole UTF-8 sequence when valid.
    std::string character_at(std::size_t offset) const {
        const auto lead = static_cast<unsigned char>(text_[offset]);
        const std::string_view sequence = text_.substr(offset, sequence_length(lead));
        if (lead >= 0x20 && lead != 0x7F && is_valid_utf8(sequence)) return std::string(sequence);
        char hex[8];
        std::snprintf(hex, sizeof hex, "\\x%02X", static_cast<unsigned>(lead));
        return hex;
    }

    Token symbol() {
        const std::size_t start = pos_;
        const char c = text_[pos_];
        const char after = peek(1);
        auto one = [&](TokenKind kind) {
            ++pos_;
            return make(kind, start);
        };
        auto two = [&](TokenKind kind) {
            pos_ += 2;
            return make(kind, start);
        };
        switch (c) {
            case '(':
                return one(TokenKind::LeftParen);
            case ')':
                return one(TokenKind::RightParen);
            case ',':
                return one(TokenKind::Comma);
            case '+':
                return one(TokenKind::Plus);
            case '-':
                return one(TokenKind::Minus);
            case '*':
                return one(TokenKind::Star);
            case '/':
                return one(TokenKind::Slash);
            case '<':
                return after == '=' ? two(TokenKind::LessEqual) : one(TokenKind::Less);
            case '>':
                return after == '=' ? two(TokenKind::GreaterEqual) : one(TokenKind::Greater);
            case '!':
                return after == '=' ? two(TokenKind::NotEqual) : one(TokenKind::Not);
            case '=':
                if (after == '=') return two(TokenKind::Equal);
                fail(start, FD_TR("core/Rules", "'=' is not an operator; use '==' to compare"));
            case '&':
                if (after == '&') return two(TokenKind::And);
                fail(start, FD_TR("core/Rules", "'&' is not an operator; use 'and' or '&&'"));
            case '|':
                if (after == '|') return two(TokenKind::Or);
                fail(start, FD_TR("core/Rules", "'|' is not an operator; use 'or' or '||'"));
            case '.':
                if (is_digit(after))
                    fail(start,
                         FD_TR("core/Rules", "write numbers with a leading digit, as in 0.5"));
                break;
            default:
                break;
        }
        fail(start,
             fill_text(FD_TR("core/Rules", "unexpected character '%1'"), {character_at(start)}));
    }

    std::string_view text_;
    std::size_t pos_ = 0;
};

}  // namespace

std::size_t column_at(std::string_view text, std::size_t offset) {
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    }
    return column;
}

std::string describe_token(const Token& token) {
    // A value inside other messages ("found end of expression"); translated on its own.
    if (token.kind == TokenKind::End) return FD_TR("core/Rules", "end of expression");
    constexpr std::size_t kShown = 32;
    std::string_view raw = token.raw;
    std::string suffix;
    if (raw.size() > kShown) {
        std::size_t cut = kShown;  // back up to a UTF-8 boundary
        while (cut > 0 && (static_cast<unsigned char>(raw[cut]) & 0xC0) == 0x80) --cut;
        raw = raw.substr(0, cut);
        suffix = "...";
    }
    if (token.kind == TokenKind::String) return std::string(raw) + suffix;
    return "'" + std::string(raw) + suffix + "'";
}

std::vector<Token> tokenize(std::string_view text) {
    return Lexer(text).run();
}

}  // namespace fd::rules_detail
