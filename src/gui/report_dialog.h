// File > Report… (a period report) and Review > Case Report… (one alert's case): choose the
// period (all time by default) and the output file, PDF or HTML. The report is made on a
// worker thread (charts on QImage, QTextDocument and QPdfWriter need no GUI thread) while
// the dialog shows that it is busy; the file and its audit row appear together.
#pragma once

#include <QDateTime>
#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace fd {

class ReportDialog : public QDialog {
    Q_OBJECT

public:
    // With `caseAlertId`, a case report for that alert (no period to choose).
    ReportDialog(const QString& databasePath, const QString& analyst,
                 std::optional<qint64> caseAlertId, QWidget* parent = nullptr);

    void setOutputPath(const QString& path);
    QString outputPath() const;
    // Unset bounds leave the period open at that end.
    void setPeriod(const std::optional<QDateTime>& from, const std::optional<QDateTime>& until);
    bool isBusy() const { return busy_; }
    // Starts the report (what the Generate button does); false with a message shown when
    // the choices are not valid.
    bool generate();

signals:
    // The outcome: the file written or why not. On success the dialog then closes.
    void finished(bool ok, const QString& message);

public slots:
    void reject() override;

private:
    void browse();
    void syncFormatFromPath();
    void syncPathFromFormat();
    void setBusy(bool busy);

    QString databasePath_;
    QString analyst_;
    std::optional<qint64> caseAlertId_;
    QGroupBox* periodBox_ = nullptr;
    QCheckBox* fromCheck_ = nullptr;
    QCheckBox* untilCheck_ = nullptr;
    QDateTimeEdit* from_ = nullptr;
    QDateTimeEdit* until_ = nullptr;
    QLineEdit* path_;
    QComboBox* format_;
    QLabel* status_;
    QDialogButtonBox* buttons_;
    bool busy_ = false;
};

}  // namespace fd
