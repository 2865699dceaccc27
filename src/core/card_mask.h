// Card numbers inside free text (a rejected row's raw line, say) are masked like card ids
// (see mask_card in transaction.h): every run of 12 to 19 digits, with single spaces or
// dashes allowed between them, that passes the Luhn check keeps only its last four digits.
// The check spares most other long numbers (epoch milliseconds are 13 digits); one in ten
// of those is masked too, which errs on the safe side.
#pragma once

#include <string>
#include <string_view>

namespace fd {

// "t1,4111 1111 1111 1234,9.99" -> "t1,************1234,9.99".
std::string mask_card_numbers(std::string_view text);

}  // namespace fd
