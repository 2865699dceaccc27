#include "json_reader.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <unordered_map>

#include "limits.h"
#include "tr_mark.h"

// Two parts: a streaming scanner that finds each record's byte extent in the input (strings,
// escapes and bracket nesting tracked, at most kMaxRecordBytes copied), and a small strict
// JSON parser that flattens that one object. The parser is our own rather than nlohmann's
// so that numbers keep the literal text written in the file ("12.10" stays "12.10").

namespace fd {
namespace {

constexpr std::size_t kChunkBytes = 64u << 10;
constexpr int kMaxNesting = 128;                // objects and arrays inside one record
constexpr std::size_t kMaxTrackedDepth = 4096;  // bracket kinds remembered while scanning

bool is_ws(int c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Follows string state byte by byte: step() returns true when the byte belongs to a string
// (its quotes included).
struct StringState {
    bool in = false;
    bool escaped = false;
    bool step(int c) {
        if (!in) return in = c == '"';
        in = escaped || c != '"';
        escaped = !escaped && c == '\\';
        return true;
    }
};

std::string describe_byte(int c) {
    if (c < 0) return FD_TR("core/Import", "the end of the input");
    if (c >= 0x20 && c < 0x7f) return std::string("'") + static_cast<char>(c) + "'";
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out = "byte 0x";
    out += kHex[(c >> 4) & 0xF];
    out += kHex[c & 0xF];
    return out;
}

// ---- Flattening parser for one record ------------------------------------------------------

struct FlatField {
    std::size_t column;
    std::size_t offset;  // into the value arena
    std::size_t length;
    bool present;
};

class Flattener {
public:
    Flattener(std::string_view text, std::string& arena, std::vector<FlatField>& out,
              std::vector<std::string>& columns,
              std::unordered_map<std::string, std::size_t>& index)
        : text_(text), arena_(arena), out_(out), columns_(columns), index_(index) {}

    // Parses `text` as exactly one JSON object (surrounding whitespace allowed). On failure
    // returns false with `error` and the byte offset in `error_at`.
    bool run() {
        skip_ws();
        if (peek() != '{') {
            if (at_end()) return fail(FD_TR("core/Import", "the record is empty"));
            return fail(not_an_object(peek()));
        }
        if (!parse_object(0, true)) return false;
        skip_ws();
        if (!at_end())
            return fail(fill_text(FD_TR("core/Import", "unexpected %1 after the object"),
                                  {describe_byte(peek())}));
        return true;
    }

    std::string error;
    std::size_t error_at = 0;

private:
    // Why a record that starts with `c` is not an object; whole sentences, so each
    // translation can word the JSON kind its own way.
    static const char* not_an_object(int c) {
        if (c == '-' || (c >= '0' && c <= '9'))
            return FD_TR("core/Import", "the record is a JSON number, not an object");
        if (c == 't' || c == 'f')
            return FD_TR("core/Import", "the record is a JSON boolean, not an object");
        if (c == '[') return FD_TR("core/Import", "the record is a JSON array, not an object");
        if (c == '"') return FD_TR("core/Import", "the record is a JSON string, not an object");
        if (c == 'n') return FD_TR("core/Import", "the record is a JSON null, not an object");
        return FD_TR("core/Import", "the record is a JSON value, not an object");
    }
    bool at_end() const { return p_ >= text_.size(); }
    int peek() const { return at_end() ? -1 : static_cast<unsigned char>(text_[p_]); }
    void skip_ws() {
        while (!at_end() && is_ws(text_[p_])) ++p_;
    }
    bool fail(std::string message) {
        error = std::move(message);
        error_at = p_;
        return false;
    }
    bool expect_colon() {
        skip_ws();
        if (peek() != ':')
            return fail(fill_text(FD_TR("core/Import", "expected ':' after a key but found %1"),
                                  {describe_byte(peek())}));
        ++p_;
        return true;
    }
    bool too_deep() {
        return fail(FD_TR("core/Import", "objects and arrays are nested too deeply"));
    }

    // An object; when `flatten`, its members become fields under path_, otherwise it is only
    // validated (objects inside arrays, which are kept as text).
    bool parse_object(int depth, bool flatten) {
        if (depth >= kMaxNesting) return too_deep();
        ++p_;  // '{'
        skip_ws();
        if (peek() == '}') return ++p_, true;
        for (;;) {
            skip_ws();
            if (peek() != '"')
                return fail(fill_text(FD_TR("core/Import", "expected a quoted key but found %1"),
                                      {describe_byte(peek())}));
            key_.clear();
            if (!parse_string(key_) || !expect_colon()) return false;
            const std::size_t path_length = path_.size();
            if (flatten) path_.append(path_.empty() ? "" : ".").append(key_);
            if (!parse_value(depth, flatten)) return false;
            path_.resize(path_length);
            if (!end_of_member('}')) return false;
            if (text_[p_ - 1] == '}') return true;
        }
    }

    // After a member or element: consumes ',' or `close` (checked by the caller).
    bool end_of_member(char close) {
        skip_ws();
        const int c = peek();
        if (c != ',' && c != close)
            return fail(fill_text(FD_TR("core/Import", "expected ',' or '%1' but found %2"),
                                  {std::string(1, close), describe_byte(c)}));
        ++p_;
        return true;
    }

    bool parse_array(int depth) {
        if (depth >= kMaxNesting) return too_deep();
        ++p_;  // '['
        skip_ws();
        if (peek() == ']') return ++p_, true;
        for (;;) {
            if (!parse_value(depth, false) || !end_of_member(']')) return false;
            if (text_[p_ - 1] == ']') return true;
        }
    }

    bool parse_value(int depth, bool flatten) {
        skip_ws();
        const int c = peek();
        if (c == '{') return parse_object(depth + 1, flatten);
        const std::size_t start = p_;
        const std::size_t offset = arena_.size();
        if (c == '"') {
            scratch_.clear();
            if (!parse_string(flatten ? arena_ : scratch_)) return false;
        } else if (c == '[') {
            if (!parse_array(depth + 1)) return false;
            if (flatten) compact(text_.substr(start, p_ - start));
        } else if (c == 'n') {
            if (!literal("null")) return false;
            if (flatten) add_field(offset, 0, false);
            return true;
        } else if (!(c == 't' || c == 'f' ? literal(c == 't' ? "true" : "false")
                                          : parse_number())) {
            return false;
        } else if (flatten) {
            arena_.append(text_.substr(start, p_ - start));
        }
        if (flatten) add_field(offset, arena_.size() - offset, true);
        return true;
    }

    bool literal(std::string_view word) {
        if (text_.substr(p_, word.size()) != word)
            return fail(fill_text(FD_TR("core/Import", "invalid literal (expected %1)"), {word}));
        p_ += word.size();
        return true;
    }

    bool digits() {
        const std::size_t start = p_;
        while (!at_end() && text_[p_] >= '0' && text_[p_] <= '9') ++p_;
        return p_ > start;
    }

    bool parse_number() {
        const std::size_t start = p_;
        if (peek() == '-') ++p_;
        if (peek() == '0') {
            ++p_;
        } else if (!digits()) {
            p_ = start;
            return fail(fill_text(FD_TR("core/Import", "unexpected %1 where a value should be"),
                                  {describe_byte(peek())}));
        }
        if (peek() == '.') {
            ++p_;
            if (!digits()) return fail(FD_TR("core/Import", "a number has no digits after '.'"));
        }
        if (peek() == 'e' || peek() == 'E') {
            ++p_;
            if (peek() == '+' || peek() == '-') ++p_;
            if (!digits())
                return fail(FD_TR("core/Import", "a number has no digits in its exponent"));
        }
        return true;
    }

    static void put_utf8(std::string& out, std::uint32_t cp) {
        const int extra = cp < 0x80 ? 0 : cp < 0x800 ? 1 : cp < 0x10000 ? 2 : 3;
        static constexpr unsigned char kLead[] = {0x00, 0xC0, 0xE0, 0xF0};
        out += static_cast<char>(kLead[extra] | (cp >> (6 * extra)));
        for (int k = extra - 1; k >= 0; --k)
            out += static_cast<char>(0x80 | ((cp >> (6 * k)) & 0x3F));
    }

    bool hex4(std::uint32_t& value) {
        static constexpr std::string_view kHex = "0123456789abcdefABCDEF";
        value = 0;
        for (int k = 0; k < 4; ++k, ++p_) {
            std::size_t digit = at_end() ? std::string_view::npos : kHex.find(text_[p_]);
            if (digit == std::string_view::npos)
                return fail(FD_TR("core/Import", "a \\u escape needs four hex digits"));
            if (digit >= 16) digit -= 6;
            value = (value << 4) | static_cast<std::uint32_t>(digit);
        }
        return true;
    }

    // Unescapes a string starting at '"' into `out`. Lone surrogates become U+FFFD.
    bool parse_string(std::string& out) {
        ++p_;
        for (;;) {
            const std::size_t run = p_;
            while (!at_end() && text_[p_] != '"' && text_[p_] != '\\' &&
                   static_cast<unsigned char>(text_[p_]) >= 0x20)
                ++p_;
            out.append(text_.substr(run, p_ - run));
            if (at_end()) return fail(FD_TR("core/Import", "a string is not closed"));
            const char c = text_[p_];
            if (c == '"') {
                ++p_;
                return true;
            }
            if (c != '\\')
                return fail(fill_text(FD_TR("core/Import",
                                            "a string contains a raw control "
                                            "character (%1); it must be escaped"),
                                      {describe_byte(c)}));
            ++p_;
            if (at_end()) return fail(FD_TR("core/Import", "a string is not closed"));
            const char e = text_[p_++];
            static constexpr std::string_view kFrom = "\"\\/bfnrt";
            static constexpr std::string_view kTo = "\"\\/\b\f\n\r\t";
            if (const std::size_t k = kFrom.find(e); k != std::string_view::npos) {
                out += kTo[k];
                continue;
            }
            if (e != 'u') {
                --p_;
                return fail(fill_text(FD_TR("core/Import", "invalid escape '\\%1' in a string"),
                                      {std::string(1, e)}));
            }
            std::uint32_t cp = 0;
            if (!hex4(cp)) return false;
            if (cp >= 0xD800 && cp < 0xDC00 && text_.substr(p_, 2) == "\\u") {
                const std::size_t save = p_;
                p_ += 2;
                std::uint32_t low = 0;
                if (!hex4(low)) return false;
                if (low >= 0xDC00 && low < 0xE000)
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                else
                    p_ = save;
            }
            put_utf8(out, cp >= 0xD800 && cp < 0xE000 ? 0xFFFD : cp);
        }
    }

    // Appends `array` without whitespace outside strings.
    void compact(std::string_view array) {
        StringState str;
        for (const char c : array)
            if (str.step(c) || !is_ws(c)) arena_ += c;
    }

    void add_field(std::size_t offset, std::size_t length, bool present) {
        auto it = index_.find(path_);
        if (it == index_.end()) {
            it = index_.emplace(path_, columns_.size()).first;
            columns_.push_back(path_);
        }
        out_.push_back({it->second, offset, length, present});
    }

    std::string_view text_;
    std::size_t p_ = 0;
    std::string& arena_;
    std::vector<FlatField>& out_;
    std::vector<std::string>& columns_;
    std::unordered_map<std::string, std::size_t>& index_;
    std::string path_;
    std::string key_;
    std::string scratch_;
};

}  // namespace

// ---- Streaming reader ----------------------------------------------------------------------

struct JsonReader::Impl {
    enum class State { ExpectValue, ExpectSeparator, Done };

