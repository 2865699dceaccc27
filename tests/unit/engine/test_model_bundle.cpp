#include "core/engine/model_bundle.h"

#include <gtest/gtest.h>

#include "core/engine/model_error.h"
#include "test_support.h"

namespace fd {
namespace {

ModelBundle sample() {
    ModelBundle bundle;
    bundle.header = {{"kind", "ensemble"}, {"features", {"a", "b"}}};
    bundle.add_payload("iforest", std::string_view(R"({"trees":[]})"));
    bundle.add_payload("gbdt", std::vector<std::uint8_t>{0, 1, 2, 255});
    return bundle;
}

std::string error_of(const std::vector<std::uint8_t>& bytes) {
    try {
        read_bundle(bytes, "'x.fdm'");
    } catch (const ModelError& error) {
        return error.what();
    }
    return "";
}

TEST(ModelBundle, RoundTripsHeaderAndBinaryPayloads) {
    const auto bytes = write_bundle(sample());
    const auto back = read_bundle(bytes, "test");
    EXPECT_EQ(back.header, sample().header);  // "payloads" is the container's business
    ASSERT_EQ(back.payloads.size(), 2u);
    ASSERT_TRUE(back.payload("gbdt"));
    EXPECT_EQ(back.payload("gbdt")->bytes, (std::vector<std::uint8_t>{0, 1, 2, 255}));
    EXPECT_EQ(back.payload("missing"), nullptr);
}

TEST(ModelBundle, RefusesEveryTruncation) {
    const auto bytes = write_bundle(sample());
    for (std::size_t size = 0; size < bytes.size(); ++size) {
        const std::vector<std::uint8_t> cut(bytes.begin(), bytes.begin() + size);
        EXPECT_NE(error_of(cut), "") << "truncated to " << size;
    }
}

TEST(ModelBundle, ErrorsSayWhatIsWrong) {
    const auto good = write_bundle(sample());
    struct Case {
        const char* name;
        std::function<void(std::vector<std::uint8_t>&)> damage;
        const char* expected;
    };
    const std::vector<Case> cases = {
        {"magic", [](auto& b) { b[0] = 'X'; }, "not a FraudDesk model file"},
        {"version", [](auto& b) { b[8] = 9; }, "container format is version 9"},
        {"header size", [](auto& b) { b[19] = 0x7f; }, "more than the file holds"},
        {"payload byte", [](auto& b) { b.back() ^= 1; }, "does not match its SHA-256"},
        {"trailing", [](auto& b) { b.push_back(0); }, "1 unexpected bytes follow"},
        {"header json", [](auto& b) { b[20] = '['; }, "header is not a JSON object"},
    };
    for (const auto& c : cases) {
        auto bytes = good;
        c.damage(bytes);
        const auto message = error_of(bytes);
        EXPECT_NE(message.find(c.expected), std::string::npos) << c.name << ": " << message;
        EXPECT_NE(message.find("'x.fdm'"), std::string::npos) << c.name << ": " << message;
    }
}

TEST(ModelBundle, RefusesHostileHeaders) {
    const auto with_header = [](const std::string& header) {
        std::vector<std::uint8_t> out = {'F', 'D', 'M', 'O', 'D', 'E', 'L', '\n', 1, 0, 0, 0};
        for (int i = 0; i < 8; ++i)
            out.push_back(static_cast<std::uint8_t>(header.size() >> (8 * i)));
        out.insert(out.end(), header.begin(), header.end());
        return out;
    };
    EXPECT_NE(error_of(with_header("{}")).find("no \"payloads\" list"), std::string::npos);
    EXPECT_NE(error_of(with_header(R"({"payloads":[{"name":"a"}]})")).find("lacks"),
              std::string::npos);
    EXPECT_NE(
        error_of(
            with_header(R"({"payloads":[{"name":"a","size":18446744073709551615,"sha256":""}]})"))
            .find("more than the file holds"),
        std::string::npos);
    EXPECT_NE(
        error_of(
            with_header(
                R"({"payloads":[{"name":"a","size":0,"sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},{"name":"a","size":0,"sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}]})"))
            .find("appears twice"),
        std::string::npos);
}

TEST(ModelBundle, FilesAreWrittenAtomicallyAndReadBack) {
    test::ScratchDir dir;
    const auto path = dir.file("m.fdm");
    save_bundle_file(sample(), path);
    EXPECT_FALSE(std::filesystem::exists(path + ".tmp"));
    EXPECT_EQ(load_bundle_file(path).header, sample().header);
    EXPECT_THROW(load_bundle_file(dir.file("missing.fdm")), ModelError);
    EXPECT_THROW(save_bundle_file(sample(), dir.file("no/such/dir/m.fdm")), ModelError);
}

}  // namespace
}  // namespace fd
