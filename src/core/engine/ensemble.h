// The scoring ensemble: Isolation Forest, autoencoder, gradient-boosted trees (when there
// are labels) and rules, each normalised against its own training scores, combined into
// one risk with reasons. One code path serves the CLI, files, live feeds and the GUI.
#pragma once

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/autoencoder/autoencoder.h"
#include "core/features/feature_engine.h"
#include "core/gbdt/gradient_boosted_trees.h"
#include "core/iforest/isolation_forest.h"
#include "core/rules/rule_set.h"
#include "core/transaction.h"
#include "feature_matrix.h"
#include "feature_stats.h"
#include "model_bundle.h"
#include "reasons.h"
#include "risk.h"
#include "score_normalizer.h"

namespace fd {

enum class ModelKind { Ensemble, IsolationForest, Autoencoder, Gbdt };
std::string_view model_kind_name(ModelKind kind);  // "ensemble", "iforest", ...
std::optional<ModelKind> model_kind_from_name(std::string_view name);

struct EnsembleOptions {
    ModelKind kind = ModelKind::Ensemble;
    IsolationForestParams iforest;
    AutoencoderParams autoencoder;
    // Fraud rows weigh 2, not genuine/fraud (~200 at 0.5% fraud): full balancing let the
    // trees fit single fraud rows and cost 0.05-0.1 of average precision on later data,
    // measured over four generator seeds with bench_detection_quality.
    GbdtParams gbdt = {.scale_pos_weight = 2.0};
    EnsembleWeights weights;
    RiskLevels levels;
    FeatureConfig features;
    std::vector<Rule> rules = default_rules();
    std::vector<std::string> feature_subset;  // empty: every feature of the registry
    // The autoencoder trains on at most this many rows, evenly spread over the history.
    std::size_t autoencoder_max_rows = 200000;
    // Supervised training needs at least this many fraud labels (and some legit ones).
    std::int64_t min_fraud_labels = 10;
    // The latest share of the labelled time span validates the supervised model.
    double validation_share = 0.2;
};

struct TrainingSummary {
    std::int64_t rows = 0;
    std::int64_t from_ms = 0;
    std::int64_t until_ms = 0;
    std::int64_t fraud_labels = 0;
    std::int64_t legit_labels = 0;
    double seconds = 0.0;
    nlohmann::json to_json() const;
};

// What the ensemble says about one transaction.
struct Verdict {
    double score = 0.0;  // risk before the cap at 100: ranks the extreme tail too
    double risk = 0.0;   // 0..100
    RiskLevel level = RiskLevel::Low;
    bool always_alert = false;  // an "always alert" rule fired
    double iforest = 0.0;       // each member's raw score (NaN when absent)
    double autoencoder = 0.0;
    double supervised = 0.0;
    double rules = 0.0;
    // Each member's part of `score`, in risk points: iforest, autoencoder, supervised, rules.
    std::array<double, 4> contributions{};
    std::vector<Reason> reasons;  // best first, at most three
};

struct TrainingStep {
    std::string stage;  // "features", "isolation forest", "autoencoder", "supervised", ...
    double fraction = 0.0;
};
using TrainingProgress = std::function<bool(const TrainingStep&)>;  // false: cancel

class EnsembleModel {
public:
    // Trains on time-ordered history. Imported labels count for the supervised model and,
    // after the configured delay, for the label-based features. Throws ModelError.
    static EnsembleModel train(std::span<const Transaction> history, const EnsembleOptions& options,
                               const TrainingProgress& progress = {});

    EnsembleModel(EnsembleModel&&) noexcept;
    EnsembleModel& operator=(EnsembleModel&&) noexcept;
    ~EnsembleModel();

    // Scores rows of features (columns as feature_names()) for their transactions. The
    // supervised model's part of the reasons uses fast approximate contributions unless
    // `exact_contributions` asks for TreeSHAP (about 3,000 rows/s: for explaining one).
    void score(FeatureView features, std::span<const Transaction> transactions,
               std::vector<Verdict>& out, bool exact_contributions = false) const;

    ModelKind kind() const;
    const std::vector<std::string>& feature_names() const;
    const FeatureConfig& feature_config() const;
    const TrainingSummary& summary() const;
    const RiskLevels& levels() const;
    double alert_threshold() const;  // risk at or above which a transaction alerts
    void set_alert_threshold(double risk);
    // Each member's weight as used (the supervised share grown with the labels).
    nlohmann::json effective_weights() const;
    nlohmann::json metrics() const;  // filled when the training data had labels

    ModelBundle to_bundle() const;
    static EnsembleModel from_bundle(const ModelBundle& bundle);  // validates; throws ModelError

    // Columns of the full registry row that this model uses, in its order.
    std::vector<std::size_t> column_map() const;

    struct Impl;  // opaque; declared here so the training helpers can name it

private:
    explicit EnsembleModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace fd
