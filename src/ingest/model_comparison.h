// Retraining from the labels in a database (analysts' decisions and imported ground truth)
// and the comparison an analyst needs before promoting the result: the challenger against
// the active model on the most recent labelled time slice. The comparison is out of sample:
// a twin of the challenger is trained with the slice's labels hidden, both models score
// the history with those labels hidden, and only then is the challenger trained on every
// label and stored (inactive). No Qt: the GUI runs it on a worker thread.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/engine/ensemble.h"
#include "core/metrics/metrics.h"

namespace fd {

class Database;

// One model's scores over a history, in its order.
struct ScoredRows {
    std::vector<double> score;  // uncapped risk: ranks the extreme tail too
    std::vector<double> risk;   // 0..100, compared with thresholds
    std::vector<std::uint8_t> always_alert;
};

// Scores `history` in time order (features from the past only). `progress` gets 0..1 and
// returns false to cancel (then std::runtime_error("cancelled") is thrown).
ScoredRows score_history(const EnsembleModel& model, std::span<const Transaction> history,
                         const std::function<bool(double)>& progress = {});

struct ModelFigures {
    std::int64_t model_id = 0;  // 0: the challenger before it is stored
    double threshold = 0;       // the risk at which it alerts in this comparison
    std::optional<double> average_precision, roc_auc;
    double precision_at_k = 0;
    double card_precision_at_k = 0;   // per day, averaged
    Confusion confusion;              // on the slice's labelled rows, at `threshold`
    double alerts_per_day = 0;        // every row of the slice, labelled or not
    std::vector<CurvePoint> roc, pr;  // at most 200 points each
    bool in_sample = false;  // it was trained on labels inside the slice: figures flatter it

    nlohmann::json to_json() const;
    static ModelFigures from_json(const nlohmann::json& j);  // throws nlohmann::json::exception
};

struct Comparison {
    std::int64_t slice_from_ms = 0, slice_until_ms = 0;  // [from, until]
    std::int64_t slice_rows = 0, labelled = 0, frauds = 0;
    std::size_t k = 0;
    std::optional<ModelFigures> active;  // empty when no model was active
    ModelFigures challenger;

    nlohmann::json to_json() const;
    static Comparison from_json(const nlohmann::json& j);  // throws nlohmann::json::exception
};

struct RetrainOptions {
    EnsembleOptions ensemble;
    double slice_share = 0.2;          // the latest share of the labelled time span is compared on
    std::size_t k = 100;               // precision@k over the slice; card precision@k per day
    std::optional<double> alert_risk;  // the threshold in effect; empty: each model's own
    std::string actor = "system";      // who retrained, for the audit log
    std::string name;                  // the stored model's name; empty: "retrained"
    // Training (never the comparison) counts an unlabelled transaction as legitimate when it
    // raised no alert and is older than this before the newest one: nobody flagged or
    // disputed it (the usual "no chargeback, genuine" rule). Without it, a few hundred
    // analyst labels, all on alerts, teach the supervised model only what separates fraud
    // from other suspicious payments. 0 turns it off.
    std::int64_t presume_legit_after_ms = 7LL * 86'400'000;
    // Of the rows that qualify, every n-th in time order is trained on: ordinary payments
    // nobody looked at stay background, and the analysts' few hundred decisions on alerts,
    // the labels that separate fraud from look-alikes, are not outnumbered a thousand to
    // one. In bench_review_loop every 20th took the later slice's average precision from
    // x1.85 to about x2 of the unsupervised model's.
    std::int64_t presume_legit_every = 20;
};

// Marks rows of `rows` (in time order, with their database ids) legitimate for training by
// the rule above: unlabelled, never alerted, older than `after_ms` before the newest row,
// and then every `every`-th of those. Returns how many it marked.
std::int64_t presume_legit(Database& db, std::vector<Transaction>& rows,
                           const std::vector<std::int64_t>& row_ids, std::int64_t after_ms,
                           std::int64_t every);

struct RetrainResult {
    std::int64_t challenger_id = 0;
    std::int64_t presumed_legit = 0;  // unlabelled rows trained on as legitimate
    Comparison comparison;
    TrainingSummary summary;  // the stored challenger's
};

// Evaluates scores of a history on rows [begin, end): labels 0/1, 2 for unlabelled.
ModelFigures evaluate_slice(const ScoredRows& scored, std::span<const Transaction> history,
                            std::span<const std::uint8_t> labels, std::size_t begin,
                            std::size_t end, double threshold, std::size_t k);

// Trains, compares and stores a challenger (see the top of the file); the comparison goes
// to the model_evaluations table and a "train" row to the audit log. Throws ModelError when
// there are too few labels (saying how many there are and what to do), StorageError, and
// std::runtime_error("cancelled") when `progress` returns false.
RetrainResult retrain_challenger(Database& db, const RetrainOptions& options, std::int64_t now_ms,
                                 const TrainingProgress& progress = {});

}  // namespace fd
