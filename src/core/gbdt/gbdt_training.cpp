// Training: input checks, XGBoost parameters, the boosting loop with early stopping on the
// caller's validation slice, and the progress callback.
#include <charconv>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/engine/model_error.h"
#include "core/tr_mark.h"
#include "gradient_boosted_trees.h"
#include "xgboost_handles.h"

namespace fd {
namespace {

constexpr const char* kValidationName = "validation";

struct LabelCounts {
    std::size_t fraud = 0;
    std::size_t genuine = 0;
};

std::string describe(const LabelCounts& counts) {
    return fill_text(FD_TR("core/Engine", "%1 fraud and %2 genuine labels"),
                     {std::to_string(counts.fraud), std::to_string(counts.genuine)});
}

// The training and the validation rows get whole sentences of their own, for translation.
void check_matrix(FeatureView rows, bool validation) {
    if (rows.rows > 0 && rows.data == nullptr) {
        throw ModelError(
            validation
                ? FD_TR("core/Engine", "Gradient-boosted trees: the validation rows have no data.")
                : FD_TR("core/Engine", "Gradient-boosted trees: the training rows have no data."));
    }
}

LabelCounts count_labels(std::span<const float> labels, std::size_t rows, bool validation) {
    if (labels.size() != rows) {
        throw ModelError(fill_text(validation
                                       ? FD_TR("core/Engine",
                                               "Gradient-boosted trees: %1 validation labels for "
                                               "%2 rows; give exactly one label per row.")
                                       : FD_TR("core/Engine",
                                               "Gradient-boosted trees: %1 training labels for %2 "
                                               "rows; give exactly one label per row."),
                                   {std::to_string(labels.size()), std::to_string(rows)}));
    }
    LabelCounts counts;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] == 1.0f) {
            ++counts.fraud;
        } else if (labels[i] == 0.0f) {
            ++counts.genuine;
        } else {
            const std::string value = std::isnan(labels[i]) ? "NaN" : std::to_string(labels[i]);
            throw ModelError(fill_text(
                validation
                    ? FD_TR("core/Engine",
                            "Gradient-boosted trees: the validation label of row %1 is %2; every "
                            "label must be 1 (fraud) or 0 (genuine). Leave unlabelled "
                            "transactions out of supervised training.")
                    : FD_TR("core/Engine",
                            "Gradient-boosted trees: the training label of row %1 is %2; every "
                            "label must be 1 (fraud) or 0 (genuine). Leave unlabelled "
                            "transactions out of supervised training."),
                {std::to_string(i), value}));
        }
    }
    return counts;
}

// Shortest text that reads back as the same double, so XGBoost gets exactly our value.
std::string exact(double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

void set_training_params(xgb::Booster& booster, const GbdtParams& p, double scale_pos_weight) {
    booster.set_param("objective", "binary:logistic");
    booster.set_param("tree_method", "hist");
    booster.set_param("eval_metric", "aucpr");
    booster.set_param("max_depth", std::to_string(p.max_depth));
    booster.set_param("eta", exact(p.eta));
    booster.set_param("subsample", exact(p.subsample));
    booster.set_param("colsample_bytree", exact(p.colsample));
    booster.set_param("min_child_weight", exact(p.min_child_weight));
    booster.set_param("scale_pos_weight", exact(scale_pos_weight));
    booster.set_nthread(p.nthread);
    // XGBoost's seed is a signed 64-bit integer: the same bits, so every seed stays distinct.
    booster.set_param("seed", std::to_string(static_cast<std::int64_t>(p.seed)));
}

// Reads the score from XGBoost's evaluation line "[12]\tvalidation-aucpr:0.8123".
double parse_aucpr(const std::string& line) {
    const std::string marker = std::string(kValidationName) + "-aucpr:";
    const auto at = line.find(marker);
    double score = std::numeric_limits<double>::quiet_NaN();
    if (at != std::string::npos) {
        const char* first = line.data() + at + marker.size();
        if (std::from_chars(first, line.data() + line.size(), score).ec == std::errc()) {
            return score;
        }
    }
    throw ModelError(fill_text(
        FD_TR("core/Engine", "XGBoost returned an evaluation line FraudDesk cannot read: '%1'."),
        {line}));
}

}  // namespace