    std::unique_ptr<ByteSource> source;
    JsonLayout layout;
    std::string name;
    std::vector<char> chunk = std::vector<char>(kChunkBytes);
    std::size_t pos = 0;
    std::size_t len = 0;
    std::uint64_t base = 0;  // input offset of chunk[0]
    bool eof = false;
    std::uint64_t line = 1;
    State state = State::ExpectValue;
    int last_scanned = 0;     // last non-blank byte scan_object consumed
    std::vector<char> kinds;  // open brackets of the element being scanned

    std::vector<std::string> columns;
    std::unordered_map<std::string, std::size_t> column_index;
    std::string record_text;  // the current record's raw bytes (at most kMaxRecordBytes)
    std::string arena;        // unescaped values of the current record
    std::vector<FlatField> flat;

    int peek() {
        if (pos == len && !refill()) return -1;
        return static_cast<unsigned char>(chunk[pos]);
    }
    bool refill() {
        if (eof) return false;
        base += len;
        pos = 0;
        len = source->read(chunk.data(), chunk.size());
        if (len == 0) eof = true;
        return len > 0;
    }
    void advance() {
        if (chunk[pos++] == '\n') ++line;
    }
    int skip_ws() {
        for (;;) {
            const int c = peek();
            if (c < 0 || !is_ws(c)) return c;
            advance();
        }
    }
    std::uint64_t offset() const { return base + pos; }

