#include "ensemble.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/tr_mark.h"
#include "ensemble_impl.h"
#include "model_error.h"

namespace fd {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Spreads `total` over the features in proportion to `shares` (non-negative).
void add_shares(std::vector<double>& attribution, std::span<const double> shares, double total) {
    double sum = 0.0;
    for (double s : shares) sum += s;
    if (!(sum > 0) || !(total > 0)) return;
    for (std::size_t i = 0; i < attribution.size() && i < shares.size(); ++i)
        attribution[i] += total * shares[i] / sum;
}

}  // namespace

std::string_view model_kind_name(ModelKind kind) {
    switch (kind) {
        case ModelKind::Ensemble:
            return "ensemble";
        case ModelKind::IsolationForest:
            return "iforest";
        case ModelKind::Autoencoder:
            return "autoencoder";
        case ModelKind::Gbdt:
            return "gbdt";
    }
    return "ensemble";
}

std::optional<ModelKind> model_kind_from_name(std::string_view name) {
    for (auto kind :
         {ModelKind::Ensemble, ModelKind::IsolationForest, ModelKind::Autoencoder, ModelKind::Gbdt})
        if (model_kind_name(kind) == name) return kind;
    return std::nullopt;
}

nlohmann::json TrainingSummary::to_json() const {
    return {{"rows", rows},
            {"from_ms", from_ms},
            {"until_ms", until_ms},
            {"fraud_labels", fraud_labels},
            {"legit_labels", legit_labels},
            {"seconds", seconds}};
}

void EnsembleModel::Impl::settle_weights() {
    w_iforest = iforest ? weights.iforest : 0.0;
    w_autoencoder = autoencoder ? weights.autoencoder : 0.0;
    w_rules = rules.size() > 0 ? weights.rules : 0.0;
    w_gbdt = 0.0;
    if (gbdt) {
        const double share =
            kind == ModelKind::Gbdt ? 1.0 : weights.supervised_share(summary.fraud_labels);
        const double unsupervised = w_iforest + w_autoencoder + w_rules;
        // The unsupervised members keep their proportions within the rest.
        if (unsupervised > 0) {
            const double scale = (1.0 - share) / unsupervised;
            w_iforest *= scale;
            w_autoencoder *= scale;
            w_rules *= scale;
        }
        w_gbdt = share;
    }
}

EnsembleModel::EnsembleModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
EnsembleModel::EnsembleModel(EnsembleModel&&) noexcept = default;
EnsembleModel& EnsembleModel::operator=(EnsembleModel&&) noexcept = default;
EnsembleModel::~EnsembleModel() = default;

ModelKind EnsembleModel::kind() const {
    return impl_->kind;
}
const std::vector<std::string>& EnsembleModel::feature_names() const {
    return impl_->feature_names;
}
const FeatureConfig& EnsembleModel::feature_config() const {
    return impl_->feature_config;
}
const TrainingSummary& EnsembleModel::summary() const {
    return impl_->summary;
}
const RiskLevels& EnsembleModel::levels() const {
    return impl_->levels;
}
double EnsembleModel::alert_threshold() const {
    return impl_->alert_threshold;
}
void EnsembleModel::set_alert_threshold(double risk) {
    impl_->alert_threshold = std::clamp(risk, 0.0, 100.0);
}
nlohmann::json EnsembleModel::metrics() const {
    return impl_->metrics;
}
std::vector<std::size_t> EnsembleModel::column_map() const {
    return impl_->column_map;
}

nlohmann::json EnsembleModel::effective_weights() const {
    return {{"iforest", impl_->w_iforest},
            {"autoencoder", impl_->w_autoencoder},
            {"supervised", impl_->w_gbdt},
            {"rules", impl_->w_rules}};
}

