#include "core/field_mapping.h"

#include <gtest/gtest.h>

#include <map>

#include "test_support.h"

namespace fd {
namespace {

using F = CanonicalField;

TEST(DetectField, KnowsCanonicalNamesAndCommonSpellings) {
    const std::vector<std::pair<std::string, F>> cases = {
        {"transaction_id", F::TransactionId},
        {"id", F::TransactionId},
        {"txn_id", F::TransactionId},
        {"TX_ID", F::TransactionId},
        {"timestamp", F::Timestamp},
        {"tx_datetime", F::Timestamp},
        {"trans_date_trans_time", F::Timestamp},
        {"event_time", F::Timestamp},
        {"Time", F::Timestamp},
        {"cc_num", F::CardId},
        {"card", F::CardId},
        {"PAN", F::CardId},
        {"user_id", F::CustomerId},
        {"customer", F::CustomerId},
        {"terminal_id", F::MerchantId},
        {"merchant", F::MerchantId},
        {"merchant_category", F::MerchantCategory},
        {"amt", F::Amount},
        {"Amount", F::Amount},
        {"tx_amount", F::Amount},
        {"transaction_amount", F::Amount},
        {"Transaction Amount", F::Amount},
        {"currency", F::Currency},
        {"country", F::Country},
        {"city", F::City},
        {"latitude", F::Latitude},
        {"longitude", F::Longitude},
        {"channel", F::Channel},
        {"device_id", F::DeviceId},
        {"ip", F::Ip},
        {"is_fraud", F::Label},
        {"fraud", F::Label},
        {"Class", F::Label},
        {"TX_FRAUD", F::Label},
        {"label", F::Label},
        {"scenario", F::Scenario},
        {"metadata.geo.country", F::Country},
        {"payment.amount", F::Amount},
    };
    for (const auto& [name, field] : cases) {
        const auto got = detect_field(name);
        ASSERT_TRUE(got.has_value()) << name;
        EXPECT_EQ(*got, field) << name;
    }
    for (const char* unknown : {"V1", "first", "zip", "city_pop", "unix_time", ""})
        EXPECT_FALSE(detect_field(unknown).has_value()) << unknown;
}

std::map<F, std::string> mapped(const MappingProfile& p) {
    std::map<F, std::string> out;
    for (int i = 0; i < kCanonicalFieldCount; ++i)
        if (!p.columns[static_cast<std::size_t>(i)].empty())
            out[static_cast<F>(i)] = p.columns[static_cast<std::size_t>(i)];
    return out;
}

TEST(DetectMapping, MapsPublicDataSetHeaders) {
    // Sparkov simulated card data (fraudTrain.csv): merchant coordinates win over the
    // card holder's home coordinates because the transaction happens at the merchant.
    const std::vector<std::string> sparkov = {"trans_date_trans_time",
                                              "cc_num",
                                              "merchant",
                                              "category",
                                              "amt",
                                              "first",
                                              "last",
                                              "gender",
                                              "street",
                                              "city",
                                              "state",
                                              "zip",
                                              "lat",
                                              "long",
                                              "city_pop",
                                              "job",
                                              "dob",
                                              "trans_num",
                                              "unix_time",
                                              "merch_lat",
                                              "merch_long",
                                              "is_fraud"};
    EXPECT_EQ(mapped(detect_mapping(sparkov)),
              (std::map<F, std::string>{{F::TransactionId, "trans_num"},
                                        {F::Timestamp, "trans_date_trans_time"},
                                        {F::CardId, "cc_num"},
                                        {F::MerchantId, "merchant"},
                                        {F::MerchantCategory, "category"},
                                        {F::Amount, "amt"},
                                        {F::City, "city"},
                                        {F::Latitude, "merch_lat"},
                                        {F::Longitude, "merch_long"},
                                        {F::Label, "is_fraud"}}));
    // The fraud detection handbook's simulated data.
    const std::vector<std::string> handbook = {
        "TRANSACTION_ID",  "TX_DATETIME",  "CUSTOMER_ID", "TERMINAL_ID",      "TX_AMOUNT",
        "TX_TIME_SECONDS", "TX_TIME_DAYS", "TX_FRAUD",    "TX_FRAUD_SCENARIO"};
    EXPECT_EQ(mapped(detect_mapping(handbook)),
              (std::map<F, std::string>{{F::TransactionId, "TRANSACTION_ID"},
                                        {F::Timestamp, "TX_DATETIME"},
                                        {F::CustomerId, "CUSTOMER_ID"},
                                        {F::MerchantId, "TERMINAL_ID"},
                                        {F::Amount, "TX_AMOUNT"},
                                        {F::Label, "TX_FRAUD"},
                                        {F::Scenario, "TX_FRAUD_SCENARIO"}}));
    // Kaggle's creditcard.csv: Time, V1..V28, Amount, Class.
    std::vector<std::string> kaggle = {"Time"};
    for (int i = 1; i <= 28; ++i) kaggle.push_back("V" + std::to_string(i));
    kaggle.push_back("Amount");
    kaggle.push_back("Class");
    EXPECT_EQ(mapped(detect_mapping(kaggle)),
              (std::map<F, std::string>{
                  {F::Timestamp, "Time"}, {F::Amount, "Amount"}, {F::Label, "Class"}}));
}

TEST(DetectMapping, PrefersTheBetterSpellingThenTheEarlierColumn) {
    const auto p = detect_mapping({"time", "timestamp", "amount", "amt"});
    EXPECT_EQ(p.column(F::Timestamp), "timestamp");
    EXPECT_EQ(p.column(F::Amount), "amount");
}

TEST(MappingProfile, RoundTripsThroughJson) {
    MappingProfile p;
    p.name = "processor-x";
    p.column(F::Amount) = "Betrag";
    p.column(F::Timestamp) = "Zeit";
    p.ignored = {"notes"};
    p.timestamp = {TimestampFormat::OffsetSeconds, 1704067200000};
    p.default_currency = "EUR";
    const auto back = MappingProfile::from_json(p.to_json());
    EXPECT_EQ(back.name, p.name);
    EXPECT_EQ(back.columns, p.columns);
    EXPECT_EQ(back.ignored, p.ignored);
    EXPECT_EQ(back.timestamp.format, TimestampFormat::OffsetSeconds);
    EXPECT_EQ(back.timestamp.offset_start_ms, 1704067200000);
    EXPECT_EQ(back.default_currency, "EUR");
}

TEST(MappingProfile, RefusesBadProfilesNamingTheProblem) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"[]", "not a JSON object"},
        {"{\"columns\": {\"amountt\": \"x\"}}", "amountt"},
        {"{\"columns\": {\"amount\": 5}}", "amount"},
        {"{\"colour\": 1}", "colour"},
        {"{\"timestamp_format\": \"weekly\"}", "timestamp_format"},
        {"{\"default_currency\": \"euro\"}", "default_currency"},
        {"{\"timestamp_start\": \"yesterday\"}", "timestamp_start"},
    };
    for (const auto& [json, needle] : cases) {
        try {
            MappingProfile::from_json(json);
            ADD_FAILURE() << "accepted " << json;
        } catch (const std::invalid_argument& e) {
            EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
        }
    }
}

