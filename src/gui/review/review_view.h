// The review queue: cases by priority on the left (a card's open alerts within 24 hours
// are one case, one row), under filters; the selected case's transaction, reasons, each
// model's part of the risk, the card's history, the case's alerts and past decisions on
// the right. Keyboard first: F fraud, L legitimate, E escalate, S skip, J next,
// K previous, N note, Ctrl+Z undo (as many levels as there are decisions). A decision on a
// case applies to all its alerts and is undone as one step. A decided case leaves the
// queue at once and the next one is shown; the write happens on a single worker thread,
// in order, so undo always follows the decision it undoes.
#pragma once

#include <QThreadPool>
#include <QWidget>
#include <atomic>
#include <functional>
#include <memory>

#include "review_queue_model.h"
#include "storage/decision_store.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QTableView;

namespace fd {

class CardHistoryChart;
class ContributionChart;
class ReviewFilterBar;
class ReportDialog;

class ReviewView : public QWidget {
    Q_OBJECT

public:
    explicit ReviewView(QWidget* parent = nullptr);
    ~ReviewView() override;

    void setDatabase(const QString& path);
    void setAnalyst(const QString& analyst) { analyst_ = analyst; }
    QString analyst() const { return analyst_; }
    void reload();  // re-reads the queue, keeping the selection where it can
    // Waits until every queued write has reached the database (tests, shutdown).
    void flush();

    QTableView* queue() const { return table_; }
    ReviewQueueModel* model() const { return model_; }
    ReviewFilterBar* filters() const { return filters_; }
    ContributionChart* contributions() const { return contributions_; }
    CardHistoryChart* cardHistory() const { return cardHistory_; }
    qint64 currentTransaction() const;  // row id, 0 when none

    void decide(Decision decision);  // on every alert of the current case
    // Applies `decision` to every alert of the selected cases, as one step to undo, after a
    // confirmation that shows how many and their total amount (per currency). `confirm`
    // replaces the dialog in tests.
    void decideSelection(Decision decision,
                         const std::function<bool(const QString&)>& confirm = {});
    void skip(int step);  // J / S: +1, K: -1
    void undo();
    void startNote();
    // The selected case's report dialog (opened, window-modal); nullptr when none is selected.
    ReportDialog* openCaseReport();

signals:
    void queueLoaded(int alerts);
    void detailLoaded();
    void decided();  // a decision or an undo reached the database

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showDetail();
    void select(int row);
    void clearDetail();
    void write(std::vector<qint64> ids, Decision decision, bool reloadAfter);
    void showCount();

    QString databasePath_;
    QString analyst_;
    QThreadPool writer_;  // one thread: decisions and undos in the order they were made
    ReviewFilterBar* filters_;
    ReviewQueueModel* model_;
    QTableView* table_;
    QLabel* summary_;
    QLabel* fields_;
    QListWidget* reasons_;
    ContributionChart* contributions_;
    CardHistoryChart* cardHistory_;
    QLabel* caseTitle_;
    QListWidget* case_;
    QListWidget* history_;
    QLineEdit* note_;
    QSplitter* splitter_ = nullptr;
    bool shownOnce_ = false;
    // The transaction the detail pane shows, for a detail read to see it went stale.
    std::shared_ptr<std::atomic<qint64>> shown_ = std::make_shared<std::atomic<qint64>>(0);
    qint64 pendingSelect_ = 0;  // transaction to select after the next reload
    int generation_ = 0;
};

}  // namespace fd