    // `text` is a template whose %1 is the file's name; %2 and %3 take `a` and `b`.
    [[noreturn]] void shape_error(std::string_view text, std::string_view a = {},
                                  std::string_view b = {}) const {
        throw FileError(fill_text(text, {name, a, b}));
    }

    void open() {
        // A UTF-8 byte order mark is allowed before anything else.
        if (peek() == 0xEF) {
            static constexpr unsigned char kBom[] = {0xEF, 0xBB, 0xBF};
            std::size_t k = 0;
            while (k < 3 && peek() == kBom[k]) {
                advance();
                ++k;
            }
            if (k != 3)
                shape_error(
                    FD_TR("core/Import", "%1: starts with invalid bytes; save it as UTF-8 JSON."));
        }
        const int c = skip_ws();
        if (c < 0)
            shape_error(
                FD_TR("core/Import", "%1: is empty. Choose a file that contains transactions."));
        if (layout == JsonLayout::Ndjson) {
            if (c == '[')
                shape_error(FD_TR("core/Import",
                                  "%1: is a JSON array, not NDJSON (one object per "
                                  "line). Open it as JSON."));
            if (c != '{')
                shape_error(FD_TR("core/Import",
                                  "%1: is not NDJSON: the first line does not start "
                                  "with '{' (found %2). Open it as CSV or fix the "
                                  "file."),
                            describe_byte(c));
            return;
        }
        if (layout == JsonLayout::Array) {
            if (c != '[')
                shape_error(FD_TR("core/Import",
                                  "%1: is not a JSON array: it should start with '[' but starts "
                                  "with %2. Open it as NDJSON or as a JSON object with a "
                                  "\"transactions\" array, or fix the file."),
                            describe_byte(c));
            advance();
            return;
        }
        open_transactions_object(c);
    }

