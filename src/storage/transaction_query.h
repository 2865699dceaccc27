// Reading stored transactions for a table: filtered, sorted by any column, a page at a
// time by key (WHERE (sort key, id) past the cursor LIMIT n), never by OFFSET, so a page
// deep in a million rows costs what the first one does. Risk is the active model's.
//
// Sorting on time, risk and label-free columns is served by indexes (time, card, the
// scores' (model, risk)); other columns sort in a temporary B-tree per query, which is why
// callers run these queries off the GUI thread.
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "database.h"

namespace fd {

enum class TxColumn {
    Time,
    Id,
    Card,
    Merchant,
    Category,
    Amount,
    Country,
    Channel,
    Risk,
    Level,
    Label
};
inline constexpr int kTxColumnCount = 11;

struct TransactionFilter {
    enum class Labelled { Any, Yes, No };
    std::optional<double> min_risk;
    std::optional<int> min_level;  // 0 low .. 3 critical
    std::optional<std::int64_t> from_ms;
    std::optional<std::int64_t> until_ms;  // exclusive
    std::string card;                      // exact card id
    std::string merchant;                  // exact merchant id
    std::string country;                   // case-insensitive
    std::string channel;                   // case-insensitive
    Labelled labelled = Labelled::Any;
    // An id: the transaction's (or its prefix), or exactly a card, merchant or customer id.
    std::string text;
    bool operator==(const TransactionFilter&) const = default;
};

struct TransactionSort {
    TxColumn column = TxColumn::Time;
    bool descending = true;
    bool operator==(const TransactionSort&) const = default;
};

struct TxRow {
    std::int64_t row_id = 0;
    std::string ext_id;
    std::int64_t ts_ms = 0;
    std::string card_id, merchant_id, category;
    std::int64_t amount_minor = 0;
    std::string currency, country, channel;
    std::optional<double> risk;  // the active model's; none when not scored
    int level = -1;              // -1 when not scored
    std::optional<int> label;    // 1 fraud, 0 legit
};

// Where a page starts: the sort column's value and the row id (the tiebreaker).
struct TxKey {
    std::variant<std::int64_t, double, std::string> value;
    std::int64_t row_id = 0;
    bool operator==(const TxKey&) const = default;
};

// The key a row has under a sort (what page() continues from).
TxKey key_of(const TxRow& row, TxColumn column);

class TransactionQuery {
public:
    explicit TransactionQuery(Database& db);

    std::int64_t count(const TransactionFilter& filter);
    // The key of every `page_rows`-th row in order (the first row of each page), reading
    // keys only; `total` receives the number of matching rows. Empty if `cancel` was set.
    std::vector<TxKey> page_starts(const TransactionFilter& filter, const TransactionSort& sort,
                                   std::size_t page_rows, std::int64_t& total,
                                   const std::atomic<bool>* cancel = nullptr);
    // Up to `limit` rows in order, starting at `from` (inclusive; nullptr: the first row).
    std::vector<TxRow> page(const TransactionFilter& filter, const TransactionSort& sort,
                            const TxKey* from, std::size_t limit);
    // The card's last `limit` transactions up to and including `row` (by time), oldest first.
    std::vector<TxRow> card_history(const std::string& card_id, std::int64_t ts_ms,
                                    std::int64_t row_id, std::size_t limit);
    // The active model's reasons JSON for a row ("[]" when none).
    std::string reasons(std::int64_t row_id);

private:
    Database& db_;
};

}  // namespace fd
