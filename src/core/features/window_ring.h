// Sliding time windows over one entity's events, kept as a ring of time buckets.
//
// Events are grouped into buckets of a fixed width (the ring's resolution); the ring holds
// one entry per non-empty bucket, oldest first. Each window has a running total and a
// cursor to its oldest entry, so adding an event and expiring old ones are O(1) amortised
// and reading a window is O(1). The ring never holds more entries than the longest window
// has buckets, so a busy merchant's state is bounded while a quiet card's stays tiny: the
// first entry lives inline, a buffer is allocated only from the second on.
//
// Window semantics (the edges the tests pin down): at bucket b, a window of S buckets holds
// the events whose bucket lies in (b - S, b], i.e. the current bucket and the S - 1 before it.
//
// Out-of-order input: a bucket older than the newest one held is treated as the newest
// (the event joins the latest entry and nothing expires), so cursors never move backwards.
#pragma once

#include <algorithm>
#include <array>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace fd::features {

// What one event adds besides a count of one: up to three values. Value 0 is summed in
// every window; values 1 and 2 only over the longest window (that is all the owners need,
// and it keeps each shorter window at 16 bytes).
using EventValues = std::array<float, 3>;

struct WindowTotals {
    std::uint32_t count = 0;
    std::array<double, 3> sums{};
};

// floor(time / width) for negative times too, so buckets tile the whole time line.
constexpr std::int64_t bucket_of(std::int64_t time_ms, std::int64_t width_ms) {
    const std::int64_t q = time_ms / width_ms;
    return (time_ms % width_ms < 0) ? q - 1 : q;
}

// `Windows` windows sharing one ring; their lengths (in buckets, strictly ascending, the
// longest under 65,536) are passed in on each call so the geometry is stored once per
// entity kind, not per entity.
template <std::size_t Windows>
class WindowRing {
    static_assert(Windows >= 1);

public:
    using Spans = std::array<std::int64_t, Windows>;
    static constexpr std::size_t kMaxEntries = 65535;

    // Drops from each window what has left it by `bucket`.
    void advance(std::int64_t bucket, const Spans& spans) {
        if (size_ == 0) return;
        bucket = std::max(bucket, back().bucket);
        for (std::size_t w = 0; w + 1 < Windows; ++w) {
            while (first_[w] < size_ && at(first_[w]).bucket <= bucket - spans[w]) {
                subtract(shorter_[w], at(first_[w]));
                ++first_[w];
            }
        }
        // The longest window owns the ring: what leaves it leaves the ring. Shorter windows
        // dropped those entries already, so their cursors are at least 1 here.
        while (size_ > 0 && at(0).bucket <= bucket - spans[Windows - 1]) {
            subtract(longest_, at(0));
            head_ = static_cast<std::uint16_t>(head_ + 1u == capacity() ? 0 : head_ + 1);
            --size_;
            for (std::size_t w = 0; w + 1 < Windows; ++w) --first_[w];
        }
        fit_capacity();
    }

    // Adds one event at `bucket` (call advance first). `max_entries` bounds the ring; it is
    // the longest span, which distinct buckets inside that span can never exceed.
    void add(std::int64_t bucket, const EventValues& values, std::size_t max_entries) {
        assert(max_entries >= 1 && max_entries <= kMaxEntries);
        if (size_ > 0 && (bucket <= back().bucket || size_ >= max_entries)) {
            accumulate(back(), values);  // same bucket (or late); the bound is defensive only
        } else {
            if (size_ == capacity())
                reallocate(
                    std::min<std::size_t>(std::max<std::size_t>(4, 2 * capacity()), max_entries));
            Entry& e = at(size_);
            e = Entry{bucket, 0, {}};
            ++size_;
            accumulate(e, values);
        }
        for (auto& s : shorter_) {
            ++s.count;
            s.sum += values[0];
        }
        ++longest_.count;
        for (std::size_t i = 0; i < values.size(); ++i) longest_.sums[i] += values[i];
    }

    WindowTotals totals(std::size_t window) const {
        if (window + 1 == Windows) return longest_;
        return {shorter_[window].count, {shorter_[window].sum, 0.0, 0.0}};
    }
    bool empty() const { return size_ == 0; }
    std::size_t entries() const { return size_; }
    // The buffer plus a typical malloc block overhead (16 bytes); 0 while inline.
    std::size_t heap_bytes() const { return heap_ ? heap_capacity_ * sizeof(Entry) + 16 : 0; }

private:
    struct Entry {
        std::int64_t bucket;
        std::uint32_t count;
        EventValues sums;
    };
    struct Shorter {
        double sum = 0;
        std::uint32_t count = 0;
    };

    std::size_t capacity() const { return heap_ ? heap_capacity_ : 1; }
    Entry* data() { return heap_ ? heap_.get() : &inline_; }
    Entry& at(std::size_t i) {
        const std::size_t index = head_ + i;
        return data()[index >= capacity() ? index - capacity() : index];
    }
    Entry& back() { return at(size_ - 1u); }

    static void accumulate(Entry& e, const EventValues& values) {
        ++e.count;
        for (std::size_t i = 0; i < values.size(); ++i) e.sums[i] += values[i];
    }
    // Entries hold float sums; resetting an emptied window stops rounding drift for good.
    static void subtract(Shorter& s, const Entry& e) {
        s.count -= e.count;
        s.sum = s.count == 0 ? 0.0 : s.sum - e.sums[0];
    }
    static void subtract(WindowTotals& t, const Entry& e) {
        t.count -= e.count;
        for (std::size_t i = 0; i < e.sums.size(); ++i)
            t.sums[i] = t.count == 0 ? 0.0 : t.sums[i] - e.sums[i];
    }

    // An idle entity gives its buffer back; a ring that shrank a lot halves its buffer.
    void fit_capacity() {
        if (size_ <= 1 && heap_) {
            reallocate(1);
        } else if (heap_ && heap_capacity_ > 8 && size_ * 4u <= heap_capacity_) {
            reallocate(heap_capacity_ / 2u);
        }
    }

    // Moves the entries, oldest first, into a buffer of `capacity` (1: the inline entry).
    void reallocate(std::size_t capacity) {
        std::unique_ptr<Entry[]> fresh;
        Entry one{};
        Entry* target = &one;
        if (capacity > 1) {
            fresh = std::make_unique<Entry[]>(capacity);
            target = fresh.get();
        }
        for (std::size_t i = 0; i < size_; ++i) target[i] = at(i);
        heap_ = std::move(fresh);
        heap_capacity_ = static_cast<std::uint16_t>(capacity > 1 ? capacity : 0);
        if (!heap_) inline_ = one;
        head_ = 0;
    }

    std::unique_ptr<Entry[]> heap_;  // null: the one entry is inline_
    Entry inline_{};
    std::uint16_t heap_capacity_ = 0;
    std::uint16_t head_ = 0;
    std::uint16_t size_ = 0;
    std::array<std::uint16_t, Windows - 1> first_{};  // per shorter window: its oldest entry
    std::array<Shorter, Windows - 1> shorter_{};
    WindowTotals longest_{};
};

}  // namespace fd::features
