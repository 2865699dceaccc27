// The import wizard's last two pages: the run (progress, rows/s, ETA, cancel) and the
// report (counts per file, the rejected rows, save them as CSV).
#pragma once

#include <QWizardPage>
#include <memory>

#include "ingest/import_job.h"
#include "rejects_model.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace fd {

class ImportRunPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportRunPage(QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    void cancel();
    bool isRunning() const;

    QStringList summaries() const { return summaries_; }
    RejectsModel* rejects() { return &rejects_; }
    bool wasCancelled() const { return cancelled_; }

signals:
    void importFinished();

private:
    void showProgress(const ImportJobProgress& p);
    void addReport(const ImportReport& report);

    std::unique_ptr<ImportJob> job_;
    QStringList files_;
    int filesReported_ = 0;  // files with a report or a failure so far
    QProgressBar* bar_;
    QLabel* file_;
    QLabel* figures_;
    QPushButton* cancel_;
    QStringList summaries_;
    RejectsModel rejects_;
    bool done_ = false;
    bool cancelled_ = false;
};

class ImportReportPage : public QWizardPage {
    Q_OBJECT

public:
    ImportReportPage(ImportRunPage* run, QWidget* parent = nullptr);
    void initializePage() override;
    QString summaryText() const;
    QString saveRejects(const QString& path);  // an error message or empty

private:
    ImportRunPage* run_;
    QLabel* summary_;
    QTableView* table_;
    QPushButton* save_;
};

}  // namespace fd