    void open_transactions_object(int c) {
        const std::string_view missing =
            FD_TR("core/Import",
                  "%1: has no \"transactions\" array at the top level. Put the records in "
                  "{\"transactions\": [ ... ]}, or save them as a JSON array or NDJSON.");
        if (c != '{')
            shape_error(FD_TR("core/Import",
                              "%1: is not a JSON object: it starts with %2. Open "
                              "it as a JSON array, NDJSON or CSV."),
                        describe_byte(c));
        advance();
        for (;;) {
            c = skip_ws();
            if (c == '}' || c < 0) shape_error(missing);
            if (c != '"')
                shape_error(FD_TR("core/Import",
                                  "%1: is not valid JSON near line %2: expected a "
                                  "quoted key, found %3."),
                            std::to_string(line), describe_byte(c));
            std::string key;
            advance();
            StringState str{true, false};
            for (int k = peek(); str.in; k = peek()) {
                if (k < 0) shape_error(missing);
                advance();
                str.step(k);
                if (str.in && key.size() < 64) key += static_cast<char>(k);
            }
            if (skip_ws() != ':')
                shape_error(FD_TR("core/Import",
                                  "%1: is not valid JSON near line %2: expected ':' after a key."),
                            std::to_string(line));
            advance();
            c = skip_ws();
            if (key == "transactions") {
                if (c != '[')
                    shape_error(FD_TR("core/Import",
                                      "%1: has a \"transactions\" member that is not an array (it "
                                      "starts with %2). It must hold [ ... ] records."),
                                describe_byte(c));
                advance();
                return;
            }
            skip_value();
            c = skip_ws();
            if (c == ',') {
                advance();
                continue;
            }
            shape_error(missing);
        }
    }

