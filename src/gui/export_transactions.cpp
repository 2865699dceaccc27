#include "export_transactions.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include "export/export_job.h"
#include "i18n/core_text.h"

namespace fd {

ExportJob::ExportJob(QString databasePath, ExportRequest request, QString path, QObject* parent)
    : QObject(parent),
      databasePath_(std::move(databasePath)),
      request_(std::move(request)),
      path_(std::move(path)) {}

ExportJob::~ExportJob() {
    if (!thread_) return;
    *cancel_ = true;
    thread_->wait();  // the export stops within a few thousand rows and removes its file
}

bool ExportJob::isRunning() const {
    return thread_ && thread_->isRunning();
}

void ExportJob::cancel() {
    *cancel_ = true;
}

void ExportJob::start() {
    if (thread_) return;
    const QPointer<ExportJob> self(this);
    const auto cancel = cancel_;
    const std::string database = databasePath_.toStdString(), out = path_.toStdString();
    const QString shown = path_;
    const ExportRequest request = request_;
    // Results travel as queued calls on the application object, checked against `self` on
    // the GUI thread, so a job deleted meanwhile is never touched.
    thread_ = QThread::create([=] {
        bool ok = false;
        qint64 rows = 0;
        QString message;
        try {
            rows = run_export(database, request, out, [&](std::int64_t done, std::int64_t total) {
                const int permille =
                    total > 0 ? static_cast<int>(std::min<std::int64_t>(done, total) * 1000 / total)
                              : -1;
                QMetaObject::invokeMethod(qApp, [self, permille] {
                    if (self) emit self->progress(permille);
                });
                return !*cancel;
            });
            ok = true;
            message = ExportJob::tr("%Ln row(s) exported to %1.", nullptr, static_cast<int>(rows))
                          .arg(shown);
        } catch (const ExportCancelled&) {
            message = ExportJob::tr("Export cancelled; nothing was written.");
        } catch (const std::exception& e) {
            message = ExportJob::tr("Export failed, nothing was written: %1")
                          .arg(translateCoreText(e.what()));
        }
        QMetaObject::invokeMethod(qApp, [self, ok, rows, message] {
            if (self) emit self->finished(ok, rows, message);
        });
    });
    thread_->setParent(this);
    thread_->start();
}

ExportFormat exportFormatForPath(const QString& path) {
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? ExportFormat::Json
                                                                      : ExportFormat::Csv;
}

void exportVisibleTransactions(QWidget* parent, const QString& databasePath,
                               const TransactionFilter& filter, const TransactionSort& sort,
                               const QString& path, const QString& analyst) {
    ExportRequest request;
    request.kind = ExportKind::Transactions;
    request.format = exportFormatForPath(path);
    request.filter = filter;
    request.sort = sort;
    request.actor = analyst.toStdString();
    auto* dialog = new QProgressDialog(QObject::tr("Exporting transactions…"),
                                       QObject::tr("Cancel"), 0, 1000, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumDuration(500);
    // The job belongs to the dialog: closing the dialog cancels and ends it.
    auto* job = new ExportJob(databasePath, request, path, dialog);
    QObject::connect(dialog, &QProgressDialog::canceled, job, &ExportJob::cancel);
    QObject::connect(job, &ExportJob::progress, dialog, [dialog](int permille) {
        if (permille < 0)
            dialog->setMaximum(0);  // busy until the total is known
        else
            dialog->setValue(permille);
    });
    const QPointer<QWidget> owner(parent);
    QObject::connect(job, &ExportJob::finished, dialog,
                     [dialog, owner](bool, qint64, const QString& message) {
                         dialog->close();
                         if (owner) QMessageBox::information(owner, QObject::tr("Export"), message);
                     });
    job->start();
}

}  // namespace fd
