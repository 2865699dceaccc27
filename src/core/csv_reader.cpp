#include "csv_reader.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <stdexcept>
#include <unordered_set>

#include "limits.h"
#include "tr_mark.h"

namespace fd {
namespace {

constexpr std::size_t kChunkBytes = 1u << 20;  // one read from the source
constexpr std::size_t kMaxColumns = 10000;     // a wider header is not a CSV header
constexpr std::size_t kSniffLines = 100;       // lines the delimiter detector looks at
constexpr char kCandidates[] = {',', ';', '\t', '|'};

std::string describe_delimiter(char d) {
    switch (d) {
        case '\t':
            return FD_TR("core/Import", "tab");
        case ',':
            return FD_TR("core/Import", "comma");
        case ';':
            return FD_TR("core/Import", "semicolon");
        case '|':
            return FD_TR("core/Import", "pipe");
        default:
            return std::string("'") + d + "'";
    }
}

std::string trim_spaces(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return std::string(s);
}

// Field counts of the first lines of `sample` split by `delimiter`, quotes respected. The
// last line is dropped when the sample ends inside it (the sample is usually a prefix).
std::vector<std::size_t> sniff_field_counts(std::string_view sample, char delimiter) {
    std::vector<std::size_t> counts;
    bool in_quotes = false;
    std::size_t fields = 1;
    bool line_has_text = false;
    for (char c : sample) {
        if (counts.size() >= kSniffLines) return counts;
        if (c == '"') {
            in_quotes = !in_quotes;
            line_has_text = true;
        } else if (in_quotes) {
            continue;
        } else if (c == delimiter) {
            ++fields;
            line_has_text = true;
        } else if (c == '\n') {
            if (line_has_text) counts.push_back(fields);
            fields = 1;
            line_has_text = false;
        } else if (c != '\r') {
            line_has_text = true;
        }
    }
    if (line_has_text && counts.empty()) counts.push_back(fields);
    return counts;
}

}  // namespace

char detect_csv_delimiter(std::string_view sample) {
    if (sample.substr(0, 3) == "\xEF\xBB\xBF") sample.remove_prefix(3);
    char best = ',';
    std::size_t best_consistent = 0;
    std::size_t best_width = 0;
    for (char candidate : kCandidates) {
        const auto counts = sniff_field_counts(sample, candidate);
        if (counts.empty() || counts.front() < 2) continue;
        const std::size_t width = counts.front();
        const auto consistent =
            static_cast<std::size_t>(std::count(counts.begin(), counts.end(), width));
        if (consistent > best_consistent || (consistent == best_consistent && width > best_width)) {
            best = candidate;
            best_consistent = consistent;
            best_width = width;
        }
    }
    return best;
}

struct CsvReader::Impl {
    // What went wrong in a record; the first problem found wins.
    enum class Problem { None, Nul, StrayQuote, TextAfterQuote, FieldTooLong };
    enum class Scan { Complete, NeedMore, Unterminated };

    struct Span {
        std::uint32_t offset;  // from the record start in buf_, or into scratch_
        std::uint32_t length;
        bool in_scratch;
    };

    std::unique_ptr<ByteSource> source;
    std::string name;
    char delimiter = ',';
    std::vector<std::string> columns;

    std::unique_ptr<char[]> buf;
    std::size_t cap = 0;
    std::size_t pos = 0;  // next unparsed byte
    std::size_t end = 0;  // bytes valid in buf; buf[end] is a NUL sentinel
    bool eof = false;
    std::uint64_t base = 0;  // source offset of buf[0]
    std::uint64_t consumed = 0;
    std::uint64_t line = 1;

    std::array<std::uint8_t, 256> unquoted_stop{};  // delimiter, \n, ", NUL
    std::array<std::uint8_t, 256> quoted_stop{};    // ", \n, NUL

    // Per-record scan state, reused across records.
    std::vector<Span> spans;
    std::size_t field_count = 0;
    std::size_t max_spans = kMaxColumns + 1;
    std::string scratch;
    std::size_t rec_end = 0;     // one past the record's terminator
    std::size_t raw_end = 0;     // one past the record's text (terminator excluded)
    std::uint64_t newlines = 0;  // newlines consumed by the record, terminator included
    Problem problem = Problem::None;
    std::size_t problem_field = 0;
    std::size_t problem_length = 0;
    std::size_t open_quote_field = 0;
    bool in_quote = false;  // the scan stopped inside a quoted field

