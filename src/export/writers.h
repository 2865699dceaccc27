// Inside fd_export: one writer per kind, reading the database and writing records. Each
// reads in one streaming statement (or key-ordered pages), so memory stays bounded however
// many rows there are, and reports progress through an ExportTicker.
#pragma once

#include <string>
#include <vector>

#include "export_kinds.h"
#include "record_writer.h"
#include "storage/database.h"

namespace fd {

// Counts rows and reports progress every few thousand; throws ExportCancelled when the
// callback says stop.
class ExportTicker {
public:
    ExportTicker(const ExportProgress& progress, std::int64_t total)
        : progress_(progress), total_(total) {}
    void set_total(std::int64_t total) { total_ = total; }
    void tick() {
        if (++done_ % kEvery == 0) report();
    }
    void report() {
        if (progress_ && !progress_(done_, total_)) throw ExportCancelled();
    }

private:
    static constexpr std::int64_t kEvery = 2048;
    const ExportProgress& progress_;
    std::int64_t total_ = 0;
    std::int64_t done_ = 0;
};

std::vector<std::string> alert_columns();
std::vector<std::string> label_columns();
std::vector<std::string> transaction_columns();
std::vector<std::string> training_columns();
std::vector<std::string> audit_columns();

void write_alerts(Database& db, const ExportRequest& request, RecordWriter& out,
                  ExportTicker& ticker);
void write_labels(Database& db, const ExportRequest& request, RecordWriter& out,
                  ExportTicker& ticker);
void write_audit(Database& db, const ExportRequest& request, RecordWriter& out,
                 ExportTicker& ticker);
void write_transactions(Database& db, const ExportRequest& request, RecordWriter& out,
                        ExportTicker& ticker);
void write_training_set(Database& db, const ExportRequest& request, RecordWriter& out,
                        ExportTicker& ticker);

}  // namespace fd