    // Skips one value at the current position without copying (strings and nesting tracked).
    void skip_value() {
        std::uint64_t depth = 0;
        StringState str;
        for (int c = peek(); c >= 0; c = peek()) {
            if (!str.in && depth == 0 && (c == ',' || c == '}' || c == ']')) return;
            advance();
            if (str.step(c)) {
                if (!str.in && depth == 0) return;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return;
            }
        }
    }

    std::string raw_prefix() const {
        return record_text.substr(0, std::min(record_text.size(), kMaxRawRejectBytes));
    }

    ReadStatus row_error(RowError& error, std::uint64_t at_line, std::string reason) {
        error.line = at_line;
        error.field.clear();
        error.reason = std::move(reason);
        error.raw = raw_prefix();
        return ReadStatus::RowError;
    }

    // Parses record_text and fills `record`, or describes the problem in `error`.
    ReadStatus finish_record(std::uint64_t start_line, Record& record, RowError& error) {
        arena.clear();
        flat.clear();
        const std::size_t known_columns = columns.size();
        Flattener parser(record_text, arena, flat, columns, column_index);
        if (!parser.run()) {
            // A rejected record adds no columns.
            for (std::size_t k = known_columns; k < columns.size(); ++k)
                column_index.erase(columns[k]);
            columns.resize(known_columns);
            const std::string_view before(record_text.data(), parser.error_at);
            const auto error_line = start_line + static_cast<std::uint64_t>(std::count(
                                                     before.begin(), before.end(), '\n'));
            return row_error(error, start_line,
                             fill_text(FD_TR("core/Import",
                                             "invalid JSON record: %1 (line %2, "
                                             "byte %3 of the record)"),
                                       {parser.error, std::to_string(error_line),
                                        std::to_string(parser.error_at + 1)}));
        }
        record.line = start_line;
        record.fields.assign(columns.size(), FieldValue{});
        for (const FlatField& f : flat)  // later duplicates overwrite earlier ones
            record.fields[f.column] =
                FieldValue{std::string_view(arena).substr(f.offset, f.length), f.present};
        record.raw = std::string_view(record_text)
                         .substr(0, std::min(record_text.size(), kMaxRawRejectBytes));
        return ReadStatus::Record;
    }

    ReadStatus next_ndjson(Record& record, RowError& error) {
        int c = skip_ws();  // blank lines are skipped here
        if (c < 0) return ReadStatus::End;
        const std::uint64_t start_line = line;
        record_text.clear();
        bool too_long = false;
        for (; c >= 0 && c != '\n'; c = peek()) {
            too_long = record_text.size() >= kMaxRecordBytes;
            if (!too_long) record_text += static_cast<char>(c);
            advance();
        }
        if (too_long)
            return row_error(
                error, start_line,
                fill_text(FD_TR("core/Import", "the line is longer than %1 MiB; it was skipped"),
                          {std::to_string(kMaxRecordBytes >> 20)}));
        return finish_record(start_line, record, error);
    }

    // Copies one element starting at '{' into record_text. Returns "" when it ended cleanly,
    // otherwise why it is broken (the caller then resynchronises or stops).
    std::string scan_object(bool& array_closed) {
        record_text.clear();
        kinds.clear();
        std::uint64_t depth = 0;
        StringState str;
        for (;;) {
            const int c = peek();
            if (c < 0)
                return FD_TR("core/Import",
                             "the record is cut off at the end of the input (truncated file?)");
            if (record_text.size() < kMaxRecordBytes) record_text += static_cast<char>(c);
            advance();
            if (!is_ws(c)) last_scanned = c;
            if (str.step(c)) {
                if (str.in && c == '\n')
                    return FD_TR("core/Import",
                                 "a string is not closed before the end of its line");
            } else if (c == '{' || c == '[') {
                if (kinds.size() < kMaxTrackedDepth) kinds.push_back(static_cast<char>(c));
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth <= kinds.size() && !kinds.empty()) {
                    const char open = kinds.back();
                    kinds.pop_back();
                    if ((open == '{') != (c == '}')) {
                        array_closed = depth == 1 && c == ']';
                        return fill_text(
                            FD_TR("core/Import", "a '%1' is closed by '%2'"),
                            {std::string(1, open), std::string(1, static_cast<char>(c))});
                    }
                }
                if (--depth == 0) return {};
            }
        }
    }

