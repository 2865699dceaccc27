#include "report_dialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

#include "i18n/core_text.h"
#include "report/report_job.h"

namespace fd {
namespace {

const QString kFolderKey = QStringLiteral("report/folder");
const QString kFormatKey = QStringLiteral("report/format");

QString suffixOf(int format) {
    return format == 0 ? QStringLiteral("pdf") : QStringLiteral("html");
}

}  // namespace

ReportDialog::ReportDialog(const QString& databasePath, const QString& analyst,
                           std::optional<qint64> caseAlertId, QWidget* parent)
    : QDialog(parent),
      databasePath_(databasePath),
      analyst_(analyst),
      caseAlertId_(caseAlertId),
      path_(new QLineEdit(this)),
      format_(new QComboBox(this)),
      status_(new QLabel(this)),
      buttons_(nullptr) {
    setWindowTitle(caseAlertId ? tr("Case Report") : tr("Report"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        caseAlertId
            ? tr("The case of alert %1: the transaction, why it alerted, the card's history, "
                 "notes, decisions and their audit entries. Card numbers are masked.")
                  .arg(*caseAlertId)
            : tr("Volume, alerts, decisions, confirmed fraud, alert precision, top reasons, "
                 "merchants and countries, risk and score charts, analysts and the active "
                 "model. Card numbers are masked."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    if (!caseAlertId) {
        periodBox_ = new QGroupBox(tr("Period (transaction time)"), this);
        auto* form = new QFormLayout(periodBox_);
        const QDateTime now = QDateTime::currentDateTime();
        fromCheck_ = new QCheckBox(tr("&From"), periodBox_);
        untilCheck_ = new QCheckBox(tr("&Until"), periodBox_);
        from_ = new QDateTimeEdit(QDateTime(now.date().addDays(-30), QTime(0, 0)), periodBox_);
        until_ = new QDateTimeEdit(QDateTime(now.date().addDays(1), QTime(0, 0)), periodBox_);
        for (QDateTimeEdit* edit : {from_, until_}) {
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
            edit->setEnabled(false);
        }
        from_->setObjectName(QStringLiteral("reportFrom"));
        until_->setObjectName(QStringLiteral("reportUntil"));
        connect(fromCheck_, &QCheckBox::toggled, from_, &QWidget::setEnabled);
        connect(untilCheck_, &QCheckBox::toggled, until_, &QWidget::setEnabled);
        form->addRow(fromCheck_, from_);
        form->addRow(untilCheck_, until_);
        form->addRow(new QLabel(tr("Unchecked ends leave the period open: all time by default."),
                                periodBox_));
        layout->addWidget(periodBox_);
    }

    auto* output = new QFormLayout;
    format_->setObjectName(QStringLiteral("reportFormat"));
    format_->addItem(tr("PDF (A4)"));
    format_->addItem(tr("HTML (one self-contained file)"));
    QSettings settings;
    format_->setCurrentIndex(settings.value(kFormatKey, 0).toInt() == 1 ? 1 : 0);
    path_->setObjectName(QStringLiteral("reportPath"));
    const QString folder =
        settings
            .value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString name =
        caseAlertId ? QStringLiteral("frauddesk-case-%1").arg(*caseAlertId)
                    : QStringLiteral("frauddesk-report-%1")
                          .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
    path_->setText(
        QDir(folder).filePath(name + QLatin1Char('.') + suffixOf(format_->currentIndex())));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);
    output->addRow(tr("F&ormat:"), format_);
    auto* pathLabel = new QLabel(tr("&Save as:"), this);
    pathLabel->setBuddy(path_);  // a row holding a layout gets no buddy by itself
    output->addRow(pathLabel, pathRow);
    layout->addLayout(output);

    status_->setObjectName(QStringLiteral("reportStatus"));
    status_->setWordWrap(true);
    layout->addWidget(status_);
    // Made last, so its buttons also come last in the Tab chain.
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* generateButton = buttons_->addButton(tr("&Generate"), QDialogButtonBox::AcceptRole);
    generateButton->setObjectName(QStringLiteral("reportGenerate"));
    generateButton->setDefault(true);
    layout->addWidget(buttons_);

    // The output fields exist before the period box, so Tab would skip the box: follow
    // the form top to bottom instead.
    QList<QWidget*> order;
    if (periodBox_) order << fromCheck_ << from_ << untilCheck_ << until_;
    order << format_ << path_ << browse;
    for (qsizetype i = 1; i < order.size(); ++i) setTabOrder(order[i - 1], order[i]);

    connect(browse, &QPushButton::clicked, this, &ReportDialog::browse);
    connect(format_, &QComboBox::currentIndexChanged, this, &ReportDialog::syncPathFromFormat);
    connect(path_, &QLineEdit::textEdited, this, &ReportDialog::syncFormatFromPath);
    connect(buttons_, &QDialogButtonBox::accepted, this, &ReportDialog::generate);
    connect(buttons_, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

void ReportDialog::setOutputPath(const QString& path) {
    path_->setText(path);
    syncFormatFromPath();
}

QString ReportDialog::outputPath() const {
    return path_->text().trimmed();
}

void ReportDialog::setPeriod(const std::optional<QDateTime>& from,
                             const std::optional<QDateTime>& until) {
    if (!periodBox_) return;
    fromCheck_->setChecked(from.has_value());
    untilCheck_->setChecked(until.has_value());
    if (from) from_->setDateTime(*from);
    if (until) until_->setDateTime(*until);
}

void ReportDialog::browse() {
    const QString path =
        QFileDialog::getSaveFileName(this, windowTitle(), outputPath(),
                                     tr("PDF files (*.pdf);;HTML files (*.html *.htm)"), nullptr);
    if (!path.isEmpty()) setOutputPath(path);
}

void ReportDialog::syncFormatFromPath() {
    if (const auto format = report::reportFormatFor(outputPath())) {
        const QSignalBlocker block(format_);
        format_->setCurrentIndex(*format == report::ReportFormat::Pdf ? 0 : 1);
    }
}

void ReportDialog::syncPathFromFormat() {
    const QString path = outputPath();
    const QFileInfo info(path);
    const QString wanted = suffixOf(format_->currentIndex());
    if (path.isEmpty() ||
        report::reportFormatFor(path) ==
            (format_->currentIndex() == 0 ? report::ReportFormat::Pdf : report::ReportFormat::Html))
        return;
    const QString base = report::reportFormatFor(path) ? info.completeBaseName() : info.fileName();
    path_->setText(QDir(info.path()).filePath(base + QLatin1Char('.') + wanted));
}

void ReportDialog::setBusy(bool busy) {
    busy_ = busy;
    for (QWidget* w : findChildren<QWidget*>())
        if (w != status_ && !qobject_cast<QLabel*>(w)) w->setEnabled(!busy);
    if (periodBox_ && !busy) {
        from_->setEnabled(fromCheck_->isChecked());
        until_->setEnabled(untilCheck_->isChecked());
    }
    if (busy) {
        QApplication::setOverrideCursor(Qt::BusyCursor);
    } else {
        QApplication::restoreOverrideCursor();
    }
}

bool ReportDialog::generate() {
    if (busy_) return false;
    const QString path = outputPath();
    if (!report::reportFormatFor(path)) {
        status_->setText(tr("Name the file ….pdf or ….html."));
        return false;
    }
    report::ReportRequest request;
    request.databasePath = databasePath_;
    request.outputPath = path;
    request.caseAlertId = caseAlertId_;
    request.analyst = analyst_;
    const QDateTime now = QDateTime::currentDateTime();
    request.period.now_ms = now.toMSecsSinceEpoch();
    request.period.utc_offset_ms = qint64(now.offsetFromUtc()) * 1000;
    if (periodBox_ && fromCheck_->isChecked())
        request.period.from_ms = from_->dateTime().toMSecsSinceEpoch();
    if (periodBox_ && untilCheck_->isChecked())
        request.period.until_ms = until_->dateTime().toMSecsSinceEpoch();
    if (request.period.from_ms && request.period.until_ms &&
        *request.period.from_ms >= *request.period.until_ms) {
        status_->setText(tr("The period must start before it ends."));
        return false;
    }
    QSettings settings;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    settings.setValue(kFormatKey, format_->currentIndex());
    status_->setText(tr("Writing the report…"));
    setBusy(true);
    QPointer<ReportDialog> self(this);
    QThread* thread = QThread::create([self, request] {
        bool ok = true;
        QString message;
        try {
            const report::ReportResult r = report::generateReport(request);
            message = r.format == report::ReportFormat::Pdf
                          ? tr("Wrote %1 (%n page(s)).", nullptr, r.pages).arg(request.outputPath)
                          : tr("Wrote %1.").arg(request.outputPath);
        } catch (const std::exception& e) {
            ok = false;
            message = tr("The report was not written: %1").arg(translateCoreText(e.what()));
        }
        QMetaObject::invokeMethod(qApp, [self, ok, message] {
            if (!self) return;
            self->setBusy(false);
            self->status_->setText(message);
            emit self->finished(ok, message);
            if (ok) self->accept();
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return true;
}

void ReportDialog::reject() {
    if (busy_) return;  // the report finishes first: it cannot be stopped halfway
    QDialog::reject();
}

}  // namespace fd
