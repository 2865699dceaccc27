#include "main_window.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QThreadPool>

#include "ingest/file_importer.h"
#include "storage/database.h"
#include "ui_main_window.h"

namespace fd {
namespace {

struct Summary {
    qint64 transactions = 0;
    qint64 labelled = 0;
    qint64 imports = 0;
    QString error;
};

Summary readSummary(const QString& path) {
    Summary s;
    try {
        Database db(path.toStdString());
        s.transactions = db.query_int64("SELECT count(*) FROM transactions");
        s.labelled = db.query_int64("SELECT count(*) FROM transactions WHERE label IS NOT NULL");
        s.imports = db.query_int64("SELECT count(*) FROM imports");
    } catch (const std::exception& e) {
        s.error = QString::fromStdString(e.what());
    }
    return s;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), ui_(std::make_unique<Ui::MainWindow>()) {
    ui_->setupUi(this);
    ui_->overviewLabel->setText(
        tr("No database open. Use File > Open Database to create or open one."));
    connect(ui_->actionOpenDatabase, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(ui_->actionImport, &QAction::triggered, this, &MainWindow::importFiles);
    connect(ui_->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui_->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    ui_->actionImport->setEnabled(false);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::openDatabase(const QString& path) {
    databasePath_ = path;
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(path)));
    setWindowTitle(tr("FraudDesk — %1").arg(QFileInfo(path).fileName()));
    ui_->actionImport->setEnabled(true);
    refreshSummary();
}

void MainWindow::chooseDatabase() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Open or Create Database"), databasePath_,
        tr("FraudDesk database (*.db *.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) openDatabase(path);
}

// Counting rows is real work on a large database: it runs on the thread pool and the
// result comes back to the GUI thread.
void MainWindow::refreshSummary() {
    ui_->overviewLabel->setText(tr("Reading %1…").arg(databasePath_));
    QPointer<MainWindow> self(this);
    const QString path = databasePath_;
    QThreadPool::globalInstance()->start([self, path] {
        const Summary s = readSummary(path);
        QMetaObject::invokeMethod(qApp, [self, s, path] {
            if (!self || self->databasePath_ != path) return;
            if (!s.error.isEmpty()) {
                self->showSummary(tr("Cannot open %1:\n%2").arg(path, s.error));
                return;
            }
            const QLocale locale;
            const QString transactions =
                s.transactions == 1 ? tr("1 transaction")
                                    : tr("%1 transactions").arg(locale.toString(s.transactions));
            const QString imports =
                s.imports == 1 ? tr("1 import") : tr("%1 imports").arg(locale.toString(s.imports));
            self->showSummary(tr("%1, %2 labelled, from %3.")
                                  .arg(transactions, locale.toString(s.labelled), imports));
        });
    });
}

void MainWindow::showSummary(const QString& text) {
    ui_->overviewLabel->setText(text);
    emit summaryUpdated();
}

void MainWindow::importFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Transactions"), QString(),
        tr("Transaction files (*.csv *.tsv *.txt *.json *.ndjson *.jsonl);;All files (*)"));
    if (files.isEmpty()) return;
    ui_->overviewLabel->setText(tr("Importing %n file(s)…", nullptr, int(files.size())));
    ui_->actionImport->setEnabled(false);
    QPointer<MainWindow> self(this);
    const QString path = databasePath_;
    QThreadPool::globalInstance()->start([self, files, path] {
        QStringList lines;
        try {
            Database db(path.toStdString());
            FileImporter importer(db);
            for (const QString& file : files) {
                try {
                    const auto prepared = prepare_import(file.toStdString(), {});
                    const auto r = importer.run(prepared, {});
                    lines << tr("%1: %2 imported, %3 duplicates, %4 rejected")
                                 .arg(QFileInfo(file).fileName())
                                 .arg(r.counts.imported)
                                 .arg(r.counts.duplicates)
                                 .arg(r.counts.rejected);
                } catch (const FileError& e) {
                    lines << QString::fromStdString(e.what());
                }
            }
        } catch (const std::exception& e) {
            lines << QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(qApp, [self, lines] {
            if (!self) return;
            self->ui_->actionImport->setEnabled(true);
            QMessageBox::information(self, tr("Import finished"), lines.join(QLatin1Char('\n')));
            self->refreshSummary();
        });
    });
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About FraudDesk"),
                       tr("<h3>FraudDesk %1</h3><p>A desktop workbench for fraud analysts: import "
                          "transaction feeds, score them, review alerts.</p>")
                           .arg(QStringLiteral(FD_VERSION)));
}

}  // namespace fd
