// The transactions table: batched, idempotent inserts keyed by external id.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/transaction.h"
#include "database.h"

namespace fd {

struct InsertResult {
    std::int64_t inserted = 0;
    std::int64_t duplicates = 0;  // ids already stored (or repeated within the batch)
    bool operator==(const InsertResult&) const = default;
};

class TransactionStore {
public:
    explicit TransactionStore(Database& db);

    // Inserts the rows that are new (INSERT OR IGNORE on the unique external id); the caller
    // owns the surrounding SqlTransaction. `import_id` 0 stores NULL.
    InsertResult insert(std::span<const Transaction> batch, std::int64_t import_id = 0);

    // Inserts row by row and gives each row's id, or 0 for a duplicate: for a live feed,
    // whose rows are scored and published after they are stored. Slower than insert().
    InsertResult insert_each(std::span<const Transaction> batch, std::vector<std::int64_t>& row_ids,
                             std::int64_t import_id = 0);

    std::int64_t count();
    std::int64_t labelled_count();
    std::optional<Transaction> find(const std::string& external_id);

    // Streams the transactions with from_ms <= timestamp < until_ms in time order (ties by
    // row id), `batch_rows` at a time, with their row ids. The sink returns false to stop.
    // Returns the number of rows handed over.
    using ScanSink = std::function<bool(std::span<const Transaction> batch,
                                        std::span<const std::int64_t> row_ids)>;
    std::int64_t scan(std::int64_t from_ms, std::int64_t until_ms, std::size_t batch_rows,
                      const ScanSink& sink);

private:
    void bind_row(Statement& statement, std::size_t row, const Transaction& t,
                  std::int64_t import_id);

    Database& db_;
    Statement insert_one_;
    Statement insert_many_;  // kRowsPerStatement rows at once
    Statement find_;
    std::vector<std::string> extras_json_;  // one buffer per row of a statement
    std::vector<std::string> attributes_json_;
};

}  // namespace fd
