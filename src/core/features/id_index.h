// An open-addressing hash index from string ids to dense slot numbers.
//
// Buckets are 8 bytes (slot + 32 bits of hash), probed linearly, at most 3/4 full, and
// deleted by backward shifting (no tombstones), so lookups touch one or two cache lines
// and the index costs 11 to 21 bytes per id. Keys live with the caller's slots; the index
// compares them only when the stored hash bits match.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace fd::features {

class IdIndex {
public:
    static std::uint32_t hash_of(std::string_view key) {
        const std::uint64_t h = std::hash<std::string_view>{}(key);
        return static_cast<std::uint32_t>(h ^ (h >> 32));
    }

    // The slot whose key equals `key`; `key_of(slot)` gives a slot's key.
    template <class KeyOf>
    std::optional<std::uint32_t> find(std::string_view key, std::uint32_t hash,
                                      KeyOf key_of) const {
        if (buckets_.empty()) return std::nullopt;
        for (std::size_t i = hash & mask();; i = (i + 1) & mask()) {
            const Bucket& b = buckets_[i];
            if (b.slot_plus_one == 0) return std::nullopt;
            if (b.hash == hash && key_of(b.slot_plus_one - 1) == key) return b.slot_plus_one - 1;
        }
    }

    // Adds `slot` under `hash` (its key must not be present yet).
    void insert(std::uint32_t hash, std::uint32_t slot) {
        if ((size_ + 1) * 4 > buckets_.size() * 3) grow();
        place(buckets_, Bucket{slot + 1, hash});
        ++size_;
    }

    // Removes `slot`, stored under `hash`.
    void erase(std::uint32_t hash, std::uint32_t slot) {
        std::size_t i = hash & mask();
        while (buckets_[i].slot_plus_one != slot + 1) i = (i + 1) & mask();
        // Backward shift: pull later members of the probe run into the hole when their
        // home position allows it, so no lookup ever stops early.
        for (std::size_t j = (i + 1) & mask(); buckets_[j].slot_plus_one != 0;
             j = (j + 1) & mask()) {
            const std::size_t home = buckets_[j].hash & mask();
            if (((j - home) & mask()) >= ((j - i) & mask())) {
                buckets_[i] = buckets_[j];
                i = j;
            }
        }
        buckets_[i] = Bucket{};
        --size_;
    }

    std::size_t size() const { return size_; }
    std::size_t memory_bytes() const { return buckets_.capacity() * sizeof(Bucket); }

private:
    struct Bucket {
        std::uint32_t slot_plus_one = 0;  // 0: empty
        std::uint32_t hash = 0;
    };

    std::size_t mask() const { return buckets_.size() - 1; }

    static void place(std::vector<Bucket>& buckets, Bucket b) {
        const std::size_t m = buckets.size() - 1;
        std::size_t i = b.hash & m;
        while (buckets[i].slot_plus_one != 0) i = (i + 1) & m;
        buckets[i] = b;
    }

    void grow() {
        std::vector<Bucket> bigger(buckets_.empty() ? 16 : buckets_.size() * 2);
        for (const Bucket& b : buckets_)
            if (b.slot_plus_one != 0) place(bigger, b);
        buckets_ = std::move(bigger);
    }

    std::vector<Bucket> buckets_;  // size is a power of two
    std::size_t size_ = 0;
};

}  // namespace fd::features
