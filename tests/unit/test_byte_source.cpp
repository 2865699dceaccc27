// Guards the byte sources every parser reads through: files, memory, seeking, and errors.
#include "core/byte_source.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "core/record.h"

namespace fd {
namespace {

std::string read_everything(ByteSource& source, std::size_t chunk) {
    std::string out;
    std::vector<char> buffer(chunk);
    while (const std::size_t n = source.read(buffer.data(), buffer.size()))
        out.append(buffer.data(), n);
    return out;
}

class TempFile {
public:
    explicit TempFile(const std::string& content)
        : path_(::testing::TempDir() + "fd_byte_source_" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name()) {
        std::FILE* f = std::fopen(path_.c_str(), "wb");
        std::fwrite(content.data(), 1, content.size(), f);
        std::fclose(f);
    }
    ~TempFile() { std::remove(path_.c_str()); }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

TEST(ByteSource, FileSourceReadsSizeNameAndSeeks) {
    std::string content;
    for (int i = 0; i < 10000; ++i) content += static_cast<char>(i * 7);
    TempFile file(content);
    auto source = open_file_source(file.path());
    EXPECT_EQ(source->size(), content.size());
    EXPECT_EQ(source->name(), file.path());
    EXPECT_EQ(read_everything(*source, 333), content);
    EXPECT_EQ(source->read(nullptr, 0), 0u);
    source->seek(9990);
    EXPECT_EQ(read_everything(*source, 4), content.substr(9990));
    source->seek(0);
    char first[3];
    ASSERT_EQ(source->read(first, 3), 3u);
    EXPECT_EQ(std::string(first, 3), content.substr(0, 3));
}

TEST(ByteSource, EmptyFileReadsNothing) {
    TempFile file("");
    auto source = open_file_source(file.path());
    char c;
    EXPECT_EQ(source->size(), 0u);
    EXPECT_EQ(source->read(&c, 1), 0u);
}

TEST(ByteSource, MemorySourceReadsAndSeeksPerTable) {
    const std::string data = "0123456789";
    struct Case {
        std::string name;
        std::uint64_t seek_to;
        std::size_t chunk;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {"from start", 0, 4, "0123456789"}, {"middle", 6, 3, "6789"},     {"at end", 10, 2, ""},
        {"past end clamps", 1000, 2, ""},   {"byte by byte", 8, 1, "89"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        auto source = memory_source(data.data(), data.size(), "label");
        EXPECT_EQ(source->name(), "label");
        EXPECT_EQ(source->size(), 10u);
        read_everything(*source, 5);
        source->seek(c.seek_to);
        EXPECT_EQ(read_everything(*source, c.chunk), c.expected);
    }
    EXPECT_EQ(memory_source(data.data(), 0)->name(), "<memory>");
}

TEST(ByteSource, MissingFileAndDirectoryThrowFileErrorNamingThePath) {
    const std::string missing = ::testing::TempDir() + "fd_no_such_file.csv";
    try {
        open_file_source(missing);
        ADD_FAILURE() << "no FileError";
    } catch (const FileError& e) {
        EXPECT_EQ(std::string(e.what()),
                  missing + ": file not found. Check the path and try again.");
    }
    const std::string dir = ::testing::TempDir() + "fd_byte_source_dir";
    std::filesystem::create_directories(dir);
    try {
        open_file_source(dir);
        ADD_FAILURE() << "no FileError";
    } catch (const FileError& e) {
        EXPECT_EQ(std::string(e.what()).rfind(dir + ": is a directory", 0), 0u) << e.what();
    }
    std::filesystem::remove(dir);
}

}  // namespace
}  // namespace fd