void EnsembleModel::score(FeatureView features, std::span<const Transaction> transactions,
                          std::vector<Verdict>& out, bool exact_contributions) const {
    const Impl& m = *impl_;
    const std::size_t rows = features.rows, cols = features.cols;
    if (cols != m.feature_names.size())
        throw ModelError(fill_text(
            FD_TR("core/Engine", "The features row has %1 columns but the model expects %2"),
            {std::to_string(cols), std::to_string(m.feature_names.size())}));
    if (transactions.size() != rows)
        throw ModelError(FD_TR("core/Engine", "Scoring needs one transaction per features row"));
    out.assign(rows, Verdict{});
    std::vector<double> iforest(rows, kNaN), autoencoder(rows, kNaN), gbdt(rows, kNaN);
    std::vector<float> errors;
    if (m.iforest) m.iforest->score(features, iforest.data());
    if (m.autoencoder) {
        errors.resize(rows * cols);
        m.autoencoder->score_with_errors(features, autoencoder.data(), errors.data());
    }
    if (m.gbdt) m.gbdt->predict(features, gbdt.data());

    // Pass 1: every member's rarity, the risk and the level.
    const double weights[] = {m.w_iforest, m.w_autoencoder, m.w_gbdt, m.w_rules};
    const double total = m.w_iforest + m.w_autoencoder + m.w_gbdt + m.w_rules;
    std::vector<std::array<double, 4>> rarities(rows);
    std::vector<std::vector<std::size_t>> fired_rules(rows);
    RuleSet::Result fired;
    for (std::size_t r = 0; r < rows; ++r) {
        Verdict& v = out[r];
        v.iforest = iforest[r];
        v.autoencoder = autoencoder[r];
        v.supervised = gbdt[r];
        m.rules.evaluate(RuleContext{features.row(r), &transactions[r]}, fired);
        v.rules = fired.score;
        v.always_alert = fired.always_alert;
        fired_rules[r] = fired.fired;
        auto& rarity = rarities[r];
        rarity[0] = m.iforest ? m.iforest_norm.rarity(v.iforest) : 0.0;
        rarity[1] = m.autoencoder ? m.autoencoder_norm.rarity(v.autoencoder) : 0.0;
        rarity[2] = m.gbdt ? m.gbdt_norm.rarity(v.supervised) : 0.0;
        rarity[3] = m.rules.size() ? m.rules_norm.rarity(v.rules) : 0.0;
        for (std::size_t i = 0; i < 4; ++i)
            v.contributions[i] = total > 0 ? kRiskPerRarity * weights[i] * rarity[i] / total : 0.0;
        v.score = v.contributions[0] + v.contributions[1] + v.contributions[2] + v.contributions[3];
        v.risk = std::clamp(v.score, 0.0, 100.0);  // the same sum as combine_risk, capped
        v.level = m.levels.level_for(v.risk);
    }

    // The supervised model's contributions cost far more than its prediction, so they are
    // computed for the rows whose reasons an analyst will read: medium risk and above.
    std::vector<std::size_t> explained;
    std::vector<float> contributions;
    std::vector<std::int64_t> contribution_row(m.gbdt ? rows : 0, -1);
    if (m.gbdt) {
        FeatureMatrix subset(0, cols);
        for (std::size_t r = 0; r < rows; ++r) {
            if (out[r].level == RiskLevel::Low && !exact_contributions) continue;
            contribution_row[r] = static_cast<std::int64_t>(subset.rows);
            subset.append_row(features.row(r));
        }
        contributions.resize(subset.rows * (cols + 1));
        if (subset.rows > 0) {
            if (exact_contributions) {
                m.gbdt->contributions(subset.view(), contributions.data());
            } else {
                m.gbdt->approximate_contributions(subset.view(), contributions.data());
            }
        }
    }

    // Pass 2: each member's part of the risk goes to the features that drove it.
    std::vector<double> attribution(cols), shares(cols);
    for (std::size_t r = 0; r < rows; ++r) {
        const float* row = features.row(r);
        const Transaction& t = transactions[r];
        Verdict& v = out[r];
        const auto& rarity = rarities[r];
        std::fill(attribution.begin(), attribution.end(), 0.0);
        if (m.iforest) {
            for (std::size_t c = 0; c < cols; ++c)
                shares[c] = std::min(std::abs(m.stats.deviation(c, row[c])), 10.0);
            add_shares(attribution, shares, m.w_iforest * rarity[0]);
        }
        if (m.autoencoder) {
            for (std::size_t c = 0; c < cols; ++c)
                shares[c] = errors[r * cols + c] / std::max(m.autoencoder_mean_error[c], 1e-9);
            add_shares(attribution, shares, m.w_autoencoder * rarity[1]);
        }
        if (m.gbdt && contribution_row[r] >= 0) {
            const float* contribution =
                contributions.data() + static_cast<std::size_t>(contribution_row[r]) * (cols + 1);
            for (std::size_t c = 0; c < cols; ++c) shares[c] = std::max(0.0f, contribution[c]);
            add_shares(attribution, shares, m.w_gbdt * rarity[2]);
        }
        const RuleContext context{row, &t};
        std::vector<Reason> rule_reasons;
        double fired_weight = 0.0;
        for (std::size_t i : fired_rules[r]) fired_weight += m.rules.rules()[i].weight;
        for (std::size_t i : fired_rules[r]) {
            const Rule& rule = m.rules.rules()[i];
            const double share = fired_weight > 0 ? rule.weight / fired_weight : 0.0;
            // A fired rule always deserves a place among the reasons it can earn.
            rule_reasons.push_back(
                {"rule:" + rule.name,
                 fill_text(FD_TR("core/Reasons", "Rule: %1"), {m.rules.reason(i, context)}),
                 m.w_rules * std::max(rarity[3], 1.0) * share});
        }
        v.reasons = pick_reasons(t, std::span<const float>(row, cols), m.feature_names, attribution,
                                 std::move(rule_reasons));
    }
}

}  // namespace fd
