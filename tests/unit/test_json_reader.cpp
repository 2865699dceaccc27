#include "core/json_reader.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "core/byte_source.h"
#include "core/limits.h"

namespace fd {
namespace {

// One read result: a record as "path=value" pairs (absent fields left out), or an error.
struct Item {
    bool is_error = false;
    std::uint64_t line = 0;
    std::map<std::string, std::string> values;
    std::string reason;
    std::string raw;
};

struct ReadAll {
    std::vector<Item> items;
    std::vector<std::string> columns;
    std::uint64_t bytes_read = 0;

    std::vector<Item> records() const {
        std::vector<Item> out;
        for (const auto& item : items)
            if (!item.is_error) out.push_back(item);
        return out;
    }
    std::vector<Item> errors() const {
        std::vector<Item> out;
        for (const auto& item : items)
            if (item.is_error) out.push_back(item);
        return out;
    }
};

ReadAll read_all(const std::string& text, JsonLayout layout) {
    JsonReader reader(memory_source(text.data(), text.size(), "test.json"), layout);
    ReadAll result;
    Record record;
    RowError error;
    for (int guard = 0; guard < 100000; ++guard) {
        const ReadStatus status = reader.next(record, error);
        if (status == ReadStatus::End) break;
        Item item;
        if (status == ReadStatus::RowError) {
            item.is_error = true;
            item.line = error.line;
            item.reason = error.reason;
            item.raw = error.raw;
        } else {
            item.line = record.line;
            EXPECT_EQ(record.fields.size(), reader.columns().size());
            for (std::size_t i = 0; i < record.fields.size(); ++i)
                if (record.fields[i].present)
                    item.values[reader.columns()[i]] = std::string(record.fields[i].text);
            item.raw = std::string(record.raw);
        }
        result.items.push_back(std::move(item));
    }
    EXPECT_EQ(reader.next(record, error), ReadStatus::End) << "End must be sticky";
    result.columns = reader.columns();
    result.bytes_read = reader.bytes_read();
    return result;
}

using Values = std::map<std::string, std::string>;

TEST(JsonReader, ArrayOfFlatObjects) {
    const std::string text = R"([
  {"id": "t1", "amount": 12.10, "ok": true},
  {"id": "t2", "amount": -0.5e3, "ok": false, "extra": null}
])";
    const auto r = read_all(text, JsonLayout::Array);
    ASSERT_EQ(r.items.size(), 2u);
    EXPECT_EQ(r.items[0].values, (Values{{"id", "t1"}, {"amount", "12.10"}, {"ok", "true"}}));
    EXPECT_EQ(r.items[0].line, 2u);
    EXPECT_EQ(r.items[1].values, (Values{{"id", "t2"}, {"amount", "-0.5e3"}, {"ok", "false"}}));
    EXPECT_EQ(r.items[1].line, 3u);
    EXPECT_EQ(r.columns, (std::vector<std::string>{"id", "amount", "ok", "extra"}));
    EXPECT_EQ(r.bytes_read, text.size());
    EXPECT_EQ(r.items[0].raw, R"({"id": "t1", "amount": 12.10, "ok": true})");
}

TEST(JsonReader, NumbersKeepTheirLiteralText) {
    const auto r =
        read_all(R"([{"a": 0, "b": 12.10, "c": 1E+2, "d": 12345678901234567890123, "e": -0.000})",
                 JsonLayout::Array);
    ASSERT_EQ(r.records().size(), 1u);
    EXPECT_EQ(r.items[0].values, (Values{{"a", "0"},
                                         {"b", "12.10"},
                                         {"c", "1E+2"},
                                         {"d", "12345678901234567890123"},
                                         {"e", "-0.000"}}));
}

TEST(JsonReader, NestedObjectsFlattenToDottedPathsAndArraysStayText) {
    const auto r = read_all(
        R"([{"id":1,"metadata":{"geo":{"country":"DE","lat":52.5},"tags":[ "a", {"k" : 1} ]},)"
        R"("empty":{}}])",
        JsonLayout::Array);
    ASSERT_EQ(r.records().size(), 1u);
    EXPECT_EQ(r.items[0].values, (Values{{"id", "1"},
                                         {"metadata.geo.country", "DE"},
                                         {"metadata.geo.lat", "52.5"},
                                         {"metadata.tags", R"(["a",{"k":1}])"}}));
}

