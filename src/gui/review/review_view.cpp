#include "review_view.h"

#include <QAction>
#include <QBarSet>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <map>

#include "core/transaction.h"
#include "gui/money_text.h"
#include "gui/report_dialog.h"
#include "i18n/core_text.h"
#include "review_charts.h"
#include "review_detail.h"
#include "review_filter_bar.h"
#include "storage/database.h"

namespace fd {
namespace {

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

}  // namespace

ReviewView::ReviewView(QWidget* parent)
    : QWidget(parent),
      filters_(new ReviewFilterBar(this)),
      model_(new ReviewQueueModel(this)),
      table_(new QTableView(this)),
      summary_(new QLabel(this)),
      fields_(new QLabel(this)),
      reasons_(new QListWidget(this)),
      contributions_(new ContributionChart(this)),
      cardHistory_(new CardHistoryChart(this)),
      caseTitle_(heading(QString(), this)),
      case_(new QListWidget(this)),
      history_(new QListWidget(this)),
      note_(new QLineEdit(this)) {
    writer_.setMaxThreadCount(1);
    table_->setObjectName(QStringLiteral("reviewQueue"));
    table_->setAccessibleName(tr("Review queue"));
    table_->setAccessibleDescription(tr("Open alerts, highest priority first"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->setWordWrap(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    summary_->setObjectName(QStringLiteral("reviewSummary"));
    fields_->setObjectName(QStringLiteral("reviewFields"));
    fields_->setTextFormat(Qt::RichText);
    reasons_->setObjectName(QStringLiteral("reviewReasons"));
    reasons_->setAccessibleName(tr("Reasons"));
    reasons_->setAccessibleDescription(tr("Why this alert was raised"));
    reasons_->setWordWrap(true);
    case_->setObjectName(QStringLiteral("reviewCase"));
    case_->setAccessibleName(tr("Alerts of this case"));
    case_->setWordWrap(true);
    case_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    history_->setObjectName(QStringLiteral("reviewHistory"));
    history_->setAccessibleName(tr("Card history"));
    history_->setWordWrap(true);
    note_->setObjectName(QStringLiteral("reviewNote"));
    note_->setAccessibleName(tr("Note"));
    note_->setAccessibleDescription(tr("A note stored with your decision"));
    note_->setPlaceholderText(tr("N: add a note, Enter to save"));
    contributions_->setMinimumHeight(120);
    cardHistory_->setMinimumHeight(170);
    for (QListWidget* list : {reasons_, case_, history_}) list->setMinimumHeight(48);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(filters_);
    leftLayout->addWidget(table_, 1);
    leftLayout->addWidget(summary_);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(fields_);
    rightLayout->addWidget(heading(tr("Why it alerted"), right));
    rightLayout->addWidget(reasons_, 2);
    rightLayout->addWidget(contributions_, 3);
    rightLayout->addWidget(cardHistory_, 4);
    rightLayout->addWidget(caseTitle_);
    rightLayout->addWidget(case_, 2);
    rightLayout->addWidget(heading(tr("Decisions and the card's context"), right));
    rightLayout->addWidget(history_, 2);
    rightLayout->addWidget(note_);
    // Lines broken by hand: a word-wrapped label would make the scroll area below size the
    // pane by its preferred height (height for width) and scroll when nothing needs to.
    auto* keys = new QLabel(tr("F fraud · L legitimate · E escalate (the whole case) · S skip\n"
                               "J/K next/previous · N note · Ctrl+Z undo · Shift+F / Shift+L "
                               "the whole selection"),
                            right);
    rightLayout->addWidget(keys);
    splitter_ = new QSplitter(this);
    // The detail scrolls when the window is short rather than holding the window tall.
    auto* detail = new QScrollArea(this);
    detail->setObjectName(QStringLiteral("reviewDetail"));
    detail->setAccessibleName(tr("Alert details"));
    detail->setWidget(right);
    detail->setWidgetResizable(true);
    detail->setFrameShape(QFrame::NoFrame);
    detail->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    splitter_->addWidget(left);
    splitter_->addWidget(detail);
    splitter_->setStretchFactor(0, 1);
    splitter_->setStretchFactor(1, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(splitter_);

    const auto key = [this](const QKeySequence& sequence, auto slot) {
        auto* shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    key(Qt::Key_F, [this] { decide(Decision::Fraud); });
    key(Qt::Key_L, [this] { decide(Decision::Legit); });
    key(Qt::Key_E, [this] { decide(Decision::Escalate); });
    key(Qt::Key_S, [this] { skip(1); });
    key(Qt::Key_J, [this] { skip(1); });
    key(Qt::Key_K, [this] { skip(-1); });
    key(Qt::Key_N, [this] { startNote(); });
    key(QKeySequence::Undo, [this] { undo(); });
    // With several rows selected, Shift+F / Shift+L decide them all (after a confirmation).
    key(QKeySequence(Qt::SHIFT | Qt::Key_F), [this] { decideSelection(Decision::Fraud); });
    key(QKeySequence(Qt::SHIFT | Qt::Key_L), [this] { decideSelection(Decision::Legit); });
    connect(note_, &QLineEdit::returnPressed, this, [this] {
        const qint64 id = currentTransaction();
        const QString text = note_->text().trimmed();
        if (!id || text.isEmpty()) return;
        note_->clear();
        table_->setFocus();
        const QString path = databasePath_, analyst = analyst_;
        QPointer<ReviewView> self(this);
        writer_.start([self, path, analyst, id, text] {
            Database db(path.toStdString());
            DecisionStore(db).add_note(id, analyst.toStdString(), text.toStdString(), nowMs());
            QMetaObject::invokeMethod(self, [self] {
                if (self) self->showDetail();
            });
        });
    });
    // Right-click on the queue: the selected case as a report file.
    auto* caseReport = new QAction(tr("Case &Report…"), this);
    caseReport->setObjectName(QStringLiteral("caseReportAction"));
    table_->addAction(caseReport);
    table_->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(caseReport, &QAction::triggered, this, &ReviewView::openCaseReport);
    connect(filters_, &ReviewFilterBar::changed, this, &ReviewView::reload);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewView::showDetail);
    clearDetail();
}

void ReviewView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (shownOnce_) return;
    shownOnce_ = true;
    // The table's wide size hint would leave the detail and its charts too narrow.
    const int width = splitter_->width();
    splitter_->setSizes({width * 11 / 20, width - width * 11 / 20});
}

ReviewView::~ReviewView() {
    shown_->store(0);  // a detail read still running stops early
    flush();
    // The children are deleted after this body; their signals (a selection cleared as the
    // model goes) must not reach the half-destroyed view.
    for (QObject* child : findChildren<QObject*>())
        QObject::disconnect(child, nullptr, this, nullptr);
}

void ReviewView::flush() {
    writer_.waitForDone();
}

void ReviewView::setDatabase(const QString& path) {
    flush();
    databasePath_ = path;
    reload();
}

qint64 ReviewView::currentTransaction() const {
    const AlertRow* a = model_->alertAt(table_->currentIndex().row());
    return a ? a->transaction_id : 0;
}

void ReviewView::reload() {
    if (databasePath_.isEmpty()) return;
    const int generation = ++generation_;
    if (!pendingSelect_) pendingSelect_ = currentTransaction();
    const QString path = databasePath_;
    const AlertFilter filter = filters_->filter(analyst_);
    QPointer<ReviewView> self(this);
    // Reads wait for queued writes (same single thread), so the queue reflects them.
    writer_.start([self, path, filter, generation] {
        std::vector<AlertCase> cases;
        AlertFacets facets;
        const qint64 now = nowMs();
        try {
            Database db(path.toStdString(), OpenMode::ReadOnly);
            AlertStore store(db);
            cases = store.cases(now, 2000, filter);
            facets = store.facets();
        } catch (const std::exception&) {
            // No database yet, or an older schema: an empty queue says enough.
        }
        QMetaObject::invokeMethod(self, [self, cases = std::move(cases), facets = std::move(facets),
                                         now, generation]() mutable {
            if (!self || generation != self->generation_) return;
            self->filters_->setFacets(facets);
            self->model_->setCases(std::move(cases), now);
            const int row = self->model_->rowOf(self->pendingSelect_);
            self->pendingSelect_ = 0;
            self->select(row >= 0 ? row : 0);
            self->showCount();
            emit self->queueLoaded(self->model_->rowCount());
        });
    });
}

void ReviewView::showCount() {
    const int rows = model_->rowCount(), alerts = model_->alertCount();
    // Cases group two or more alerts, so "alerts" is plural there.
    summary_->setText(
        rows == alerts ? tr("%n alert(s)", nullptr, alerts)
        : rows == 1    ? tr("%n alerts in one case", nullptr, alerts)
                    : tr("%n alerts in %1 cases", nullptr, alerts).arg(QLocale().toString(rows)));
}

void ReviewView::clearDetail() {
    shown_->store(0);
    fields_->setText(model_->rowCount() == 0 ? tr("Nothing to review.") : QString());
    reasons_->clear();
    case_->clear();
    caseTitle_->setText(tr("The case"));
    history_->clear();
    contributions_->setPoints(std::nullopt, QString());
    cardHistory_->setHistory({}, QString());
}

void ReviewView::select(int row) {
    if (model_->rowCount() == 0) {
        clearDetail();
        return;
    }
    row = std::clamp(row, 0, model_->rowCount() - 1);
    table_->setCurrentIndex(model_->index(row, 0));
    table_->selectRow(row);
}

void ReviewView::showDetail() {
    const AlertCase* c = model_->caseAt(table_->currentIndex().row());
    if (!c) return;
    const AlertCase shown = *c;
    const qint64 id = shown.lead.transaction_id;
    shown_->store(id);
    const QString path = databasePath_;
    QPointer<ReviewView> self(this);
    QThreadPool::globalInstance()->start([self, path, shown, id, flag = shown_] {
        if (flag->load() != id) return;  // moved on before this read started
        ReviewDetail d;
        try {
            d = readReviewDetail(path, shown, [&] { return flag->load() != id; });
        } catch (const std::exception& e) {
            d.fields = translateCoreText(e.what());
        }
        QMetaObject::invokeMethod(self, [self, d = std::move(d), id, count = shown.alerts.size()] {
            if (!self || self->currentTransaction() != id) return;
            self->fields_->setText(d.fields);
            self->reasons_->clear();
            self->reasons_->addItems(d.reasons.isEmpty() ? QStringList{tr("No reasons stored.")}
                                                         : d.reasons);
            self->contributions_->setPoints(d.points, d.pointsNote);
            self->cardHistory_->setHistory(d.card, d.currency);
            self->caseTitle_->setText(
                count > 1 ? tr("The case: %n alerts on this card within 24 h, decided together",
                               nullptr, static_cast<int>(count))
                          : tr("The case: this alert alone"));
            self->case_->clear();
            self->case_->addItems(d.caseLines);
            self->history_->clear();
            self->history_->addItems(d.history);
            emit self->detailLoaded();
        });
    });
}

// Writes `decision` on the transactions (one batch when several) on the writer thread.
void ReviewView::write(std::vector<qint64> ids, Decision decision, bool reloadAfter) {
    const QString path = databasePath_, analyst = analyst_;
    QPointer<ReviewView> self(this);
    writer_.start([self, path, analyst, ids = std::move(ids), decision, reloadAfter] {
        QString error;
        try {
            Database db(path.toStdString());
            DecisionStore store(db);
            if (ids.size() == 1) {
                store.decide(ids.front(), decision, analyst.toStdString(), {}, nowMs());
            } else {
                const std::vector<std::int64_t> rows(ids.begin(), ids.end());
                store.decide_all(rows, decision, analyst.toStdString(), {}, nowMs());
            }
        } catch (const std::exception& e) {
            error = translateCoreText(e.what());
        }
        QMetaObject::invokeMethod(self, [self, error, reloadAfter] {
            if (!self) return;
            if (!error.isEmpty())
                self->summary_->setText(tr("The decision was not saved: %1").arg(error));
            if (reloadAfter || !error.isEmpty()) self->reload();
            emit self->decided();
        });
    });
}

void ReviewView::decide(Decision decision) {
    const int row = table_->currentIndex().row();
    const AlertCase* c = model_->caseAt(row);
    if (!c) return;
    std::vector<qint64> ids;
    for (const std::int64_t id : c->transaction_ids()) ids.push_back(id);
    // The next case at once; the write follows on the worker.
    model_->removeRowAt(row);
    select(row);
    write(std::move(ids), decision, false);
    showCount();
}

void ReviewView::decideSelection(Decision decision,
                                 const std::function<bool(const QString&)>& confirm) {
    std::vector<qint64> ids, leads;
    std::map<std::string, std::int64_t> totals;  // currency -> minor units
    for (const QModelIndex& index : table_->selectionModel()->selectedRows()) {
        const AlertCase* c = model_->caseAt(index.row());
        if (!c) continue;
        leads.push_back(c->lead.transaction_id);
        for (const std::int64_t id : c->transaction_ids()) ids.push_back(id);
        for (const AlertRow& a : c->alerts) totals[a.currency] += a.amount_minor;
    }
    if (ids.empty()) return;
    QStringList amounts;
    for (const auto& [currency, minor] : totals) amounts << moneyText(minor, currency);
    const QString question =
        tr("Label %n alert(s), %1 in all, as %2?", nullptr, static_cast<int>(ids.size()))
            .arg(amounts.join(QStringLiteral(" + ")), ReviewQueueModel::decisionName(decision));
    const bool yes =
        confirm ? confirm(question)
                : QMessageBox::question(this, tr("Bulk decision"), question) == QMessageBox::Yes;
    if (!yes) return;
    const int first = table_->selectionModel()->selectedRows().front().row();
    for (const qint64 id : leads) model_->removeRowAt(model_->rowOf(id));
    select(first);
    write(std::move(ids), decision, true);
    showCount();
}

void ReviewView::skip(int step) {
    if (model_->rowCount() == 0) return;
    const int row = table_->currentIndex().row() + step;
    select(std::clamp(row, 0, model_->rowCount() - 1));
}

void ReviewView::undo() {
    const QString path = databasePath_, analyst = analyst_;
    QPointer<ReviewView> self(this);
    writer_.start([self, path, analyst] {
        std::vector<std::int64_t> undone;
        try {
            Database db(path.toStdString());
            DecisionStore(db).undo_last(analyst.toStdString(), nowMs(), &undone);
        } catch (const std::exception&) {
        }
        QMetaObject::invokeMethod(self, [self, undone] {
            if (!self) return;
            if (!undone.empty()) self->pendingSelect_ = undone.front();  // back to it
            self->summary_->setText(undone.empty()       ? tr("Nothing to undo.")
                                    : undone.size() == 1 ? tr("Undone.")
                                                         : tr("Undone: %n alerts.", nullptr,
                                                              static_cast<int>(undone.size())));
            self->reload();
            emit self->decided();
        });
    });
}

ReportDialog* ReviewView::openCaseReport() {
    const AlertCase* c = model_->caseAt(table_->currentIndex().row());
    if (!c) return nullptr;
    auto* dialog = new ReportDialog(databasePath_, analyst_, c->lead.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportDialog::finished, this,
            [this](bool, const QString& message) { summary_->setText(message); });
    dialog->open();
    return dialog;
}

void ReviewView::startNote() {
    if (!currentTransaction()) return;
    note_->setFocus();
}

}  // namespace fd