GradientBoostedTrees GradientBoostedTrees::fit(
    FeatureView train, std::span<const float> train_labels, FeatureView validation,
    std::span<const float> validation_labels, const GbdtParams& params,
    const std::function<bool(const GbdtProgress&)>& progress) {
    validate_gbdt_params(params);
    check_matrix(train, false);
    check_matrix(validation, true);
    if (train.rows == 0 || train.cols == 0) {
        throw ModelError(FD_TR(
            "core/Engine", "Gradient-boosted trees: there are no training rows or no features."));
    }
    const LabelCounts counts = count_labels(train_labels, train.rows, false);
    if (counts.fraud == 0 || counts.genuine == 0) {
        throw ModelError(fill_text(
            FD_TR("core/Engine",
                  "Cannot train the supervised model: the training rows have %1. It needs both "
                  "kinds; label more transactions (confirmed fraud and confirmed genuine ones) "
                  "and train again."),
            {describe(counts)}));
    }
    const bool has_validation = validation.rows > 0;
    if (has_validation) {
        if (validation.cols != train.cols) {
            throw ModelError(
                fill_text(FD_TR("core/Engine",
                                "Gradient-boosted trees: the validation rows have %1 "
                                "features, the training rows %2."),
                          {std::to_string(validation.cols), std::to_string(train.cols)}));
        }
        const LabelCounts held_out = count_labels(validation_labels, validation.rows, true);
        if (held_out.fraud == 0 || held_out.genuine == 0) {
            throw ModelError(fill_text(
                FD_TR("core/Engine",
                      "Cannot use the validation slice for early stopping: it has %1. It needs "
                      "both kinds; widen the slice, label more of it, or train without one."),
                {describe(held_out)}));
        }
    } else if (!validation_labels.empty()) {
        throw ModelError(
            FD_TR("core/Engine", "Gradient-boosted trees: validation labels given without rows."));
    }

    const double scale_pos_weight = params.scale_pos_weight > 0.0
                                        ? params.scale_pos_weight
                                        : static_cast<double>(counts.genuine) / counts.fraud;
    xgb::DMatrix train_matrix(train, params.nthread);
    train_matrix.set_labels(train_labels);
    std::optional<xgb::DMatrix> validation_matrix;
    std::vector<DMatrixHandle> cache{train_matrix.get()};
    if (has_validation) {
        validation_matrix.emplace(validation, params.nthread);
        validation_matrix->set_labels(validation_labels);
        cache.push_back(validation_matrix->get());
    }
    xgb::Booster booster(cache);
    set_training_params(booster, params, scale_pos_weight);

    const bool early_stopping = has_validation && params.early_stopping_rounds > 0;
    int best = 0;
    double best_score = std::numeric_limits<double>::quiet_NaN();
    int trained = 0;
    bool cancelled = false;
    for (int round = 0; round < params.rounds; ++round) {
        booster.update_one_iter(round, train_matrix);
        trained = round + 1;
        double score = std::numeric_limits<double>::quiet_NaN();
        if (has_validation) {
            score = parse_aucpr(booster.eval_one_iter(round, *validation_matrix, kValidationName));
            // Strictly better only, as XGBoost's own early stopping: ties keep fewer trees.
            if (round == 0 || score > best_score ||
                (std::isnan(best_score) && !std::isnan(score))) {
                best = round;
                best_score = score;
            }
        } else {
            best = round;
        }
        if (progress && !progress(GbdtProgress{round, score, params.rounds, best, best_score})) {
            cancelled = true;
            break;
        }
        if (early_stopping && round - best >= params.early_stopping_rounds) break;
    }

    // The kept model is a fresh booster holding the best rounds only, loaded from XGBoost's
    // own bytes: it frees the training buffers XGBoost keeps inside a trained booster, and
    // behaves exactly as the same model loaded from a file later.
    std::unique_ptr<xgb::Booster> kept;
    if (best + 1 < trained) kept = booster.first_rounds(best + 1);
    xgb::Booster& best_rounds = kept ? *kept : booster;
    best_rounds.set_attr("best_iteration", std::to_string(best));  // as Python's xgboost does
    if (has_validation) best_rounds.set_attr("best_score", exact(best_score));
    const std::vector<std::uint8_t> bytes = best_rounds.save_ubjson();
    GradientBoostedTrees model(xgb::Booster::from_model(bytes, params.nthread), params);
    model.scale_pos_weight_used_ = static_cast<float>(scale_pos_weight);  // XGBoost's type
    model.best_validation_aucpr_ = best_score;
    model.cancelled_ = cancelled;
    return model;
}

}  // namespace fd