TEST(JsonReader, StringsAreUnescaped) {
    const auto r = read_all(
        R"([{"s":"a\"b\\c\/d\n\t\u00e9\u20ac\ud83d\ude00","lone":"\ud800x","k\u0065y":"v"}])",
        JsonLayout::Array);
    ASSERT_EQ(r.records().size(), 1u);
    EXPECT_EQ(r.items[0].values.at("s"), "a\"b\\c/d\n\t\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
    EXPECT_EQ(r.items[0].values.at("lone"), "\xEF\xBF\xBDx");
    EXPECT_EQ(r.items[0].values.at("key"), "v");
}

TEST(JsonReader, ColumnsGrowAppendOnlyAndFieldsAlign) {
    const auto r = read_all(R"([{"a":1,"b":2},{"c":3,"a":4},{"b":5}])", JsonLayout::Array);
    ASSERT_EQ(r.records().size(), 3u);
    EXPECT_EQ(r.columns, (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(r.items[1].values, (Values{{"a", "4"}, {"c", "3"}}));
    EXPECT_EQ(r.items[2].values, (Values{{"b", "5"}}));
}

TEST(JsonReader, DuplicateKeysLastWins) {
    const auto r = read_all(R"([{"a":1,"a":2,"b":3,"b":null}])", JsonLayout::Array);
    ASSERT_EQ(r.records().size(), 1u);
    EXPECT_EQ(r.items[0].values, (Values{{"a", "2"}}));
}

TEST(JsonReader, EmptyArrayAndTrailingCommaAndBom) {
    EXPECT_TRUE(read_all("[]", JsonLayout::Array).items.empty());
    EXPECT_TRUE(read_all("  \n [ \n ] ", JsonLayout::Array).items.empty());
    const auto r = read_all("\xEF\xBB\xBF[{\"a\":1},]", JsonLayout::Array);
    ASSERT_EQ(r.items.size(), 1u);
    EXPECT_FALSE(r.items[0].is_error);
}

TEST(JsonReader, BadRecordIsRejectedAndReadingContinues) {
    const std::string text =
        "[\n"
        "{\"id\":1},\n"
        "{\"id\":2, \"amount\": 01},\n"
        "{\"id\":3, \"x\": NaN},\n"
        "{\"id\":4}\n"
        "]";
    const auto r = read_all(text, JsonLayout::Array);
    ASSERT_EQ(r.items.size(), 4u);
    EXPECT_FALSE(r.items[0].is_error);
    EXPECT_TRUE(r.items[1].is_error);
    EXPECT_EQ(r.items[1].line, 3u);
    EXPECT_NE(r.items[1].reason.find("invalid JSON"), std::string::npos) << r.items[1].reason;
    EXPECT_EQ(r.items[1].raw, "{\"id\":2, \"amount\": 01}");
    EXPECT_TRUE(r.items[2].is_error);
    EXPECT_EQ(r.items[2].line, 4u);
    EXPECT_EQ(r.items[3].values, (Values{{"id", "4"}}));
    // The rejected records' keys did not become columns.
    EXPECT_EQ(r.columns, (std::vector<std::string>{"id"}));
}

TEST(JsonReader, NonObjectElementsAndGarbageBetweenElementsAreRejected) {
    const auto r = read_all(R"([1, "x", {"a":1} junk {"a":2}, [3], {"a":3}])", JsonLayout::Array);
    std::vector<std::string> good;
    for (const auto& item : r.records()) good.push_back(item.values.at("a"));
    EXPECT_EQ(good, (std::vector<std::string>{"1", "2", "3"}));
    EXPECT_EQ(r.errors().size(), 3u);
    EXPECT_NE(r.errors()[0].reason.find("expected a JSON object"), std::string::npos);
}

TEST(JsonReader, MissingCommaRejectsTheFollowingElement) {
    const auto r = read_all(R"([{"a":1} {"a":2}, {"a":3}])", JsonLayout::Array);
    ASSERT_EQ(r.items.size(), 3u);
    EXPECT_FALSE(r.items[0].is_error);
    EXPECT_TRUE(r.items[1].is_error);
    EXPECT_NE(r.items[1].reason.find("','"), std::string::npos);
    EXPECT_EQ(r.items[2].values, (Values{{"a", "3"}}));
}

TEST(JsonReader, UnclosedStringResyncsAtNextElement) {
    const std::string text =
        "[\n"
        "  {\"a\": \"oops,\n"
        "   \"b\": 2},\n"
        "  {\"a\": \"fine\"}\n"
        "]";
    const auto r = read_all(text, JsonLayout::Array);
    ASSERT_EQ(r.items.size(), 2u);
    EXPECT_TRUE(r.items[0].is_error);
    EXPECT_EQ(r.items[0].line, 2u);
    EXPECT_EQ(r.items[1].values, (Values{{"a", "fine"}}));
}

TEST(JsonReader, MismatchedBracketsAreRejected) {
    const auto r = read_all(R"([{"a":[1}, {"a":2}])", JsonLayout::Array);
    ASSERT_EQ(r.items.size(), 2u);
    EXPECT_TRUE(r.items[0].is_error);
    EXPECT_EQ(r.items[1].values, (Values{{"a", "2"}}));
}

TEST(JsonReader, TruncatedArrayEndsWithErrorForCutRecord) {
    const auto r = read_all("[{\"a\":1},\n{\"a\":2,\"b\":", JsonLayout::Array);
    ASSERT_EQ(r.items.size(), 2u);
    EXPECT_FALSE(r.items[0].is_error);
    EXPECT_TRUE(r.items[1].is_error);
    EXPECT_EQ(r.items[1].line, 2u);
    EXPECT_NE(r.items[1].reason.find("cut off"), std::string::npos);
    // An array that simply never closes is fine.
    EXPECT_EQ(read_all("[{\"a\":1},", JsonLayout::Array).items.size(), 1u);
}

TEST(JsonReader, OversizedRecordIsSkipped) {
    std::string text = "[{\"a\":\"" + std::string(kMaxRecordBytes + 10, 'x') + "\"},{\"a\":\"y\"}]";
    const auto r = read_all(text, JsonLayout::Array);
    ASSERT_EQ(r.items.size(), 2u);
    EXPECT_TRUE(r.items[0].is_error);
    EXPECT_NE(r.items[0].reason.find("larger than"), std::string::npos);
    EXPECT_EQ(r.items[0].raw.size(), kMaxRawRejectBytes);
    EXPECT_EQ(r.items[1].values, (Values{{"a", "y"}}));
}

TEST(JsonReader, DeepNestingIsRejectedNotCrashed) {
    std::string deep =
        "[{\"a\":" + std::string(100000, '[') + std::string(100000, ']') + "},{\"a\":1}]";
    const auto r = read_all(deep, JsonLayout::Array);
    ASSERT_EQ(r.items.size(), 2u);
    EXPECT_TRUE(r.items[0].is_error);
    EXPECT_EQ(r.items[1].values, (Values{{"a", "1"}}));
}

TEST(JsonReader, RawIsTruncated) {
    const std::string big(3000, 'z');
    const auto r = read_all("[{\"a\":\"" + big + "\"}]", JsonLayout::Array);
    ASSERT_EQ(r.records().size(), 1u);
    EXPECT_EQ(r.items[0].raw.size(), kMaxRawRejectBytes);
    EXPECT_EQ(r.items[0].values.at("a"), big);
}

TEST(JsonReader, TransactionsObjectSkipsOtherKeys) {
    const std::string text = R"({
  "meta": {"source": "bank", "list": [1, {"x": "]}"}]},
  "count": 2,
  "transactions": [
    {"id": "a"},
    {"id": "b"}
  ],
  "after": true
})";
    const auto r = read_all(text, JsonLayout::TransactionsObject);
    ASSERT_EQ(r.items.size(), 2u);
    EXPECT_EQ(r.items[0].values, (Values{{"id", "a"}}));
    EXPECT_EQ(r.items[0].line, 5u);
    EXPECT_EQ(r.items[1].values, (Values{{"id", "b"}}));
}

