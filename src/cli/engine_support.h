// What the engine commands (features, train, score, eval, explain) share: time options,
// reading history from a database, loading models, writing CSV safely.
#pragma once

#include <cstdint>
#include <fstream>
#include <limits>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "arguments.h"
#include "core/engine/ensemble.h"
#include "core/transaction.h"
#include "storage/database.h"

namespace fd::cli {

inline constexpr std::int64_t kBeginningOfTime = std::numeric_limits<std::int64_t>::min();
inline constexpr std::int64_t kEndOfTime = std::numeric_limits<std::int64_t>::max();

// --NAME as a timestamp (ISO-8601, "YYYY-MM-DD", epoch); `fallback` when absent.
// Throws UsageError naming the option.
std::int64_t time_option(const Arguments& args, const std::string& name, std::int64_t fallback);

// Opens an existing database; throws std::runtime_error with advice when it is missing.
Database open_existing(const std::string& path, OpenMode mode, std::string_view command);

// Every stored transaction with from <= timestamp < until, in time order.
std::vector<Transaction> load_history(Database& db, std::int64_t from_ms, std::int64_t until_ms);

EnsembleModel load_model_file(const std::string& path);

// Quotes a CSV field when needed, and neutralises text a spreadsheet would run as a
// formula (a leading = + - @, tab or carriage return gets a leading apostrophe).
std::string csv_field(std::string_view text);
std::string csv_number(double value);  // shortest text that reads back exactly

// A file written under a temporary name and renamed on commit(), so nobody sees half a
// file; without commit() the temporary file is removed. Throws std::runtime_error.
class AtomicOutput {
public:
    explicit AtomicOutput(std::string path);
    ~AtomicOutput();
    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;
    std::ostream& stream() { return file_; }
    void commit();

private:
    std::string path_;
    std::string temp_;
    std::ofstream file_;
    std::vector<char> buffer_;
    bool committed_ = false;
};

// "reason one | reason two"
std::string join_reasons(const std::vector<Reason>& reasons);

}  // namespace fd::cli
