#include "money_text.h"

#include <QLocale>
#include <cmath>

#include "core/transaction.h"

namespace fd {

QString moneyNumber(std::int64_t minor, const std::string& currency) {
    const int exponent = currency_exponent(currency);
    const double major = static_cast<double>(minor) / std::pow(10.0, exponent);
    return QLocale().toString(major, 'f', exponent);
}

QString moneyText(std::int64_t minor, const std::string& currency) {
    return moneyNumber(minor, currency) + QLatin1Char(' ') + QString::fromStdString(currency);
}

}  // namespace fd
