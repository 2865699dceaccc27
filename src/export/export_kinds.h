// What can be exported, in which format, over which period: the vocabulary the CLI's
// `export --what --format` and the GUI's File > Export share.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/tr_mark.h"
#include "storage/transaction_query.h"

namespace fd {

enum class ExportKind { Alerts, Labels, Transactions, TrainingSet, Audit };
enum class ExportFormat { Csv, Json };

inline constexpr ExportKind kExportKinds[] = {ExportKind::Alerts, ExportKind::Labels,
                                              ExportKind::Transactions, ExportKind::TrainingSet,
                                              ExportKind::Audit};

// "alerts", "labels", "transactions", "training-set", "audit"
std::string_view export_kind_name(ExportKind kind);
std::optional<ExportKind> export_kind_from_name(std::string_view name);
std::string_view export_format_name(ExportFormat format);  // "csv", "json"
std::optional<ExportFormat> export_format_from_name(std::string_view name);

// The column names of a kind, in order (the training set's: id, time, label, then every
// feature of the engine's registry).
std::vector<std::string> export_columns(ExportKind kind);

inline constexpr std::int64_t kOpenStart = std::numeric_limits<std::int64_t>::min();
inline constexpr std::int64_t kOpenEnd = std::numeric_limits<std::int64_t>::max();

struct ExportRequest {
    ExportKind kind = ExportKind::Transactions;
    ExportFormat format = ExportFormat::Csv;
    // [from, until) on each kind's own time: the transaction's time (transactions, training
    // set), the alert's creation, the decision's time (labels), the audit row's time.
    std::int64_t from_ms = kOpenStart;
    std::int64_t until_ms = kOpenEnd;
    // Transactions only: a further filter and an order (the Transactions view's); without
    // one, every transaction of the period, oldest first.
    std::optional<TransactionFilter> filter;
    TransactionSort sort{TxColumn::Time, false};
    std::string actor = "system";  // who exports, for the audit log
};

// Called every few thousand rows with the rows done and the total expected (0: unknown);
// returning false cancels the export.
using ExportProgress = std::function<bool(std::int64_t done, std::int64_t total)>;

class ExportCancelled : public std::runtime_error {
public:
    ExportCancelled()
        : std::runtime_error(FD_TR("core/Export", "export cancelled; nothing was written")) {}
};

}  // namespace fd