TEST(MappingProfileStore, SavesLoadsAndListsByName) {
    test::ScratchDir dir;
    MappingProfileStore store(dir.file("profiles"));
    MappingProfile p;
    p.name = "bank-a";
    p.column(F::Amount) = "amt";
    store.save(p);
    p.name = "bank-b";
    store.save(p);
    EXPECT_EQ(store.names(), (std::vector<std::string>{"bank-a", "bank-b"}));
    EXPECT_EQ(store.load("bank-a").column(F::Amount), "amt");
    EXPECT_THROW(store.load("missing"), std::runtime_error);
    p.name = "../escape";
    EXPECT_THROW(store.save(p), std::runtime_error);
    // load_mapping takes a file path as well as a name.
    EXPECT_EQ(load_mapping(dir.file("profiles/bank-b.json"), store).name, "bank-b");
    EXPECT_EQ(load_mapping("bank-a", store).name, "bank-a");
}

// Builds records by hand: a column list and rows of optional values.
class MapperTest : public ::testing::Test {
protected:
    std::vector<std::string> columns = {"id",  "time", "card",     "amount", "currency",
                                        "lat", "long", "is_fraud", "score",  "note"};
    std::vector<std::string> storage;

    Record record(std::vector<const char*> values, std::uint64_t line = 2) {
        Record r;
        r.line = line;
        storage.assign(values.size(), {});
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (values[i]) storage[i] = values[i];
        }
        for (std::size_t i = 0; i < values.size(); ++i)
            r.fields.push_back({storage[i], values[i] != nullptr});
        r.raw = "raw text";
        return r;
    }

    RecordMapper bound() {
        RecordMapper m(detect_mapping(columns));
        m.bind(columns, "test.csv");
        return m;
    }
};

