// The application window. It stays thin: the feed runs in FeedController (a Pipeline on
// its own thread), imports in the wizard's ImportJob, and each view loads its own data off
// the GUI thread; this class wires menus, views and the status bar together.
#pragma once

#include <QMainWindow>
#include <QString>
#include <memory>

#include "ingest/demo_setup.h"

class QDockWidget;
class QLabel;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace fd {

class DemoBootstrap;
class FeedController;
class ModelsView;
class ReviewView;
class MonitorView;
class SourcesPanel;
class TransactionsView;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (creating if needed) the database at `path`.
    void openDatabase(const QString& path);
    QString databasePath() const { return databasePath_; }
    // The built-in demo: with `prepareFirst`, fills the (new) database with a generated
    // history and trains the model first; then starts the simulated live feed.
    void startDemo(bool prepareFirst);
    // Opens the import wizard, with `files` already chosen (for example dropped ones).
    void importFiles(const QStringList& files = {});

    FeedController* feed() const { return feed_; }
    SourcesPanel* sourcesPanel() const { return sources_; }
    // Feed > Connect…: a dialog that adds a live source (window-modal, not blocking).
    void showConnectDialog();
    // Re-reads what the views show (after an import, say); the reading happens off the GUI
    // thread.
    void refreshViews();
    // "monitor", "transactions", "review" or "models"; the review queue takes the focus.
    void showView(const QString& name);
    ReviewView* review() const { return review_; }
    // A smaller demo for tests and benchmarks.
    void setDemoConfig(const DemoConfig& config);

signals:
    void databaseOpened(const QString& path);
    void demoReady();  // the demo's history and model exist; the feed is starting

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void connectActions();
    void buildStatusBar();
    void buildSourcesDock();
    void chooseDatabase();
    void exportTransactions();
    void showExportDialog();
    void showSettings();
    void applySettings();
    void showShortcuts();
    void showAbout();
    void updateFeedActions();
    void updateStatus();

    std::unique_ptr<Ui::MainWindow> ui_;
    FeedController* feed_;
    DemoBootstrap* demo_;
    MonitorView* monitor_;
    TransactionsView* transactions_;
    ModelsView* models_;
    ReviewView* review_;
    SourcesPanel* sources_;
    QDockWidget* sourcesDock_;
    QTimer* transactionsRefresh_;  // after stored rows, at most every few seconds
    QLabel* feedLabel_;
    QLabel* rateLabel_;
    QLabel* queueLabel_;
    QLabel* droppedLabel_;
    QLabel* databaseLabel_;
    QString databasePath_;
    DemoConfig demoConfig_;
};

}  // namespace fd
