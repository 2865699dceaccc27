#include "core/sha256.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "core/record.h"
#include "core/sha256_blocks.h"

namespace fd {
namespace {

struct Vector {
    const char* name;
    std::string message;
    const char* digest;
};

// FIPS 180-4 examples (NIST CSRC) plus padding boundaries around one and two blocks.
const std::vector<Vector>& vectors() {
    static const std::vector<Vector> kVectors = {
        {"empty", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"448_bits", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
        {"896_bits",
         "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrl"
         "mnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
        {"a_x55", std::string(55, 'a'),
         "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
        {"a_x56", std::string(56, 'a'),
         "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
        {"a_x63", std::string(63, 'a'),
         "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
        {"a_x64", std::string(64, 'a'),
         "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
        {"a_x65", std::string(65, 'a'),
         "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"},
        {"a_x119", std::string(119, 'a'),
         "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"},
        {"a_x120", std::string(120, 'a'),
         "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"},
        {"one_million_a", std::string(1'000'000, 'a'),
         "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
    };
    return kVectors;
}

std::string all_bytes_times_ten() {
    std::string text;
    for (int repeat = 0; repeat < 10; ++repeat) {
        for (int byte = 0; byte < 256; ++byte) text += static_cast<char>(byte);
    }
    return text;
}
constexpr const char* kAllBytesDigest =
    "e392378f849d67bbb1a7bbec84f1098ae3faa751049c009a850130ce6073d91a";

TEST(Sha256, OneShotMatchesKnownVectors) {
    for (const auto& v : vectors()) {
        EXPECT_EQ(Sha256::hex(v.message), v.digest) << v.name;
    }
}

TEST(Sha256, BinaryInputWithEveryByteValue) {
    EXPECT_EQ(Sha256::hex(all_bytes_times_ten()), kAllBytesDigest);
}

TEST(Sha256, IncrementalUpdatesInOddChunksEqualOneShot) {
    for (const std::size_t chunk : {1u, 3u, 7u, 55u, 63u, 64u, 65u, 127u, 1000u, 4099u}) {
        for (const auto& v : vectors()) {
            Sha256 hasher;
            for (std::size_t at = 0; at < v.message.size(); at += chunk) {
                hasher.update(std::string_view(v.message).substr(at, chunk));
            }
            EXPECT_EQ(hasher.finish_hex(), v.digest) << v.name << " in chunks of " << chunk;
        }
    }
}

TEST(Sha256, ZeroLengthUpdatesChangeNothing) {
    Sha256 hasher;
    hasher.update("", 0);
    hasher.update("ab");
    hasher.update(nullptr, 0);
    hasher.update("c");
    EXPECT_EQ(hasher.finish_hex(),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, FinishReturnsRawDigestBytes) {
    Sha256 hasher;
    hasher.update("abc");
    const auto digest = hasher.finish();
    EXPECT_EQ(digest[0], 0xba);
    EXPECT_EQ(digest[1], 0x78);
    EXPECT_EQ(digest[30], 0x15);
    EXPECT_EQ(digest[31], 0xad);
}

class TempFile {
public:
    explicit TempFile(const std::string& contents) {
        static std::atomic<int> counter{0};
        path_ = std::filesystem::temp_directory_path() /
                ("fd_test_sha256_" + std::to_string(::getpid()) + "_" + std::to_string(counter++) +
                 ".bin");
        std::ofstream out(path_, std::ios::binary);
        out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    }
    ~TempFile() { std::filesystem::remove(path_); }
    std::string path() const { return path_.string(); }

private:
    std::filesystem::path path_;
};

TEST(Sha256File, HashesWholeFileAcrossChunkBoundaries) {
    struct Case {
        const char* name;
        std::string contents;
    };
    // 3 MiB + 5 bytes spans several 1 MiB reads and a partial last one.
    std::string big(3 * (1u << 20) + 5, '\0');
    for (std::size_t i = 0; i < big.size(); ++i) big[i] = static_cast<char>(i * 31 + 7);
    const std::vector<Case> cases = {
        {"empty", ""},
        {"abc", "abc"},
        {"all_bytes", all_bytes_times_ten()},
        {"exactly_one_chunk", std::string(1u << 20, 'x')},
        {"several_chunks", big},
    };
    for (const auto& c : cases) {
        TempFile file(c.contents);
        EXPECT_EQ(sha256_file(file.path()), Sha256::hex(c.contents)) << c.name;
    }
    TempFile abc("abc");
    EXPECT_EQ(sha256_file(abc.path()),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256File, MissingFileThrowsFileErrorNamingThePath) {
    const std::string path =
        (std::filesystem::temp_directory_path() / "fd_test_sha256_does_not_exist.bin").string();
    try {
        sha256_file(path);
        FAIL() << "expected FileError";
    } catch (const FileError& error) {
        EXPECT_NE(std::string(error.what()).find(path), std::string::npos) << error.what();
    }
}

TEST(Sha256File, DirectoryThrowsFileError) {
    EXPECT_THROW(sha256_file(std::filesystem::temp_directory_path().string()), FileError);
}

// The accelerated block function must agree with the portable one on every input; the
// FIPS vectors above go through whichever this CPU selects.
TEST(Sha256Blocks, AcceleratedMatchesPortableOnRandomBlocks) {
    if (!detail::sha256_accelerated()) GTEST_SKIP() << "this CPU has no SHA extensions";
    std::mt19937 random(7);
    std::vector<std::uint8_t> data(64 * 37);
    for (auto& byte : data) byte = static_cast<std::uint8_t>(random());
    for (std::size_t blocks : {1u, 2u, 5u, 37u}) {
        std::array<std::uint32_t, 8> portable = {1, 2, 3, 4, 5, 6, 7, 8};
        std::array<std::uint32_t, 8> accelerated = portable;
        detail::sha256_blocks_portable(portable.data(), data.data(), blocks);
        detail::sha256_blocks_shani(accelerated.data(), data.data(), blocks);
        EXPECT_EQ(portable, accelerated) << blocks << " blocks";
    }
}

}  // namespace
}  // namespace fd