TEST_F(MapperTest, MapsAGoodRowWithExtrasAndAttributes) {
    auto m = bound();
    Transaction tx;
    RowError err;
    ASSERT_TRUE(m.map(record({"t1", "2024-03-01T10:00:00Z", "4111111111111111", "12.50", "eur",
                              "48.85", "2.35", "1", "0.75", "hello"}),
                      tx, err))
        << err.reason;
    EXPECT_EQ(tx.id, "t1");
    EXPECT_EQ(tx.timestamp_ms, 1709287200000);
    EXPECT_EQ(tx.card_id, "4111111111111111");
    EXPECT_EQ(tx.amount_minor, 1250);
    EXPECT_EQ(tx.currency, "EUR");
    EXPECT_EQ(tx.latitude, 48.85);
    EXPECT_EQ(tx.longitude, 2.35);
    EXPECT_EQ(tx.label, Label::Fraud);
    EXPECT_EQ(tx.extras, (std::vector<NamedNumber>{{"score", 0.75}}));
    EXPECT_EQ(tx.attributes, (std::vector<NamedText>{{"note", "hello"}}));
}

TEST_F(MapperTest, RejectsBadValuesNamingLineFieldAndReason) {
    const struct {
        const char* name;
        std::vector<const char*> row;
        const char* field;
        const char* reason_part;
    } cases[] = {
        {"empty amount",
         {"t", "2024-03-01", "c", "", "EUR", "", "", "", "", ""},
         "amount",
         "empty"},
        {"nan amount", {"t", "2024-03-01", "c", "NaN", "EUR", "", "", "", "", ""}, "amount", ""},
        {"inf amount", {"t", "2024-03-01", "c", "inf", "EUR", "", "", "", "", ""}, "amount", ""},
        {"huge amount", {"t", "2024-03-01", "c", "1e300", "EUR", "", "", "", "", ""}, "amount", ""},
        {"text amount", {"t", "2024-03-01", "c", "abc", "EUR", "", "", "", "", ""}, "amount", ""},
        {"no time", {"t", "", "c", "1", "EUR", "", "", "", "", ""}, "time", "empty"},
        {"impossible date",
         {"t", "2023-02-29 10:00:00", "c", "1", "EUR", "", "", "", "", ""},
         "time",
         ""},
        {"bad label",
         {"t", "2024-03-01", "c", "1", "EUR", "", "", "yes", "", ""},
         "is_fraud",
         "0, 1, true or false"},
        {"label 2", {"t", "2024-03-01", "c", "1", "EUR", "", "", "2", "", ""}, "is_fraud", ""},
        {"empty id", {"", "2024-03-01", "c", "1", "EUR", "", "", "", "", ""}, "id", "empty"},
        {"bad currency",
         {"t", "2024-03-01", "c", "1", "EURO", "", "", "", "", ""},
         "currency",
         "ISO 4217"},
        {"latitude range",
         {"t", "2024-03-01", "c", "1", "EUR", "91", "0", "", "", ""},
         "lat",
         "between"},
        {"longitude text",
         {"t", "2024-03-01", "c", "1", "EUR", "0", "east", "", "", ""},
         "long",
         ""},
    };
    auto m = bound();
    for (const auto& c : cases) {
        Transaction tx;
        RowError err;
        EXPECT_FALSE(m.map(record(c.row, 7), tx, err)) << c.name;
        EXPECT_EQ(err.line, 7u) << c.name;
        EXPECT_EQ(err.field, c.field) << c.name;
        EXPECT_NE(err.reason.find(c.reason_part), std::string::npos)
            << c.name << ": " << err.reason;
        EXPECT_FALSE(err.reason.empty()) << c.name;
        EXPECT_EQ(err.raw, "raw text") << c.name;
    }
}

TEST_F(MapperTest, AcceptsLabelSpellingsAndDefaultsCurrency) {
    const std::vector<std::pair<const char*, Label>> labels = {{"0", Label::Legit},
                                                               {"1", Label::Fraud},
                                                               {"TRUE", Label::Fraud},
                                                               {"false", Label::Legit},
                                                               {"", Label::Unknown}};
    auto m = bound();
    for (const auto& [text, label] : labels) {
        Transaction tx;
        RowError err;
        ASSERT_TRUE(m.map(record({"t", "1709287200", "c", "3", "", "", "", text, "", ""}), tx, err))
            << err.reason;
        EXPECT_EQ(tx.label, label) << text;
        EXPECT_EQ(tx.currency, "USD");
        EXPECT_EQ(tx.timestamp_ms, 1709287200000);
        EXPECT_EQ(tx.amount_minor, 300);
    }
}

