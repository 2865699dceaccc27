#include "import_wizard.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>
#include <array>

#include "core/card_mask.h"
#include "core/transaction.h"
#include "i18n/core_text.h"
#include "import_run_pages.h"

namespace fd {

// ---- files ----

ImportFilesPage::ImportFilesPage(const QStringList& files, QWidget* parent)
    : QWizardPage(parent), list_(new QListWidget(this)) {
    setTitle(tr("Choose files"));
    setSubTitle(tr("CSV, JSON or NDJSON files; several at once. You can also drop them here."));
    setAcceptDrops(true);
    list_->setObjectName(QStringLiteral("fileList"));
    list_->setAccessibleName(tr("Files to import"));
    list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* add = new QPushButton(tr("Add…"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    add->setObjectName(QStringLiteral("addFiles"));
    remove->setObjectName(QStringLiteral("removeFiles"));
    connect(add, &QPushButton::clicked, this, [this] {
        addFiles(QFileDialog::getOpenFileNames(
            this, tr("Import Transactions"), QString(),
            tr("Transaction files (*.csv *.tsv *.txt *.json *.ndjson *.jsonl);;All files (*)")));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(list_->selectedItems());
        emit completeChanged();
    });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(list_);
    layout->addLayout(buttons);
    addFiles(files);
}

QStringList ImportFilesPage::files() const {
    QStringList out;
    for (int i = 0; i < list_->count(); ++i) out << list_->item(i)->data(Qt::UserRole).toString();
    return out;
}

void ImportFilesPage::addFiles(const QStringList& files) {
    const QStringList existing = this->files();
    for (const QString& file : files) {
        const QString path = QFileInfo(file).absoluteFilePath();
        if (existing.contains(path)) continue;
        auto* item = new QListWidgetItem(QFileInfo(path).fileName(), list_);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    emit completeChanged();
}

bool ImportFilesPage::isComplete() const {
    return list_->count() > 0;
}

void ImportFilesPage::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void ImportFilesPage::dropEvent(QDropEvent* event) {
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) files << url.toLocalFile();
    addFiles(files);
    event->acceptProposedAction();
}

// ---- preview and mapping ----

ImportMappingPage::ImportMappingPage(QWidget* parent)
    : QWizardPage(parent),
      profileDirectory_(QString::fromStdString(MappingProfileStore::default_directory())),
      status_(new QLabel(this)),
      columns_(new QTableWidget(0, 2, this)),
      rows_(new QTableWidget(this)),
      check_(new QLabel(this)) {
    setTitle(tr("Preview and column mapping"));
    setSubTitle(
        tr("The first rows of the first file as read. Check which field each column "
           "fills; the same mapping applies to every file of this import."));
    status_->setObjectName(QStringLiteral("previewStatus"));
    status_->setWordWrap(true);
    check_->setObjectName(QStringLiteral("mappingCheck"));
    check_->setWordWrap(true);
    columns_->setObjectName(QStringLiteral("mappingTable"));
    columns_->setAccessibleName(tr("Column mapping"));
    columns_->setHorizontalHeaderLabels({tr("Column"), tr("Maps to")});
    columns_->horizontalHeader()->setStretchLastSection(true);
    columns_->verticalHeader()->hide();
    rows_->setObjectName(QStringLiteral("previewTable"));
    rows_->setAccessibleName(tr("Preview"));
    rows_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* save = new QPushButton(tr("Save Profile…"), this);
    auto* load = new QPushButton(tr("Load Profile…"), this);
    save->setObjectName(QStringLiteral("saveProfile"));
    load->setObjectName(QStringLiteral("loadProfile"));
    connect(save, &QPushButton::clicked, this, [this] {
        const QString name = QInputDialog::getText(this, tr("Save Mapping Profile"),
                                                   tr("Profile name (letters, digits, . _ -)"));
        if (!name.isEmpty()) saveProfile(name);
    });
    connect(load, &QPushButton::clicked, this, [this] {
        QStringList names;
        for (const auto& n : MappingProfileStore(profileDirectory_.toStdString()).names())
            names << QString::fromStdString(n);
        if (names.isEmpty()) {
            check_->setText(tr("No saved profiles yet in %1.").arg(profileDirectory_));
            return;
        }
        bool ok = false;
        const QString name = QInputDialog::getItem(this, tr("Load Mapping Profile"), tr("Profile"),
                                                   names, 0, false, &ok);
        if (ok) loadProfile(name);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(load);
    buttons->addStretch();
    auto* top = new QHBoxLayout;
    top->addWidget(columns_, 1);
    top->addWidget(rows_, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(status_);
    layout->addLayout(top, 1);
    layout->addWidget(check_);
    layout->addLayout(buttons);
}

void ImportMappingPage::initializePage() {
    const auto* wizard = qobject_cast<ImportWizard*>(this->wizard());
    const QStringList files = wizard->filesPage()->files();
    // The same file again keeps its preview and mapping, unless it failed (fixed since?).
    if (files.isEmpty() || (files.first() == loadedFile_ && (preview_ || loading_))) return;
    loadedFile_ = files.first();
    loading_ = true;
    preview_.reset();
    valid_ = false;
    emit completeChanged();
    status_->setText(tr("Reading %1…").arg(QFileInfo(loadedFile_).fileName()));
    columns_->setRowCount(0);
    rows_->clear();
    // A preview reads little, but a file on a slow disk must not freeze the wizard.
    QPointer<ImportMappingPage> self(this);
    const QString file = loadedFile_;
    QThreadPool::globalInstance()->start([self, file] {
        std::optional<InputPreview> preview;
        QString error;
        try {
            preview = preview_input(file.toStdString());
        } catch (const std::exception& e) {
            error = translateCoreText(e.what());
        }
        QMetaObject::invokeMethod(self, [self, file, preview, error] {
            if (!self || self->loadedFile_ != file) return;
            self->loading_ = false;
            if (!preview) {
                self->status_->setText(
                    tr("%1\nGo Back to remove this file or choose another, or fix it and "
                       "come back to this page.")
                        .arg(error));
                emit self->previewLoaded();
                return;
            }
            self->showPreview(*preview);
        });
    });
}

void ImportMappingPage::showPreview(const InputPreview& preview) {
    preview_ = preview;
    const QLocale locale;
    status_->setText(tr("%1: %2, %3 columns, %4 rows shown.")
                         .arg(QFileInfo(QString::fromStdString(preview.path)).fileName(),
                              locale.formattedDataSize(qint64(preview.size_bytes)))
                         .arg(preview.columns.size())
                         .arg(preview.rows.size()));
    rows_->setColumnCount(static_cast<int>(preview.columns.size()));
    rows_->setRowCount(static_cast<int>(preview.rows.size()));
    QStringList headers;
    for (const auto& c : preview.columns) headers << QString::fromStdString(c);
    rows_->setHorizontalHeaderLabels(headers);
    // Card numbers never show whole, not even in a preview: the card column is masked like
    // card ids everywhere, other columns wherever a card number appears.
    const std::string& cardColumn = preview.detected.column(CanonicalField::CardId);
    for (int r = 0; r < static_cast<int>(preview.rows.size()); ++r) {
        const auto& row = preview.rows[static_cast<std::size_t>(r)];
        for (int c = 0; c < static_cast<int>(row.size()); ++c) {
            const auto& value = row[static_cast<std::size_t>(c)];
            if (!value) continue;
            const bool card = preview.columns[static_cast<std::size_t>(c)] == cardColumn;
            rows_->setItem(r, c,
                           new QTableWidgetItem(QString::fromStdString(
                               card ? mask_card(*value) : mask_card_numbers(*value))));
        }
    }
    setMapping(preview.detected);
    emit previewLoaded();
}

void ImportMappingPage::setMapping(const MappingProfile& profile) {
    if (!preview_) return;
    base_ = profile;
    columns_->setRowCount(static_cast<int>(preview_->columns.size()));
    for (int r = 0; r < static_cast<int>(preview_->columns.size()); ++r) {
        const std::string& column = preview_->columns[static_cast<std::size_t>(r)];
        columns_->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(column)));
        auto* combo = new QComboBox(columns_);
        combo->setObjectName(QStringLiteral("mapColumn_%1").arg(r));
        combo->addItem(tr("(not imported as a field)"), -1);
        int selected = 0;
        for (int f = 0; f < kCanonicalFieldCount; ++f) {
            combo->addItem(QString::fromUtf8(canonical_name(static_cast<CanonicalField>(f)).data()),
                           f);
            if (profile.columns[static_cast<std::size_t>(f)] == column) selected = f + 1;
        }
        combo->setCurrentIndex(selected);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::checkMapping);
        columns_->setCellWidget(r, 1, combo);
    }
    columns_->resizeColumnToContents(0);
    checkMapping();
}

MappingProfile ImportMappingPage::mapping() const {
    MappingProfile profile = base_;
    profile.columns = {};
    for (int r = 0; r < columns_->rowCount(); ++r) {
        const auto* combo = qobject_cast<QComboBox*>(columns_->cellWidget(r, 1));
        const int field = combo ? combo->currentData().toInt() : -1;
        if (field >= 0 && profile.columns[static_cast<std::size_t>(field)].empty())
            profile.columns[static_cast<std::size_t>(field)] =
                preview_->columns[static_cast<std::size_t>(r)];
    }
    return profile;
}

// Maps the preview rows under the current mapping: the analyst sees at once whether it
// works before importing anything.
void ImportMappingPage::checkMapping() {
    if (!preview_) return;
    if (const QString clash = mappingClash(); !clash.isEmpty()) {
        valid_ = false;
        check_->setText(clash);
        emit completeChanged();
        return;
    }
    RecordMapper mapper(mapping());
    try {
        mapper.bind(preview_->columns, preview_->path);
    } catch (const std::exception& e) {
        valid_ = false;
        check_->setText(translateCoreText(e.what()));
        emit completeChanged();
        return;
    }
    int good = 0;
    QString firstProblem;
    Transaction t;
    RowError error;
    for (std::size_t r = 0; r < preview_->rows.size(); ++r) {
        const auto& row = preview_->rows[r];
        Record record;
        record.line = r + 2;
        for (const auto& value : row)
            record.fields.push_back(
                {value ? std::string_view(*value) : std::string_view(), value.has_value()});
        if (mapper.map(record, t, error)) {
            ++good;
        } else if (firstProblem.isEmpty()) {
            firstProblem =
                tr("First problem: row %1, field %2: %3")
                    .arg(r + 1)
                    .arg(QString::fromStdString(error.field), translateCoreText(error.reason));
        }
    }
    valid_ = true;
    const QString mapped =
        tr("%1 of %2 preview rows map cleanly.").arg(good).arg(preview_->rows.size());
    check_->setText(firstProblem.isEmpty() ? mapped : mapped + QLatin1Char(' ') + firstProblem);
    emit completeChanged();
}

// A field fed by two columns would silently take the first: say so and block Next.
QString ImportMappingPage::mappingClash() const {
    std::array<QStringList, kCanonicalFieldCount> columnsOf;
    for (int r = 0; r < columns_->rowCount(); ++r) {
        const auto* combo = qobject_cast<QComboBox*>(columns_->cellWidget(r, 1));
        const int field = combo ? combo->currentData().toInt() : -1;
        if (field >= 0) columnsOf[std::size_t(field)] << columns_->item(r, 0)->text();
    }
    for (int f = 0; f < kCanonicalFieldCount; ++f) {
        const QStringList& columns = columnsOf[std::size_t(f)];
        if (columns.size() > 1)
            return tr("Columns %1 all map to %2: keep one and set the others to "
                      "\"(not imported as a field)\".")
                .arg(columns.join(QStringLiteral(", ")),
                     QString::fromUtf8(canonical_name(static_cast<CanonicalField>(f)).data()));
    }
    return {};
}

QString ImportMappingPage::checkText() const {
    return check_->text();
}

bool ImportMappingPage::isComplete() const {
    return valid_;
}

bool ImportMappingPage::saveProfile(const QString& name) {
    try {
        MappingProfile profile = mapping();
        profile.name = name.toStdString();
        MappingProfileStore(profileDirectory_.toStdString()).save(profile);
        check_->setText(tr("Saved the mapping as profile '%1'.").arg(name));
        return true;
    } catch (const std::exception& e) {
        check_->setText(translateCoreText(e.what()));
        return false;
    }
}

bool ImportMappingPage::loadProfile(const QString& name) {
    try {
        setMapping(MappingProfileStore(profileDirectory_.toStdString()).load(name.toStdString()));
        return true;
    } catch (const std::exception& e) {
        check_->setText(translateCoreText(e.what()));
        return false;
    }
}

// ---- the wizard ----

ImportWizard::ImportWizard(const QString& databasePath, const QStringList& files, QWidget* parent)
    : QWizard(parent),
      databasePath_(databasePath),
      openOnPreview_(!files.isEmpty()),
      files_(new ImportFilesPage(files, this)),
      mapping_(new ImportMappingPage(this)),
      run_(new ImportRunPage(this)),
      report_(new ImportReportPage(run_, this)) {
    setWindowTitle(tr("Import Transactions"));
    setObjectName(QStringLiteral("importWizard"));
    setPage(FilesPage, files_);
    setPage(MappingPage, mapping_);
    setPage(RunPage, run_);
    setPage(ReportPage, report_);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // Once the import starts there is no way back: Back then Next would import again.
    mapping_->setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    connect(run_, &ImportRunPage::importFinished, this, &ImportWizard::importsFinished);
    resize(900, 600);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setVisible(bool visible) {
    QWizard::setVisible(visible);
    // Not setStartId(MappingPage): the start page has no Back, and a bad dropped file
    // must be removable from the list.
    if (visible && openOnPreview_ && currentId() == FilesPage) {
        openOnPreview_ = false;
        next();
    }
}

void ImportWizard::reject() {
    if (run_->isRunning()) {
        run_->cancel();  // the run page reports what was kept; the wizard stays open
        return;
    }
    QWizard::reject();
}

}  // namespace fd