    void set_delimiter(char d) {
        delimiter = d;
        unquoted_stop.fill(0);
        quoted_stop.fill(0);
        for (unsigned char c : {static_cast<unsigned char>(d), static_cast<unsigned char>('\n'),
                                static_cast<unsigned char>('"'), static_cast<unsigned char>(0)})
            unquoted_stop[c] = 1;
        for (unsigned char c : {'"', '\n', '\0'}) quoted_stop[c] = 1;
    }

    void note(Problem p, std::size_t field, std::size_t length = 0) {
        if (problem != Problem::None) return;
        problem = p;
        problem_field = field;
        problem_length = length;
    }

    void mark_consumed() { consumed = std::max(consumed, base + pos); }

    // Moves the unparsed tail to the front and reads at least `min_add` more bytes (or up to
    // the end of input). Requires end - pos <= kMaxRecordBytes, so buf stays bounded: it
    // only grows (doubling, from about 1 MiB or the input's size) while one record fills it.
    void refill(std::size_t min_add) {
        if (pos > 0) {
            std::memmove(buf.get(), buf.get() + pos, end - pos);
            base += pos;
            end -= pos;
            pos = 0;
        }
        min_add = std::clamp<std::size_t>(min_add, 1, kChunkBytes);
        std::size_t added = 0;
        while (added < min_add && !eof) {
            if (end + 1 >= cap) grow();
            const std::size_t room = std::min(cap - end - 1, kChunkBytes - added);
            if (room == 0) break;  // unreachable while the precondition holds
            const std::size_t got = source->read(buf.get() + end, room);
            if (got == 0) eof = true;
            end += got;
            added += got;
        }
        buf[end] = '\0';
    }

    void grow() {
        std::size_t grown = cap * 2;
        if (cap == 0) {
            const std::uint64_t known = source->size();  // small inputs get small buffers
            grown = known > 0 && known < kChunkBytes ? static_cast<std::size_t>(known) + 2
                                                     : kChunkBytes + 1;
        }
        grown = std::min(grown, kMaxRecordBytes + kChunkBytes + 1);
        auto bigger = std::make_unique_for_overwrite<char[]>(grown);
        if (end > 0) std::memcpy(bigger.get(), buf.get(), end);
        buf = std::move(bigger);
        cap = grown;
    }

    void finish_field(std::size_t rec_start, std::size_t start, std::size_t length) {
        const std::size_t index = field_count++;
        if (length > kMaxFieldBytes) note(Problem::FieldTooLong, index, length);
        if (spans.size() < max_spans)
            spans.push_back({static_cast<std::uint32_t>(start - rec_start),
                             static_cast<std::uint32_t>(length), false});
    }

    void finish_scratch_field(std::size_t scratch_start) {
        const std::size_t index = field_count++;
        const std::size_t length = scratch.size() - scratch_start;
        if (length > kMaxFieldBytes) note(Problem::FieldTooLong, index, length);
        if (spans.size() < max_spans)
            spans.push_back({static_cast<std::uint32_t>(scratch_start),
                             static_cast<std::uint32_t>(length), true});
    }

    // Scans one record starting at `start`. On Complete, rec_end/raw_end/newlines/spans are
    // set. Records are rescanned from their start after a refill; refill grows the data
    // geometrically, so the rescans cost at most a constant factor.
    Scan scan(std::size_t start);
    Scan scan_quoted(std::size_t rec_start, std::size_t& p);

