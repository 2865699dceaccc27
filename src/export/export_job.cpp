#include "export_job.h"

#include <filesystem>

#include "core/atomic_output.h"
#include "core/card_mask.h"
#include "core/timestamp.h"
#include "core/tr_mark.h"
#include "core/transaction.h"
#include "publish.h"
#include "writers.h"

namespace fd {
namespace {

constexpr const char* kSortNames[kTxColumnCount] = {"time",     "id",     "card",    "merchant",
                                                    "category", "amount", "country", "channel",
                                                    "risk",     "level",  "label"};

nlohmann::ordered_json time_or_null(std::int64_t ms) {
    if (ms == kOpenStart || ms == kOpenEnd) return nullptr;
    return format_timestamp_iso(ms);
}

void add_filter(nlohmann::ordered_json& out, const TransactionFilter& f,
                const TransactionSort& sort) {
    if (f.min_risk) out["min_risk"] = *f.min_risk;
    if (f.min_level) out["min_level"] = *f.min_level;
    if (f.from_ms) out["from_ms"] = *f.from_ms;
    if (f.until_ms) out["until_ms"] = *f.until_ms;
    if (!f.card.empty()) out["card"] = mask_card(f.card);
    if (!f.merchant.empty()) out["merchant"] = f.merchant;
    if (!f.country.empty()) out["country"] = f.country;
    if (!f.channel.empty()) out["channel"] = f.channel;
    if (f.labelled != TransactionFilter::Labelled::Any)
        out["labelled"] = f.labelled == TransactionFilter::Labelled::Yes;
    if (!f.text.empty()) out["text"] = mask_card_numbers(f.text);
    out["sort"] = std::string(kSortNames[static_cast<int>(sort.column)]) +
                  (sort.descending ? " descending" : " ascending");
}

void check_paths(const std::string& db_path, const std::string& out_path) {
    if (!std::filesystem::is_regular_file(db_path))
        throw std::runtime_error(
            fill_text(FD_TR("core/Export",
                            "no database at %1; open one, or create one by importing transactions"),
                      {db_path}));
    std::error_code ec;
    if (std::filesystem::equivalent(db_path, out_path, ec))
        throw std::runtime_error(
            fill_text(FD_TR("core/Export",
                            "the export file %1 is the database itself; choose another file name"),
                      {out_path}));
    if (std::filesystem::is_directory(out_path, ec))
        throw std::runtime_error(fill_text(
            FD_TR("core/Export", "%1 is a folder; give a file name for the export"), {out_path}));
}

void write_kind(Database& db, const ExportRequest& request, RecordWriter& out,
                ExportTicker& ticker) {
    switch (request.kind) {
        case ExportKind::Alerts:
            return write_alerts(db, request, out, ticker);
        case ExportKind::Labels:
            return write_labels(db, request, out, ticker);
        case ExportKind::Transactions:
            return write_transactions(db, request, out, ticker);
        case ExportKind::TrainingSet:
            return write_training_set(db, request, out, ticker);
        case ExportKind::Audit:
            return write_audit(db, request, out, ticker);
    }
}

}  // namespace

nlohmann::ordered_json export_selection(const ExportRequest& request) {
    nlohmann::ordered_json out = {{"what", export_kind_name(request.kind)},
                                  {"from", time_or_null(request.from_ms)},
                                  {"until", time_or_null(request.until_ms)}};
    if (request.kind == ExportKind::Transactions && request.filter)
        add_filter(out, *request.filter, request.sort);
    return out;
}

std::int64_t run_export(const std::string& db_path, const ExportRequest& request,
                        const std::string& out_path, const ExportProgress& progress) {
    if (request.from_ms >= request.until_ms)
        throw std::runtime_error(fill_text(
            FD_TR("core/Export",
                  "the period is empty: its start %1 is not before its end %2; choose a start "
                  "before the end"),
            {format_timestamp_iso(request.from_ms), format_timestamp_iso(request.until_ms)}));
    check_paths(db_path, out_path);
    Database db(db_path, OpenMode::ReadOnly);
    AtomicOutput file(out_path);
    RecordWriter writer(file.stream(), request.format, export_columns(request.kind));
    ExportTicker ticker(progress, 0);
    write_kind(db, request, writer, ticker);
    writer.finish();
    ticker.report();  // the last rows, and the last chance to cancel before publishing
    publish_export(db_path, file, request.actor, writer.rows(), export_format_name(request.format),
                   export_selection(request));
    return writer.rows();
}

}  // namespace fd
