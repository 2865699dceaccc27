#include "core/transaction_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

fd::Transaction plain() {
    fd::Transaction tx;
    tx.id = "T0000000001";
    tx.timestamp_ms = 1704067200123;  // 2024-01-01T00:00:00.123Z
    tx.card_id = "4111111111111111";
    tx.customer_id = "C00000001";
    tx.merchant_id = "M000123";
    tx.merchant_category = "5411";
    tx.amount_minor = 1234;
    tx.currency = "EUR";
    tx.country = "FR";
    tx.city = "Paris";
    tx.latitude = 48.8566;
    tx.longitude = 2.3522;
    tx.channel = "pos";
    tx.label = fd::Label::Legit;
    return tx;
}

// Quotes, delimiters, line breaks, control characters, non-ASCII and a missing location.
fd::Transaction awkward() {
    fd::Transaction tx;
    tx.id = "T0000000002";
    tx.timestamp_ms = 1704153600000;  // 2024-01-02T00:00:00.000Z
    tx.card_id = "5105105105105100";
    tx.customer_id = "C,2";
    tx.merchant_id = "M \"quoted\"";
    tx.merchant_category = "4829";
    tx.amount_minor = 5;
    tx.currency = "JPY";
    tx.country = "JP";
    tx.city = "São\nPaulo\r";
    tx.channel = "online";
    tx.device_id = "D\t\x01\\";
    tx.ip = "203.0.113.7";
    tx.label = fd::Label::Fraud;
    tx.scenario = "card_testing";
    return tx;
}

fd::Transaction unlabelled() {
    fd::Transaction tx = plain();
    tx.id = "T0000000003";
    tx.amount_minor = -50;
    tx.latitude = -0.0000001;
    tx.longitude = -122.4194;
    tx.label = fd::Label::Unknown;
    return tx;
}

std::string write_all(fd::WriteFormat format, const std::vector<fd::Transaction>& rows,
                      bool call_finish = true) {
    std::ostringstream out;
    {
        fd::TransactionWriter writer(out, format);
        for (const auto& tx : rows) writer.write(tx);
        if (call_finish) writer.finish();
    }
    return out.str();
}

const std::string kPlainJson =
    R"({"transaction_id":"T0000000001","timestamp":"2024-01-01T00:00:00.123Z",)"
    R"("card_id":"4111111111111111","customer_id":"C00000001","merchant_id":"M000123",)"
    R"("merchant_category":"5411","amount":12.34,"currency":"EUR","country":"FR",)"
    R"("city":"Paris","latitude":48.856600,"longitude":2.352200,"channel":"pos",)"
    R"("device_id":"","ip":"","label":0,"scenario":""})";
const std::string kAwkwardJson =
    R"({"transaction_id":"T0000000002","timestamp":"2024-01-02T00:00:00.000Z",)"
    R"("card_id":"5105105105105100","customer_id":"C,2","merchant_id":"M \"quoted\"",)"
    R"("merchant_category":"4829","amount":5,"currency":"JPY","country":"JP",)"
    "\"city\":\"São\\nPaulo\\r\",\"latitude\":null,\"longitude\":null,\"channel\":\"online\","
    R"("device_id":"D\t\u0001\\","ip":"203.0.113.7","label":1,"scenario":"card_testing"})";
const std::string kUnlabelledJson =
    R"({"transaction_id":"T0000000003","timestamp":"2024-01-01T00:00:00.123Z",)"
    R"("card_id":"4111111111111111","customer_id":"C00000001","merchant_id":"M000123",)"
    R"("merchant_category":"5411","amount":-0.50,"currency":"EUR","country":"FR",)"
    R"("city":"Paris","latitude":0.000000,"longitude":-122.419400,"channel":"pos",)"
    R"("device_id":"","ip":"","label":null,"scenario":""})";

const std::string kHeader =
    "transaction_id,timestamp,card_id,customer_id,merchant_id,merchant_category,amount,currency,"
    "country,city,latitude,longitude,channel,device_id,ip,label,scenario\n";

TEST(TransactionWriter, CsvExactText) {
    const std::string expected =
        kHeader +
        "T0000000001,2024-01-01T00:00:00.123Z,4111111111111111,C00000001,M000123,5411,12.34,EUR,"
        "FR,Paris,48.856600,2.352200,pos,,,0,\n"
        "T0000000002,2024-01-02T00:00:00.000Z,5105105105105100,\"C,2\",\"M \"\"quoted\"\"\",4829,"
        "5,JPY,JP,\"São\nPaulo\r\",,,online,D\t\x01\\,203.0.113.7,1,card_testing\n"
        "T0000000003,2024-01-01T00:00:00.123Z,4111111111111111,C00000001,M000123,5411,-0.50,EUR,"
        "FR,Paris,0.000000,-122.419400,pos,,,,\n";
    EXPECT_EQ(write_all(fd::WriteFormat::Csv, {plain(), awkward(), unlabelled()}), expected);
}

TEST(TransactionWriter, NdjsonExactText) {
    EXPECT_EQ(write_all(fd::WriteFormat::Ndjson, {plain(), awkward(), unlabelled()}),
              kPlainJson + "\n" + kAwkwardJson + "\n" + kUnlabelledJson + "\n");
}

