// An amount as an analyst reads it: minor units in the locale's format with the currency's
// own decimals, then the code ("1,234.50 EUR", "14,591 JPY").
#pragma once

#include <QString>
#include <cstdint>
#include <string>

namespace fd {

QString moneyText(std::int64_t minor, const std::string& currency);
// The number alone ("1,234.50"), for texts that place the currency themselves.
QString moneyNumber(std::int64_t minor, const std::string& currency);

}  // namespace fd
