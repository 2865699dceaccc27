// Finds a live batch's duplicates before it is scored, while the batch before it may still
// be on its way into the database (the pipeline stores batch k while it scores batch k+1).
// A duplicate must never reach the scorer: it would count twice in its card's history.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/transaction.h"
#include "ingest/source.h"
#include "storage/database.h"

namespace fd {

class DuplicateFilter {
public:
    // `reader`: a connection of its own to the pipeline's database.
    explicit DuplicateFilter(Database& reader);

    // Removes from `rows` (and the matching `arrivals`) each row whose id is stored already,
    // is in a batch handed to the store and not yet committed, or came earlier in this batch;
    // remembers the kept ids as batch `batch`. Returns how many rows it removed.
    std::int64_t keep_new(std::vector<Transaction>& rows, std::vector<Arrival>& arrivals,
                          std::uint64_t batch);
    // Batches up to `batch` are committed, so the database now answers for their ids. Call
    // before keep_new, after the commit is visible (an acquire of what the store released).
    void forget_through(std::uint64_t batch);

    std::size_t ids_in_flight() const { return in_flight_.size(); }

private:
    Database& db_;
    Statement stored_;
    std::unordered_set<std::string> in_flight_;
    std::deque<std::pair<std::uint64_t, std::vector<std::string>>> batches_;
};

}  // namespace fd
