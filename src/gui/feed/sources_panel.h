// The sources panel (a dock in the main window): the live sources in a table, refreshed
// twice a second, and Start, Pause/Resume, Stop and Remove for the selected one (buttons,
// context menu, Delete key).
#pragma once

#include <QTimer>
#include <QWidget>

class QAction;
class QTableView;
class QToolButton;

namespace fd {

class FeedController;
class SourcesModel;

class SourcesPanel : public QWidget {
    Q_OBJECT

public:
    explicit SourcesPanel(FeedController* feed, QWidget* parent = nullptr);

    SourcesModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    int selectedId() const;  // -1: none
    void selectSource(int id);
    // Takes a fresh snapshot from the feed now (the timer does it every kRefreshMs).
    void refresh();

signals:
    void connectRequested();  // the panel's Connect… button

private:
    void updateActions();
    void showContextMenu(const QPoint& position);
    QToolButton* button(QAction* action);

    static constexpr int kRefreshMs = 500;
    FeedController* feed_;
    SourcesModel* model_;
    QTableView* table_;
    QAction* connect_;
    QAction* start_;
    QAction* pauseResume_;
    QAction* stop_;
    QAction* remove_;
    QTimer timer_;
};

}  // namespace fd
