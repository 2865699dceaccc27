#include "export_transactions.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>

#include "core/card_mask.h"
#include "core/transaction.h"
#include "storage/audit_log.h"

namespace fd {
namespace {

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

constexpr const char* kColumnNames[kTxColumnCount] = {"time",     "id",     "card",    "merchant",
                                                      "category", "amount", "country", "channel",
                                                      "risk",     "level",  "label"};

// What the export selected, for the audit log: the filter's fields that are set (card
// numbers masked) and the order.
nlohmann::ordered_json filterDetails(const TransactionFilter& f, const TransactionSort& sort) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
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
    out["sort"] = std::string(kColumnNames[static_cast<int>(sort.column)]) +
                  (sort.descending ? " descending" : " ascending");
    return out;
}

std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace

std::int64_t writeTransactionsCsv(const std::string& databasePath, const TransactionFilter& filter,
                                  const TransactionSort& sort, const std::string& path,
                                  const std::function<bool(std::int64_t, std::int64_t)>& progress,
                                  const std::string& actor) {
    Database db(databasePath, OpenMode::ReadOnly);
    TransactionQuery query(db);
    const std::int64_t total = query.count(filter);
    const std::string partial = path + ".part";
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out)
        throw std::runtime_error(
            QObject::tr("Cannot write %1: check the folder exists and is writable")
                .arg(QString::fromStdString(path))
                .toStdString());
    out << "transaction_id,timestamp_ms,card,merchant_id,merchant_category,amount,currency,"
           "country,channel,risk,level,label\n";
    constexpr std::size_t kPage = 5000;
    std::int64_t written = 0;
    std::vector<TxRow> rows = query.page(filter, sort, nullptr, kPage + 1);
    while (!rows.empty()) {
        const std::size_t n = std::min(rows.size(), kPage);
        for (std::size_t i = 0; i < n; ++i) {
            const TxRow& r = rows[i];
            out << csvField(r.ext_id) << ',' << r.ts_ms << ',' << csvField(mask_card(r.card_id))
                << ',' << csvField(r.merchant_id) << ',' << csvField(r.category) << ','
                << format_amount(r.amount_minor, r.currency) << ',' << csvField(r.currency) << ','
                << csvField(r.country) << ',' << csvField(r.channel) << ',';
            if (r.risk) out << *r.risk;
            out << ',' << (r.level >= 0 ? std::to_string(r.level) : std::string()) << ','
                << (r.label ? std::to_string(*r.label) : std::string()) << '\n';
        }
        written += static_cast<std::int64_t>(n);
        if (progress && !progress(written, total)) {
            out.close();
            std::remove(partial.c_str());
            throw std::runtime_error("cancelled");
        }
        if (rows.size() <= kPage) break;
        // The extra row fetched is where the next page starts.
        const TxKey key = key_of(rows[kPage], sort.column);
        rows = query.page(filter, sort, &key, kPage + 1);
    }
    out.close();
    if (!out) {
        std::remove(partial.c_str());
        throw std::runtime_error(QObject::tr("Writing %1 failed: is the disk full?")
                                     .arg(QString::fromStdString(path))
                                     .toStdString());
    }
    try {
        Database writer(databasePath);
        SqlTransaction tx(writer);
        std::error_code ec;
        const std::filesystem::path absolute = std::filesystem::absolute(path, ec);
        const nlohmann::ordered_json details = {{"path", ec ? path : absolute.string()},
                                                {"rows", written},
                                                {"format", "csv"},
                                                {"filter", filterDetails(filter, sort)}};
        AuditLog(writer).append(
            nowMs(), actor.empty() ? "system" : actor, "export", absolute.filename().string(),
            details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        if (std::rename(partial.c_str(), path.c_str()) != 0)
            throw std::runtime_error(
                QObject::tr("Cannot replace %1").arg(QString::fromStdString(path)).toStdString());
        try {
            tx.commit();
        } catch (...) {
            std::remove(path.c_str());
            throw;
        }
    } catch (...) {
        std::remove(partial.c_str());
        throw;
    }
    return written;
}

void exportTransactionsCsv(QWidget* parent, const QString& databasePath,
                           const TransactionFilter& filter, const TransactionSort& sort,
                           const QString& path, const QString& analyst) {
    auto* dialog = new QProgressDialog(QObject::tr("Exporting transactions…"),
                                       QObject::tr("Cancel"), 0, 1000, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumDuration(500);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    QObject::connect(dialog, &QProgressDialog::canceled, [cancel] { *cancel = true; });
    QPointer<QProgressDialog> progress(dialog);
    QPointer<QWidget> owner(parent);
    QThread* thread = QThread::create([=] {
        QString outcome;
        try {
            const auto rows = writeTransactionsCsv(
                databasePath.toStdString(), filter, sort, path.toStdString(),
                [&](std::int64_t done, std::int64_t total) {
                    const int permille = total ? static_cast<int>(done * 1000 / total) : 1000;
                    QMetaObject::invokeMethod(progress, [progress, permille] {
                        if (progress) progress->setValue(permille);
                    });
                    return !*cancel;
                },
                analyst.toStdString());
            outcome = QObject::tr("%n transaction(s) exported to %1", nullptr, int(rows)).arg(path);
        } catch (const std::exception& e) {
            outcome = *cancel
                          ? QObject::tr("Export cancelled; nothing was written.")
                          : QObject::tr("Export failed: %1").arg(QString::fromStdString(e.what()));
        }
        QMetaObject::invokeMethod(qApp, [progress, owner, outcome] {
            if (progress) progress->close();
            if (owner) QMessageBox::information(owner, QObject::tr("Export"), outcome);
        });
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

}  // namespace fd
