#include "transaction_file_reader.h"

namespace fd {

TransactionFileReader::TransactionFileReader(const PreparedImport& prepared)
    : prepared_(prepared),
      input_(open_input(prepared.path, prepared.format)),
      mapper_(prepared.mapping) {
    // Bind to the preview's columns: a fresh reader meets the same columns in the same
    // order, and may only append to them.
    mapper_.bind(prepared.columns, prepared.path);
}

TransactionFileReader::Next TransactionFileReader::next(Transaction& out, RowError& error) {
    const auto status = input_.reader->next(record_, error);
    if (status == ReadStatus::End) return Next::End;
    if (status == ReadStatus::RowError) return Next::Reject;
    if (input_.reader->columns().size() > mapper_.bound_column_count())
        mapper_.bind(input_.reader->columns(), prepared_.path);
    return mapper_.map(record_, out, error) ? Next::Row : Next::Reject;
}

std::uint64_t TransactionFileReader::bytes_read() const {
    return input_.reader->bytes_read();
}

std::vector<Transaction> read_transaction_file(const PreparedImport& prepared,
                                               std::vector<RowError>& rejects) {
    TransactionFileReader reader(prepared);
    std::vector<Transaction> rows;
    Transaction t;
    RowError error;
    for (;;) {
        const auto next = reader.next(t, error);
        if (next == TransactionFileReader::Next::End) break;
        if (next == TransactionFileReader::Next::Row)
            rows.push_back(std::move(t));
        else
            rejects.push_back(std::move(error));
    }
    return rows;
}

}  // namespace fd