TEST(JsonReader, WrongOuterShapeThrowsFileError) {
    const auto throws = [](const std::string& text, JsonLayout layout, const char* part) {
        try {
            read_all(text, layout);
            ADD_FAILURE() << "no FileError for " << text;
        } catch (const FileError& e) {
            const std::string message = e.what();
            EXPECT_NE(message.find("test.json"), std::string::npos) << message;
            EXPECT_NE(message.find(part), std::string::npos) << message;
        }
    };
    throws(R"({"data": []})", JsonLayout::TransactionsObject, "no \"transactions\" array");
    throws(R"({"transactions": {}})", JsonLayout::TransactionsObject, "not an array");
    throws(R"([{"a":1}])", JsonLayout::TransactionsObject, "not a JSON object");
    throws(R"({"a":1})", JsonLayout::Array, "should start with '['");
    throws("", JsonLayout::Array, "empty");
    throws("  \n ", JsonLayout::Ndjson, "empty");
    throws(R"([{"a":1}])", JsonLayout::Ndjson, "JSON array");
    throws("id,amount\n", JsonLayout::Ndjson, "not NDJSON");
}

TEST(JsonReader, NdjsonReadsOneObjectPerLine) {
    const std::string text =
        "{\"id\":1,\"m\":{\"c\":\"US\"}}\r\n"
        "\n"
        "   \n"
        "{\"id\":2}\n"
        "{\"id\":3";  // no newline at the end, and broken
    const auto r = read_all(text, JsonLayout::Ndjson);
    ASSERT_EQ(r.items.size(), 3u);
    EXPECT_EQ(r.items[0].values, (Values{{"id", "1"}, {"m.c", "US"}}));
    EXPECT_EQ(r.items[0].line, 1u);
    EXPECT_EQ(r.items[1].values, (Values{{"id", "2"}}));
    EXPECT_EQ(r.items[1].line, 4u);
    EXPECT_TRUE(r.items[2].is_error);
    EXPECT_EQ(r.items[2].line, 5u);
}

