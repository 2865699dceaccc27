#include "transaction.h"

#include <array>
#include <cmath>
#include <cstdlib>
#include <string>

namespace fd {

double Transaction::amount() const {
    return static_cast<double>(amount_minor) / std::pow(10.0, currency_exponent(currency));
}

int currency_exponent(std::string_view currency) {
    // ISO 4217 currencies whose minor unit is not 1/100.
    static constexpr std::array<std::string_view, 16> kZero = {
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW",
        "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF"};
    static constexpr std::array<std::string_view, 7> kThree = {"BHD", "IQD", "JOD", "KWD",
                                                               "LYD", "OMR", "TND"};
    for (auto code : kZero)
        if (code == currency) return 0;
    for (auto code : kThree)
        if (code == currency) return 3;
    return 2;
}

std::string format_amount(std::int64_t amount_minor, std::string_view currency) {
    const int exponent = currency_exponent(currency);
    const bool negative = amount_minor < 0;
    // Work in unsigned so INT64_MIN formats correctly.
    std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(amount_minor)
                                       : static_cast<std::uint64_t>(amount_minor);
    std::string digits = std::to_string(magnitude);
    if (exponent > 0) {
        if (digits.size() <= static_cast<std::size_t>(exponent))
            digits.insert(0, static_cast<std::size_t>(exponent) + 1 - digits.size(), '0');
        digits.insert(digits.size() - static_cast<std::size_t>(exponent), 1, '.');
    }
    return negative ? "-" + digits : digits;
}

std::string mask_card(std::string_view card_id) {
    if (card_id.empty()) return {};
    if (card_id.size() <= 4) return std::string(card_id.size(), '*');
    std::string masked(card_id.size() - 4, '*');
    masked.append(card_id.substr(card_id.size() - 4));
    return masked;
}

std::string_view label_name(Label label) {
    switch (label) {
        case Label::Fraud:
            return "fraud";
        case Label::Legit:
            return "legit";
        case Label::Unknown:
            break;
    }
    return "unknown";
}

}  // namespace fd
