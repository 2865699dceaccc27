#include "core/input_file.h"

#include <gtest/gtest.h>

#include <unistd.h>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "core/limits.h"

namespace fd {
namespace {

namespace fs = std::filesystem;

class InputFileTest : public ::testing::Test {
protected:
    void SetUp() override {
        static std::atomic<int> counter{0};
        dir_ =
            fs::temp_directory_path() /
            ("fd_test_input_file_" + std::to_string(::getpid()) + "_" + std::to_string(counter++) +
             "_" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
        fs::create_directories(dir_);
    }
    void TearDown() override {
        std::error_code ec;
        fs::permissions(dir_ / "locked.csv", fs::perms::owner_all, ec);
        fs::remove_all(dir_, ec);
    }

    std::string write(const std::string& name, const std::string& content) {
        const fs::path path = dir_ / name;
        std::ofstream out(path, std::ios::binary);
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        return path.string();
    }

    // Opens `path` and returns the FileError message ("" when it opened).
    static std::string open_error(const std::string& path, InputFormat format = InputFormat::Auto) {
        try {
            open_input(path, format);
        } catch (const FileError& e) {
            return e.what();
        }
        return "";
    }

    static std::size_t count_records(RecordReader& reader) {
        Record record;
        RowError error;
        std::size_t n = 0;
        for (ReadStatus s; (s = reader.next(record, error)) != ReadStatus::End;)
            if (s == ReadStatus::Record) ++n;
        return n;
    }

    fs::path dir_;
};

struct DetectCase {
    const char* name;
    const char* content;
    InputFormat expected;
    std::size_t records;
};

class DetectsFormat : public InputFileTest, public ::testing::WithParamInterface<DetectCase> {};

TEST_P(DetectsFormat, FromContentAndExtension) {
    const DetectCase& c = GetParam();
    const std::string path = write(c.name, c.content);
    OpenedInput opened = open_input(path);
    EXPECT_EQ(opened.format, c.expected) << c.name;
    ASSERT_NE(opened.reader, nullptr);
    EXPECT_EQ(opened.size_bytes, std::string(c.content).size());
    EXPECT_EQ(count_records(*opened.reader), c.records) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, DetectsFormat,
    ::testing::Values(
        DetectCase{"a.csv", "id,amount\n1,2\n3,4\n", InputFormat::Csv, 2},
        DetectCase{"a.txt", "id;amount\n1;2\n", InputFormat::Csv, 1},
        DetectCase{"noext", "\xEF\xBB\xBFid,amount\n1,2\n", InputFormat::Csv, 1},
        DetectCase{"a.json", "[{\"id\":1},{\"id\":2}]", InputFormat::Json, 2},
        DetectCase{"a.dat", "\xEF\xBB\xBF\n  [\n {\"id\":1}\n]\n", InputFormat::Json, 1},
        DetectCase{"a.json", "{\n \"transactions\": [{\"id\":1}]\n}\n", InputFormat::Json, 1},
        DetectCase{"b.json", "{\"transactions\": [{\"id\":1},{\"id\":2}]}", InputFormat::Json, 2},
        DetectCase{"c.txt", "{\"transactions\": [{\"id\":1}]}\n", InputFormat::Json, 1},
        DetectCase{"a.ndjson", "{\"id\":1}\n{\"id\":2}\n", InputFormat::Ndjson, 2},
        DetectCase{"a.json", "{\"id\":1}\n\n{\"id\":2}\n", InputFormat::Ndjson, 2},
        DetectCase{"a.jsonl", "{\"id\":1}\n", InputFormat::Ndjson, 1},
        DetectCase{"one.txt", "{\"id\":1}\n", InputFormat::Ndjson, 1},
        DetectCase{"a.log", "{\"id\":\"{\\\"x\"}\r\n{\"id\":2}\r\n", InputFormat::Ndjson, 2}));

TEST_F(InputFileTest, ForcedFormatIsUsed) {
    const std::string path = write("data.txt", "{\"id\":1}\n{\"id\":2}\n");
    EXPECT_EQ(open_input(path, InputFormat::Ndjson).format, InputFormat::Ndjson);
    const std::string csv = write("data2.json", "a,b\n1,2\n");
    OpenedInput opened = open_input(csv, InputFormat::Csv);
    EXPECT_EQ(opened.format, InputFormat::Csv);
    EXPECT_EQ(count_records(*opened.reader), 1u);
    // Forcing JSON on NDJSON content fails with a clear file error.
    EXPECT_NE(open_error(path, InputFormat::Json).find("transactions"), std::string::npos);
}

TEST_F(InputFileTest, ForcedFormatStillChecksTheFile) {
    EXPECT_NE(open_error(write("e.csv", ""), InputFormat::Csv).find("empty"), std::string::npos);
    const std::string zip = write("z.csv", std::string("PK\x03\x04rest", 8));
    EXPECT_NE(open_error(zip, InputFormat::Csv).find("unzip it first"), std::string::npos);
}

struct BadCase {
    const char* name;
    std::string content;
    const char* message_part;
};

class RejectsFile : public InputFileTest, public ::testing::WithParamInterface<BadCase> {};

TEST_P(RejectsFile, WithOneClearSentence) {
    const BadCase& c = GetParam();
    const std::string path = write(c.name, c.content);
    const std::string message = open_error(path);
    EXPECT_NE(message.find(path), std::string::npos) << message;
    EXPECT_NE(message.find(c.message_part), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    Table, RejectsFile,
    ::testing::Values(
        BadCase{"empty.csv", "", "empty"},
        BadCase{"blank.csv", " \n\r\n\t  \n", "only blank space"},
        BadCase{"bom_only.csv", "\xEF\xBB\xBF\n", "only blank space"},
        BadCase{"zip.csv", std::string("PK\x03\x04\x14\x00\x00\x00", 8), "unzip it first"},
        BadCase{"x.csv.gz", std::string("\x1F\x8B\x08\x00\x00\x00", 6), "looks compressed"},
        BadCase{"u16le.csv",
                std::string("\xFF\xFEi\x00"
                            "d\x00",
                            6),
                "save it as UTF-8"},
        BadCase{"u16be.csv",
                std::string("\xFE\xFF\x00i\x00"
                            "d",
                            6),
                "save it as UTF-8"},
        BadCase{"u32.csv", std::string("\xFF\xFE\x00\x00i\x00\x00\x00", 8), "UTF-32"},
        BadCase{"u16nobom.csv",
                std::string("i\x00"
                            "d\x00,\x00"
                            "a\x00\n\x00",
                            10),
                "save it as UTF-8"},
        BadCase{"nul.csv", std::string("id,amount\n1,\x00\n", 13), "binary"},
        BadCase{"ctl.csv", std::string(50, '\x01') + "id,amount\n", "binary"}));

TEST_F(InputFileTest, MissingFileAndDirectoryAreFileErrors) {
    const std::string missing = (dir_ / "nope.csv").string();
    EXPECT_NE(open_error(missing).find("not found"), std::string::npos);
    EXPECT_NE(open_error(dir_.string()).find("directory"), std::string::npos);
}

TEST_F(InputFileTest, UnreadableFileIsFileError) {
    if (::geteuid() == 0) GTEST_SKIP() << "root can read anything";
    const std::string path = write("locked.csv", "a,b\n1,2\n");
    fs::permissions(path, fs::perms::none);
    const std::string message = open_error(path);
    EXPECT_NE(message.find(path), std::string::npos) << message;
}

TEST_F(InputFileTest, FewControlBytesAreNotBinary) {
    std::string content = "id,note\n";
    for (int i = 0; i < 50; ++i)
        content += std::to_string(i) + ",a longer note with one control byte\x01\n";
    EXPECT_EQ(open_input(write("ok.csv", content)).format, InputFormat::Csv);
}

TEST_F(InputFileTest, LeadingBlankSpaceLongerThanSniffPrefix) {
    const std::string content = std::string(kSniffBytes + 10, ' ') + "\n";
    EXPECT_NE(open_error(write("blank.csv", content)).find("blank"), std::string::npos);
}

TEST(InputFormatName, RoundTrips) {
    for (InputFormat f :
         {InputFormat::Auto, InputFormat::Csv, InputFormat::Json, InputFormat::Ndjson})
        EXPECT_EQ(input_format_from_name(input_format_name(f)), f);
    EXPECT_EQ(input_format_name(InputFormat::Ndjson), "ndjson");
    EXPECT_EQ(input_format_from_name("JSONL"), InputFormat::Ndjson);
    EXPECT_THROW(input_format_from_name("xml"), std::invalid_argument);
    EXPECT_THROW(input_format_from_name(""), std::invalid_argument);
}

}  // namespace
}  // namespace fd
