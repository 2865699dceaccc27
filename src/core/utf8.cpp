#include "utf8.h"

#include <cstdint>
#include <cstring>

namespace fd {
namespace {

// Length of the well-formed sequence at `p` (Unicode Table 3-7), or 0 when it is invalid;
// then `bad` is the length of its maximal subpart (at least 1), which becomes one U+FFFD.
std::size_t sequence_length(const unsigned char* p, std::size_t n, std::size_t& bad) {
    const unsigned char lead = p[0];
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;   // overlong
        if (lead == 0xED) high = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;   // overlong
        if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
    } else {
        bad = 1;
        return 0;
    }
    for (std::size_t k = 1; k < length; ++k) {
        if (k >= n || p[k] < low || p[k] > high) {
            bad = k;
            return 0;
        }
        low = 0x80;
        high = 0xBF;
    }
    return length;
}

// Bytes of leading ASCII, eight at a time.
std::size_t ascii_prefix(const unsigned char* p, std::size_t n) {
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, p + i, 8);
        if (word & 0x8080808080808080ULL) break;
    }
    while (i < n && p[i] < 0x80) ++i;
    return i;
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        i += ascii_prefix(p + i, n - i);
        if (i >= n) break;
        std::size_t bad = 0;
        const std::size_t length = sequence_length(p + i, n - i, bad);
        if (length == 0) return false;
        i += length;
    }
    return true;
}

std::string replace_invalid_utf8(std::string_view text) {
    if (is_valid_utf8(text)) return std::string(text);
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::string out;
    out.reserve(n + n / 2);
    std::size_t i = 0;
    while (i < n) {
        const std::size_t ascii = ascii_prefix(p + i, n - i);
        out.append(text.data() + i, ascii);
        i += ascii;
        if (i >= n) break;
        std::size_t bad = 0;
        const std::size_t length = sequence_length(p + i, n - i, bad);
        if (length > 0) {
            out.append(text.data() + i, length);
            i += length;
        } else {
            out.append("\xEF\xBF\xBD");
            i += bad;
        }
    }
    return out;
}

std::string_view utf8_prefix(std::string_view text, std::size_t limit) {
    if (text.size() <= limit) return text;
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut);
}

}  // namespace fd
