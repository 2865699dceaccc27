#include "import_run_pages.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "gui/app_settings.h"
#include "import_wizard.h"

#include <QWizard>

namespace fd {

ImportRunPage::ImportRunPage(QWidget* parent)
    : QWizardPage(parent),
      bar_(new QProgressBar(this)),
      file_(new QLabel(this)),
      figures_(new QLabel(this)),
      cancel_(new QPushButton(tr("Cancel Import"), this)) {
    setTitle(tr("Importing"));
    setSubTitle(
        tr("Rows are committed in batches: cancelling keeps every committed batch, and "
           "importing the same file again adds only what is missing."));
    bar_->setObjectName(QStringLiteral("importProgress"));
    bar_->setRange(0, 1000);
    file_->setObjectName(QStringLiteral("importFile"));
    figures_->setObjectName(QStringLiteral("importFigures"));
    cancel_->setObjectName(QStringLiteral("cancelImport"));
    connect(cancel_, &QPushButton::clicked, this, &ImportRunPage::cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(file_);
    layout->addWidget(bar_);
    layout->addWidget(figures_);
    layout->addWidget(cancel_, 0, Qt::AlignLeft);
    layout->addStretch();
}

void ImportRunPage::initializePage() {
    auto* wizard = qobject_cast<ImportWizard*>(this->wizard());
    done_ = false;
    cancelled_ = false;
    summaries_.clear();
    rejects_.clear();
    cancel_->setEnabled(true);
    files_ = wizard->filesPage()->files();
    filesReported_ = 0;
    job_ = std::make_unique<ImportJob>(wizard->databasePath(), files_,
                                       wizard->mappingPage()->mapping());
    job_->setActor(AppSettings::load().effectiveAnalyst());
    connect(job_.get(), &ImportJob::progress, this, &ImportRunPage::showProgress);
    connect(job_.get(), &ImportJob::fileFinished, this, &ImportRunPage::addReport);
    connect(job_.get(), &ImportJob::fileFailed, this,
            [this, database = wizard->databasePath()](const QString& file, const QString& m) {
                if (file == database) {
                    summaries_ << tr("The database %1 cannot be used: %2").arg(file, m);
                    return;
                }
                ++filesReported_;
                summaries_ << tr("%1: not imported. %2").arg(QFileInfo(file).fileName(), m);
            });
    connect(job_.get(), &ImportJob::finished, this, [this](bool cancelled) {
        for (int i = filesReported_; i < files_.size(); ++i) {
            const QString name = QFileInfo(files_[i]).fileName();
            summaries_ << (cancelled ? tr("%1: not imported: cancelled before this file.").arg(name)
                                     : tr("%1: not imported.").arg(name));
        }
        done_ = true;
        cancelled_ = cancelled;
        cancel_->setEnabled(false);
        bar_->setValue(bar_->maximum());
        figures_->setText(cancelled ? tr("Cancelled. Everything committed so far was kept.")
                                    : tr("Done."));
        emit completeChanged();
        emit importFinished();
        if (QWizard* w = this->wizard()) w->next();  // straight to the report
    });
    file_->setText(tr("Starting…"));
    figures_->clear();
    bar_->setValue(0);
    job_->start();
}

void ImportRunPage::addReport(const ImportReport& r) {
    ++filesReported_;
    const QLocale locale;
    QString line =
        tr("%1: %2 imported, %3 duplicates, %4 rejected.")
            .arg(QFileInfo(QString::fromStdString(r.path)).fileName(),
                 locale.toString(r.counts.imported), locale.toString(r.counts.duplicates),
                 locale.toString(r.counts.rejected));
    if (r.cancelled)
        line += QLatin1Char(' ') + tr("Cancelled: the rows imported so far were kept; importing "
                                      "the file again adds the rest.");
    if (static_cast<qint64>(r.rejects.size()) < r.counts.rejected)
        line += QLatin1Char(' ') + tr("Only the first %1 rejected rows are listed below.")
                                       .arg(locale.toString(qulonglong(r.rejects.size())));
    summaries_ << line;
    rejects_.add(QString::fromStdString(r.path), r.rejects);
}

void ImportRunPage::showProgress(const ImportJobProgress& p) {
    const QLocale locale;
    file_->setText(tr("File %1 of %2: %3")
                       .arg(p.file_index + 1)
                       .arg(p.file_count)
                       .arg(QFileInfo(p.file).fileName()));
    const double fileShare = p.bytes_total ? double(p.bytes_done) / double(p.bytes_total) : 0.0;
    bar_->setValue(
        static_cast<int>(1000.0 * (p.file_index + fileShare) / std::max(1, p.file_count)));
    QString eta = tr("estimating…");
    if (p.indexing)
        eta = tr("rebuilding the card index");
    else if (p.eta_seconds >= 0)
        eta = tr("%1 s left").arg(locale.toString(p.eta_seconds, 'f', 0));
    figures_->setText(tr("%1 rows read, %2 imported, %3 duplicates, %4 rejected — %5 rows/s, %6")
                          .arg(locale.toString(p.rows_read), locale.toString(p.imported),
                               locale.toString(p.duplicates), locale.toString(p.rejected),
                               locale.toString(p.rows_per_second, 'f', 0), eta));
}

bool ImportRunPage::isComplete() const {
    return done_;
}

void ImportRunPage::cancel() {
    if (job_ && job_->isRunning()) {
        figures_->setText(tr("Cancelling after the batch in hand…"));
        job_->cancel();
    }
}

bool ImportRunPage::isRunning() const {
    return job_ && job_->isRunning() && !done_;
}

ImportReportPage::ImportReportPage(ImportRunPage* run, QWidget* parent)
    : QWizardPage(parent),
      run_(run),
      summary_(new QLabel(this)),
      table_(new QTableView(this)),
      save_(new QPushButton(tr("Save Rejects as CSV…"), this)) {
    setTitle(tr("Import report"));
    summary_->setObjectName(QStringLiteral("importSummary"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    table_->setObjectName(QStringLiteral("rejectsTable"));
    table_->setModel(run_->rejects());
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    save_->setObjectName(QStringLiteral("saveRejects"));
    connect(save_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Rejects"), QStringLiteral("rejects.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty()) {
            const QString error = saveRejects(path);
            summary_->setText(summaryText() + QLatin1Char('\n') +
                              (error.isEmpty() ? tr("Rejects saved to %1.").arg(path) : error));
        }
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(table_, 1);
    layout->addWidget(save_, 0, Qt::AlignLeft);
}

void ImportReportPage::initializePage() {
    summary_->setText(summaryText());
    save_->setEnabled(run_->rejects()->rowCount() > 0);
    table_->resizeColumnsToContents();
}

QString ImportReportPage::summaryText() const {
    QString text = run_->summaries().join(QLatin1Char('\n'));
    if (run_->rejects()->rowCount() > 0)
        text += QLatin1Char('\n') + tr("Rejected rows below: line, field and what to fix.");
    return text;
}

QString ImportReportPage::saveRejects(const QString& path) {
    return run_->rejects()->saveCsv(path);
}

}  // namespace fd
