// What every export and report does to values before they leave FraudDesk, in one place so
// the CSV/JSON exports, the reports and the CLI treat text the same way:
//   - card ids are shown as their last four digits: mask_card() (core/transaction.h);
//   - card numbers inside free text (notes, audit details, raw lines): mask_card_numbers()
//     (core/card_mask.h);
//   - text a spreadsheet would run as a formula is neutralised (neutralise_formula);
//   - CSV fields are quoted per RFC 4180 (csv_field), numbers written exactly (csv_number);
//   - JSON strings are escaped, invalid UTF-8 replaced (json_string).
#pragma once

#include <string>
#include <string_view>

#include "core/card_mask.h"
#include "core/transaction.h"

namespace fd {

// Text starting with = + - @, a tab or a carriage return gets a leading apostrophe, so a
// spreadsheet shows it as text instead of evaluating it ("=HYPERLINK(...)" -> "'=HYPER...").
// Other text is returned unchanged.
std::string neutralise_formula(std::string_view text);

// One CSV field: neutralised as above, then quoted when it holds a comma, a quote, CR or LF
// (quotes doubled). Only for text: numbers go through csv_number.
std::string csv_field(std::string_view text);

// The shortest text that reads back to exactly the same value ("" for NaN or infinity).
std::string csv_number(double value);
std::string csv_number(float value);  // shortest for a float: 0.1f -> "0.1"

// A JSON string literal with its quotes: quotes, backslashes and control characters escaped,
// invalid UTF-8 replaced by U+FFFD. The text is not neutralised; callers decide.
std::string json_string(std::string_view text);

}  // namespace fd
