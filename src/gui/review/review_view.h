// The review queue: open alerts by priority on the left, the selected one's transaction,
// reasons and past decisions on the right. Keyboard first: F fraud, L legitimate,
// E escalate, S skip, J next, K previous, N note, Ctrl+Z undo (as many levels as there
// are decisions). A decided alert leaves the queue at once and the next one is shown;
// the write happens on a single worker thread, in order, so undo always follows the
// decision it undoes.
#pragma once

#include <QThreadPool>
#include <QWidget>
#include <functional>

#include "review_queue_model.h"
#include "storage/decision_store.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;

namespace fd {

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
    qint64 currentTransaction() const;  // row id, 0 when none

    void decide(Decision decision);
    // Applies `decision` to every selected alert after a confirmation that shows how many
    // and their total amount (per currency). `confirm` replaces the dialog in tests.
    void decideSelection(Decision decision,
                         const std::function<bool(const QString&)>& confirm = {});
    void skip(int step);  // J / S: +1, K: -1
    void undo();
    void startNote();

signals:
    void queueLoaded(int alerts);
    void detailLoaded();
    void decided();  // a decision or an undo reached the database

private:
    void showDetail();
    void select(int row);

    QString databasePath_;
    QString analyst_;
    QThreadPool writer_;  // one thread: decisions and undos in the order they were made
    QComboBox* status_;
    ReviewQueueModel* model_;
    QTableView* table_;
    QLabel* summary_;
    QLabel* fields_;
    QListWidget* reasons_;
    QListWidget* history_;
    QLineEdit* note_;
    qint64 pendingSelect_ = 0;  // transaction to select after the next reload
    int generation_ = 0;
};

}  // namespace fd
