#include "audit_dialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>

#include "app_settings.h"
#include "core/export_safety.h"
#include "i18n/core_text.h"
#include "storage/audit_log.h"

namespace fd {
namespace {

// The shared rules (core/export_safety.h): card numbers in the text masked (a note may quote
// one), formulas neutralised, quoted.
QString csvField(const QString& text) {
    return QString::fromStdString(csv_field(mask_card_numbers(text.toStdString())));
}

}  // namespace

AuditDialog::AuditDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent),
      databasePath_(databasePath),
      action_(new QComboBox(this)),
      table_(new QTableWidget(0, 6, this)),
      chain_(new QLabel(this)) {
    setWindowTitle(tr("Audit Log"));
    action_->setObjectName(QStringLiteral("auditAction"));
    action_->addItem(tr("All actions"), QString());
    for (const char* a : {"label", "undo", "note", "threshold", "promote", "import", "export"})
        action_->addItem(QString::fromLatin1(a), QString::fromLatin1(a));
    table_->setObjectName(QStringLiteral("auditTable"));
    table_->setAccessibleName(tr("Audit log"));
    table_->setAccessibleDescription(
        tr("Every recorded action, oldest first, with its hash chain"));
    table_->setHorizontalHeaderLabels(
        {tr("#"), tr("Time"), tr("Who"), tr("Action"), tr("About"), tr("Details")});
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    chain_->setObjectName(QStringLiteral("auditChain"));
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Audit Log"), QStringLiteral("audit.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty()) return;
        const QString error = exportCsv(path);
        chain_->setText(error.isEmpty() ? tr("Exported to %1.").arg(path) : error);
    });
    auto* top = new QHBoxLayout;
    top->addWidget(action_);
    top->addStretch();
    top->addWidget(exportButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(table_, 1);
    layout->addWidget(chain_);
    layout->addWidget(buttons);
    connect(action_, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    resize(900, 520);
    reload();
}

void AuditDialog::reload() {
    QPointer<AuditDialog> self(this);
    const QString path = databasePath_;
    const std::string action = action_->currentData().toString().toStdString();
    QThreadPool::globalInstance()->start([self, path, action] {
        std::vector<AuditEntry> rows;
        AuditVerification check;
        QString error;
        try {
            Database db(path.toStdString(), OpenMode::ReadOnly);
            AuditLog log(db);
            rows = log.recent(5000, action);
            check = log.verify();
        } catch (const std::exception& e) {
            error = translateCoreText(e.what());
        }
        QMetaObject::invokeMethod(self, [self, rows, check, error] {
            if (!self) return;
            auto* table = self->table_;
            table->setRowCount(static_cast<int>(rows.size()));
            const QLocale locale;
            for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
                const AuditEntry& e = rows[static_cast<std::size_t>(r)];
                const QStringList cells = {
                    QString::number(e.id),
                    locale.toString(QDateTime::fromMSecsSinceEpoch(e.at_ms), QLocale::ShortFormat),
                    QString::fromStdString(e.actor),
                    QString::fromStdString(e.action),
                    QString::fromStdString(e.subject),
                    QString::fromStdString(e.details)};
                for (int c = 0; c < cells.size(); ++c)
                    table->setItem(r, c, new QTableWidgetItem(cells[c]));
            }
            table->resizeColumnsToContents();
            self->chain_->setText(
                !error.isEmpty() ? error
                : check.intact
                    ? tr("Hash chain intact over %n row(s).", nullptr, static_cast<int>(check.rows))
                    : tr("The audit log was tampered with at row %1: %2")
                          .arg(*check.first_bad_id)
                          .arg(translateCoreText(check.problem)));
            emit self->loaded(static_cast<int>(rows.size()));
        });
    });
}

QString AuditDialog::exportCsv(const QString& path) const {
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, out.errorString());
    QByteArray text = "id,time,actor,action,subject,details\n";
    for (int r = 0; r < table_->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < table_->columnCount(); ++c)
            cells << csvField(table_->item(r, c) ? table_->item(r, c)->text() : QString());
        text += (cells.join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8();
    }
    out.write(text);
    // The export is audited like any other: the file is published inside the transaction
    // that appends its row. One small write, so it stays on the GUI thread with the file.
    try {
        Database db(databasePath_.toStdString());
        SqlTransaction tx(db);
        const QJsonObject details{
            {QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
            {QStringLiteral("rows"), table_->rowCount()},
            {QStringLiteral("format"), QStringLiteral("csv")},
            {QStringLiteral("filter"),
             QJsonObject{{QStringLiteral("log"), QStringLiteral("audit")},
                         {QStringLiteral("action"), action_->currentData().toString()}}}};
        AuditLog(db).append(QDateTime::currentMSecsSinceEpoch(),
                            AppSettings::load().effectiveAnalyst().toStdString(), "export",
                            QFileInfo(path).fileName().toStdString(),
                            QJsonDocument(details).toJson(QJsonDocument::Compact).toStdString());
        if (!out.commit()) return tr("Cannot write %1: %2").arg(path, out.errorString());
        try {
            tx.commit();
        } catch (...) {
            QFile::remove(path);  // published but not recorded: take it back
            throw;
        }
    } catch (const std::exception& e) {
        return tr("Cannot record the export in the audit log, so nothing was written: %1")
            .arg(translateCoreText(e.what()));
    }
    return {};
}

}  // namespace fd
