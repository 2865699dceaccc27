// Guards the streaming CSV reader: RFC 4180 parsing, line numbers, row-level rejects with
// resynchronisation, header errors, bounded memory and chunk-boundary independence.
#include "core/csv_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <new>
#include <random>
#include <string>
#include <vector>

#include "core/limits.h"

// Largest single allocation while `g_track` is set: proves the reader never buffers a whole
// oversized record.
namespace {
std::atomic<bool> g_track{false};
std::atomic<std::size_t> g_largest{0};
}  // namespace

// GCC inlines these into gtest and then mistakes malloc/free for a mismatched pair.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
void* operator new(std::size_t size) {
    if (g_track.load(std::memory_order_relaxed) && size > g_largest.load()) g_largest.store(size);
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}
void* operator new[](std::size_t size) {
    return operator new(size);
}
void operator delete[](void* p) noexcept {
    std::free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
    std::free(p);
}
#pragma GCC diagnostic pop

namespace fd {
namespace {

// Serves `data` in reads whose sizes follow a pseudo-random pattern (1..max_read bytes), so
// every byte position can fall on a read boundary.
class ChoppySource final : public ByteSource {
public:
    ChoppySource(std::string data, std::size_t max_read, unsigned seed)
        : data_(std::move(data)), max_read_(max_read), rng_(seed) {}
    std::size_t read(char* buffer, std::size_t size) override {
        std::uniform_int_distribution<std::size_t> pick(1, max_read_);
        const std::size_t n = std::min({size, pick(rng_), data_.size() - pos_});
        std::copy_n(data_.data() + pos_, n, buffer);
        pos_ += n;
        return n;
    }
    void seek(std::uint64_t offset) override {
        pos_ = std::min<std::size_t>(static_cast<std::size_t>(offset), data_.size());
    }
    std::uint64_t size() const override { return data_.size(); }
    std::string name() const override { return "choppy.csv"; }

private:
    std::string data_;
    std::size_t max_read_;
    std::size_t pos_ = 0;
    std::mt19937 rng_;
};

struct Result {
    std::vector<std::string> columns;
    std::vector<std::string> items;  // "2:[a][b]" for records, "3:ERROR(field)" for rejects
    std::vector<RowError> errors;
    std::vector<std::string> raws;
    char delimiter = 0;
};

std::string show_record(const Record& r) {
    std::string s = std::to_string(r.line) + ":";
    for (const auto& f : r.fields) s += "[" + std::string(f.text) + "]";
    return s;
}

Result read_all(std::unique_ptr<ByteSource> source, CsvOptions options = {}) {
    CsvReader reader(std::move(source), options);
    Result out;
    out.columns = reader.columns();
    out.delimiter = reader.delimiter();
    Record record;
    RowError error;
    for (;;) {
        const ReadStatus status = reader.next(record, error);
        if (status == ReadStatus::End) break;
        if (status == ReadStatus::Record) {
            out.items.push_back(show_record(record));
            out.raws.emplace_back(record.raw);
            for (const auto& f : record.fields) EXPECT_TRUE(f.present);
        } else {
            out.items.push_back(std::to_string(error.line) + ":ERROR(" + error.field + ")");
            out.errors.push_back(error);
            out.raws.push_back(error.raw);
        }
    }
    return out;
}

Result read_text(const std::string& text, CsvOptions options = {}) {
    return read_all(memory_source(text.data(), text.size(), "test.csv"), options);
}

struct ParseCase {
    std::string name;
    std::string input;
    std::vector<std::string> columns;
    std::vector<std::string> items;
    char delimiter = 0;  // option passed to the reader
};

TEST(CsvReader, ParsesRecordsAndRejectsBadRowsPerTable) {
    const std::string nul("a,b\n1,x\0y\n3,4\n", 14);
    const std::string quoted_nul("a,b\n1,\"x\0y\"\n3,4\n", 16);
    const std::vector<ParseCase> cases = {
        {"lf", "a,b\n1,2\n3,4\n", {"a", "b"}, {"2:[1][2]", "3:[3][4]"}},
        {"crlf", "a,b\r\n1,2\r\n3,4\r\n", {"a", "b"}, {"2:[1][2]", "3:[3][4]"}},
        {"mixed line ends",
         "a,b\r\n1,2\n3,4\r\n5,6",
         {"a", "b"},
         {"2:[1][2]", "3:[3][4]", "4:[5][6]"}},
        {"bom skipped",
         "\xEF\xBB\xBF"
         "id,v\n1,2\n",
         {"id", "v"},
         {"2:[1][2]"}},
        {"final line without newline", "a,b\n1,2", {"a", "b"}, {"2:[1][2]"}},
        {"final line ending in CR", "a,b\n1,2\r", {"a", "b"}, {"2:[1][2]"}},
        {"quoted delimiter", "a,b\n\"x,y\",2\n", {"a", "b"}, {"2:[x,y][2]"}},
        {"doubled quotes",
         "a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n",
         {"a", "b"},
         {"2:[say \"hi\"][\"]"}},
        {"empty quoted and unquoted fields", "a,b,c\n\"\",,\n", {"a", "b", "c"}, {"2:[][][]"}},
        {"embedded newlines keep line numbers",
         "a,b\n\"x\ny\nz\",1\n2,3\n\"p\r\nq\",4\r\n5,6\n",
         {"a", "b"},
         {"2:[x\ny\nz][1]", "5:[2][3]", "6:[p\r\nq][4]", "8:[5][6]"}},
        {"blank lines skipped",
         "a,b\n\n1,2\r\n\r\n\n3,4\n\n",
         {"a", "b"},
         {"3:[1][2]", "6:[3][4]"}},
        {"blank lines before header", "\n\r\na,b\n1,2\n", {"a", "b"}, {"4:[1][2]"}},
        {"header trimmed and quoted",
         " id ,\"amount, EUR\" \n1,2\n",
         {"id", "amount, EUR"},
         {"2:[1][2]"}},
        {"field spaces kept", "a,b\n 1 , 2\n", {"a", "b"}, {"2:[ 1 ][ 2]"}},
        {"spaces around quoted field tolerated",
         "a,b\n1, \"x, y\" \n",
         {"a", "b"},
         {"2:[1][x, y]"}},
        {"single column", "name\nx\ny\n", {"name"}, {"2:[x]", "3:[y]"}},
        {"semicolon detected", "a;b;c\n1,5;2;3\n", {"a", "b", "c"}, {"2:[1,5][2][3]"}},
        {"tab detected", "a\tb\tc\n1\t2,5\t3\n", {"a", "b", "c"}, {"2:[1][2,5][3]"}},
        {"pipe detected", "a|b\n\"x|y\"|2\n", {"a", "b"}, {"2:[x|y][2]"}},
        {"explicit delimiter", "a;b\n1;2\n", {"a;b"}, {"2:[1;2]"}, ','},
        {"too few fields", "a,b,c\n1,2\n3,4,5\n", {"a", "b", "c"}, {"2:ERROR()", "3:[3][4][5]"}},
        {"too many fields", "a,b\n1,2,3\n4,5\n", {"a", "b"}, {"2:ERROR()", "3:[4][5]"}},
        {"nul in unquoted field", nul, {"a", "b"}, {"2:ERROR(b)", "3:[3][4]"}},
        {"nul in quoted field", quoted_nul, {"a", "b"}, {"2:ERROR(b)", "3:[3][4]"}},
        {"stray quote", "a,b\n1,ab\"c\n3,4\n", {"a", "b"}, {"2:ERROR(b)", "3:[3][4]"}},
        {"text after closing quote",
         "a,b\n\"x\"y,2\n3,4\n",
         {"a", "b"},
         {"2:ERROR(a)", "3:[3][4]"}},
        {"unterminated quote mid-file recovers",
         "a,b\n1,\"oops\n2,3\n4,5\n",
         {"a", "b"},
         {"2:ERROR(b)", "3:[2][3]", "4:[4][5]"}},
        {"unterminated quote on last line",
         "a,b\n1,2\n3,\"x",
         {"a", "b"},
         {"2:[1][2]", "3:ERROR(b)"}},
        {"quote pairs across lines then recovers",
         "a,b\n\"x,1\n2,\"y\n3,4\n",
         {"a", "b"},
         {"2:ERROR(a)", "4:[3][4]"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const Result r = read_text(c.input, CsvOptions{c.delimiter});
        EXPECT_EQ(r.columns, c.columns);
        EXPECT_EQ(r.items, c.items);
        // The same input delivered a few bytes at a time parses identically.
        const Result choppy =
            read_all(std::make_unique<ChoppySource>(c.input, 3, 7), CsvOptions{c.delimiter});
        EXPECT_EQ(choppy.items, c.items);
    }
}

TEST(CsvReader, DetectsDelimiterPerTable) {
    struct Case {
        std::string name, sample;
        char expected;
    };
    const std::vector<Case> cases = {
        {"comma", "a,b,c\n1,2,3\n", ','},
        {"semicolon with decimal commas", "a;b\n1,5;2,25\n3,1;4\n", ';'},
        {"tab", "a\tb\n1\t2\n", '\t'},
        {"pipe", "a|b|c\n1|2|3\n", '|'},
        {"quoted commas ignored", "a;b\n\"x,y,z\";1\n\"p,q,r\";2\n", ';'},
        {"nothing fits", "justone\nvalue\n", ','},
        {"empty", "", ','},
        {"bom",
         "\xEF\xBB\xBF"
         "a|b\n1|2\n",
         '|'},
        {"consistency beats width", "a,b;c;d\n1,2;3\n4,5;6\n", ','},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(detect_csv_delimiter(c.sample), c.expected);
    }
    EXPECT_EQ(read_text("a\tb\n1\t2\n").delimiter, '\t');
    EXPECT_EQ(read_text("a|b\n1|2\n").delimiter, '|');
}

TEST(CsvReader, RejectReasonsNameTheProblemAndTheField) {
    struct Case {
        std::string name, input, field, reason_part;
    };
    const std::vector<Case> cases = {
        {"count", "a,b,c\n1,2\n", "", "expected 3 fields, found 2"},
        {"stray quote", "a,b\n1,x\"y\n", "b", "double quote"},
        {"after quote", "a,b\n\"x\"y,1\n", "a", "closing quote"},
        {"unterminated", "a,b\n1,\"x\n", "b", "never closed"},
        {"nul", std::string("a,b\n\0,1\n", 8), "a", "NUL byte"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const Result r = read_text(c.input);
        ASSERT_EQ(r.errors.size(), 1u);
        EXPECT_EQ(r.errors[0].line, 2u);
        EXPECT_EQ(r.errors[0].field, c.field);
        EXPECT_NE(r.errors[0].reason.find(c.reason_part), std::string::npos) << r.errors[0].reason;
    }
    const Result r = read_text("a,b\n1,2,3\n");
    EXPECT_EQ(r.errors.at(0).raw, "1,2,3");
}

TEST(CsvReader, HeaderProblemsThrowFileErrorNamingTheSource) {
    struct Case {
        std::string name, input, message_part;
    };
    const std::vector<Case> cases = {
        {"empty input", "", "empty"},
        {"only bom", "\xEF\xBB\xBF", "empty"},
        {"only blank lines", "\n\r\n\n", "no header"},
        {"empty column name", "a,,c\n1,2,3\n", "column 2 has no name"},
        {"blank column name", "a,  \n1,2\n", "column 2 has no name"},
        {"duplicate column", "id,amount,id\n", "'id' appears twice"},
        {"duplicate after trim", "id, id\n", "'id' appears twice"},
        {"unterminated quote", "a,\"b\n", "never closed"},
        {"stray quote", "a,b\"c\n", "double quote"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        try {
            read_all(memory_source(c.input.data(), c.input.size(), "/data/feed.csv"));
            ADD_FAILURE() << "no FileError";
        } catch (const FileError& e) {
            const std::string what = e.what();
            EXPECT_EQ(what.rfind("/data/feed.csv", 0), 0u) << what;
            EXPECT_NE(what.find(c.message_part), std::string::npos) << what;
        }
    }
}

TEST(CsvReader, HeaderOnlyFileHasNoRecords) {
    const Result r = read_text("a,b\n");
    EXPECT_EQ(r.columns, (std::vector<std::string>{"a", "b"}));
    EXPECT_TRUE(r.items.empty());
}

TEST(CsvReader, FieldOverOneMebibyteIsRejectedAndReadingContinues) {
    const std::string exact(kMaxFieldBytes, 'x');
    const std::string input = "id,text\n1," + exact + "\n2,\"" + exact + "y\"\n3,ok\n";
    const Result r = read_text(input);
    ASSERT_EQ(r.items.size(), 3u);
    EXPECT_EQ(r.items[0].substr(0, 6), "2:[1][");
    EXPECT_EQ(r.items[1], "3:ERROR(text)");
    EXPECT_EQ(r.items[2], "4:[3][ok]");
    const std::string& reason = r.errors.at(0).reason;
    EXPECT_NE(reason.find("'text'"), std::string::npos) << reason;
    EXPECT_NE(reason.find("1048577 bytes"), std::string::npos) << reason;
    EXPECT_NE(reason.find("1 MiB"), std::string::npos) << reason;
    EXPECT_EQ(r.errors.at(0).raw.size(), kMaxRawRejectBytes);
}

TEST(CsvReader, RecordOverFourMebibytesIsRejectedWithBoundedMemory) {
    std::string input = "a,b\n";
    for (int i = 0; i < 10 * 1024; ++i) input += std::string(1023, 'z') + ",";  // 10 MiB line
    input += "\n1,2\n";
    g_largest = 0;
    g_track = true;
    const Result r = read_text(input);
    g_track = false;
    EXPECT_EQ(r.items, (std::vector<std::string>{"2:ERROR()", "3:[1][2]"}));
    EXPECT_NE(r.errors.at(0).reason.find("4 MiB"), std::string::npos);
    EXPECT_EQ(r.errors.at(0).raw, input.substr(4, kMaxRawRejectBytes));
    EXPECT_LT(g_largest.load(), kMaxRecordBytes + (2u << 20)) << "a buffer grew with the line";
}

TEST(CsvReader, UnclosedQuoteInLargeFileResumesOnTheNextLine) {
    // The quote on line 2 never closes and more than 4 MiB follow: the record is cut at the
    // limit and reading resumes on line 3, which is kept like every line after it.
    std::string input = "a,b\n1,\"never closed\n";
    std::vector<std::string> expected = {"2:ERROR(b)"};
    for (int i = 0; i < 60000; ++i) {
        const std::string row = std::to_string(i) + "," + std::string(80, 'v');
        input += row + "\n";
        expected.push_back(std::to_string(i + 3) + ":[" + std::to_string(i) + "][" +
                           std::string(80, 'v') + "]");
    }
    const Result r = read_text(input);
    EXPECT_EQ(r.items, expected);
    EXPECT_NE(r.errors.at(0).reason.find("field 'b'"), std::string::npos) << r.errors.at(0).reason;
}

TEST(CsvReader, RawTextIsTruncated) {
    const std::string big(3000, 'r');
    const Result r = read_text("a,b\n" + big + ",1\n" + big + "\n");
    ASSERT_EQ(r.raws.size(), 2u);
    EXPECT_EQ(r.raws[0], big.substr(0, kMaxRawRejectBytes));
    EXPECT_EQ(r.raws[1], big.substr(0, kMaxRawRejectBytes));
}

TEST(CsvReader, BytesReadGrowsToTheInputSize) {
    std::string input = "id,v\n";
    for (int i = 0; i < 200000; ++i) input += std::to_string(i) + ",value\n";
    CsvReader reader(memory_source(input.data(), input.size()));
    EXPECT_GT(reader.bytes_read(), 0u);
    EXPECT_LT(reader.bytes_read(), input.size());
    Record record;
    RowError error;
    std::uint64_t last = reader.bytes_read();
    int records = 0;
    while (reader.next(record, error) == ReadStatus::Record) {
        EXPECT_GE(reader.bytes_read(), last);
        last = reader.bytes_read();
        ++records;
    }
    EXPECT_EQ(records, 200000);
    EXPECT_EQ(reader.bytes_read(), input.size());
}

// A strict RFC 4180 parser for well-formed input, as simple as possible: the reference the
// streaming reader must match whatever the read boundaries are.
std::vector<std::vector<std::string>> reference_parse(const std::string& s, char delim) {
    std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quoted) {
            if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
                rows.back().back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                rows.back().back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == delim) {
            rows.back().emplace_back();
        } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
        } else if (c == '\n') {
            rows.emplace_back(1);
        } else {
            rows.back().back() += c;
        }
    }
    if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
    return rows;
}

std::string random_csv(std::mt19937& rng, char delim, int rows, int cols) {
    std::uniform_int_distribution<int> len(0, 12), kind(0, 9), byte(0, 6);
    const char alphabet[] = {'a', 'Z', '7', ' ', '\n', '"', 0};
    std::string out;
    for (int r = 0; r <= rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            if (c > 0) out += delim;
            if (r == 0) {
                out += "col" + std::to_string(c);
                continue;
            }
            const int k = kind(rng);
            std::string text;
            const int n = len(rng);
            for (int i = 0; i < n; ++i) {
                const char ch = alphabet[byte(rng) % 6];
                text += (k < 6 && (ch == '\n' || ch == '"')) ? 'x' : ch;
            }
            if (k < 6) {
                out += text;
            } else {
                out += '"';
                for (char ch : text) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
                if (k == 9) out += delim;  // a quoted delimiter
                out += '"';
            }
        }
        out += (r % 3 == 0) ? "\r\n" : "\n";
    }
    return out;
}

TEST(CsvReader, ResultDoesNotDependOnReadBoundaries) {
    std::mt19937 rng(12345);
    for (char delim : {',', ';', '\t', '|'}) {
        for (int round = 0; round < 5; ++round) {
            const std::string input = random_csv(rng, delim, 300, 5);
            const auto reference = reference_parse(input, delim);
            for (std::size_t max_read : {1u, 2u, 7u, 64u, 4096u}) {
                SCOPED_TRACE(std::string("delimiter ") + delim + " read " +
                             std::to_string(max_read));
                auto source = std::make_unique<ChoppySource>(input, max_read, round);
                CsvReader reader(std::move(source), CsvOptions{delim});
                ASSERT_EQ(reader.columns().size(), 5u);
                Record record;
                RowError error;
                std::size_t row = 1;
                std::uint64_t line = 2;
                ReadStatus status;
                while ((status = reader.next(record, error)) == ReadStatus::Record) {
                    ASSERT_LT(row, reference.size());
                    ASSERT_EQ(record.fields.size(), reference[row].size());
                    for (std::size_t i = 0; i < record.fields.size(); ++i)
                        ASSERT_EQ(record.fields[i].text, reference[row][i]) << "row " << row;
                    ASSERT_EQ(record.line, line);
                    for (const auto& f : reference[row])
                        line += static_cast<std::uint64_t>(std::count(f.begin(), f.end(), '\n'));
                    ++line;
                    ++row;
                }
                EXPECT_EQ(status, ReadStatus::End) << error.reason;
                EXPECT_EQ(row, reference.size());
            }
        }
    }
}

TEST(CsvReader, QuotedFieldsStraddleTheInternalBufferBoundary) {
    // Rows of varying width so that over a few MiB quoted fields, doubled quotes, embedded
    // newlines and CRLF pairs fall on every kind of position relative to 1 MiB chunks.
    std::string input = "k,text,n\r\n";
    std::vector<std::vector<std::string>> expected;
    for (int i = 0; input.size() < (5u << 20); ++i) {
        const std::string pad(static_cast<std::size_t>(i % 97), 'p');
        input += std::to_string(i) + ",\"" + pad + "\"\"q\"\"\r\nx," + pad + "\"," +
                 std::to_string(i % 7) + "\r\n";
        expected.push_back({std::to_string(i), pad + "\"q\"\r\nx," + pad, std::to_string(i % 7)});
    }
    CsvReader reader(memory_source(input.data(), input.size()));
    Record record;
    RowError error;
    std::size_t row = 0;
    ReadStatus status;
    while ((status = reader.next(record, error)) == ReadStatus::Record) {
        ASSERT_LT(row, expected.size());
        ASSERT_EQ(record.line, 2 + 2 * row);
        for (std::size_t i = 0; i < 3; ++i) ASSERT_EQ(record.fields[i].text, expected[row][i]);
        ++row;
    }
    EXPECT_EQ(status, ReadStatus::End) << error.reason;
    EXPECT_EQ(row, expected.size());
}

TEST(CsvReader, ReadsFromAFile) {
    const std::string path = ::testing::TempDir() + "fd_csv_reader_test.csv";
    {
        std::FILE* f = std::fopen(path.c_str(), "wb");
        ASSERT_NE(f, nullptr);
        std::fputs("id;amount\n7;\"1,50\"\n", f);
        std::fclose(f);
    }
    const Result r = read_all(open_file_source(path));
    EXPECT_EQ(r.columns, (std::vector<std::string>{"id", "amount"}));
    EXPECT_EQ(r.items, (std::vector<std::string>{"2:[7][1,50]"}));
    std::remove(path.c_str());
}

}  // namespace
}  // namespace fd
