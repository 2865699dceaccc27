// EnsembleModel's state, shared by its training, scoring and bundle code.
#pragma once

#include <limits>

#include "ensemble.h"

namespace fd {

struct EnsembleModel::Impl {
    ModelKind kind = ModelKind::Ensemble;
    std::vector<std::string> feature_names;  // the model's columns
    std::vector<std::size_t> column_map;     // registry column of each model column
    FeatureConfig feature_config;
    FeatureStats stats;
    EnsembleWeights weights;
    RiskLevels levels;
    double alert_threshold = 50.0;
    TrainingSummary summary;
    nlohmann::json metrics = nlohmann::json::object();

    std::optional<IsolationForest> iforest;
    ScoreNormalizer iforest_norm;
    std::optional<Autoencoder> autoencoder;
    ScoreNormalizer autoencoder_norm;
    std::vector<double> autoencoder_mean_error;  // per feature, to compare errors fairly
    std::optional<GradientBoostedTrees> gbdt;
    ScoreNormalizer gbdt_norm;
    // aucpr on the later time slice that chose the number of rounds (NaN: none).
    double gbdt_validation_aucpr = std::numeric_limits<double>::quiet_NaN();
    RuleSet rules;
    ScoreNormalizer rules_norm;

    // Member weights as used: zero for absent members, the supervised share from labels.
    double w_iforest = 0, w_autoencoder = 0, w_gbdt = 0, w_rules = 0;
    void settle_weights();
};

}  // namespace fd
