// Starter rules an analyst can keep, tune or delete. Amount thresholds are in major units
// of the transaction's own currency, so the amount rules name the currencies they suit.
#include "core/rules/rule_set.h"
#include "core/tr_mark.h"

namespace fd {

std::vector<Rule> default_rules() {
    constexpr const char* kMajorCurrencies = R"(currency in ("EUR", "USD", "GBP", "CHF"))";
    return {
        {"large_night_online",
         std::string("amount >= 500 and ") + kMajorCurrencies +
             R"( and channel == "online" and hour < 6)",
         FD_TR("core/Reasons",
               "Large night-time online purchase of {amount} {currency} at hour {hour}"),
         0.5, false},
        {"high_risk_category",
         // 4829 money transfer, 5967 direct marketing, 6051 quasi-cash, 7995 gambling
         "merchant_category in (4829, 5967, 6051, 7995)",
         FD_TR("core/Reasons", "Purchase in a high-risk merchant category ({merchant_category})"),
         0.3, false},
        {"large_amount", std::string("amount >= 5000 and ") + kMajorCurrencies,
         FD_TR("core/Reasons", "Very large amount: {amount} {currency}"), 0.4, false},
        {"card_burst", "card_count_1h >= 5",
         FD_TR("core/Reasons", "{card_count_1h} transactions on this card in the last hour"), 0.5,
         false},
        {"first_country_large",
         std::string("first_country_for_card == 1 and amount >= 300 and ") + kMajorCurrencies,
         FD_TR("core/Reasons",
               "First transaction from {country} for this card, of {amount} {currency}"),
         0.4, false},
        {"amount_spike", "card_amount_ratio_30d >= 8 and card_count_30d >= 5",
         FD_TR("core/Reasons",
               "Amount {amount} {currency} is {card_amount_ratio_30d} times this card's 30-day "
               "average"),
         0.5, false},
        {"card_testing", "card_small_count_1h >= 3",
         FD_TR(
             "core/Reasons",
             "{card_small_count_1h} small payments on this card in the last hour before this one"),
         0.5, false},
        {"new_device_new_country", "first_device_for_card == 1 and first_country_for_card == 1",
         FD_TR("core/Reasons", "New device and new country ({country}) for this card at once"), 0.5,
         false},
        {"impossible_travel", "speed_from_previous_kmh > 900",
         FD_TR("core/Reasons",
               "Impossible travel: {speed_from_previous_kmh} km/h since the card's previous "
               "transaction"),
         0.6, false},
    };
}

}  // namespace fd
