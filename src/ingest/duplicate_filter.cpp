#include "duplicate_filter.h"

namespace fd {

DuplicateFilter::DuplicateFilter(Database& reader)
    : db_(reader), stored_(reader.prepare("SELECT 1 FROM transactions WHERE ext_id = ?1")) {}

std::int64_t DuplicateFilter::keep_new(std::vector<Transaction>& rows,
                                       std::vector<Arrival>& arrivals, std::uint64_t batch) {
    std::vector<std::string> kept_ids;
    kept_ids.reserve(rows.size());
    std::size_t kept = 0;
    // One read transaction: one snapshot for the batch, and one WAL lookup rather than one
    // per row.
    db_.exec("BEGIN");
    try {
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const std::string& id = rows[i].id;
            bool duplicate = in_flight_.count(id) > 0;
            if (!duplicate) {
                stored_.reset();
                stored_.bind(1, std::string_view(id));
                duplicate = stored_.step();
            }
            if (duplicate) continue;
            in_flight_.insert(id);
            kept_ids.push_back(id);
            if (kept != i) {
                rows[kept] = std::move(rows[i]);
                arrivals[kept] = arrivals[i];
            }
            ++kept;
        }
        stored_.reset();
        db_.exec("COMMIT");
    } catch (...) {
        stored_.reset();
        db_.exec("ROLLBACK");
        throw;
    }
    const auto removed = static_cast<std::int64_t>(rows.size() - kept);
    rows.resize(kept);
    arrivals.resize(kept);
    batches_.emplace_back(batch, std::move(kept_ids));
    return removed;
}

void DuplicateFilter::forget_through(std::uint64_t batch) {
    while (!batches_.empty() && batches_.front().first <= batch) {
        for (const auto& id : batches_.front().second) in_flight_.erase(id);
        batches_.pop_front();
    }
}

}  // namespace fd
