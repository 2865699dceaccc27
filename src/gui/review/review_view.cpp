#include "review_view.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <map>
#include <nlohmann/json.hpp>

#include "core/transaction.h"
#include "storage/database.h"
#include "storage/transaction_query.h"
#include "storage/transaction_store.h"

namespace fd {
namespace {

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

struct Detail {
    QString fields;
    QStringList reasons;
    QStringList history;
};

// The card's other open alerts within 24 hours (one case) and what analysts decided
// before on this card and this merchant.
void addContext(Database& db, const AlertRow& alert, const std::string& merchant, Detail& d) {
    Statement others = db.prepare(
        "SELECT t.ext_id, a.risk FROM alerts a JOIN transactions t ON t.id = a.transaction_id "
        "WHERE a.card_id = ?1 AND a.transaction_id != ?2 AND a.status IN ('new', 'in_review', "
        "'escalated') AND abs(a.created_ms - ?3) <= 86400000 ORDER BY a.created_ms");
    others.bind(1, alert.card_id).bind(2, alert.transaction_id).bind(3, alert.created_ms);
    QStringList ids;
    while (others.step())
        ids << QStringLiteral("%1 (%2)").arg(QString::fromStdString(others.column_text(0)),
                                             QString::number(others.column_double(1), 'f', 1));
    if (!ids.isEmpty())
        d.history << ReviewView::tr("Same case, open on this card within 24 h: %1")
                         .arg(ids.join(QStringLiteral(", ")));
    Statement past = db.prepare(
        "SELECT sum(t.card_id = ?1 AND l.decision = 'fraud'), sum(t.card_id = ?1 AND "
        "l.decision = 'legit'), sum(t.merchant_id = ?2 AND l.decision = 'fraud'), "
        "sum(t.merchant_id = ?2 AND l.decision = 'legit') FROM labels l JOIN transactions t ON "
        "t.id = l.transaction_id WHERE l.undone_ms IS NULL AND l.transaction_id != ?3 AND "
        "(t.card_id = ?1 OR t.merchant_id = ?2)");
    past.bind(1, alert.card_id).bind(2, merchant).bind(3, alert.transaction_id);
    if (past.step())
        d.history << ReviewView::tr(
                         "Earlier decisions: this card %1 fraud / %2 legit; this "
                         "merchant %3 fraud / %4 legit")
                         .arg(past.column_int64(0))
                         .arg(past.column_int64(1))
                         .arg(past.column_int64(2))
                         .arg(past.column_int64(3));
}

Detail readDetail(const QString& path, const AlertRow& alert) {
    Detail d;
    Database db(path.toStdString(), OpenMode::ReadOnly);
    const auto t = TransactionStore(db).find(alert.ext_id);
    const QLocale locale;
    if (t) {
        d.fields = ReviewView::tr(
                       "<b>%1</b> &nbsp; %2<br>Card %3 &nbsp; merchant %4 (%5)<br>"
                       "%6 %7 &nbsp; %8 %9 &nbsp; %10<br>Risk <b>%11</b>")
                       .arg(QString::fromStdString(t->id),
                            locale.toString(QDateTime::fromMSecsSinceEpoch(t->timestamp_ms),
                                            QLocale::ShortFormat),
                            QString::fromStdString(mask_card(t->card_id)),
                            QString::fromStdString(t->merchant_id),
                            QString::fromStdString(t->merchant_category),
                            QString::fromStdString(format_amount(t->amount_minor, t->currency)),
                            QString::fromStdString(t->currency), QString::fromStdString(t->city),
                            QString::fromStdString(t->country))
                       .arg(QString::fromStdString(t->channel))
                       .arg(locale.toString(alert.risk, 'f', 1));
    }
    const auto reasons =
        nlohmann::json::parse(TransactionQuery(db).reasons(alert.transaction_id), nullptr, false);
    if (reasons.is_array())
        for (const auto& r : reasons)
            if (r.is_object() && r.contains("text") && r["text"].is_string())
                d.reasons << QString::fromStdString(r["text"].get<std::string>());
    for (const auto& h : DecisionStore(db).history(alert.transaction_id)) {
        d.history << ReviewView::tr("%1 %2 by %3%4%5")
                         .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(h.decided_ms),
                                              QLocale::ShortFormat),
                              QString::fromUtf8(decision_name(h.decision).data()),
                              QString::fromStdString(h.analyst),
                              h.note.empty()
                                  ? QString()
                                  : QStringLiteral(": ") + QString::fromStdString(h.note),
                              h.undone ? ReviewView::tr(" (undone)") : QString());
    }
    addContext(db, alert, t ? t->merchant_id : std::string(), d);
    return d;
}

}  // namespace

