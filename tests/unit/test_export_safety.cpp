// The rules every export and report applies (core/export_safety.h) and the atomic file
// (core/atomic_output.h): formulas neutralised for each dangerous first character, RFC 4180
// quoting, exact numbers, JSON escaping, and a file that appears whole or not at all.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <limits>
#include <nlohmann/json.hpp>

#include "core/atomic_output.h"
#include "core/export_safety.h"
#include "test_support.h"

namespace fd {
namespace {

TEST(NeutraliseFormula, EveryDangerousFirstCharacterGetsAnApostrophe) {
    for (const std::string start : {"=", "+", "-", "@", "\t", "\r"}) {
        const std::string text = start + "SUM(A1:A9)";
        EXPECT_EQ(neutralise_formula(text), "'" + text) << int(start[0]);
    }
    for (const std::string safe : {"", "plain", "'already", " =space first", "4111", "a=b"})
        EXPECT_EQ(neutralise_formula(safe), safe);
}

TEST(CsvField, QuotesPerRfc4180AfterNeutralising) {
    const struct {
        std::string in, out;
    } cases[] = {
        {"plain", "plain"},
        {"a,b", "\"a,b\""},
        {"say \"hi\"", "\"say \"\"hi\"\"\""},
        {"two\nlines", "\"two\nlines\""},
        {"cr\rinside", "\"cr\rinside\""},
        {"=1+1", "'=1+1"},
        {"=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""},
        {"\rstart", "\"'\rstart\""},
        {"\tstart", "'\tstart"},
        {"", ""},
    };
    for (const auto& c : cases) EXPECT_EQ(csv_field(c.in), c.out) << c.in;
}

TEST(CsvNumber, ReadsBackExactly) {
    for (double v : {0.0, 0.1, 1.0 / 3.0, 87.5, 1e-300, 123456789.123456789, -2.5}) {
        const std::string text = csv_number(v);
        EXPECT_EQ(std::stod(text), v) << text;
    }
    EXPECT_EQ(csv_number(0.1), "0.1");
    EXPECT_EQ(csv_number(0.1f), "0.1");  // the float's own shortest text, not 0.100000001...
    EXPECT_EQ(std::stof(csv_number(1.0f / 3.0f)), 1.0f / 3.0f);
    EXPECT_EQ(csv_number(std::numeric_limits<double>::quiet_NaN()), "");
    EXPECT_EQ(csv_number(std::numeric_limits<double>::infinity()), "");
}

TEST(JsonString, EscapesAndRoundTrips) {
    const std::string tricky = "q\"uote b\\ackslash \x01\x1F\n\t Z\xC3\xBCrich \xE6\x9D\xB1";
    const std::string literal = json_string(tricky);
    EXPECT_EQ(literal.front(), '"');
    EXPECT_EQ(literal.find('\n'), std::string::npos);  // control characters escaped
    EXPECT_EQ(literal.find('\x01'), std::string::npos);
    EXPECT_EQ(nlohmann::json::parse(literal).get<std::string>(), tricky);
    // Invalid UTF-8 is replaced, never passed through or thrown on.
    const auto repaired = nlohmann::json::parse(json_string("bad \xFF byte")).get<std::string>();
    EXPECT_EQ(repaired, "bad \xEF\xBF\xBD byte");
}

TEST(AtomicOutput, AppearsOnlyOnCommitAndNeverHalfWritten) {
    test::ScratchDir dir;
    const auto target = dir.write("out.csv", "old contents");
    {
        AtomicOutput out(target);
        out.stream() << "new contents";
        out.stream().flush();
        EXPECT_EQ(test::read_file(target), "old contents");  // untouched until the rename
        EXPECT_TRUE(std::filesystem::exists(out.temp_path()));
    }  // no commit: an error or a cancel
    EXPECT_EQ(test::read_file(target), "old contents");
    EXPECT_FALSE(std::filesystem::exists(target + ".tmp"));
    {
        AtomicOutput out(target);
        out.stream() << "new contents";
        out.commit();
    }
    EXPECT_EQ(test::read_file(target), "new contents");
    EXPECT_FALSE(std::filesystem::exists(target + ".tmp"));
    EXPECT_THROW(AtomicOutput(dir.file("no/such/folder/x.csv")), std::runtime_error);
}

}  // namespace
}  // namespace fd
