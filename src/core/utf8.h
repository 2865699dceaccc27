// UTF-8 policy: invalid sequences are replaced with U+FFFD, never rejected, so that a
// Latin-1 city name costs a character, not a transaction.
#pragma once

#include <string>
#include <string_view>

namespace fd {

bool is_valid_utf8(std::string_view text);

// Returns `text` with every invalid UTF-8 sequence replaced by U+FFFD (EF BF BD).
std::string replace_invalid_utf8(std::string_view text);

// At most `limit` bytes of `text`, cut back to a character boundary so it stays valid.
std::string_view utf8_prefix(std::string_view text, std::size_t limit);

}  // namespace fd
