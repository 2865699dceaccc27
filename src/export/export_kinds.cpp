#include "export_kinds.h"

#include <array>

#include "core/features/feature_engine.h"
#include "writers.h"

namespace fd {
namespace {

constexpr std::array<std::string_view, 5> kKindNames = {"alerts", "labels", "transactions",
                                                        "training-set", "audit"};
constexpr std::array<std::string_view, 2> kFormatNames = {"csv", "json"};

}  // namespace

std::string_view export_kind_name(ExportKind kind) {
    return kKindNames[static_cast<std::size_t>(kind)];
}

std::optional<ExportKind> export_kind_from_name(std::string_view name) {
    for (std::size_t i = 0; i < kKindNames.size(); ++i)
        if (kKindNames[i] == name) return static_cast<ExportKind>(i);
    return std::nullopt;
}

std::string_view export_format_name(ExportFormat format) {
    return kFormatNames[static_cast<std::size_t>(format)];
}

std::optional<ExportFormat> export_format_from_name(std::string_view name) {
    for (std::size_t i = 0; i < kFormatNames.size(); ++i)
        if (kFormatNames[i] == name) return static_cast<ExportFormat>(i);
    return std::nullopt;
}

std::vector<std::string> export_columns(ExportKind kind) {
    switch (kind) {
        case ExportKind::Alerts:
            return alert_columns();
        case ExportKind::Labels:
            return label_columns();
        case ExportKind::Transactions:
            return transaction_columns();
        case ExportKind::TrainingSet:
            return training_columns();
        case ExportKind::Audit:
            return audit_columns();
    }
    return {};
}

}  // namespace fd