    std::string reason_for_problem() const;
    // One sentence about field `index` in three wordings, each a whole template: `header`
    // names the column's number (%1) while the header is read, `named` the field's column
    // (%1), `beyond` a field past the header's columns. %2 and %3 (in `beyond`: %1 and %2)
    // take `a` and `b`. Rows are read after the header, so row texts pass no `header`.
    struct Wording {
        const char* header;
        const char* named;
        const char* beyond;
    };
    std::string about_field(std::size_t index, const Wording& w, std::string_view a = {},
                            std::string_view b = {}) const;
    std::string column_name(std::size_t index) const {
        return index < columns.size() ? columns[index] : std::string();
    }
    std::string raw_text(std::size_t start, std::size_t stop) const {
        return std::string(buf.get() + start, std::min(stop - start, kMaxRawRejectBytes));
    }
    // Skips the rest of the physical line starting at `rec_start` (never less than one byte).
    void resync_after_first_line(std::size_t rec_start, std::uint64_t rec_line);
    bool skip_blank_lines();
    void read_header();
    ReadStatus next(Record& record, RowError& error);
};

CsvReader::Impl::Scan CsvReader::Impl::scan_quoted(std::size_t rec_start, std::size_t& p) {
    const char* b = buf.get();
    const std::size_t field = field_count;
    open_quote_field = field;
    in_quote = true;
    ++p;  // opening quote
    const std::size_t content = p;
    std::size_t segment = p;
    bool escaped = false;
    std::size_t scratch_start = scratch.size();
    for (;;) {
        while (!quoted_stop[static_cast<unsigned char>(b[p])]) ++p;
        if (p >= end) return eof ? Scan::Unterminated : Scan::NeedMore;
        const char c = b[p];
        if (c == '\n') {
            ++newlines;
            ++p;
            continue;
        }
        if (c == '\0') {
            note(Problem::Nul, field);
            ++p;
            continue;
        }
        if (p + 1 >= end && !eof) return Scan::NeedMore;
        if (p + 1 < end && b[p + 1] == '"') {  // doubled quote: one literal quote
            if (!escaped) {
                escaped = true;
                scratch_start = scratch.size();
            }
            scratch.append(b + segment, p + 1 - segment);
            p += 2;
            segment = p;
            continue;
        }
        if (escaped) {
            scratch.append(b + segment, p - segment);
            finish_scratch_field(scratch_start);
        } else {
            finish_field(rec_start, content, p - content);
        }
        ++p;  // closing quote
        in_quote = false;
        return Scan::Complete;
    }
}

CsvReader::Impl::Scan CsvReader::Impl::scan(std::size_t start) {
    spans.clear();
    scratch.clear();
    field_count = 0;
    newlines = 0;
    problem = Problem::None;
    in_quote = false;
    const char* b = buf.get();
    std::size_t p = start;
    for (;;) {  // one field per iteration
        const std::size_t field_start = p;
        bool quoted = p < end && b[p] == '"';
        if (!quoted) {
            for (;;) {
                while (!unquoted_stop[static_cast<unsigned char>(b[p])]) ++p;
                if (p >= end) {
                    if (!eof) return Scan::NeedMore;
                    std::size_t length = p - field_start;
                    if (length > 0 && b[p - 1] == '\r') --length;
                    finish_field(start, field_start, length);
                    raw_end = field_start + length;
                    rec_end = p;
                    return Scan::Complete;
                }
                const char c = b[p];
                if (c == delimiter) {
                    finish_field(start, field_start, p - field_start);
                    ++p;
                    break;
                }
                if (c == '\n') {
                    std::size_t length = p - field_start;
                    if (length > 0 && b[p - 1] == '\r') --length;
                    finish_field(start, field_start, length);
                    raw_end = field_start + length;
                    ++newlines;
                    rec_end = p + 1;
                    return Scan::Complete;
                }
                if (c == '"') {
                    // Spaces before an opening quote are tolerated: `a, "b, c"`.
                    if (std::all_of(b + field_start, b + p, [](char s) { return s == ' '; })) {
                        quoted = true;
                        break;
                    }
                    note(Problem::StrayQuote, field_count);
                } else {
                    note(Problem::Nul, field_count);
                }
                ++p;
            }
            if (!quoted) continue;
        }
        const Scan inner = scan_quoted(start, p);
        if (inner != Scan::Complete) return inner;
        while (p < end && b[p] == ' ' && delimiter != ' ') ++p;  // `"a" ,b` is tolerated too
        for (;;) {                                               // after the closing quote
            if (p >= end) {
                if (!eof) return Scan::NeedMore;
                rec_end = raw_end = p;
                return Scan::Complete;
            }
            const char c = b[p];
            if (c == delimiter) {
                ++p;
                break;
            }
            if (c == '\n') {
                raw_end = p;
                ++newlines;
                rec_end = p + 1;
                return Scan::Complete;
            }
            if (c == '\r') {
                if (p + 1 >= end) {
                    if (!eof) return Scan::NeedMore;
                    raw_end = p;
                    rec_end = p + 1;
                    return Scan::Complete;
                }
                if (b[p + 1] == '\n') {
                    raw_end = p;
                    ++newlines;
                    rec_end = p + 2;
                    return Scan::Complete;
                }
            }
            note(c == '\0' ? Problem::Nul : Problem::TextAfterQuote, field_count - 1);
            ++p;
        }
    }
}

std::string CsvReader::Impl::about_field(std::size_t index, const Wording& w, std::string_view a,
                                         std::string_view b) const {
    if (columns.empty() && w.header) return fill_text(w.header, {std::to_string(index + 1), a, b});
    if (index >= columns.size()) return fill_text(w.beyond, {a, b});
    return fill_text(w.named, {columns[index], a, b});
}

std::string CsvReader::Impl::reason_for_problem() const {
    switch (problem) {
        case Problem::Nul:
            return about_field(problem_field,
                               {FD_TR("core/Import",
                                      "column %1 contains a NUL byte; the file may be binary or "
                                      "UTF-16. Export it again as UTF-8 CSV."),
                                FD_TR("core/Import",
                                      "field '%1' contains a NUL byte; the file may be binary "
                                      "or UTF-16. Export it again as UTF-8 CSV."),
                                FD_TR("core/Import",
                                      "a field beyond the header's columns contains a NUL byte; "
                                      "the file may be binary or UTF-16. Export it again as "
                                      "UTF-8 CSV.")});
        case Problem::StrayQuote:
            return about_field(problem_field,
                               {FD_TR("core/Import",
                                      "column %1 contains a double quote but is not quoted. "
                                      "Enclose the field in double quotes and double the quote "
                                      "inside it (\"\")."),
                                FD_TR("core/Import",
                                      "field '%1' contains a double quote but is not quoted. "
                                      "Enclose the field in double quotes and double the quote "
                                      "inside it (\"\")."),
                                FD_TR("core/Import",
                                      "a field beyond the header's columns contains a double "
                                      "quote but is not quoted. Enclose the field in double "
                                      "quotes and double the quote inside it (\"\").")});
        case Problem::TextAfterQuote:
            return about_field(problem_field,
                               {FD_TR("core/Import",
                                      "text follows the closing quote of column %1. A quote "
                                      "inside a quoted field must be doubled (\"\")."),
                                FD_TR("core/Import",
                                      "text follows the closing quote of field '%1'. A quote "
                                      "inside a quoted field must be doubled (\"\")."),
                                FD_TR("core/Import",
                                      "text follows the closing quote of a field beyond the "
                                      "header's columns. A quote inside a quoted field must be "
                                      "doubled (\"\").")});
        case Problem::FieldTooLong:
            return about_field(problem_field,
                               {FD_TR("core/Import",
                                      "column %1 is %2 bytes long, over the limit of %3 bytes "
                                      "(1 MiB) for one field."),
                                FD_TR("core/Import",
                                      "field '%1' is %2 bytes long, over the limit of %3 bytes "
                                      "(1 MiB) for one field."),
                                FD_TR("core/Import",
                                      "a field beyond the header's columns is %1 bytes long, "
                                      "over the limit of %2 bytes (1 MiB) for one field.")},
                               std::to_string(problem_length), std::to_string(kMaxFieldBytes));
        default:
            return std::string();
    }
}

void CsvReader::Impl::resync_after_first_line(std::size_t rec_start, std::uint64_t rec_line) {
    line = rec_line + 1;
    const void* nl = std::memchr(buf.get() + rec_start, '\n', end - rec_start);
    if (nl) {
        pos = static_cast<std::size_t>(static_cast<const char*>(nl) - buf.get()) + 1;
        return;
    }
    // The first line itself is longer than what is buffered: drop bytes until its end.
    for (;;) {
        pos = end;
        mark_consumed();
        if (eof) return;
        refill(kChunkBytes);
        nl = std::memchr(buf.get(), '\n', end);
        if (nl) {
            pos = static_cast<std::size_t>(static_cast<const char*>(nl) - buf.get()) + 1;
            return;
        }
    }
}

bool CsvReader::Impl::skip_blank_lines() {
    for (;;) {
        if (pos >= end) {
            if (eof) return false;
            refill(1);
            continue;
        }
        const char c = buf[pos];
        if (c == '\n') {
            ++pos;
            ++line;
        } else if (c == '\r') {
            if (pos + 1 >= end) {
                if (!eof) {
                    refill(1);
                    continue;
                }
                ++pos;  // a lone CR ending the input
            } else if (buf[pos + 1] == '\n') {
                pos += 2;
                ++line;
            } else {
                return true;
            }
        } else {
            return true;
        }
    }
}

void CsvReader::Impl::read_header() {
    while (end < kSniffBytes && !eof) refill(kSniffBytes - end);
    if (end >= 3 && std::memcmp(buf.get(), "\xEF\xBB\xBF", 3) == 0) pos = 3;
    if (pos >= end)
        throw FileError(fill_text(FD_TR("core/Import",
                                        "%1: the file is empty. Choose a CSV file "
                                        "with a header line and at least one row."),
                                  {name}));
    if (delimiter == 0)
        set_delimiter(detect_csv_delimiter(
            std::string_view(buf.get() + pos, std::min(end - pos, kSniffBytes))));
    if (!skip_blank_lines())
        throw FileError(fill_text(FD_TR("core/Import",
                                        "%1: the file has no header line, only "
                                        "blank lines. Add a header line naming "
                                        "the columns."),
                                  {name}));
    const std::uint64_t header_line = line;
    Scan result;
    while ((result = scan(pos)) == Scan::NeedMore) {
        if (end - pos > kMaxRecordBytes) break;
        refill(end - pos);
    }
    // Header errors start "NAME: header (line N)"; %1 and %2 take those.
    const std::string header_at = std::to_string(header_line);
    const auto header_error = [&](std::string_view text, std::string_view a = {},
                                  std::string_view b = {}) {
        return FileError(fill_text(text, {name, header_at, a, b}));
    };
    if (result == Scan::NeedMore || rec_end - pos > kMaxRecordBytes)
        throw header_error(FD_TR("core/Import",
                                 "%1: header (line %2) is longer than 4 MiB; this "
                                 "does not look like a CSV file."));
    if (result == Scan::Unterminated)
        throw header_error(FD_TR("core/Import",
                                 "%1: header (line %2) has a quote that is never "
                                 "closed. Fix the header's quoting."));
    if (problem != Problem::None)
        throw header_error(FD_TR("core/Import", "%1: header (line %2): %3 Fix the header line."),
                           reason_for_problem());
    if (field_count > kMaxColumns)
        throw header_error(FD_TR("core/Import",
                                 "%1: header (line %2) has more than %3 columns; "
                                 "check that this is a CSV file."),
                           std::to_string(kMaxColumns));
    std::unordered_set<std::string> seen;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const Span& s = spans[i];
        const char* data = s.in_scratch ? scratch.data() : buf.get() + pos;
        std::string column = trim_spaces(std::string_view(data + s.offset, s.length));
        if (column.empty())
            throw header_error(FD_TR("core/Import",
                                     "%1: header (line %2): column %3 has no name "
                                     "(the %4 is the delimiter). Give every column "
                                     "a name."),
                               std::to_string(i + 1), describe_delimiter(delimiter));
        if (!seen.insert(column).second)
            throw header_error(FD_TR("core/Import",
                                     "%1: header (line %2): the column name '%3' "
                                     "appears twice. Rename one so every column "
                                     "name is unique."),
                               column);
        columns.push_back(std::move(column));
    }
    max_spans = columns.size();
    line += newlines;
    pos = rec_end;
    mark_consumed();
}

