// The payment transaction as FraudDesk holds it: typed core fields, exact money,
// optional ground truth, and any number of extra named values from the source file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fd {

enum class Label : std::int8_t { Unknown = -1, Legit = 0, Fraud = 1 };

struct NamedNumber {
    std::string name;
    double value = 0.0;
    bool operator==(const NamedNumber&) const = default;
};

struct NamedText {
    std::string name;
    std::string value;
    bool operator==(const NamedText&) const = default;
};

struct Transaction {
    std::string id;                 // external id, unique per database
    std::int64_t timestamp_ms = 0;  // UTC, milliseconds since the Unix epoch
    std::string card_id;            // card or account; masked whenever shown or exported
    std::string customer_id;
    std::string merchant_id;        // merchant or terminal
    std::string merchant_category;  // MCC or category name
    std::int64_t amount_minor = 0;  // exact amount in the currency's minor unit
    std::string currency;           // ISO 4217 alpha-3, upper case
    std::string country;            // ISO 3166 alpha-2 where the source gives one
    std::string city;
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::string channel;  // e.g. pos, online, atm
    std::string device_id;
    std::string ip;
    Label label = Label::Unknown;       // ground truth when the source knows it
    std::string scenario;               // generator or source scenario tag, empty when none
    std::vector<NamedNumber> extras;    // unmapped numeric columns: extra features
    std::vector<NamedText> attributes;  // unmapped non-numeric columns, kept verbatim

    // Amount in major units (e.g. 12.34 for 1234 cents); for features, never for storage.
    double amount() const;

    bool operator==(const Transaction&) const = default;
};

// Digits after the decimal point for an ISO 4217 currency (JPY 0, EUR 2, KWD 3).
// Unknown codes use 2.
int currency_exponent(std::string_view currency);

// Formats minor units as a plain decimal string in major units: 123456,"EUR" -> "1234.56".
std::string format_amount(std::int64_t amount_minor, std::string_view currency);

// Card numbers are shown and exported as their last four characters only:
// "4111111111111111" -> "************1111". Ids of four characters or fewer are fully masked.
std::string mask_card(std::string_view card_id);

std::string_view label_name(Label label);  // "unknown", "legit", "fraud"

}  // namespace fd
