// What the engine commands (features, train, score, eval, explain) share: time options,
// reading history from a database, loading models.
#pragma once

#include <cstdint>
#include <limits>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "arguments.h"
#include "core/atomic_output.h"  // AtomicOutput: files written whole or not at all
#include "core/engine/ensemble.h"
#include "core/export_safety.h"  // csv_field, csv_number: CSV written safely
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

// "reason one | reason two"
std::string join_reasons(const std::vector<Reason>& reasons);

}  // namespace fd::cli