ReviewView::ReviewView(QWidget* parent)
    : QWidget(parent),
      status_(new QComboBox(this)),
      model_(new ReviewQueueModel(this)),
      table_(new QTableView(this)),
      summary_(new QLabel(this)),
      fields_(new QLabel(this)),
      reasons_(new QListWidget(this)),
      history_(new QListWidget(this)),
      note_(new QLineEdit(this)) {
    writer_.setMaxThreadCount(1);
    status_->setObjectName(QStringLiteral("reviewStatus"));
    status_->addItem(tr("Open alerts"), QString());
    for (const char* s : {"new", "in_review", "escalated", "closed_fraud", "closed_legit"})
        status_->addItem(QString::fromLatin1(s), QString::fromLatin1(s));
    table_->setObjectName(QStringLiteral("reviewQueue"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    summary_->setObjectName(QStringLiteral("reviewSummary"));
    fields_->setObjectName(QStringLiteral("reviewFields"));
    fields_->setTextFormat(Qt::RichText);
    fields_->setWordWrap(true);
    reasons_->setObjectName(QStringLiteral("reviewReasons"));
    history_->setObjectName(QStringLiteral("reviewHistory"));
    note_->setObjectName(QStringLiteral("reviewNote"));
    note_->setPlaceholderText(tr("N: add a note, Enter to save"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(status_);
    leftLayout->addWidget(table_, 1);
    leftLayout->addWidget(summary_);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(fields_);
    rightLayout->addWidget(new QLabel(tr("Why it alerted"), right));
    rightLayout->addWidget(reasons_, 2);
    rightLayout->addWidget(new QLabel(tr("Decisions on this transaction"), right));
    rightLayout->addWidget(history_, 1);
    rightLayout->addWidget(note_);
    rightLayout->addWidget(
        new QLabel(tr("F fraud · L legitimate · E escalate · S skip · J/K next/previous · N note · "
                      "Ctrl+Z undo · Shift+F / Shift+L the whole selection"),
                   right));
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

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
    connect(status_, &QComboBox::currentIndexChanged, this, &ReviewView::reload);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewView::showDetail);
}

ReviewView::~ReviewView() {
    flush();
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
    const QString status = status_->currentData().toString();
    QPointer<ReviewView> self(this);
    // Reads wait for queued writes (same single thread), so the queue reflects them.
    writer_.start([self, path, status, generation] {
        std::vector<AlertRow> rows;
        const qint64 now = nowMs();
        try {
            Database db(path.toStdString(), OpenMode::ReadOnly);
            rows = AlertStore(db).queue(
                now, 2000,
                status.isEmpty() ? std::nullopt : alert_status_from_name(status.toStdString()));
        } catch (const std::exception&) {
            // No database yet, or an older schema: an empty queue says enough.
        }
        QMetaObject::invokeMethod(self, [self, rows = std::move(rows), now, generation]() mutable {
            if (!self || generation != self->generation_) return;
            const int count = static_cast<int>(rows.size());
            self->model_->setAlerts(std::move(rows), now);
            const int row = self->model_->rowOf(self->pendingSelect_);
            self->pendingSelect_ = 0;
            self->select(row >= 0 ? row : 0);
            self->summary_->setText(tr("%n alert(s)", nullptr, count));
            emit self->queueLoaded(count);
        });
    });
}

void ReviewView::select(int row) {
    if (model_->rowCount() == 0) {
        fields_->setText(tr("Nothing to review."));
        reasons_->clear();
        history_->clear();
        return;
    }
    row = std::clamp(row, 0, model_->rowCount() - 1);
    table_->setCurrentIndex(model_->index(row, 0));
    table_->selectRow(row);
}

void ReviewView::showDetail() {
    const AlertRow* a = model_->alertAt(table_->currentIndex().row());
    if (!a) return;
    const AlertRow alert = *a;
    const QString path = databasePath_;
    QPointer<ReviewView> self(this);
    QThreadPool::globalInstance()->start([self, path, alert] {
        Detail d;
        try {
            d = readDetail(path, alert);
        } catch (const std::exception& e) {
            d.fields = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(self, [self, d, id = alert.transaction_id] {
            if (!self || self->currentTransaction() != id) return;
            self->fields_->setText(d.fields);
            self->reasons_->clear();
            self->reasons_->addItems(d.reasons.isEmpty() ? QStringList{tr("No reasons stored.")}
                                                         : d.reasons);
            self->history_->clear();
            self->history_->addItems(d.history);
            emit self->detailLoaded();
        });
    });
}

void ReviewView::decide(Decision decision) {
    const int row = table_->currentIndex().row();
    const AlertRow* a = model_->alertAt(row);
    if (!a) return;
    const qint64 id = a->transaction_id;
    // The next alert at once; the write follows on the worker.
    model_->removeRowAt(row);
    select(row);
    const QString path = databasePath_, analyst = analyst_;
    QPointer<ReviewView> self(this);
    writer_.start([self, path, analyst, id, decision] {
        QString error;
        try {
            Database db(path.toStdString());
            DecisionStore(db).decide(id, decision, analyst.toStdString(), {}, nowMs());
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(self, [self, error] {
            if (!self) return;
            if (!error.isEmpty()) {
                self->summary_->setText(tr("The decision was not saved: %1").arg(error));
                self->reload();
            }
            emit self->decided();
        });
    });
    summary_->setText(tr("%n alert(s)", nullptr, model_->rowCount()));
}

void ReviewView::decideSelection(Decision decision,
                                 const std::function<bool(const QString&)>& confirm) {
    std::vector<qint64> ids;
    std::map<std::string, std::int64_t> totals;  // currency -> minor units
    for (const QModelIndex& index : table_->selectionModel()->selectedRows()) {
        const AlertRow* a = model_->alertAt(index.row());
        if (!a) continue;
        ids.push_back(a->transaction_id);
        totals[a->currency] += a->amount_minor;
    }
    if (ids.empty()) return;
    QStringList amounts;
    for (const auto& [currency, minor] : totals)
        amounts << QString::fromStdString(format_amount(minor, currency)) + QLatin1Char(' ') +
                       QString::fromStdString(currency);
    const QString question =
        tr("Label %n alert(s), %1 in all, as %2?", nullptr, static_cast<int>(ids.size()))
            .arg(amounts.join(QStringLiteral(" + ")),
                 QString::fromUtf8(decision_name(decision).data()));
    const bool yes =
        confirm ? confirm(question)
                : QMessageBox::question(this, tr("Bulk decision"), question) == QMessageBox::Yes;
    if (!yes) return;
    const int first = table_->selectionModel()->selectedRows().front().row();
    for (const qint64 id : ids) model_->removeRowAt(model_->rowOf(id));
    select(first);
    const QString path = databasePath_, analyst = analyst_;
    QPointer<ReviewView> self(this);
    writer_.start([self, path, analyst, ids, decision] {
        QString error;
        try {
            Database db(path.toStdString());
            DecisionStore store(db);
            for (const qint64 id : ids)
                store.decide(id, decision, analyst.toStdString(), {}, nowMs());
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(self, [self, error] {
            if (!self) return;
            if (!error.isEmpty()) self->summary_->setText(tr("Not all saved: %1").arg(error));
            self->reload();
            emit self->decided();
        });
    });
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
        std::optional<std::int64_t> undone;
        try {
            Database db(path.toStdString());
            undone = DecisionStore(db).undo_last(analyst.toStdString(), nowMs());
        } catch (const std::exception&) {
        }
        QMetaObject::invokeMethod(self, [self, undone] {
            if (!self) return;
            if (undone) self->pendingSelect_ = *undone;  // back to the alert it reopened
            self->summary_->setText(undone ? tr("Undone.") : tr("Nothing to undo."));
            self->reload();
            emit self->decided();
        });
    });
}

void ReviewView::startNote() {
    if (!currentTransaction()) return;
    note_->setFocus();
}

}  // namespace fd
