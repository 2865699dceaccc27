// Guards the UTF-8 policy: validation and replacement of maximal invalid subparts by U+FFFD.
#include "core/utf8.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace fd {
namespace {

const std::string R = "\xEF\xBF\xBD";  // U+FFFD

struct Case {
    std::string name;
    std::string input;
    bool valid;
    std::string replaced;
};

TEST(Utf8, ValidatesAndReplacesPerTable) {
    const std::vector<Case> cases = {
        {"empty", "", true, ""},
        {"ascii", "Paris 75001", true, "Paris 75001"},
        {"long ascii (word path)", std::string(100, 'a') + "b", true, std::string(100, 'a') + "b"},
        {"nul is valid", std::string("a\0b", 3), true, std::string("a\0b", 3)},
        {"two byte", "M\xC3\xBCnchen", true, "M\xC3\xBCnchen"},
        {"three byte", "\xE2\x82\xAC 5", true, "\xE2\x82\xAC 5"},
        {"four byte", "\xF0\x9F\x98\x80", true, "\xF0\x9F\x98\x80"},
        {"max code point", "\xF4\x8F\xBF\xBF", true, "\xF4\x8F\xBF\xBF"},
        {"last before surrogates", "\xED\x9F\xBF", true, "\xED\x9F\xBF"},
        {"latin-1 city", "S\xE3o Paulo", false, "S" + R + "o Paulo"},
        {"latin-1 after long ascii", std::string(20, 'x') + "\xE9", false,
         std::string(20, 'x') + R},
        {"lone continuation",
         "a\x80"
         "b",
         false, "a" + R + "b"},
        {"two continuations", "\x80\xBF", false, R + R},
        {"overlong two byte C0", "\xC0\xAF", false, R + R},
        {"overlong two byte C1", "\xC1\xBF", false, R + R},
        {"overlong three byte", "\xE0\x80\xAF", false, R + R + R},
        {"overlong four byte", "\xF0\x80\x80\xAF", false, R + R + R + R},
        {"surrogate", "\xED\xA0\x80", false, R + R + R},
        {"above U+10FFFF", "\xF4\x90\x80\x80", false, R + R + R + R},
        {"F5 lead", "\xF5\x80\x80\x80", false, R + R + R + R},
        {"FF byte", "a\xFFz", false, "a" + R + "z"},
        {"truncated three byte at end", "ab\xE2\x82", false, "ab" + R},
        {"truncated four byte then ascii", "\xF0\x9F\x98z", false, R + "z"},
        {"truncated two byte then valid", "\xC3\xE2\x82\xAC", false, R + "\xE2\x82\xAC"},
        {"lead then lead", "\xE2\xC3\xBC", false, R + "\xC3\xBC"},
        {"mixed", "ok\xC3\xA9\xFF\xE2\x82\xAC\x80!", false,
         "ok\xC3\xA9" + R + "\xE2\x82\xAC" + R + "!"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(is_valid_utf8(c.input), c.valid);
        const std::string out = replace_invalid_utf8(c.input);
        EXPECT_EQ(out, c.replaced);
        EXPECT_TRUE(is_valid_utf8(out));
    }
}

TEST(Utf8, EveryTwoByteInputBecomesValid) {
    for (int a = 0; a < 256; ++a) {
        for (int b = 0; b < 256; ++b) {
            const std::string in{static_cast<char>(a), static_cast<char>(b)};
            const std::string out = replace_invalid_utf8(in);
            ASSERT_TRUE(is_valid_utf8(out)) << a << " " << b;
            if (is_valid_utf8(in)) {
                ASSERT_EQ(out, in);
            }
        }
    }
}

}  // namespace
}  // namespace fd
