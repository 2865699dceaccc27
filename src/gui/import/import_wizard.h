// File > Import: choose files (or drop them), check the first file's preview and its
// column mapping (fix any column with its combo, save or load the mapping as a profile),
// watch the import run on its worker thread (rows/s, ETA, cancel), and read the report
// with every rejected row (saveable as CSV).
#pragma once

#include <QWizard>
#include <QWizardPage>
#include <optional>

#include "core/field_mapping.h"
#include "ingest/input_preview.h"

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace fd {

class ImportRunPage;
class ImportReportPage;

class ImportFilesPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportFilesPage(const QStringList& files, QWidget* parent = nullptr);
    QStringList files() const;
    void addFiles(const QStringList& files);
    bool isComplete() const override;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QListWidget* list_;
};

class ImportMappingPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportMappingPage(QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    MappingProfile mapping() const;
    // Where profiles are saved and loaded (tests point it at a temporary directory).
    void setProfileDirectory(const QString& directory) { profileDirectory_ = directory; }
    bool saveProfile(const QString& name);  // false with a message shown in the page
    bool loadProfile(const QString& name);
    QString checkText() const;

signals:
    void previewLoaded();

private:
    void showPreview(const InputPreview& preview);
    void setMapping(const MappingProfile& profile);
    void checkMapping();
    QString mappingClash() const;  // empty unless two columns feed one field

    QString profileDirectory_;
    QString loadedFile_;
    std::optional<InputPreview> preview_;
    MappingProfile base_;  // the detected profile; combos override its columns
    QLabel* status_;
    QTableWidget* columns_;  // source column | maps to (combo)
    QTableWidget* rows_;     // the first rows as parsed
    QLabel* check_;
    bool valid_ = false;
    bool loading_ = false;
};

class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum Page { FilesPage, MappingPage, RunPage, ReportPage };

    ImportWizard(const QString& databasePath, const QStringList& files = {},
                 QWidget* parent = nullptr);
    ~ImportWizard() override;

    ImportFilesPage* filesPage() const { return files_; }
    ImportMappingPage* mappingPage() const { return mapping_; }
    ImportRunPage* runPage() const { return run_; }
    ImportReportPage* reportPage() const { return report_; }
    QString databasePath() const { return databasePath_; }

    void reject() override;  // cancels a running import first
    // Files given at construction open on the preview, with Back to the files page.
    void setVisible(bool visible) override;

signals:
    void importsFinished();

private:
    QString databasePath_;
    bool openOnPreview_;
    ImportFilesPage* files_;
    ImportMappingPage* mapping_;
    ImportRunPage* run_;
    ImportReportPage* report_;
};

}  // namespace fd
