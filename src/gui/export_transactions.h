// File > Export Transactions: the rows the Transactions view shows (its filter and sort)
// to CSV, card numbers masked, written on a worker thread with progress and cancel.
#pragma once

#include <QString>

#include "storage/transaction_query.h"

class QWidget;

namespace fd {

// Writes the CSV off the GUI thread; shows progress (cancellable) and the outcome.
void exportTransactionsCsv(QWidget* parent, const QString& databasePath,
                           const TransactionFilter& filter, const TransactionSort& sort,
                           const QString& path);

// The export itself (any thread): returns the rows written; throws std::runtime_error.
// `progress(done, total)` returns false to cancel (the partial file is removed).
std::int64_t writeTransactionsCsv(const std::string& databasePath, const TransactionFilter& filter,
                                  const TransactionSort& sort, const std::string& path,
                                  const std::function<bool(std::int64_t, std::int64_t)>& progress);

}  // namespace fd
