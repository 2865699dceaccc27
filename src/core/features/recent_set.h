// A tiny least-recently-used set of 32-bit fingerprints: "has this card seen this merchant
// (country, device) lately?". Capacity is fixed, so a card's state stays small whatever it
// does; once full, the value used longest ago is forgotten and would count as new again.
// Fingerprints are 32-bit hashes: among a handful of values a collision is ~N / 4e9.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>

namespace fd::features {

inline std::uint32_t fingerprint(std::string_view text) {
    const std::uint64_t h = std::hash<std::string_view>{}(text);
    return static_cast<std::uint32_t>(h ^ (h >> 32));
}

template <std::size_t Capacity>
class RecentSet {
    static_assert(Capacity > 0 && Capacity < 256);

public:
    // Whether `value` is held; either way it becomes the most recent one.
    bool seen_then_touch(std::uint32_t value) {
        const auto begin = values_.begin();
        const auto end = begin + size_;
        const auto found = std::find(begin, end, value);
        if (found != end) {
            std::rotate(begin, found, found + 1);  // move to front
            return true;
        }
        if (size_ < Capacity) ++size_;
        std::rotate(begin, begin + size_ - 1, begin + size_);  // last slot (or new one) to front
        values_[0] = value;
        return false;
    }

    std::size_t size() const { return size_; }

private:
    std::array<std::uint32_t, Capacity> values_{};
    std::uint8_t size_ = 0;
};

}  // namespace fd::features