TEST(JsonReader, NdjsonBadLineNeverAffectsTheNext) {
    const std::string text =
        "{\"id\":1}\n"
        "{\"id\":\"unclosed}\n"
        "{\"id\":3} trailing\n"
        "[1,2]\n"
        "{{{{{\n"
        "42\n"
        "{\"id\":7}\n";
    const auto r = read_all(text, JsonLayout::Ndjson);
    ASSERT_EQ(r.items.size(), 7u);
    EXPECT_EQ(r.items[0].values, (Values{{"id", "1"}}));
    for (int i = 1; i <= 5; ++i) {
        EXPECT_TRUE(r.items[static_cast<std::size_t>(i)].is_error) << i;
        EXPECT_EQ(r.items[static_cast<std::size_t>(i)].line, static_cast<std::uint64_t>(i + 1));
    }
    EXPECT_NE(r.items[3].reason.find("not an object"), std::string::npos) << r.items[3].reason;
    EXPECT_EQ(r.items[6].values, (Values{{"id", "7"}}));
}

TEST(JsonReader, NdjsonOverlongLineIsSkippedToItsNewline) {
    const std::string text =
        "{\"id\":1}\n{\"a\":\"" + std::string(kMaxRecordBytes, 'x') + "\"}\n{\"id\":3}\n";
    const auto r = read_all(text, JsonLayout::Ndjson);
    ASSERT_EQ(r.items.size(), 3u);
    EXPECT_TRUE(r.items[1].is_error);
    EXPECT_EQ(r.items[1].line, 2u);
    EXPECT_EQ(r.items[2].values, (Values{{"id", "3"}}));
}

TEST(JsonReader, ErrorReasonNamesLineInsideRecord) {
    const auto r = read_all("[\n{\"a\":1,\n\"b\":tru}\n]", JsonLayout::Array);
    ASSERT_EQ(r.items.size(), 1u);
    EXPECT_TRUE(r.items[0].is_error);
    EXPECT_EQ(r.items[0].line, 2u);
    EXPECT_NE(r.items[0].reason.find("line 3"), std::string::npos) << r.items[0].reason;
}

}  // namespace
}  // namespace fd
