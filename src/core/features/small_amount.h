// "Small" for the card-testing feature: below about `threshold_eur` euros worth, in the
// transaction's own currency. Card testers probe with amounts of a euro or two whatever
// the currency, so a fixed major-unit threshold would miss them in JPY, INR or SEK.
#pragma once

#include <string_view>

namespace fd::features {

// Rough units of `currency` per euro (order of magnitude is all the feature needs; an
// unknown code counts as 1:1). Rates are deliberately rounded and static.
double units_per_euro(std::string_view currency);

inline bool is_small_amount(double amount_major, std::string_view currency, double threshold_eur) {
    return amount_major < threshold_eur * units_per_euro(currency);
}

}  // namespace fd::features
