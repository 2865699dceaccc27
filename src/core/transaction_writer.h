// Writes transactions with the canonical column names as CSV, NDJSON or a JSON array.
// Streaming: rows go straight to the output stream.
#pragma once

#include <memory>
#include <ostream>
#include <string_view>

#include "transaction.h"

namespace fd {

enum class WriteFormat { Csv, Ndjson, Json };
WriteFormat write_format_from_name(std::string_view name);  // throws std::invalid_argument

// Columns: transaction_id,timestamp,card_id,customer_id,merchant_id,merchant_category,
// amount,currency,country,city,latitude,longitude,channel,device_id,ip,label,scenario.
// timestamp is ISO-8601 UTC with milliseconds; amount is the exact decimal in major units;
// label is 1, 0 or empty; latitude/longitude have 6 decimals or are empty. Extras and
// attributes are not written (the generator has none). CSV quotes per RFC 4180 when needed.
// The card id is written as is: this writes source data, not a report.
class TransactionWriter {
public:
    TransactionWriter(std::ostream& out, WriteFormat format);
    ~TransactionWriter();  // closes a JSON array if finish() was not called
    void write(const Transaction& tx);
    void finish();

private:
    std::ostream& out_;
    WriteFormat format_;
    bool first_ = true;
    bool finished_ = false;
    std::string line_;
};

}  // namespace fd