TEST_F(MapperTest, ReplacesInvalidUtf8AndRejectsNul) {
    auto m = bound();
    Transaction tx;
    RowError err;
    ASSERT_TRUE(m.map(record({"t", "2024-03-01", "c\xff", "1", "EUR", "", "", "", "", "Z\xfcrich"}),
                      tx, err));
    EXPECT_EQ(tx.card_id, "c\xEF\xBF\xBD");
    EXPECT_EQ(tx.attributes.at(0).value, "Z\xEF\xBF\xBDrich");
    const std::string with_nul("a\0b", 3);
    Record r = record({"t", "2024-03-01", "c", "1", "EUR", "", "", "", "", ""});
    r.fields[9].text = with_nul;
    EXPECT_FALSE(m.map(r, tx, err));
    EXPECT_NE(err.reason.find("NUL"), std::string::npos);
}

TEST_F(MapperTest, KeepsNonNumbersInANumericColumnAsAttributes) {
    auto m = bound();
    Transaction tx;
    RowError err;
    ASSERT_TRUE(m.map(record({"t", "2024-03-01", "c", "1", "", "", "", "", "0.5", ""}), tx, err));
    ASSERT_TRUE(m.map(record({"t", "2024-03-01", "c", "1", "", "", "", "", "high", ""}), tx, err));
    EXPECT_TRUE(tx.extras.empty());
    EXPECT_EQ(tx.attributes, (std::vector<NamedText>{{"score", "high"}}));
}

TEST(RecordMapper, RefusesFilesWithoutAmountOrTimestamp) {
    for (const auto& columns :
         std::vector<std::vector<std::string>>{{"id", "time"}, {"id", "amount"}, {"a", "b"}}) {
        RecordMapper m(detect_mapping(columns));
        try {
            m.bind(columns, "in.csv");
            ADD_FAILURE() << "bound without amount or timestamp";
        } catch (const FileError& e) {
            EXPECT_NE(std::string(e.what()).find("in.csv"), std::string::npos);
            EXPECT_NE(std::string(e.what()).find("--mapping"), std::string::npos);
        }
    }
    MappingProfile p;
    p.column(F::Amount) = "betrag";
    p.column(F::Timestamp) = "zeit";
    RecordMapper m(p);
    EXPECT_THROW(m.bind({"zeit", "amount"}, "in.csv"), FileError);
    EXPECT_NO_THROW(m.bind({"zeit", "betrag"}, "in.csv"));
}

TEST(RecordMapper, DerivesTheSameIdFromTheSameContentInAnyColumnOrder) {
    auto id_of = [](std::vector<std::string> columns, std::vector<std::string> values) {
        RecordMapper m(detect_mapping(columns));
        m.bind(columns, "x");
        Record r;
        for (const auto& v : values) r.fields.push_back({v, true});
        Transaction tx;
        RowError err;
        EXPECT_TRUE(m.map(r, tx, err)) << err.reason;
        return tx.id;
    };
    const auto a = id_of({"time", "amount", "card"}, {"2024-03-01", "5.00", "c1"});
    const auto b = id_of({"card", "time", "amount"}, {"c1", "2024-03-01", "5.00"});
    const auto c = id_of({"time", "amount", "card"}, {"2024-03-01", "5.01", "c1"});
    EXPECT_EQ(a, b);
    EXPECT_NE(a, c);
    EXPECT_EQ(a.size(), 33u);
    EXPECT_EQ(a[0], 'h');
}

TEST(RecordMapper, DropsIgnoredColumnsAndHandlesAbsentJsonFields) {
    MappingProfile p = detect_mapping({"timestamp", "amount", "secret", "extra"});
    p.ignored = {"secret"};
    RecordMapper m(p);
    m.bind({"timestamp", "amount", "secret", "extra"}, "x.json");
    Record r;
    r.fields = {{"2024-03-01", true}, {"5", true}, {"s3cr3t", true}, {"", false}};
    Transaction tx;
    RowError err;
    ASSERT_TRUE(m.map(r, tx, err));
    EXPECT_TRUE(tx.extras.empty());
    EXPECT_TRUE(tx.attributes.empty());
    // A JSON reader may grow its columns: the mapper keeps its bindings and maps new ones.
    m.bind({"timestamp", "amount", "secret", "extra", "late"}, "x.json");
    r.fields.push_back({"7", true});
    ASSERT_TRUE(m.map(r, tx, err));
    EXPECT_EQ(tx.extras, (std::vector<NamedNumber>{{"late", 7.0}}));
}

}  // namespace
}  // namespace fd
