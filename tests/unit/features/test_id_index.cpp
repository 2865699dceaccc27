// The open-addressing id index and the entity table on top of it, against std containers.
#include "core/features/id_index.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/features/entity_table.h"

namespace fd::features {
namespace {

TEST(IdIndex, AgreesWithAnUnorderedMapUnderRandomInsertsAndErases) {
    IdIndex index;
    std::vector<std::string> keys;  // slot -> key
    std::unordered_map<std::string, std::uint32_t> reference;
    const auto key_of = [&](std::uint32_t slot) -> std::string_view { return keys[slot]; };
    std::mt19937_64 rng(17);
    for (int step = 0; step < 60000; ++step) {
        const std::string key = "k" + std::to_string(rng() % 5000);
        const std::uint32_t hash = IdIndex::hash_of(key);
        const auto found = index.find(key, hash, key_of);
        const auto it = reference.find(key);
        ASSERT_EQ(found.has_value(), it != reference.end()) << key;
        if (found) {
            ASSERT_EQ(*found, it->second);
            if (rng() % 2 == 0) {
                index.erase(hash, *found);
                reference.erase(it);
            }
        } else {
            const auto slot = static_cast<std::uint32_t>(keys.size());
            keys.push_back(key);
            index.insert(hash, slot);
            reference.emplace(key, slot);
        }
        ASSERT_EQ(index.size(), reference.size());
    }
    for (const auto& [key, slot] : reference)
        EXPECT_EQ(index.find(key, IdIndex::hash_of(key), key_of), slot);
}

TEST(EntityTable, InternsReusesFreedSlotsAndSkipsPinnedOnes) {
    struct Counter {
        int value = 0;
        std::size_t heap_bytes() const { return 0; }
    };
    EntityTable<Counter> table;
    const auto a = table.intern("a");
    const auto b = table.intern("b");
    EXPECT_NE(a, b);
    EXPECT_EQ(table.intern("a"), a);
    EXPECT_EQ(table.intern(""), table.intern("")) << "an empty id is an id like any other";
    table.slot(a).state.value = 7;
    table.slot(a).last_seen_ms = 10;
    table.slot(b).last_seen_ms = 10;
    table.slot(b).pins = 1;
    table.slot(table.intern("")).last_seen_ms = 50;
    table.sweep_all(20);
    EXPECT_EQ(table.size(), 2u) << "a evicted; b pinned; the empty id recent";
    const auto again = table.intern("a");
    EXPECT_EQ(again, a) << "the freed slot is reused";
    EXPECT_EQ(table.slot(again).state.value, 0) << "with a fresh state";
}

}  // namespace
}  // namespace fd::features
