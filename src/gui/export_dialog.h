// File > Export…: what (alerts, labels, transactions, training set, audit log), format (CSV,
// JSON), period (all time, or from/until in UTC) and file. The export runs on a worker
// thread (ExportJob) with progress and cancel; the outcome is shown in the dialog. The last
// folder used is remembered.
#pragma once

#include <QDialog>
#include <QPointer>

#include "export/export_kinds.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace fd {

class ExportJob;

class ExportDialog : public QDialog {
    Q_OBJECT

public:
    ExportDialog(const QString& databasePath, const QString& analyst, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // The export the controls describe (period from the date fields unless "All time").
    ExportRequest request() const;
    QString path() const;
    bool isExporting() const;

public slots:
    void startExport();

signals:
    void exportFinished(bool ok, qint64 rows);

protected:
    void reject() override;  // Esc / Cancel: cancels a running export first

private:
    void browse();
    void suggestPath();
    void updateButtons();
    void finish(bool ok, qint64 rows, const QString& message);

    QString databasePath_;
    QString analyst_;
    QComboBox* what_;
    QComboBox* format_;
    QCheckBox* allTime_;
    QDateTimeEdit* from_;
    QDateTimeEdit* until_;
    QLineEdit* path_;
    QPushButton* browse_;
    QProgressBar* progress_;
    QLabel* status_;
    QPushButton* export_;
    QPushButton* close_;
    QPointer<ExportJob> job_;
    bool pathEdited_ = false;  // typed or browsed: no longer follows what/format
    QString confirmedPath_;    // chosen in the file dialog, which asked about replacing
};

}  // namespace fd
