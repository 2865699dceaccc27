#include "model_comparison.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "active_model.h"
#include "core/engine/model_bundle.h"
#include "core/engine/model_error.h"
#include "core/engine/scorer.h"
#include "core/tr_mark.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/model_store.h"
#include "storage/transaction_store.h"

namespace fd {
namespace {

constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::size_t kBatch = 10000;
constexpr std::size_t kCurvePoints = 200;
constexpr std::uint8_t kUnlabelled = 2;

nlohmann::json curve_json(const std::vector<CurvePoint>& curve) {
    auto out = nlohmann::json::array();
    // JSON has no infinity: the curves' first threshold (nothing alerts) is stored as null.
    for (const auto& p : curve)
        out.push_back(
            {p.x, p.y,
             std::isfinite(p.threshold) ? nlohmann::json(p.threshold) : nlohmann::json(nullptr)});
    return out;
}

std::vector<CurvePoint> curve_from_json(const nlohmann::json& j) {
    std::vector<CurvePoint> out;
    for (const auto& p : j)
        out.push_back({p.at(0).get<double>(), p.at(1).get<double>(),
                       p.at(2).is_null() ? INFINITY : p.at(2).get<double>()});
    return out;
}

nlohmann::json optional_json(const std::optional<double>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

std::optional<double> optional_from_json(const nlohmann::json& j) {
    if (j.is_null()) return std::nullopt;
    return j.get<double>();
}

// A stage's share of the whole run, so one bar moves from 0 to 1 and never back (the
// ensemble's members each report their own 0..1).
struct Stages {
    const TrainingProgress& progress;
    double reached = 0.0;
    bool report(const std::string& stage, double from, double to, double fraction) {
        reached = std::max(reached, from + (to - from) * std::clamp(fraction, 0.0, 1.0));
        return !progress || progress({stage, reached});
    }
};

void check_not_cancelled(bool go_on) {
    if (!go_on) throw std::runtime_error("cancelled");
}

std::vector<Transaction> load_all(Database& db, std::vector<std::int64_t>& row_ids) {
    std::vector<Transaction> history;
    TransactionStore(db).scan(std::numeric_limits<std::int64_t>::min(),
                              std::numeric_limits<std::int64_t>::max(), kBatch,
                              [&](std::span<const Transaction> batch, auto ids) {
                                  history.insert(history.end(), batch.begin(), batch.end());
                                  row_ids.insert(row_ids.end(), ids.begin(), ids.end());
                                  return true;
                              });
    return history;
}

}  // namespace

std::int64_t presume_legit(Database& db, std::vector<Transaction>& rows,
                           const std::vector<std::int64_t>& row_ids, std::int64_t after_ms,
                           std::int64_t every) {
    if (after_ms <= 0 || every <= 0 || rows.empty()) return 0;
    std::vector<std::int64_t> alerted;
    Statement s = db.prepare("SELECT transaction_id FROM alerts ORDER BY transaction_id");
    while (s.step()) alerted.push_back(s.column_int64(0));
    const std::int64_t cutoff = rows.back().timestamp_ms - after_ms;
    std::int64_t marked = 0, qualified = 0;
    for (std::size_t i = 0; i < rows.size() && rows[i].timestamp_ms < cutoff; ++i) {
        if (rows[i].label != Label::Unknown ||
            std::binary_search(alerted.begin(), alerted.end(), row_ids[i]))
            continue;
        if (qualified++ % every != 0) continue;
        rows[i].label = Label::Legit;
        ++marked;
    }
    return marked;
}

ScoredRows score_history(const EnsembleModel& model, std::span<const Transaction> history,
                         const std::function<bool(double)>& progress) {
    Scorer scorer(model);
    ScoredRows out;
    out.score.reserve(history.size());
    out.risk.reserve(history.size());
    out.always_alert.reserve(history.size());
    std::vector<Verdict> verdicts;
    for (std::size_t first = 0; first < history.size(); first += kBatch) {
        scorer.score(history.subspan(first, std::min(kBatch, history.size() - first)), verdicts);
        for (const auto& v : verdicts) {
            out.score.push_back(v.score);
            out.risk.push_back(v.risk);
            out.always_alert.push_back(v.always_alert ? 1 : 0);
        }
        if (progress)
            check_not_cancelled(progress(static_cast<double>(out.score.size()) /
                                         static_cast<double>(history.size())));
    }
    return out;
}

ModelFigures evaluate_slice(const ScoredRows& scored, std::span<const Transaction> history,
                            std::span<const std::uint8_t> labels, std::size_t begin,
                            std::size_t end, double threshold, std::size_t k) {
    ModelFigures f;
    f.threshold = threshold;
    std::vector<double> scores, risks;
    std::vector<std::uint8_t> truth;
    std::vector<std::int64_t> times;
    std::vector<std::string> cards;
    std::int64_t alerts = 0;
    for (std::size_t i = begin; i < end; ++i) {
        const bool alert = scored.always_alert[i] || scored.risk[i] >= threshold;
        alerts += alert;
        if (labels[i] == kUnlabelled) continue;
        scores.push_back(scored.score[i]);
        // Always-alert rows count as alerts in the confusion matrix too.
        risks.push_back(alert ? std::max(scored.risk[i], threshold) : scored.risk[i]);
        truth.push_back(labels[i]);
        times.push_back(history[i].timestamp_ms);
        cards.push_back(history[i].card_id);
    }
    if (end > begin) {
        const double days = std::max(
            1.0, static_cast<double>(history[end - 1].timestamp_ms - history[begin].timestamp_ms) /
                     static_cast<double>(kDayMs));
        f.alerts_per_day = static_cast<double>(alerts) / days;
    }
    f.average_precision = average_precision(scores, truth);
    f.roc_auc = roc_auc(scores, truth);
    f.precision_at_k = precision_at_k(scores, truth, k);
    f.card_precision_at_k = card_precision_at_k_per_day(scores, truth, times, cards, k);
    f.confusion = confusion_at(risks, truth, threshold);
    f.roc = decimate(roc_curve(scores, truth), kCurvePoints);
    f.pr = decimate(pr_curve(scores, truth), kCurvePoints);
    return f;
}

nlohmann::json ModelFigures::to_json() const {
    return {
        {"model_id", model_id},
        {"threshold", threshold},
        {"average_precision", optional_json(average_precision)},
        {"roc_auc", optional_json(roc_auc)},
        {"precision_at_k", precision_at_k},
        {"card_precision_at_k", card_precision_at_k},
        {"confusion",
         {{"tp", confusion.tp}, {"fp", confusion.fp}, {"tn", confusion.tn}, {"fn", confusion.fn}}},
        {"alerts_per_day", alerts_per_day},
        {"roc", curve_json(roc)},
        {"pr", curve_json(pr)},
        {"in_sample", in_sample}};
}

ModelFigures ModelFigures::from_json(const nlohmann::json& j) {
    ModelFigures f;
    f.model_id = j.at("model_id").get<std::int64_t>();
    f.threshold = j.at("threshold").get<double>();
    f.average_precision = optional_from_json(j.at("average_precision"));
    f.roc_auc = optional_from_json(j.at("roc_auc"));
    f.precision_at_k = j.at("precision_at_k").get<double>();
    f.card_precision_at_k = j.at("card_precision_at_k").get<double>();
    const auto& c = j.at("confusion");
    f.confusion = {c.at("tp").get<std::int64_t>(), c.at("fp").get<std::int64_t>(),
                   c.at("tn").get<std::int64_t>(), c.at("fn").get<std::int64_t>()};
    f.alerts_per_day = j.at("alerts_per_day").get<double>();
    f.roc = curve_from_json(j.at("roc"));
    f.pr = curve_from_json(j.at("pr"));
    f.in_sample = j.at("in_sample").get<bool>();
    return f;
}

nlohmann::json Comparison::to_json() const {
    return {{"slice_from_ms", slice_from_ms},
            {"slice_until_ms", slice_until_ms},
            {"slice_rows", slice_rows},
            {"labelled", labelled},
            {"frauds", frauds},
            {"k", k},
            {"active", active ? active->to_json() : nlohmann::json(nullptr)},
            {"challenger", challenger.to_json()}};
}

Comparison Comparison::from_json(const nlohmann::json& j) {
    Comparison c;
    c.slice_from_ms = j.at("slice_from_ms").get<std::int64_t>();
    c.slice_until_ms = j.at("slice_until_ms").get<std::int64_t>();
    c.slice_rows = j.at("slice_rows").get<std::int64_t>();
    c.labelled = j.at("labelled").get<std::int64_t>();
    c.frauds = j.at("frauds").get<std::int64_t>();
    c.k = j.at("k").get<std::size_t>();
    if (!j.at("active").is_null()) c.active = ModelFigures::from_json(j.at("active"));
    c.challenger = ModelFigures::from_json(j.at("challenger"));
    return c;
}

RetrainResult retrain_challenger(Database& db, const RetrainOptions& options, std::int64_t now_ms,
                                 const TrainingProgress& progress) {
    Stages stages{progress};
    check_not_cancelled(stages.report(FD_TR("core/Training", "reading history"), 0.0, 0.05, 0.0));
    std::vector<std::int64_t> row_ids;
    std::vector<Transaction> history = load_all(db, row_ids);
    std::vector<std::uint8_t> labels(history.size(), kUnlabelled);
    std::int64_t frauds = 0, legits = 0;
    std::optional<std::int64_t> first_label, last_label;
    for (std::size_t i = 0; i < history.size(); ++i) {
        if (history[i].label == Label::Unknown) continue;
        labels[i] = history[i].label == Label::Fraud ? 1 : 0;
        (labels[i] ? frauds : legits) += 1;
        if (!first_label) first_label = history[i].timestamp_ms;
        last_label = history[i].timestamp_ms;
    }
    const std::int64_t needed = options.ensemble.min_fraud_labels;
    if (frauds < needed || legits < needed)
        throw ModelError(fill_text(
            FD_TR("core/Training",
                  "Retraining needs at least %1 fraud and as many legitimate labels; the database "
                  "has %2 fraud and %3 legitimate. Label more alerts in the Review view or import "
                  "ground truth first."),
            {std::to_string(needed), std::to_string(frauds), std::to_string(legits)}));

    // The slice: the latest share of the labelled span, with the labels hidden from the twin.
    const auto span = static_cast<double>(*last_label - *first_label);
    const std::int64_t slice_from =
        *last_label - static_cast<std::int64_t>(std::llround(span * options.slice_share));
    const auto begin = static_cast<std::size_t>(
        std::partition_point(history.begin(), history.end(),
                             [&](const Transaction& t) { return t.timestamp_ms < slice_from; }) -
        history.begin());
    Comparison comparison;
    comparison.slice_from_ms = slice_from;
    comparison.slice_until_ms = history.back().timestamp_ms;
    comparison.slice_rows = static_cast<std::int64_t>(history.size() - begin);
    comparison.k = options.k;
    std::int64_t slice_frauds_before = 0;
    for (std::size_t i = begin; i < history.size(); ++i) {
        comparison.labelled += labels[i] != kUnlabelled;
        comparison.frauds += labels[i] == 1;
    }
    for (std::size_t i = 0; i < begin; ++i) slice_frauds_before += labels[i] == 1;
    if (comparison.frauds == 0 || comparison.labelled == comparison.frauds ||
        slice_frauds_before < needed)
        throw ModelError(fill_text(
            FD_TR("core/Training",
                  "The latest labelled slice (%1 labels, %2 fraud) and the labels before it (%3 "
                  "fraud) cannot both train and test a challenger: it needs fraud and legitimate "
                  "labels in the slice and at least %4 fraud labels before it. Label more alerts "
                  "first."),
            {std::to_string(comparison.labelled), std::to_string(comparison.frauds),
             std::to_string(slice_frauds_before), std::to_string(needed)}));

    // Both models score with the slice's labels hidden; the twin also trains on presumed
    // legitimate rows before the slice (within it they would be its answers).
    std::vector<Transaction> hidden = history;
    for (std::size_t i = begin; i < hidden.size(); ++i) hidden[i].label = Label::Unknown;
    std::vector<Transaction> twin_training(hidden.begin(), hidden.begin() + std::ptrdiff_t(begin));
    presume_legit(db, twin_training, row_ids, options.presume_legit_after_ms,
                  options.presume_legit_every);
    twin_training.insert(twin_training.end(), hidden.begin() + std::ptrdiff_t(begin), hidden.end());
    const auto twin =
        EnsembleModel::train(twin_training, options.ensemble, [&](const TrainingStep& s) {
            return stages.report(
                fill_text(FD_TR("core/Training", "training without the slice: %1"), {s.stage}),
                0.05, 0.4, s.fraction);
        });
    const double twin_threshold = options.alert_risk.value_or(twin.alert_threshold());
    const auto twin_scores = score_history(twin, hidden, [&](double f) {
        return stages.report(FD_TR("core/Training", "scoring the challenger"), 0.4, 0.5, f);
    });
    comparison.challenger = evaluate_slice(twin_scores, history, labels, begin, history.size(),
                                           twin_threshold, options.k);

    const auto active = load_active_model(db);
    if (active) {
        const auto active_scores = score_history(*active->model, hidden, [&](double f) {
            return stages.report(FD_TR("core/Training", "scoring the active model"), 0.5, 0.6, f);
        });
        const double threshold = options.alert_risk.value_or(active->model->alert_threshold());
        ModelFigures figures = evaluate_slice(active_scores, history, labels, begin, history.size(),
                                              threshold, options.k);
        figures.model_id = active->id;
        const auto& trained = active->model->summary();
        figures.in_sample = trained.fraud_labels > 0 && trained.until_ms >= slice_from;
        comparison.active = std::move(figures);
    }

    // The challenger itself learns every label, the slice's too: they are the latest.
    std::vector<Transaction> training = std::move(history);
    const std::int64_t presumed = presume_legit(
        db, training, row_ids, options.presume_legit_after_ms, options.presume_legit_every);
    const auto challenger =
        EnsembleModel::train(training, options.ensemble, [&](const TrainingStep& s) {
            return stages.report(
                fill_text(FD_TR("core/Training", "training on every label: %1"), {s.stage}), 0.6,
                0.98, s.fraction);
        });
    const auto bundle = challenger.to_bundle();
    const auto bytes = write_bundle(bundle);
    SqlTransaction tx(db);
    ModelStore models(db);
    const std::string name = options.name.empty() ? "retrained" : options.name;
    const auto id = models.add(bundle.header.value("kind", "ensemble"), name, now_ms,
                               bundle.header.dump(), bytes);
    comparison.challenger.model_id = id;
    models.add_evaluation(id, active ? std::optional(active->id) : std::nullopt, now_ms,
                          comparison.to_json().dump());
    nlohmann::json details = {
        {"fraud_labels", frauds},
        {"legit_labels", legits},
        {"presumed_legit", presumed},
        {"slice_from_ms", slice_from},
        {"challenger_ap", optional_json(comparison.challenger.average_precision)}};
    if (comparison.active) {
        details["active"] = comparison.active->model_id;
        details["active_ap"] = optional_json(comparison.active->average_precision);
    }
    AuditLog(db).append(now_ms, options.actor, "train", "model " + std::to_string(id),
                        details.dump());
    tx.commit();
    stages.report(FD_TR("core/Training", "done"), 0.0, 1.0, 1.0);
    return {id, presumed, std::move(comparison), challenger.summary()};
}

}  // namespace fd
