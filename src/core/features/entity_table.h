// Per-entity state (cards, merchants) keyed by interned ids, with eviction of idle ones.
//
// Each id is interned once into a dense slot. Slots live in fixed-size chunks, so growing
// never moves a state, and the sweep that evicts idle entities walks them a few per
// transaction (amortised O(1)). Freed slots are reused; ids are found through IdIndex.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "id_index.h"

namespace fd::features {

template <class State>
class EntityTable {
public:
    struct Slot {
        State state{};
        std::string key;
        std::int64_t last_seen_ms = std::numeric_limits<std::int64_t>::min();
        std::uint32_t pins = 0;  // reasons not to evict, e.g. labels still pending
        bool in_use = false;
    };

    // The slot of `key`, created with a fresh state when the id is new (or was evicted).
    std::uint32_t intern(std::string_view key) {
        const std::uint32_t hash = IdIndex::hash_of(key);
        const auto key_of = [this](std::uint32_t s) -> std::string_view { return slot(s).key; };
        if (const auto found = index_.find(key, hash, key_of)) return *found;
        std::uint32_t index = 0;
        if (!free_.empty()) {
            index = free_.back();
            free_.pop_back();
        } else {
            if (slot_count_ == chunks_.size() * kChunkSize)
                chunks_.push_back(std::make_unique<Slot[]>(kChunkSize));
            index = static_cast<std::uint32_t>(slot_count_++);
        }
        Slot& s = slot(index);
        s.key.assign(key);
        s.in_use = true;
        index_.insert(hash, index);
        return index;
    }

    Slot& slot(std::uint32_t index) { return chunks_[index / kChunkSize][index % kChunkSize]; }
    const Slot& slot(std::uint32_t index) const {
        return chunks_[index / kChunkSize][index % kChunkSize];
    }

    // Looks at the next `budget` slots (round robin) and evicts those last seen at or before
    // `cutoff_ms` that nothing pins. A full pass over n slots takes n / budget calls.
    void sweep(std::int64_t cutoff_ms, std::size_t budget) {
        for (std::size_t i = 0; i < budget && i < slot_count_; ++i) {
            if (cursor_ >= slot_count_) cursor_ = 0;
            const Slot& s = slot(static_cast<std::uint32_t>(cursor_));
            if (s.in_use && s.pins == 0 && s.last_seen_ms <= cutoff_ms)
                evict(static_cast<std::uint32_t>(cursor_));
            ++cursor_;
        }
    }
    void sweep_all(std::int64_t cutoff_ms) {
        cursor_ = 0;
        sweep(cutoff_ms, slot_count_);
        cursor_ = 0;
    }

    std::size_t size() const { return index_.size(); }

    // The table's own bytes plus `state_heap_bytes(state)` per entity (16 bytes of malloc
    // overhead counted per heap block).
    template <class HeapBytes>
    std::size_t memory_bytes(HeapBytes state_heap_bytes) const {
        std::size_t bytes = chunks_.capacity() * sizeof(void*) +
                            chunks_.size() * (kChunkSize * sizeof(Slot) + 16) +
                            free_.capacity() * sizeof(std::uint32_t) + index_.memory_bytes();
        for (std::size_t i = 0; i < slot_count_; ++i) {
            const Slot& s = slot(static_cast<std::uint32_t>(i));
            if (!s.in_use) continue;
            if (s.key.capacity() > 15) bytes += s.key.capacity() + 1 + 16;  // past the SSO buffer
            bytes += state_heap_bytes(s.state);
        }
        return bytes;
    }

private:
    static constexpr std::size_t kChunkSize = 256;

    void evict(std::uint32_t index) {
        Slot& s = slot(index);
        index_.erase(IdIndex::hash_of(s.key), index);
        s = Slot{};  // frees the state's buffers and the key
        free_.push_back(index);
    }

    std::vector<std::unique_ptr<Slot[]>> chunks_;
    std::size_t slot_count_ = 0;  // slots handed out so far (in use or free)
    std::vector<std::uint32_t> free_;
    IdIndex index_;
    std::size_t cursor_ = 0;
};

}  // namespace fd::features
