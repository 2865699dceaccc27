#include "core/ndjson_stream.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/limits.h"

namespace fd {
namespace {

struct Decoded {
    std::vector<Transaction> rows;
    std::vector<SourceReject> rejects;
};

// Feeds `text` in pieces of `chunk` bytes, then ends the stream.
Decoded decode(const std::string& text, std::size_t chunk = 1 << 20,
               std::size_t max_line = kMaxLineBytes) {
    NdjsonStreamDecoder decoder("tcp://test:1", std::nullopt, max_line);
    Decoded d;
    for (std::size_t i = 0; i < text.size(); i += chunk)
        decoder.feed(std::string_view(text).substr(i, chunk), d.rows, d.rejects);
    decoder.finish(d.rejects);
    return d;
}

const std::string kGood =
    R"({"transaction_id":"t1","timestamp":"2024-03-01T10:00:00Z","card_id":"c1","amount":12.30,"currency":"EUR","merchant":{"category":"grocery","country":"DE"}})"
    "\n";

TEST(NdjsonStream, MapsALineWithTheFileRules) {
    const Decoded d = decode(kGood);
    ASSERT_EQ(d.rows.size(), 1u);
    ASSERT_TRUE(d.rejects.empty());
    const Transaction& t = d.rows[0];
    EXPECT_EQ(t.id, "t1");
    EXPECT_EQ(t.card_id, "c1");
    EXPECT_EQ(t.amount_minor, 1230);
    EXPECT_EQ(t.currency, "EUR");
    EXPECT_EQ(t.timestamp_ms, 1709287200000);
    EXPECT_EQ(t.merchant_category, "grocery");  // nested keys match on their last segment
    EXPECT_EQ(t.country, "DE");
}

TEST(NdjsonStream, SameResultWhateverTheChunking) {
    std::string text;
    for (int i = 0; i < 50; ++i) {
        text += R"({"transaction_id":"t)" + std::to_string(i) +
                R"(","timestamp":1709287200000,"amount":")" + std::to_string(i + 1) + ".5\"}\n";
        if (i % 7 == 0) text += "not json\n\n";
    }
    const Decoded whole = decode(text);
    for (std::size_t chunk : {1u, 2u, 3u, 17u, 4096u}) {
        const Decoded d = decode(text, chunk);
        ASSERT_EQ(d.rows.size(), whole.rows.size()) << chunk;
        ASSERT_EQ(d.rejects.size(), whole.rejects.size()) << chunk;
        for (std::size_t i = 0; i < d.rows.size(); ++i)
            EXPECT_EQ(d.rows[i].amount_minor, whole.rows[i].amount_minor);
        for (std::size_t i = 0; i < d.rejects.size(); ++i) {
            EXPECT_EQ(d.rejects[i].offset, whole.rejects[i].offset);
            EXPECT_EQ(d.rejects[i].error.line, whole.rejects[i].error.line);
        }
    }
    EXPECT_EQ(whole.rows.size(), 50u);
    EXPECT_EQ(whole.rejects.size(), 8u);
}

TEST(NdjsonStream, RejectsNameTheLineOffsetAndReason) {
    const std::string bad = "{\"amount\": 5, \"timestamp\": \n";  // cut off
    const std::string text = kGood + bad + "[1,2]\n" + kGood + "{\"a\":1} trailing\n";
    const Decoded d = decode(text);
    EXPECT_EQ(d.rows.size(), 2u);
    ASSERT_EQ(d.rejects.size(), 3u);
    EXPECT_EQ(d.rejects[0].origin, "tcp://test:1");
    EXPECT_EQ(d.rejects[0].error.line, 2u);
    EXPECT_EQ(d.rejects[0].offset, kGood.size());
    EXPECT_EQ(d.rejects[0].error.raw, bad.substr(0, bad.size() - 1));
    EXPECT_EQ(d.rejects[1].error.line, 3u);
    EXPECT_NE(d.rejects[1].error.reason.find("array, not an object"), std::string::npos);
    EXPECT_EQ(d.rejects[2].error.line, 5u);
}

TEST(NdjsonStream, AMappingErrorNamesTheField) {
    const Decoded d = decode(
        kGood + R"({"transaction_id":"t2","timestamp":"2024-03-01T10:00:00Z","amount":"abc"})"
                "\n");
    ASSERT_EQ(d.rejects.size(), 1u);
    EXPECT_EQ(d.rejects[0].error.field, "amount");
}

TEST(NdjsonStream, ALineWithoutAmountOrTimestampDoesNotFixTheMapping) {
    // The first line cannot be mapped: it is rejected and the mapping waits for a good line.
    const Decoded d = decode("{\"hello\":1}\n" + kGood);
    ASSERT_EQ(d.rejects.size(), 1u);
    EXPECT_NE(d.rejects[0].error.reason.find("amount"), std::string::npos);
    ASSERT_EQ(d.rows.size(), 1u);
    EXPECT_EQ(d.rows[0].amount_minor, 1230);
}

TEST(NdjsonStream, KeysSeenLaterAreMapped) {
    const Decoded d = decode(
        R"({"transaction_id":"a","timestamp":1709287200000,"amount":1})"
        "\n"
        R"({"transaction_id":"b","timestamp":1709287200000,"amount":2,"country":"FR","score_hint":7})"
        "\n");
    ASSERT_EQ(d.rows.size(), 2u);
    EXPECT_EQ(d.rows[0].country, "");
    EXPECT_EQ(d.rows[1].country, "FR");
}

TEST(NdjsonStream, AnOversizedLineIsDroppedWithoutBeingBuffered) {
    NdjsonStreamDecoder decoder("listen://x", std::nullopt, 1024);
    std::vector<Transaction> rows;
    std::vector<SourceReject> rejects;
    decoder.feed("{\"amount\":\"", rows, rejects);
    const std::string filler(512, 'x');
    for (int i = 0; i < 10'000; ++i) {  // 5 MB of one line
        decoder.feed(filler, rows, rejects);
        ASSERT_LE(decoder.buffered_bytes(), 1024u + kMaxRawRejectBytes);
    }
    decoder.feed("\"}\n", rows, rejects);
    decoder.feed(kGood, rows, rejects);
    ASSERT_EQ(rejects.size(), 1u);
    EXPECT_NE(rejects[0].error.reason.find("longer than 1 KiB"), std::string::npos);
    EXPECT_EQ(rejects[0].error.line, 1u);
    EXPECT_LE(rejects[0].error.raw.size(), kMaxRawRejectBytes);
    EXPECT_EQ(rows.size(), 1u);  // the stream goes on after it
    EXPECT_EQ(decoder.lines(), 2u);
}

TEST(NdjsonStream, AHalfLineAtTheEndIsRejectedAsCutOff) {
    const Decoded d = decode(kGood + R"({"transaction_id":"t9","timest)");
    EXPECT_EQ(d.rows.size(), 1u);
    ASSERT_EQ(d.rejects.size(), 1u);
    EXPECT_NE(d.rejects[0].error.reason.find("ended in the middle"), std::string::npos);
    EXPECT_EQ(d.rejects[0].offset, kGood.size());
}

TEST(NdjsonStream, GarbageNeverThrows) {
    std::string garbage;
    for (int i = 0; i < 20000; ++i) garbage += static_cast<char>((i * 7919 + 13) % 256);
    const Decoded d = decode(garbage, 61);
    EXPECT_TRUE(d.rows.empty());
    EXPECT_FALSE(d.rejects.empty());
}

TEST(NdjsonStream, AGivenMappingIsUsed) {
    MappingProfile profile;
    profile.column(CanonicalField::Amount) = "amt";
    profile.column(CanonicalField::Timestamp) = "when";
    profile.column(CanonicalField::City) = "town";
    NdjsonStreamDecoder decoder("x", profile);
    std::vector<Transaction> rows;
    std::vector<SourceReject> rejects;
    decoder.feed(R"({"amt":"3.10","when":1709287200000})"
                 "\n",
                 rows, rejects);
    ASSERT_EQ(rows.size(), 1u) << (rejects.empty() ? "" : rejects[0].error.reason);
    EXPECT_EQ(rows[0].amount_minor, 310);
    EXPECT_EQ(rows[0].city, "");
}

TEST(NdjsonStream, DecodeRecordTakesOneMessage) {
    NdjsonStreamDecoder decoder("kafka://b/t partition 0");
    std::vector<SourceReject> rejects;
    Transaction t;
    EXPECT_TRUE(
        decoder.decode_record(std::string_view(kGood).substr(0, kGood.size() - 1), 41, t, rejects));
    EXPECT_EQ(t.id, "t1");
    EXPECT_FALSE(decoder.decode_record("{oops", 42, t, rejects));
    ASSERT_EQ(rejects.size(), 1u);
    EXPECT_EQ(rejects[0].offset, 42u);
}

}  // namespace
}  // namespace fd