TEST(TransactionWriter, JsonExactText) {
    EXPECT_EQ(write_all(fd::WriteFormat::Json, {plain(), awkward(), unlabelled()}),
              "[\n" + kPlainJson + ",\n" + kAwkwardJson + ",\n" + kUnlabelledJson + "\n]\n");
    EXPECT_EQ(write_all(fd::WriteFormat::Json, {plain()}), "[\n" + kPlainJson + "\n]\n");
}

TEST(TransactionWriter, EmptyOutputs) {
    EXPECT_EQ(write_all(fd::WriteFormat::Json, {}), "[]\n");
    EXPECT_EQ(write_all(fd::WriteFormat::Json, {}, false), "[]\n");
    EXPECT_EQ(write_all(fd::WriteFormat::Ndjson, {}), "");
    EXPECT_EQ(write_all(fd::WriteFormat::Csv, {}), kHeader);
}

TEST(TransactionWriter, DestructorClosesJsonArrayOnce) {
    EXPECT_EQ(write_all(fd::WriteFormat::Json, {plain()}, false), "[\n" + kPlainJson + "\n]\n");
    std::ostringstream out;
    {
        fd::TransactionWriter writer(out, fd::WriteFormat::Json);
        writer.write(plain());
        writer.finish();
        writer.finish();
    }
    EXPECT_EQ(out.str(), "[\n" + kPlainJson + "\n]\n");
}

// A stream buffer that refuses every write, as a full disk would.
struct FailingBuffer : std::streambuf {
    int_type overflow(int_type) override { throw std::runtime_error("disk full"); }
    std::streamsize xsputn(const char*, std::streamsize) override {
        throw std::runtime_error("disk full");
    }
};

TEST(TransactionWriter, DestructorDoesNotThrowOnAFailingStream) {
    FailingBuffer buffer;
    std::ostream out(&buffer);
    out.exceptions(std::ios::badbit);
    EXPECT_NO_THROW({ fd::TransactionWriter writer(out, fd::WriteFormat::Json); });
    EXPECT_TRUE(out.bad());
}

TEST(TransactionWriter, JsonParsesAndRoundTrips) {
    const std::vector<fd::Transaction> rows = {plain(), awkward(), unlabelled()};
    const auto doc = nlohmann::json::parse(write_all(fd::WriteFormat::Json, rows));
    ASSERT_TRUE(doc.is_array());
    ASSERT_EQ(doc.size(), rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& o = doc[i];
        const auto& tx = rows[i];
        EXPECT_EQ(o.size(), 17u);
        EXPECT_EQ(o["transaction_id"], tx.id);
        EXPECT_EQ(o["card_id"], tx.card_id);
        EXPECT_EQ(o["customer_id"], tx.customer_id);
        EXPECT_EQ(o["merchant_id"], tx.merchant_id);
        EXPECT_EQ(o["merchant_category"], tx.merchant_category);
        EXPECT_DOUBLE_EQ(o["amount"].get<double>(), tx.amount());
        EXPECT_EQ(o["currency"], tx.currency);
        EXPECT_EQ(o["city"], tx.city);
        EXPECT_EQ(o["device_id"], tx.device_id);
        EXPECT_EQ(o["ip"], tx.ip);
        EXPECT_EQ(o["channel"], tx.channel);
        EXPECT_EQ(o["scenario"], tx.scenario);
        if (tx.latitude) {
            EXPECT_NEAR(o["latitude"].get<double>(), *tx.latitude, 5e-7);
            EXPECT_NEAR(o["longitude"].get<double>(), *tx.longitude, 5e-7);
        } else {
            EXPECT_TRUE(o["latitude"].is_null());
        }
        if (tx.label == fd::Label::Unknown)
            EXPECT_TRUE(o["label"].is_null());
        else
            EXPECT_EQ(o["label"].get<int>(), static_cast<int>(tx.label));
    }
    // NDJSON lines parse one by one too.
    std::istringstream lines(write_all(fd::WriteFormat::Ndjson, rows));
    std::string line;
    std::size_t n = 0;
    while (std::getline(lines, line))
        EXPECT_EQ(nlohmann::json::parse(line)["transaction_id"], rows[n++].id);
    EXPECT_EQ(n, rows.size());
}

TEST(TransactionWriter, InvalidUtf8BecomesReplacementCharacterInJson) {
    fd::Transaction tx = plain();
    tx.city = std::string("Z\xFCrich\xE2\x82", 8);  // Latin-1 ü and a truncated sequence
    const std::string text = write_all(fd::WriteFormat::Ndjson, {tx});
    EXPECT_NE(text.find("\"city\":\"Z\xEF\xBF\xBDrich\xEF\xBF\xBD\xEF\xBF\xBD\""),
              std::string::npos)
        << text;
    EXPECT_EQ(nlohmann::json::parse(text)["city"], "Z\uFFFDrich\uFFFD\uFFFD");
}

TEST(TransactionWriter, FormatFromName) {
    const struct {
        const char* name;
        fd::WriteFormat format;
    } cases[] = {{"csv", fd::WriteFormat::Csv},
                 {"CSV", fd::WriteFormat::Csv},
                 {"ndjson", fd::WriteFormat::Ndjson},
                 {"jsonl", fd::WriteFormat::Ndjson},
                 {"json", fd::WriteFormat::Json}};
    for (const auto& c : cases) EXPECT_EQ(fd::write_format_from_name(c.name), c.format) << c.name;
    for (const char* bad : {"", "xml", "json ", "csvx"})
        EXPECT_THROW(fd::write_format_from_name(bad), std::invalid_argument) << bad;
}

}  // namespace
