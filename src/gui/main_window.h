// The application window. It stays thin: work happens in fd_ingest on worker threads and
// arrives here as results.
#pragma once

#include <QMainWindow>
#include <QString>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace fd {

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (creating if needed) the database at `path` and shows its summary.
    void openDatabase(const QString& path);
    QString databasePath() const { return databasePath_; }

signals:
    void summaryUpdated();  // emitted when the overview shows fresh figures

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void chooseDatabase();
    void importFiles();
    void showAbout();
    void refreshSummary();
    void showSummary(const QString& text);

    std::unique_ptr<Ui::MainWindow> ui_;
    QString databasePath_;
};

}  // namespace fd
