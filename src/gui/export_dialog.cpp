#include "export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "export_transactions.h"

namespace fd {
namespace {

const QString kFolderKey = QStringLiteral("export/folder");

QString describe(ExportKind kind) {
    switch (kind) {
        case ExportKind::Alerts:
            return ExportDialog::tr(
                "Each alert created in the period: risk, level, reasons, status, the "
                "transaction's label and the decision in force with its analyst and note.");
        case ExportKind::Labels:
            return ExportDialog::tr(
                "Each analyst decision made in the period, with its note; undone decisions "
                "are kept and marked.");
        case ExportKind::Transactions:
            return ExportDialog::tr(
                "Each transaction of the period with the active model's risk and its label.");
        case ExportKind::TrainingSet:
            return ExportDialog::tr(
                "One row per labelled transaction of the period: its label (1 fraud, 0 legit) "
                "and the features the model trains on, one column per feature.");
        case ExportKind::Audit:
            return ExportDialog::tr("Each audit log row of the period.");
    }
    return {};
}

QDateTimeEdit* dateEdit(const QDateTime& value, const QString& name, const QString& accessible,
                        QWidget* parent) {
    auto* edit = new QDateTimeEdit(value, parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    return edit;
}

}  // namespace

ExportDialog::ExportDialog(const QString& databasePath, const QString& analyst, QWidget* parent)
    : QDialog(parent), databasePath_(databasePath), analyst_(analyst) {
    setWindowTitle(tr("Export"));
    what_ = new QComboBox(this);
    what_->setObjectName(QStringLiteral("exportWhat"));
    what_->setAccessibleName(tr("What to export"));
    what_->addItem(tr("Alerts"), int(ExportKind::Alerts));
    what_->addItem(tr("Labels (analyst decisions)"), int(ExportKind::Labels));
    what_->addItem(tr("Transactions"), int(ExportKind::Transactions));
    what_->addItem(tr("Training set (features of labelled transactions)"),
                   int(ExportKind::TrainingSet));
    what_->addItem(tr("Audit log"), int(ExportKind::Audit));
    auto* description = new QLabel(this);
    description->setObjectName(QStringLiteral("exportDescription"));
    description->setWordWrap(true);
    format_ = new QComboBox(this);
    format_->setObjectName(QStringLiteral("exportFormat"));
    format_->setAccessibleName(tr("File format"));
    format_->addItem(tr("CSV (spreadsheets)"), int(ExportFormat::Csv));
    format_->addItem(tr("JSON"), int(ExportFormat::Json));

    allTime_ = new QCheckBox(tr("&All time"), this);
    allTime_->setObjectName(QStringLiteral("exportAllTime"));
    allTime_->setChecked(true);
    const QDateTime tomorrow(QDateTime::currentDateTimeUtc().date().addDays(1), QTime(0, 0),
                             Qt::UTC);
    from_ = dateEdit(tomorrow.addDays(-30), QStringLiteral("exportFrom"),
                     tr("Period start (UTC, included)"), this);
    until_ =
        dateEdit(tomorrow, QStringLiteral("exportUntil"), tr("Period end (UTC, excluded)"), this);
    until_->setToolTip(tr("The period ends just before this time."));

    path_ = new QLineEdit(this);
    path_->setObjectName(QStringLiteral("exportPath"));
    path_->setAccessibleName(tr("Export file"));
    browse_ = new QPushButton(tr("&Browse…"), this);
    browse_->setObjectName(QStringLiteral("exportBrowse"));
    browse_->setAccessibleName(tr("Choose the export file"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(path_, 1);
    fileRow->addWidget(browse_);

    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("exportProgress"));
    progress_->setAccessibleName(tr("Export progress"));
    progress_->setRange(0, 1000);
    progress_->setTextVisible(false);
    progress_->hide();
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("exportStatus"));
    status_->setAccessibleName(tr("Export status"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(this);
    export_ = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    export_->setObjectName(QStringLiteral("exportStart"));
    export_->setDefault(true);
    close_ = buttons->addButton(QDialogButtonBox::Close);
    close_->setObjectName(QStringLiteral("exportClose"));

    auto* form = new QFormLayout;
    auto addRow = [form](const QString& label, QWidget* field) {
        auto* buddy = new QLabel(label);
        buddy->setBuddy(field);
        form->addRow(buddy, field);
    };
    addRow(tr("&What:"), what_);
    form->addRow(QString(), description);
    addRow(tr("F&ormat:"), format_);
    form->addRow(new QLabel(tr("Period:")), allTime_);  // the box has its own mnemonic
    addRow(tr("&From (UTC):"), from_);
    addRow(tr("&Until (UTC):"), until_);
    auto* fileLabel = new QLabel(tr("F&ile:"));
    fileLabel->setBuddy(path_);
    form->addRow(fileLabel, fileRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addStretch();
    layout->addWidget(buttons);

    const auto kindChanged = [this, description] {
        description->setText(describe(request().kind));
        suggestPath();
    };
    connect(what_, &QComboBox::currentIndexChanged, this, kindChanged);
    connect(format_, &QComboBox::currentIndexChanged, this, [this] { suggestPath(); });
    connect(allTime_, &QCheckBox::toggled, this, [this] { updateButtons(); });
    connect(path_, &QLineEdit::textEdited, this, [this] {
        pathEdited_ = true;
        updateButtons();
    });
    connect(browse_, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(export_, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(close_, &QPushButton::clicked, this, &ExportDialog::reject);
    kindChanged();
    updateButtons();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

ExportDialog::~ExportDialog() = default;  // a running job is cancelled by its destructor

ExportRequest ExportDialog::request() const {
    ExportRequest r;
    r.kind = static_cast<ExportKind>(what_->currentData().toInt());
    r.format = static_cast<ExportFormat>(format_->currentData().toInt());
    if (!allTime_->isChecked()) {
        r.from_ms = from_->dateTime().toMSecsSinceEpoch();
        r.until_ms = until_->dateTime().toMSecsSinceEpoch();
    }
    r.actor = analyst_.toStdString();
    return r;
}

QString ExportDialog::path() const {
    return path_->text().trimmed();
}

bool ExportDialog::isExporting() const {
    return job_ && job_->isRunning();
}

// Until the analyst picks a file, the name follows what and format, in the last folder.
void ExportDialog::suggestPath() {
    const ExportRequest r = request();
    const QString extension = QString::fromLatin1(export_format_name(r.format).data());
    if (pathEdited_ && !path().isEmpty()) {
        // Keep the analyst's name; only the suffix follows the format.
        const QFileInfo info(path());
        const QString base =
            info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0 ||
                    info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
                ? info.completeBaseName()
                : info.fileName();
        path_->setText(info.dir().filePath(base + QLatin1Char('.') + extension));
    } else {
        const QString folder =
            QSettings()
                .value(kFolderKey,
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .toString();
        const QString name = QString::fromLatin1(export_kind_name(r.kind).data());
        path_->setText(QDir(folder).filePath(name + QLatin1Char('.') + extension));
    }
    updateButtons();
}

void ExportDialog::browse() {
    const bool json = request().format == ExportFormat::Json;
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export To"), path(),
        json ? tr("JSON files (*.json);;All files (*)") : tr("CSV files (*.csv);;All files (*)"));
    if (chosen.isEmpty()) return;
    path_->setText(chosen);
    pathEdited_ = true;
    confirmedPath_ = chosen;  // the file dialog asked before replacing it
    QSettings().setValue(kFolderKey, QFileInfo(chosen).absolutePath());
    updateButtons();
}

void ExportDialog::updateButtons() {
    const bool running = isExporting();
    for (QWidget* w : std::initializer_list<QWidget*>{what_, format_, allTime_, path_, browse_})
        w->setEnabled(!running);
    from_->setEnabled(!running && !allTime_->isChecked());
    until_->setEnabled(!running && !allTime_->isChecked());
    export_->setEnabled(!running && !path().isEmpty());
    close_->setText(running ? tr("Cancel") : tr("Close"));
}

void ExportDialog::startExport() {
    if (isExporting()) return;
    const QString file = path();
    const ExportRequest r = request();
    if (file.isEmpty()) {
        status_->setText(tr("Choose a file to export to."));
        return;
    }
    if (r.from_ms >= r.until_ms) {
        status_->setText(tr("The period is empty: choose a start before the end."));
        return;
    }
    if (QFileInfo::exists(file) && file != confirmedPath_ &&
        QMessageBox::question(this, tr("Export"), tr("%1 exists. Replace it?").arg(file)) !=
            QMessageBox::Yes)
        return;
    if (job_) job_->deleteLater();
    job_ = new ExportJob(databasePath_, r, file, this);
    connect(job_, &ExportJob::progress, this, [this](int permille) {
        progress_->setRange(0, permille < 0 ? 0 : 1000);  // busy until the total is known
        if (permille >= 0) progress_->setValue(permille);
    });
    connect(job_, &ExportJob::finished, this, &ExportDialog::finish);
    progress_->setRange(0, 0);
    progress_->show();
    status_->setText(tr("Exporting…"));
    job_->start();
    updateButtons();
}

void ExportDialog::finish(bool ok, qint64 rows, const QString& message) {
    progress_->hide();
    status_->setText(message);
    if (ok) {
        QSettings().setValue(kFolderKey, QFileInfo(path()).absolutePath());
        confirmedPath_ = path();  // replacing what we just wrote needs no question
    }
    if (job_) job_->deleteLater();
    job_ = nullptr;
    updateButtons();
    emit exportFinished(ok, rows);
}

void ExportDialog::reject() {
    if (isExporting()) {
        job_->cancel();
        status_->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

}  // namespace fd
