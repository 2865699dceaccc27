// Exports from the GUI: ExportJob runs one export (export/export_job.h) on a worker thread
// with progress and cancel; File > Export Visible Transactions writes the rows the
// Transactions view shows (its filter and sort) with a progress dialog. Both go through the
// same export layer as frauddesk-cli export: masked, neutralised, atomic, audited.
#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

#include "export/export_kinds.h"

class QThread;
class QWidget;

namespace fd {

class ExportJob : public QObject {
    Q_OBJECT

public:
    ExportJob(QString databasePath, ExportRequest request, QString path, QObject* parent = nullptr);
    // Cancels a running export and waits for its thread (which removes the partial file).
    ~ExportJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    const QString& path() const { return path_; }

signals:
    void progress(int permille);  // -1 while the total is unknown
    // `message` says what happened in a sentence for the user (rows and file, or why not).
    void finished(bool ok, qint64 rows, const QString& message);

private:
    QString databasePath_;
    ExportRequest request_;
    QString path_;
    std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);
    QThread* thread_ = nullptr;
};

// The format a file name asks for: JSON for a .json suffix, CSV otherwise.
ExportFormat exportFormatForPath(const QString& path);

// Writes the view's rows to `path` (CSV or JSON by its suffix) off the GUI thread; shows
// progress (cancellable) and the outcome. `analyst` is who exports, for the audit log.
void exportVisibleTransactions(QWidget* parent, const QString& databasePath,
                               const TransactionFilter& filter, const TransactionSort& sort,
                               const QString& path, const QString& analyst);

}  // namespace fd
