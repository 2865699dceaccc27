// Mapped transactions out of a prepared input file, one at a time: the reader and the
// mapper together, re-binding the mapping when a JSON input reveals new columns.
#pragma once

#include <memory>
#include <vector>

#include "core/field_mapping.h"
#include "core/input_file.h"
#include "core/record.h"
#include "file_importer.h"

namespace fd {

class TransactionFileReader {
public:
    // Throws FileError when the file cannot be opened.
    explicit TransactionFileReader(const PreparedImport& prepared);

    enum class Next { Row, Reject, End };
    // Row: `out` holds the next transaction. Reject: `error` says which line and why.
    Next next(Transaction& out, RowError& error);
    std::uint64_t bytes_read() const;

private:
    const PreparedImport& prepared_;
    OpenedInput input_;
    RecordMapper mapper_;
    Record record_;
};

// Reads a whole file into memory in file order (for scoring a file, not for imports).
// Rejected rows go to `rejects`. Throws FileError.
std::vector<Transaction> read_transaction_file(const PreparedImport& prepared,
                                               std::vector<RowError>& rejects);

}  // namespace fd