    // After a broken element: skip to the next '{' that follows "}," (the usual boundary
    // between elements), ignoring string state because it is no longer trustworthy.
    void resync_after_break() {
        int last = last_scanned;
        int before_last = 0;
        for (int c = peek(); c >= 0; c = peek()) {
            if (c == '{' && last == ',' && before_last == '}') return;
            advance();
            if (!is_ws(c)) {
                before_last = last;
                last = c;
            }
        }
    }

    // Skips text that is not an element, up to the next '{' or the array's ']' (tracking
    // strings and nested arrays). Returns a prefix of what was skipped.
    std::string skip_junk() {
        std::string skipped;
        std::uint64_t depth = 0;
        StringState str;
        for (int c = peek(); c >= 0; c = peek()) {
            if (!str.in && depth == 0 && (c == '{' || c == ']')) break;
            if (skipped.size() < kMaxRawRejectBytes) skipped += static_cast<char>(c);
            advance();
            if (str.step(c)) continue;
            if (c == '[')
                ++depth;
            else if ((c == ']' || c == '}') && depth > 0)
                --depth;
        }
        return skipped;
    }

    ReadStatus next_element(Record& record, RowError& error) {
        for (;;) {
            if (state == State::Done) return ReadStatus::End;
            const int c = skip_ws();
            if (c < 0) {
                state = State::Done;
                return ReadStatus::End;  // an array that never closes ends with the input
            }
            const std::uint64_t start_line = line;
            if (c == ']') {
                advance();
                state = State::Done;
                return ReadStatus::End;
            }
            if (c == ',' && state == State::ExpectSeparator) {
                advance();
                state = State::ExpectValue;
                continue;
            }
            if (c != '{') {
                record_text = skip_junk();
                state = State::ExpectValue;
                const std::string shown = record_text.substr(0, 40);
                return row_error(error, start_line,
                                 fill_text(FD_TR("core/Import",
                                                 "expected a JSON object between records but "
                                                 "found '%1'; that text was skipped"),
                                           {shown + (record_text.size() > 40 ? "..." : "")}));
            }
            const bool missing_comma = state == State::ExpectSeparator;
            bool array_closed = false;
            const std::string broken = scan_object(array_closed);
            state = State::ExpectSeparator;
            if (!broken.empty()) {
                if (array_closed || peek() < 0)
                    state = State::Done;
                else
                    resync_after_break();
                if (state != State::Done) state = State::ExpectValue;
                return row_error(
                    error, start_line,
                    fill_text(FD_TR("core/Import", "invalid JSON record: %1"), {broken}));
            }
            if (record_text.size() >= kMaxRecordBytes)
                return row_error(
                    error, start_line,
                    fill_text(
                        FD_TR("core/Import", "the record is larger than %1 MiB; it was skipped"),
                        {std::to_string(kMaxRecordBytes >> 20)}));
            if (missing_comma)
                return row_error(error, start_line,
                                 FD_TR("core/Import",
                                       "a ',' is missing before this record, so the file is "
                                       "damaged here; the record was skipped"));
            return finish_record(start_line, record, error);
        }
    }
};

JsonReader::JsonReader(std::unique_ptr<ByteSource> source, JsonLayout layout)
    : impl_(std::make_unique<Impl>()) {
    impl_->name = source->name();
    impl_->source = std::move(source);
    impl_->layout = layout;
    impl_->open();
}

JsonReader::~JsonReader() = default;

const std::vector<std::string>& JsonReader::columns() const {
    return impl_->columns;
}

ReadStatus JsonReader::next(Record& record, RowError& error) {
    return impl_->layout == JsonLayout::Ndjson ? impl_->next_ndjson(record, error)
                                               : impl_->next_element(record, error);
}

std::uint64_t JsonReader::bytes_read() const {
    return impl_->offset();
}

}  // namespace fd