ReadStatus CsvReader::Impl::next(Record& record, RowError& error) {
    if (!skip_blank_lines()) {
        mark_consumed();
        return ReadStatus::End;
    }
    std::size_t start = pos;
    Scan result;
    for (;;) {
        result = scan(start);
        if (result != Scan::NeedMore || end - start > kMaxRecordBytes) break;
        refill(end - start);
        start = pos;
    }
    const std::uint64_t rec_line = line;
    const std::size_t length = (result == Scan::Complete ? rec_end : end) - start;
    const bool oversized = length > kMaxRecordBytes;
    if (oversized || result != Scan::Complete) {
        const std::size_t stop = result == Scan::Complete ? raw_end : end;
        error.line = rec_line;
        error.raw = raw_text(start, stop);
        error.field = in_quote ? column_name(open_quote_field) : std::string();
        while (!error.raw.empty() && (error.raw.back() == '\n' || error.raw.back() == '\r'))
            error.raw.pop_back();
        const std::string limit = std::to_string(kMaxRecordBytes);
        if (oversized && in_quote) {
            error.reason = about_field(
                open_quote_field,
                {nullptr,
                 FD_TR("core/Import",
                       "the record is longer than the limit of %2 bytes (4 MiB) because the "
                       "quote opened in field '%1' is never closed. A quote inside a quoted "
                       "field must be doubled (\"\"). Reading resumed on the next line."),
                 FD_TR("core/Import",
                       "the record is longer than the limit of %1 bytes (4 MiB) because the "
                       "quote opened in a field beyond the header's columns is never closed. A "
                       "quote inside a quoted field must be doubled (\"\"). Reading resumed on "
                       "the next line.")},
                limit);
        } else if (oversized) {
            error.reason = fill_text(FD_TR("core/Import",
                                           "the record is longer than the limit of "
                                           "%1 bytes (4 MiB). Reading resumed on "
                                           "the next line."),
                                     {limit});
        } else {
            error.reason = about_field(
                open_quote_field,
                {nullptr,
                 FD_TR("core/Import",
                       "the quote opened in field '%1' is never closed before the end of the "
                       "file. A quote inside a quoted field must be doubled (\"\"). Reading "
                       "resumed on the next line."),
                 FD_TR("core/Import",
                       "the quote opened in a field beyond the header's columns is never "
                       "closed before the end of the file. A quote inside a quoted field must "
                       "be doubled (\"\"). Reading resumed on the next line.")});
        }
        resync_after_first_line(start, rec_line);
        mark_consumed();
        return ReadStatus::RowError;
    }
    line += newlines;
    pos = rec_end;
    mark_consumed();
    if (problem != Problem::None || field_count != columns.size()) {
        error.line = rec_line;
        error.raw = raw_text(start, raw_end);
        if (problem != Problem::None) {
            error.field = column_name(problem_field);
            error.reason = reason_for_problem();
        } else {
            error.field.clear();
            error.reason = fill_text(FD_TR("core/Import",
                                           "expected %1 fields, found %2. Check "
                                           "the delimiter (%3) and the quoting on "
                                           "this line."),
                                     {std::to_string(columns.size()), std::to_string(field_count),
                                      describe_delimiter(delimiter)});
        }
        return ReadStatus::RowError;
    }
    record.line = rec_line;
    record.raw = std::string_view(buf.get() + start, std::min(raw_end - start, kMaxRawRejectBytes));
    record.fields.resize(spans.size());
    const char* rec = buf.get() + start;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const Span& s = spans[i];
        record.fields[i].text =
            std::string_view((s.in_scratch ? scratch.data() : rec) + s.offset, s.length);
        record.fields[i].present = true;
    }
    return ReadStatus::Record;
}

CsvReader::CsvReader(std::unique_ptr<ByteSource> source, CsvOptions options)
    : impl_(std::make_unique<Impl>()) {
    Impl& d = *impl_;
    d.source = std::move(source);
    d.name = d.source->name();
    if (options.delimiter == '"' || options.delimiter == '\n' || options.delimiter == '\r')
        throw std::invalid_argument("CsvReader: a quote or line break cannot be the delimiter");
    if (options.delimiter != 0)
        d.set_delimiter(options.delimiter);
    else
        d.delimiter = 0;
    d.read_header();
}

CsvReader::~CsvReader() = default;

const std::vector<std::string>& CsvReader::columns() const {
    return impl_->columns;
}

ReadStatus CsvReader::next(Record& record, RowError& error) {
    return impl_->next(record, error);
}

std::uint64_t CsvReader::bytes_read() const {
    return impl_->consumed;
}

char CsvReader::delimiter() const {
    return impl_->delimiter;
}

}  // namespace fd
