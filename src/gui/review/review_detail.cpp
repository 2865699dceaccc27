#include "review_detail.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/engine/scorer.h"
#include "core/transaction.h"
#include "gui/money_text.h"
#include "gui/review/review_queue_model.h"
#include "i18n/core_text.h"
#include "ingest/active_model.h"
#include "storage/database.h"
#include "storage/decision_store.h"
#include "storage/score_store.h"
#include "storage/transaction_query.h"
#include "storage/transaction_store.h"

namespace fd {
namespace {

// The detail's texts are the review view's (lupdate files them under that context too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fd::ReviewView)
};

QString when(qint64 ms) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

// The card's open alerts outside this case, and what analysts decided before on this card
// and this merchant.
void addContext(Database& db, const AlertCase& c, const std::string& merchant, ReviewDetail& d) {
    std::vector<std::int64_t> members = c.transaction_ids();
    Statement others = db.prepare(
        "SELECT t.ext_id, a.risk, a.transaction_id FROM alerts a JOIN transactions t ON t.id = "
        "a.transaction_id WHERE a.card_id = ?1 AND a.card_id != '' AND a.status IN ('new', "
        "'in_review', 'escalated') ORDER BY t.ts_ms LIMIT 50");
    others.bind(1, c.lead.card_id);
    QStringList ids;
    while (others.step()) {
        if (std::find(members.begin(), members.end(), others.column_int64(2)) != members.end())
            continue;
        ids << QStringLiteral("%1 (%2)").arg(QString::fromStdString(others.column_text(0)),
                                             QString::number(others.column_double(1), 'f', 1));
    }
    if (!ids.isEmpty())
        d.history
            << Text::tr("Other open alerts on this card: %1").arg(ids.join(QStringLiteral(", ")));
    Statement past = db.prepare(
        "SELECT sum(t.card_id = ?1 AND l.decision = 'fraud'), sum(t.card_id = ?1 AND "
        "l.decision = 'legit'), sum(t.merchant_id = ?2 AND l.decision = 'fraud'), "
        "sum(t.merchant_id = ?2 AND l.decision = 'legit') FROM labels l JOIN transactions t ON "
        "t.id = l.transaction_id WHERE l.undone_ms IS NULL AND l.transaction_id != ?3 AND "
        "(t.card_id = ?1 OR t.merchant_id = ?2)");
    past.bind(1, c.lead.card_id).bind(2, merchant).bind(3, c.lead.transaction_id);
    if (past.step())
        d.history << Text::tr(
                         "Earlier decisions: this card %1 fraud / %2 legit; this merchant %3 "
                         "fraud / %4 legit")
                         .arg(past.column_int64(0))
                         .arg(past.column_int64(1))
                         .arg(past.column_int64(2))
                         .arg(past.column_int64(3));
}

// The stored score's risk points, else the active model's, recomputed as the explain
// command does: the features from the transaction's past (the pipeline's 31-day warm-up),
// then the verdict.
void addPoints(Database& db, const Transaction& t, std::int64_t rowId,
               const std::function<bool()>& stale, ReviewDetail& d) {
    Statement stored = db.prepare(
        "SELECT s.model_scores FROM scores s LEFT JOIN alerts a ON a.transaction_id = "
        "s.transaction_id WHERE s.transaction_id = ?1 AND s.model_id = coalesce(a.model_id, "
        "(SELECT id FROM models WHERE active = 1))");
    stored.bind(1, rowId);
    if (stored.step()) d.points = stored_risk_points(stored.column_text(0));
    if (d.points) {
        d.pointsNote = Text::tr("Each model's part of the risk, in risk points");
        return;
    }
    const auto active = load_active_model(db);
    if (!active) {
        d.pointsNote = Text::tr("No model has scored this transaction.");
        return;
    }
    constexpr std::int64_t kWarmUpMs = 31LL * 24 * 3'600'000;
    Scorer scorer(*active->model);
    bool stopped = false;
    TransactionStore(db).scan(t.timestamp_ms - kWarmUpMs, t.timestamp_ms + 1, 10000,
                              [&](std::span<const Transaction> batch, auto ids) {
                                  for (std::size_t i = 0; i < batch.size(); ++i)
                                      if (ids[i] != rowId) scorer.observe(batch.subspan(i, 1));
                                  stopped = stale && stale();
                                  return !stopped;
                              });
    if (stopped) return;
    std::vector<Verdict> verdicts;
    scorer.score(std::span<const Transaction>(&t, 1), verdicts, nullptr,
                 /*exact_contributions=*/true);
    d.points = verdicts.front().contributions;
    d.pointsNote = Text::tr(
        "Each model's part of the risk, in risk points, as the active model "
        "scores it now");
}

}  // namespace

