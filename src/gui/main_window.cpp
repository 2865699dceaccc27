#include "main_window.h"

#include <QAbstractItemView>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <memory>

#include "app_settings.h"
#include "audit_dialog.h"
#include "demo_bootstrap.h"
#include "export_dialog.h"
#include "export_transactions.h"
#include "feed/connect_dialog.h"
#include "feed/sources_panel.h"
#include "feed_controller.h"
#include "i18n/core_text.h"
#include "import/import_wizard.h"
#include "models/models_view.h"
#include "monitor/monitor_view.h"
#include "report_dialog.h"
#include "review/review_view.h"
#include "review_metrics_view.h"
#include "settings_dialog.h"
#include "transactions/transactions_view.h"
#include "ui_main_window.h"

namespace fd {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      ui_(std::make_unique<Ui::MainWindow>()),
      feed_(new FeedController(this)),
      demo_(new DemoBootstrap(this)),
      transactionsRefresh_(new QTimer(this)) {
    ui_->setupUi(this);
    monitor_ = new MonitorView(feed_, ui_->monitorPage);
    ui_->monitorLayout->addWidget(monitor_);
    transactions_ = new TransactionsView(ui_->transactionsPage);
    ui_->transactionsLayout->addWidget(transactions_);
    review_ = new ReviewView(ui_->reviewPage);
    ui_->reviewLayout->addWidget(review_);
    models_ = new ModelsView(ui_->modelsPage);
    ui_->modelsLayout->addWidget(models_);
    // A promoted or rolled-back model scores from now on, the live feed included.
    connect(models_, &ModelsView::modelActivated, this, [this] {
        feed_->reloadModel();
        monitor_->refresh();
    });
    connect(models_, &ModelsView::thresholdApplied, this, [this](double risk) {
        AppSettings s = AppSettings::load();
        s.alertMode = AppSettings::AlertMode::Risk;
        s.alertRisk = risk;
        s.save();
        applySettings();
    });
    // Tab moves from control to control and arrows move within a table or list, so the
    // keyboard reaches every control of a view (item views would keep Tab for their cells).
    for (auto* view : findChildren<QAbstractItemView*>()) view->setTabKeyNavigation(false);
    buildStatusBar();
    buildSourcesDock();
    connectActions();
    applySettings();

    // New rows reach the table by a re-count every few seconds, not per batch.
    transactionsRefresh_->setSingleShot(true);
    transactionsRefresh_->setInterval(3000);
    connect(transactionsRefresh_, &QTimer::timeout, transactions_, &TransactionsView::refresh);
    connect(transactionsRefresh_, &QTimer::timeout, review_, &ReviewView::reload);
    connect(feed_, &FeedController::rowsStored, this, [this] {
        if (!transactionsRefresh_->isActive()) transactionsRefresh_->start();
    });
    connect(feed_, &FeedController::updated, this, [this] {
        monitor_->refresh();
        updateStatus();
    });
    connect(feed_, &FeedController::stateChanged, this, [this] {
        updateFeedActions();
        updateStatus();
        if (feed_->isActive()) monitor_->setNotice({});
    });
    connect(feed_, &FeedController::stopped, this, [this](const QString& name, qint64 committed) {
        statusBar()->showMessage(
            tr("%1 stopped. The %Ln transaction(s) it delivered are stored and scored.", nullptr,
               static_cast<int>(committed))
                .arg(name),
            15000);
        transactions_->refresh();
    });
    connect(feed_, &FeedController::error, this, [this](const QString& message) {
        statusBar()->showMessage(message, 10000);
        monitor_->setNotice(message);
    });
    connect(demo_, &DemoBootstrap::progress, this, [this](const QString& stage, double fraction) {
        monitor_->setNotice(
            tr("Preparing the demo: %1… %2%").arg(stage).arg(static_cast<int>(fraction * 100)));
    });
    connect(demo_, &DemoBootstrap::finished, this, [this](bool ok, const QString& error) {
        if (!ok) {
            monitor_->setNotice(tr("The demo could not be prepared: %1").arg(error));
            return;
        }
        QSettings().setValue(QStringLiteral("demo/database"), databasePath_);
        monitor_->setNotice(tr("Starting the demo feed…"));
        transactions_->refresh();
        models_->refresh();
        emit demoReady();
        feed_->startDemo();
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    ui_->views->setCurrentIndex(settings.value(QStringLiteral("window/view"), 0).toInt());
    updateFeedActions();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectActions() {
    connect(ui_->actionOpenDatabase, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(ui_->actionImport, &QAction::triggered, this, [this] { importFiles(); });
    connect(ui_->actionExportData, &QAction::triggered, this, &MainWindow::showExportDialog);
    connect(ui_->actionExport, &QAction::triggered, this, &MainWindow::exportTransactions);
    connect(ui_->actionReport, &QAction::triggered, this, [this] {
        auto* dialog = new ReportDialog(databasePath_, AppSettings::load().effectiveAnalyst(),
                                        std::nullopt, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ReportDialog::finished, this,
                [this](bool, const QString& message) { statusBar()->showMessage(message, 15000); });
        dialog->open();
    });
    connect(ui_->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(ui_->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui_->actionStartDemo, &QAction::triggered, this, [this] {
        startDemo(QSettings().value(QStringLiteral("demo/database")).toString() != databasePath_);
    });
    connect(ui_->actionPause, &QAction::toggled, this,
            [this](bool paused) { paused ? feed_->pause() : feed_->resume(); });
    connect(ui_->actionStop, &QAction::triggered, feed_, &FeedController::stop);
    connect(ui_->actionConnect, &QAction::triggered, this, &MainWindow::showConnectDialog);
    ui_->actionConnect->setStatusTip(
        tr("Add a live source: a file, a drop folder, a socket, Kafka or the simulator"));
    const QList<QAction*> views = {ui_->actionShowMonitor, ui_->actionShowTransactions,
                                   ui_->actionShowReview, ui_->actionShowModels};
    for (int i = 0; i < views.size(); ++i)
        connect(views[i], &QAction::triggered, this, [this, i] { ui_->views->setCurrentIndex(i); });
    connect(ui_->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(ui_->actionAuditLog, &QAction::triggered, this, [this] {
        if (databasePath_.isEmpty()) return;
        auto* dialog = new AuditDialog(databasePath_, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(ui_->actionReviewMetrics, &QAction::triggered, this, [this] {
        if (databasePath_.isEmpty()) return;
        auto* view = new ReviewMetricsView(databasePath_, this);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->show();
    });
    connect(ui_->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildStatusBar() {
    feedLabel_ = new QLabel(this);
    rateLabel_ = new QLabel(this);
    queueLabel_ = new QLabel(this);
    droppedLabel_ = new QLabel(this);
    databaseLabel_ = new QLabel(this);
    feedLabel_->setObjectName(QStringLiteral("feedStatus"));
    rateLabel_->setObjectName(QStringLiteral("rateStatus"));
    queueLabel_->setObjectName(QStringLiteral("queueStatus"));
    droppedLabel_->setObjectName(QStringLiteral("droppedStatus"));
    databaseLabel_->setObjectName(QStringLiteral("databaseStatus"));
    for (QLabel* label : {feedLabel_, rateLabel_, queueLabel_, droppedLabel_, databaseLabel_})
        statusBar()->addPermanentWidget(label);
}

void MainWindow::buildSourcesDock() {
    sourcesDock_ = new QDockWidget(tr("Sources"), this);
    sourcesDock_->setObjectName(QStringLiteral("sourcesDock"));  // saveState() needs it
    sources_ = new SourcesPanel(feed_, sourcesDock_);
    sourcesDock_->setWidget(sources_);
    addDockWidget(Qt::BottomDockWidgetArea, sourcesDock_);
    sourcesDock_->hide();
    QAction* toggle = sourcesDock_->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowSources"));
    toggle->setText(tr("&Sources Panel"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    toggle->setStatusTip(tr("Show or hide the live sources and their state"));
    ui_->menuView->addSeparator();
    ui_->menuView->addAction(toggle);
    connect(sources_, &SourcesPanel::connectRequested, this, &MainWindow::showConnectDialog);
    // The demo runs without the panel; any other source brings it up.
    connect(feed_, &FeedController::sourceAdded, this, [this](int id) {
        if (id != feed_->demoId()) sourcesDock_->show();
    });
}

void MainWindow::showConnectDialog() {
    if (databasePath_.isEmpty()) return;
    auto* dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The source this dialog is opening, and whether the dialog added it (then a failure or
    // Cancel takes it off the list again; one listed before stays, showing its error).
    struct Pending {
        int id = -1;
        bool added = false;
    };
    auto pending = std::make_shared<Pending>();
    connect(dialog, &ConnectDialog::connectRequested, this,
            [this, dialog, pending](const QString& uri) {
                const bool listed = feed_->sourceId(uri) >= 0;
                int id = -1;
                try {
                    id = feed_->connectSource(uri);
                } catch (const std::exception& e) {
                    dialog->showOpenError(translateCoreText(e.what()));
                    return;
                }
                sources_->refresh();
                sources_->selectSource(id);
                if (feed_->runner(id)->phase() != SourceInfo::Phase::Opening) {
                    dialog->connected();  // it was running already
                    return;
                }
                *pending = {id, !listed};
            });
    connect(feed_, &FeedController::sourceOpened, dialog, [dialog, pending](int id) {
        if (id != pending->id) return;
        pending->id = -1;
        dialog->connected();
    });
    connect(feed_, &FeedController::sourceOpenFailed, dialog,
            [this, dialog, pending](int id, const QString& message) {
                if (id != pending->id) return;
                if (pending->added) feed_->removeSource(id);
                pending->id = -1;
                dialog->showOpenError(message);
            });
    connect(dialog, &QDialog::rejected, this, [this, pending] {
        if (pending->id >= 0 && pending->added) feed_->removeSource(pending->id);
    });
    dialog->open();
}

void MainWindow::updateStatus() {
    const QLocale locale;
    feedLabel_->setText(feed_->stateText());
    rateLabel_->setText(tr("%1 tx/s").arg(locale.toString(feed_->rate(), 'f', 0)));
    queueLabel_->setText(tr("queue %1").arg(locale.toString(qulonglong(feed_->queueDepth()))));
    droppedLabel_->setText(tr("dropped %1").arg(locale.toString(feed_->dropped())));
    databaseLabel_->setText(databasePath_.isEmpty() ? tr("no database")
                                                    : QDir::toNativeSeparators(databasePath_));
}

void MainWindow::updateFeedActions() {
    const bool open = !databasePath_.isEmpty();
    const bool active = feed_->isActive();
    ui_->actionImport->setEnabled(open);
    ui_->actionExport->setEnabled(open);
    ui_->actionExportData->setEnabled(open);
    ui_->actionReport->setEnabled(open);
    ui_->actionStartDemo->setEnabled(open && !feed_->isDemoActive() && !demo_->isRunning());
    ui_->actionConnect->setEnabled(open);
    ui_->actionPause->setEnabled(active);
    ui_->actionStop->setEnabled(active);
    const QSignalBlocker block(ui_->actionPause);
    ui_->actionPause->setChecked(feed_->isPaused());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/view"), ui_->views->currentIndex());
    demo_->cancel();
    feed_->stop();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() && !databasePath_.isEmpty()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) files << url.toLocalFile();
    if (files.isEmpty()) return;
    event->acceptProposedAction();
    importFiles(files);
}

void MainWindow::openDatabase(const QString& path) {
    feed_->setDatabase(path);
    databasePath_ = path;
    setWindowTitle(tr("FraudDesk — %1").arg(QFileInfo(path).fileName()));
    transactions_->setDatabase(path);
    review_->setDatabase(path);
    models_->setDatabase(path);
    monitor_->setNotice({});
    updateFeedActions();
    updateStatus();
    emit databaseOpened(path);
}

void MainWindow::startDemo(bool prepareFirst) {
    if (databasePath_.isEmpty() || feed_->isDemoActive() || demo_->isRunning()) return;
    ui_->views->setCurrentWidget(ui_->monitorPage);
    if (!prepareFirst) {
        feed_->startDemo();
        return;
    }
    monitor_->setNotice(tr("Preparing the demo…"));
    demo_->start(databasePath_, demoConfig_);
    updateFeedActions();
}

void MainWindow::showView(const QString& name) {
    const QStringList names = {QStringLiteral("monitor"), QStringLiteral("transactions"),
                               QStringLiteral("review"), QStringLiteral("models")};
    const int index = names.indexOf(name.toLower());
    if (index < 0) return;
    ui_->views->setCurrentIndex(index);
    if (index == 2) review_->queue()->setFocus();
}

void MainWindow::setDemoConfig(const DemoConfig& config) {
    demoConfig_ = config;
    feed_->setDemoConfig(config);
}

void MainWindow::chooseDatabase() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Open or Create Database"), databasePath_,
        tr("FraudDesk database (*.db *.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) openDatabase(path);
}

void MainWindow::importFiles(const QStringList& files) {
    if (databasePath_.isEmpty()) return;
    auto* wizard = new ImportWizard(databasePath_, files, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::importsFinished, this, &MainWindow::refreshViews);
    wizard->open();
}

void MainWindow::refreshViews() {
    transactions_->refresh();
    review_->reload();
    models_->refresh();
}

void MainWindow::exportTransactions() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Visible Transactions"), QString(),
                                     tr("CSV files (*.csv);;JSON files (*.json)"));
    if (path.isEmpty()) return;
    exportVisibleTransactions(this, databasePath_, transactions_->filter(),
                              transactions_->sortOrder(), path,
                              AppSettings::load().effectiveAnalyst());
}

void MainWindow::showExportDialog() {
    auto* dialog = new ExportDialog(databasePath_, AppSettings::load().effectiveAnalyst(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSettings() {
    SettingsDialog dialog(AppSettings::load(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    dialog.settings().save();
    applySettings();
}

void MainWindow::applySettings() {
    const AppSettings s = AppSettings::load();
    applyTheme(s.theme);
    feed_->setAlertOverride(s.alertMode == AppSettings::AlertMode::Risk ? s.alertRisk : -1.0);
    feed_->setAlertBudget(s.alertMode == AppSettings::AlertMode::Budget ? s.alertsPerDay : 0);
    review_->setAnalyst(s.effectiveAnalyst());
    models_->setAnalyst(s.effectiveAnalyst());
    models_->setAlertRisk(s.alertMode == AppSettings::AlertMode::Risk ? s.alertRisk : -1.0);
    EnsembleWeights weights;
    weights.iforest = s.weightIforest;
    weights.autoencoder = s.weightAutoencoder;
    weights.rules = s.weightRules;
    weights.supervised_max = s.weightSupervisedMax;
    models_->setWeights(weights);
    monitor_->refresh();
}

void MainWindow::showShortcuts() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto* table = new QTableWidget(0, 2, &dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QAction* action : findChildren<QAction*>()) {
        if (action->shortcut().isEmpty()) continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(action->text().remove(QLatin1Char('&'))));
        table->setItem(row, 1,
                       new QTableWidgetItem(action->shortcut().toString(QKeySequence::NativeText)));
    }
    table->sortItems(0);
    table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(420, 480);
    dialog.exec();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About FraudDesk"),
                       tr("<h3>FraudDesk %1</h3><p>A desktop workbench for fraud analysts: import "
                          "transaction feeds, score them, review alerts.</p>")
                           .arg(QStringLiteral(FD_VERSION)));
}

}  // namespace fd
