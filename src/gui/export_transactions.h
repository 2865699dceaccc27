// File > Export Transactions: the rows the Transactions view shows (its filter and sort)
// to CSV, card numbers masked, written on a worker thread with progress and cancel. Each
// export is written to the audit log (path, rows, filter) as the file is published.
#pragma once

#include <QString>

#include "storage/transaction_query.h"

class QWidget;

namespace fd {

// Writes the CSV off the GUI thread; shows progress (cancellable) and the outcome. `analyst`
// is who exports, for the audit log.
void exportTransactionsCsv(QWidget* parent, const QString& databasePath,
                           const TransactionFilter& filter, const TransactionSort& sort,
                           const QString& path, const QString& analyst);

// The export itself (any thread): returns the rows written; throws std::runtime_error.
// `progress(done, total)` returns false to cancel (the partial file is removed). The file
// is renamed into place inside the transaction that appends its "export" audit row by
// `actor`, so the log names every published export and only those.
std::int64_t writeTransactionsCsv(const std::string& databasePath, const TransactionFilter& filter,
                                  const TransactionSort& sort, const std::string& path,
                                  const std::function<bool(std::int64_t, std::int64_t)>& progress,
                                  const std::string& actor = "system");

}  // namespace fd