ReviewDetail readReviewDetail(const QString& path, const AlertCase& c,
                              const std::function<bool()>& stale) {
    ReviewDetail d;
    const AlertRow& alert = c.lead;
    Database db(path.toStdString(), OpenMode::ReadOnly);
    const auto t = TransactionStore(db).find(alert.ext_id);
    const QLocale locale;
    if (t) {
        d.fields = Text::tr(
                       "<b>%1</b> &nbsp; %2<br>Card %3 &nbsp; merchant %4 (%5)<br>"
                       "%6 %7 &nbsp; %8 %9 &nbsp; %10<br>Risk <b>%11</b> (%12)")
                       .arg(QString::fromStdString(t->id), when(t->timestamp_ms),
                            QString::fromStdString(mask_card(t->card_id)),
                            QString::fromStdString(t->merchant_id),
                            QString::fromStdString(t->merchant_category),
                            moneyNumber(t->amount_minor, t->currency),
                            QString::fromStdString(t->currency), QString::fromStdString(t->city),
                            QString::fromStdString(t->country))
                       .arg(QString::fromStdString(t->channel))
                       .arg(locale.toString(alert.risk, 'f', 1))
                       .arg(ReviewQueueModel::levelName(alert.level));
        d.currency = QString::fromStdString(t->currency);
    }
    const auto reasons =
        nlohmann::json::parse(TransactionQuery(db).reasons(alert.transaction_id), nullptr, false);
    if (reasons.is_array())
        for (const auto& r : reasons)
            if (r.is_object() && r.contains("text") && r["text"].is_string())
                d.reasons << translateCoreText(r["text"].get<std::string>());
    for (const auto& h : DecisionStore(db).history(alert.transaction_id)) {
        d.history << Text::tr("%1 %2 by %3%4%5")
                         .arg(when(h.decided_ms), ReviewQueueModel::decisionName(h.decision),
                              QString::fromStdString(h.analyst),
                              h.note.empty()
                                  ? QString()
                                  : QStringLiteral(": ") + QString::fromStdString(h.note),
                              h.undone ? Text::tr(" (undone)") : QString());
    }
    addContext(db, c, t ? t->merchant_id : std::string(), d);

    const AlertRow* newest = &alert;
    for (const AlertRow& a : c.alerts) {
        d.caseLines << Text::tr("%1  %2  %3  risk %4%5")
                           .arg(QString::fromStdString(a.ext_id), when(a.ts_ms),
                                moneyText(a.amount_minor, a.currency),
                                locale.toString(a.risk, 'f', 1),
                                a.transaction_id == alert.transaction_id ? Text::tr("  (shown)")
                                                                         : QString());
        if (std::tie(a.ts_ms, a.transaction_id) > std::tie(newest->ts_ms, newest->transaction_id))
            newest = &a;
    }
    if (!alert.card_id.empty()) {
        for (const TxRow& h : TransactionQuery(db).card_history(
                 alert.card_id, newest->ts_ms, newest->transaction_id, kHistoryPoints)) {
            d.card.push_back({h.row_id, h.ts_ms,
                              static_cast<double>(h.amount_minor) /
                                  std::pow(10.0, currency_exponent(h.currency)),
                              h.label == 1, h.row_id == alert.transaction_id});
        }
    }
    if (t) addPoints(db, *t, alert.transaction_id, stale, d);
    return d;
}

}  // namespace fd
