#include "card_mask.h"

#include "transaction.h"

namespace fd {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Length of the card-number run starting at `at` (0 if none): digits with single spaces
// or dashes between them; `digits` receives the digit count.
std::size_t card_run(std::string_view text, std::size_t at, std::size_t& digits) {
    std::size_t i = at, end = at;
    digits = 0;
    while (i < text.size()) {
        if (is_digit(text[i])) {
            ++digits;
            end = ++i;
        } else if ((text[i] == ' ' || text[i] == '-') && i + 1 < text.size() &&
                   is_digit(text[i + 1]) && digits > 0) {
            ++i;
        } else {
            break;
        }
    }
    return end - at;
}

bool luhn(const std::string& digits) {
    int sum = 0;
    bool twice = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int d = *it - '0';
        if (twice && (d *= 2) > 9) d -= 9;
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

std::string digits_of(std::string_view run) {
    std::string digits;
    for (char c : run)
        if (is_digit(c)) digits += c;
    return digits;
}

std::string masked(std::string_view run) {
    std::string digits;
    for (char c : run)
        if (is_digit(c)) digits += c;
    return mask_card(digits);
}

}  // namespace

std::string mask_card_numbers(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const bool starts = is_digit(text[i]) && (i == 0 || !is_digit(text[i - 1]));
        if (starts) {
            std::size_t digits = 0;
            const std::size_t run = card_run(text, i, digits);
            if (digits >= 12 && digits <= 19 && luhn(digits_of(text.substr(i, run)))) {
                out += masked(text.substr(i, run));
            } else {
                out.append(text.substr(i, run));
            }
            i += run;
            continue;
        }
        out += text[i++];
    }
    return out;
}

}  // namespace fd
