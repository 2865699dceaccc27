#include "core/card_mask.h"

#include <gtest/gtest.h>

namespace fd {
namespace {

TEST(CardMask, EveryCardNumberInFreeTextKeepsItsLastFour) {
    const struct {
        const char* in;
        const char* out;
    } cases[] = {
        {"t1,4111111111111111,9.99,EUR", "t1,************1111,9.99,EUR"},
        {"a 4111 1111 1111 1111 b 5500-0000-0000-0004", "a ************1111 b ************0004"},
        {"378282246310005", "***********0005"},  // 15 digits (Amex test number)
        {"x4111111111111111", "x************1111"},
        {"4111111111111112", "4111111111111112"},          // fails the Luhn check
        {"ts 1700000000123 ok", "ts 1700000000123 ok"},    // epoch milliseconds
        {"id 12345678901 ok", "id 12345678901 ok"},        // 11 digits: not a card
        {"41111111111111111111", "41111111111111111111"},  // 20 digits: not a card
        {"2024-01-01T10:00:00Z,12.50,id 12345", "2024-01-01T10:00:00Z,12.50,id 12345"},
        {"", ""},
    };
    for (const auto& c : cases) EXPECT_EQ(mask_card_numbers(c.in), c.out) << c.in;
}

}  // namespace
}  // namespace fd
