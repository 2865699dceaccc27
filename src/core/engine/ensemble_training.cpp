// EnsembleModel::train: features over the history, then each member, then the
// normalisers, weights, alert threshold and metrics.
#include <algorithm>
#include <chrono>
#include <cmath>

#include "core/metrics/metrics.h"
#include "core/tr_mark.h"
#include "ensemble_impl.h"
#include "model_error.h"

namespace fd {
namespace {

constexpr const char* kCancelled =
    FD_TR("core/Engine", "Training was cancelled; nothing was saved");

bool wants(ModelKind kind, ModelKind member) {
    return kind == ModelKind::Ensemble || kind == member;
}

void report(const TrainingProgress& progress, const char* stage, double fraction) {
    if (progress && !progress({stage, fraction})) throw ModelError(kCancelled);
}

// The model's columns picked from the registry's full rows.
FeatureMatrix select_columns(const FeatureMatrix& full, const std::vector<std::size_t>& columns) {
    FeatureMatrix out(full.rows, columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c) out.names.push_back(full.names[columns[c]]);
    for (std::size_t r = 0; r < full.rows; ++r) {
        const float* source = full.row(r);
        float* target = out.row(r);
        for (std::size_t c = 0; c < columns.size(); ++c) target[c] = source[columns[c]];
    }
    return out;
}

std::vector<std::size_t> resolve_columns(const std::vector<std::string>& subset) {
    std::vector<std::size_t> columns;
    if (subset.empty()) {
        for (std::size_t i = 0; i < FeatureEngine::registry().size(); ++i) columns.push_back(i);
        return columns;
    }
    for (const auto& name : subset) {
        const auto index = FeatureEngine::index_of(name);
        if (!index) {
            std::string known;
            for (const auto& n : FeatureEngine::names()) known += (known.empty() ? "" : ", ") + n;
            throw ModelError(fill_text(
                FD_TR("core/Engine", "Unknown feature '%1'. Known features: %2"), {name, known}));
        }
        if (std::find(columns.begin(), columns.end(), *index) != columns.end())
            throw ModelError(
                fill_text(FD_TR("core/Engine", "Feature '%1' is listed twice"), {name}));
        columns.push_back(*index);
    }
    return columns;
}

// Rows evenly spread over the matrix, keeping time order, at most `limit`.
FeatureMatrix spread_sample(const FeatureMatrix& x, std::size_t limit) {
    if (x.rows <= limit) return x;
    FeatureMatrix out(0, x.cols);
    out.names = x.names;
    out.values.reserve(limit * x.cols);
    const double step = static_cast<double>(x.rows) / static_cast<double>(limit);
    for (std::size_t i = 0; i < limit; ++i)
        out.append_row(x.row(static_cast<std::size_t>(static_cast<double>(i) * step)));
    return out;
}

void train_supervised(EnsembleModel::Impl& m, const FeatureMatrix& x,
                      std::span<const Transaction> history, const EnsembleOptions& options,
                      const TrainingProgress& progress) {
    std::vector<std::size_t> labelled;
    for (std::size_t r = 0; r < history.size(); ++r)
        if (history[r].label != Label::Unknown) labelled.push_back(r);
    const auto frauds = m.summary.fraud_labels, legits = m.summary.legit_labels;
    if (frauds < options.min_fraud_labels || legits < options.min_fraud_labels) {
        if (m.kind == ModelKind::Gbdt) {
            throw ModelError(fill_text(
                FD_TR("core/Engine",
                      "The supervised model needs at least %1 fraud and as many legitimate "
                      "labels; the history has %2 fraud and %3. Label more transactions or "
                      "import ground truth first."),
                {std::to_string(options.min_fraud_labels), std::to_string(frauds),
                 std::to_string(legits)}));
        }
        return;  // the unsupervised members carry the ensemble until labels arrive
    }
    // The latest share of the labelled time span validates (early stopping).
    const std::int64_t first = history[labelled.front()].timestamp_ms;
    const std::int64_t last = history[labelled.back()].timestamp_ms;
    const auto cut = first + static_cast<std::int64_t>(static_cast<double>(last - first) *
                                                       (1.0 - options.validation_share));
    FeatureMatrix train(0, x.cols), valid(0, x.cols);
    std::vector<float> train_y, valid_y;
    int valid_frauds = 0;
    for (std::size_t r : labelled) {
        const float y = history[r].label == Label::Fraud ? 1.0f : 0.0f;
        if (history[r].timestamp_ms < cut) {
            train.append_row(x.row(r));
            train_y.push_back(y);
        } else {
            valid.append_row(x.row(r));
            valid_y.push_back(y);
            valid_frauds += y > 0;
        }
    }
    if (valid_frauds == 0 || valid_frauds == static_cast<int>(valid_y.size())) {
        // A validation slice with one class cannot rank: train on everything, no early stop.
        for (std::size_t i = 0; i < valid.rows; ++i) train.append_row(valid.row(i));
        train_y.insert(train_y.end(), valid_y.begin(), valid_y.end());
        valid = FeatureMatrix(0, x.cols);
        valid_y.clear();
    }
    report(progress, FD_TR("core/Training", "supervised"), 0.0);
    const double first_part = valid.rows > 0 ? 0.5 : 1.0;
    const auto fit = [&](FeatureView rows, std::span<const float> y, FeatureView check,
                         std::span<const float> check_y, const GbdtParams& params, double from) {
        auto model =
            GradientBoostedTrees::fit(rows, y, check, check_y, params, [&](const GbdtProgress& p) {
                const double done = static_cast<double>(p.round + 1) / std::max(1, p.rounds);
                return !progress ||
                       progress({FD_TR("core/Training", "supervised"), from + first_part * done});
            });
        if (model.cancelled()) throw ModelError(kCancelled);
        return model;
    };
    m.gbdt = fit(train.view(), train_y, valid.view(), valid_y, options.gbdt, 0.0);
    if (valid.rows == 0) return;
    // The validation slice is the most recent history, the most like tomorrow's fraud: once
    // it has chosen the number of rounds, the model is trained again on every label.
    GbdtParams all_params = options.gbdt;
    all_params.rounds = m.gbdt->best_iteration() + 1;
    all_params.early_stopping_rounds = 0;
    m.gbdt_validation_aucpr = m.gbdt->best_validation_aucpr();
    for (std::size_t i = 0; i < valid.rows; ++i) train.append_row(valid.row(i));
    train_y.insert(train_y.end(), valid_y.begin(), valid_y.end());
    m.gbdt = fit(train.view(), train_y, FeatureMatrix(0, x.cols).view(), {}, all_params, 0.5);
}

}  // namespace

EnsembleModel EnsembleModel::train(std::span<const Transaction> history,
                                   const EnsembleOptions& options,
                                   const TrainingProgress& progress) {
    const auto started = std::chrono::steady_clock::now();
    if (history.size() < 2)
        throw ModelError(FD_TR("core/Engine", "Training needs at least two transactions"));
    for (std::size_t i = 1; i < history.size(); ++i) {
        if (history[i].timestamp_ms < history[i - 1].timestamp_ms)
            throw ModelError(fill_text(FD_TR("core/Engine",
                                             "Training history must be in time order (row %1 is "
                                             "older than the row before it)"),
                                       {std::to_string(i + 1)}));
    }
    auto impl = std::make_unique<Impl>();
    Impl& m = *impl;
    m.kind = options.kind;
    m.feature_config = options.features;
    m.weights = options.weights;
    m.levels = options.levels;
    m.column_map = resolve_columns(options.feature_subset);

    report(progress, FD_TR("core/Training", "features"), 0.0);
    FeatureEngine engine(options.features);
    const FeatureMatrix x = select_columns(engine.compute_all(history, true), m.column_map);
    m.feature_names = x.names;
    m.summary.rows = static_cast<std::int64_t>(history.size());
    m.summary.from_ms = history.front().timestamp_ms;
    m.summary.until_ms = history.back().timestamp_ms;
    for (const auto& t : history) {
        m.summary.fraud_labels += t.label == Label::Fraud;
        m.summary.legit_labels += t.label == Label::Legit;
    }
    m.stats = FeatureStats::fit(x);
    std::vector<double> scores(x.rows);

    if (wants(m.kind, ModelKind::IsolationForest)) {
        report(progress, FD_TR("core/Training", "isolation forest"), 0.0);
        m.iforest = IsolationForest::fit(x.view(), options.iforest);
        m.iforest->score(x.view(), scores.data());
        m.iforest_norm = ScoreNormalizer::fit(scores);
    }
    if (wants(m.kind, ModelKind::Autoencoder)) {
        report(progress, FD_TR("core/Training", "autoencoder"), 0.0);
        const FeatureMatrix sample = spread_sample(x, options.autoencoder_max_rows);
        m.autoencoder = Autoencoder::fit(sample.view(), options.autoencoder, [&](const auto& p) {
            return !progress || progress({FD_TR("core/Training", "autoencoder"),
                                          static_cast<double>(p.epoch) /
                                              std::max(1, options.autoencoder.epochs)});
        });
        std::vector<float> errors(x.rows * x.cols);
        m.autoencoder->score_with_errors(x.view(), scores.data(), errors.data());
        m.autoencoder_norm = ScoreNormalizer::fit(scores);
        m.autoencoder_mean_error.assign(x.cols, 0.0);
        for (std::size_t r = 0; r < x.rows; ++r)
            for (std::size_t c = 0; c < x.cols; ++c)
                m.autoencoder_mean_error[c] += errors[r * x.cols + c];
        for (auto& e : m.autoencoder_mean_error) e /= static_cast<double>(x.rows);
    }
    if (wants(m.kind, ModelKind::Gbdt)) {
        train_supervised(m, x, history, options, progress);
        if (m.gbdt) {
            m.gbdt->predict(x.view(), scores.data());
            m.gbdt_norm = ScoreNormalizer::fit(scores);
        }
    }
    if (m.kind == ModelKind::Ensemble && !options.rules.empty()) {
        std::vector<RuleError> problems;  // starter rules whose features are not selected
        m.rules = RuleSet::compile_valid(options.rules, RuleSymbols::with_features(m.feature_names),
                                         problems);
        RuleSet::Result result;
        for (std::size_t r = 0; r < x.rows; ++r) {
            m.rules.evaluate(RuleContext{x.row(r), &history[r]}, result);
            scores[r] = result.score;
        }
        m.rules_norm = ScoreNormalizer::fit(scores);
    }
    m.settle_weights();

    // The default alert threshold: the top 1% of the training history by risk.
    report(progress, FD_TR("core/Training", "thresholds"), 0.0);
    EnsembleModel model(std::move(impl));
    std::vector<Verdict> verdicts;
    model.score(x.view(), history, verdicts);
    std::vector<double> risks(verdicts.size());
    for (std::size_t i = 0; i < verdicts.size(); ++i) risks[i] = verdicts[i].risk;
    std::vector<double> sorted = risks;
    std::sort(sorted.begin(), sorted.end());
    model.impl_->alert_threshold = std::max(
        sorted[static_cast<std::size_t>(0.99 * static_cast<double>(sorted.size() - 1))], 1e-9);

    // In-sample metrics on the labelled rows (the CLI's eval measures out of sample).
    std::vector<double> labelled_risk;
    std::vector<std::uint8_t> labels;
    for (std::size_t i = 0; i < history.size(); ++i) {
        if (history[i].label == Label::Unknown) continue;
        labelled_risk.push_back(risks[i]);
        labels.push_back(history[i].label == Label::Fraud);
    }
    if (const auto auc = roc_auc(labelled_risk, labels)) {
        model.impl_->metrics["training_auc"] = *auc;
        model.impl_->metrics["training_ap"] =
            average_precision(labelled_risk, labels).value_or(0.0);
    }
    model.impl_->summary.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return model;
}

}  // namespace fd
