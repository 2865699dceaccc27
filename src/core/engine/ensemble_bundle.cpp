// EnsembleModel to and from a model bundle: everything needed to score, validated on load.
#include <chrono>
#include <cmath>

#include "core/tr_mark.h"
#include "ensemble_impl.h"
#include "model_error.h"

namespace fd {
namespace {

constexpr int kModelFormatVersion = 1;

std::string text_of(const std::vector<std::uint8_t>& bytes) {
    return std::string(bytes.begin(), bytes.end());
}

nlohmann::json parse_payload(const ModelBundle& bundle, const char* name) {
    const BundlePayload* payload = bundle.payload(name);
    if (!payload)
        throw ModelError(fill_text(FD_TR("core/Engine", "The model lacks its '%1' part"), {name}));
    auto json = nlohmann::json::parse(text_of(payload->bytes), nullptr, false);
    if (json.is_discarded())
        throw ModelError(
            fill_text(FD_TR("core/Engine", "The model's '%1' part is not valid JSON"), {name}));
    return json;
}

const nlohmann::json& member(const nlohmann::json& header, const char* name) {
    const auto& members = header.at("members");
    if (!members.contains(name) || !members[name].is_object())
        throw ModelError(fill_text(
            FD_TR("core/Engine", "The model header lacks the settings of its '%1' part"), {name}));
    return members[name];
}

double finite_number(const nlohmann::json& j, const char* name) {
    if (!j.contains(name) || !j[name].is_number() || !std::isfinite(j[name].get<double>()))
        throw ModelError(fill_text(
            FD_TR("core/Engine", "The model header's '%1' is missing or not a finite number"),
            {name}));
    return j[name].get<double>();
}

}  // namespace

ModelBundle EnsembleModel::to_bundle() const {
    const Impl& m = *impl_;
    ModelBundle bundle;
    nlohmann::json members = nlohmann::json::object();
    if (m.iforest) {
        members["iforest"] = {{"normalizer", m.iforest_norm.to_json()}};
        bundle.add_payload("iforest", m.iforest->to_json().dump());
    }
    if (m.autoencoder) {
        members["autoencoder"] = {{"normalizer", m.autoencoder_norm.to_json()},
                                  {"mean_error", m.autoencoder_mean_error}};
        bundle.add_payload("autoencoder", m.autoencoder->to_json().dump());
    }
    if (m.gbdt) {
        members["gbdt"] = {{"normalizer", m.gbdt_norm.to_json()},
                           {"params", gbdt_params_to_json(m.gbdt->params())},
                           {"best_iteration", m.gbdt->best_iteration()}};
        if (std::isfinite(m.gbdt_validation_aucpr))
            members["gbdt"]["validation_aucpr"] = m.gbdt_validation_aucpr;
        bundle.add_payload("gbdt", m.gbdt->save());
    }
    if (m.rules.size() > 0) {
        members["rules"] = {{"normalizer", m.rules_norm.to_json()}};
        bundle.add_payload("rules", m.rules.to_json().dump());
    }
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    bundle.header = {{"format", "frauddesk-model"},
                     {"format_version", kModelFormatVersion},
                     {"kind", model_kind_name(m.kind)},
                     {"created_ms", now},
                     {"app_version", FD_VERSION},
                     {"features", m.feature_names},
                     {"feature_stats", m.stats.to_json()},
                     {"feature_config",
                      {{"label_delay_ms", m.feature_config.label_delay_ms},
                       {"idle_eviction_ms", m.feature_config.idle_eviction_ms}}},
                     {"weights", m.weights.to_json()},
                     {"effective_weights", effective_weights()},
                     {"levels", m.levels.to_json()},
                     {"alert_threshold", m.alert_threshold},
                     {"training", m.summary.to_json()},
                     {"metrics", m.metrics},
                     {"members", std::move(members)}};
    return bundle;
}

EnsembleModel EnsembleModel::from_bundle(const ModelBundle& bundle) {
    const nlohmann::json& h = bundle.header;
    try {
        if (h.value("format", "") != "frauddesk-model")
            throw ModelError(
                FD_TR("core/Engine", "The file is a bundle but not a FraudDesk scoring model"));
        if (h.value("format_version", 0) != kModelFormatVersion)
            throw ModelError(fill_text(FD_TR("core/Engine",
                                             "The model format is version %1; this FraudDesk "
                                             "reads version %2. Retrain the model with this "
                                             "version."),
                                       {h.value("format_version", nlohmann::json()).dump(),
                                        std::to_string(kModelFormatVersion)}));
        auto impl = std::make_unique<Impl>();
        Impl& m = *impl;
        const auto kind = model_kind_from_name(h.at("kind").get<std::string>());
        if (!kind)
            throw ModelError(
                fill_text(FD_TR("core/Engine", "Unknown model kind %1"), {h.at("kind").dump()}));
        m.kind = *kind;
        m.feature_names = h.at("features").get<std::vector<std::string>>();
        if (m.feature_names.empty())
            throw ModelError(FD_TR("core/Engine", "The model lists no features"));
        std::string missing;
        for (const auto& name : m.feature_names) {
            const auto index = FeatureEngine::index_of(name);
            if (!index)
                missing += (missing.empty() ? "" : ", ") + name;
            else
                m.column_map.push_back(*index);
        }
        if (!missing.empty())
            throw ModelError(fill_text(FD_TR("core/Engine",
                                             "The model needs features this FraudDesk does not "
                                             "compute: %1. Retrain it with this version."),
                                       {missing}));
        m.stats = FeatureStats::from_json(h.at("feature_stats"));
        if (m.stats.names != m.feature_names)
            throw ModelError(
                FD_TR("core/Engine", "The feature statistics do not match the feature list"));
        const auto& fc = h.at("feature_config");
        m.feature_config.label_delay_ms = fc.at("label_delay_ms").get<std::int64_t>();
        m.feature_config.idle_eviction_ms = fc.at("idle_eviction_ms").get<std::int64_t>();
        if (m.feature_config.label_delay_ms < 0 || m.feature_config.idle_eviction_ms <= 0)
            throw ModelError(FD_TR("core/Engine", "The model's feature settings are out of range"));
        m.weights = EnsembleWeights::from_json(h.at("weights"));
        m.levels = RiskLevels::from_json(h.at("levels"));
        m.alert_threshold = finite_number(h, "alert_threshold");
        const auto& t = h.at("training");
        m.summary.rows = t.at("rows").get<std::int64_t>();
        m.summary.from_ms = t.at("from_ms").get<std::int64_t>();
        m.summary.until_ms = t.at("until_ms").get<std::int64_t>();
        m.summary.fraud_labels = t.at("fraud_labels").get<std::int64_t>();
        m.summary.legit_labels = t.at("legit_labels").get<std::int64_t>();
        m.summary.seconds = t.at("seconds").get<double>();
        m.metrics = h.value("metrics", nlohmann::json::object());
        const std::size_t cols = m.feature_names.size();
        const auto& members = h.at("members");
        if (!members.is_object())
            throw ModelError(FD_TR("core/Engine", "The model header's members are not an object"));
        if (members.contains("iforest")) {
            m.iforest = IsolationForest::from_json(parse_payload(bundle, "iforest"));
            m.iforest_norm = ScoreNormalizer::from_json(member(h, "iforest").at("normalizer"));
            if (m.iforest->features() != cols)
                throw ModelError(
                    FD_TR("core/Engine",
                          "The Isolation Forest was trained on a different number of features"));
        }
        if (members.contains("autoencoder")) {
            m.autoencoder = Autoencoder::from_json(parse_payload(bundle, "autoencoder"));
            m.autoencoder_norm =
                ScoreNormalizer::from_json(member(h, "autoencoder").at("normalizer"));
            m.autoencoder_mean_error =
                member(h, "autoencoder").at("mean_error").get<std::vector<double>>();
            if (m.autoencoder->features() != cols || m.autoencoder_mean_error.size() != cols)
                throw ModelError(
                    FD_TR("core/Engine",
                          "The autoencoder was trained on a different number of features"));
            for (double e : m.autoencoder_mean_error)
                if (!std::isfinite(e) || e < 0)
                    throw ModelError(
                        FD_TR("core/Engine", "The autoencoder's mean errors are damaged"));
        }
        if (members.contains("gbdt")) {
            const BundlePayload* payload = bundle.payload("gbdt");
            if (!payload)
                throw ModelError(
                    fill_text(FD_TR("core/Engine", "The model lacks its '%1' part"), {"gbdt"}));
            m.gbdt = GradientBoostedTrees::load(
                payload->bytes, cols, gbdt_params_from_json(member(h, "gbdt").at("params")));
            m.gbdt_norm = ScoreNormalizer::from_json(member(h, "gbdt").at("normalizer"));
            const auto& aucpr = member(h, "gbdt").value("validation_aucpr", nlohmann::json());
            if (aucpr.is_number() && std::isfinite(aucpr.get<double>()) &&
                aucpr.get<double>() >= 0.0 && aucpr.get<double>() <= 1.0)
                m.gbdt_validation_aucpr = aucpr.get<double>();
        }
        if (members.contains("rules")) {
            m.rules = RuleSet::compile(RuleSet::rules_from_json(parse_payload(bundle, "rules")),
                                       RuleSymbols::with_features(m.feature_names));
            m.rules_norm = ScoreNormalizer::from_json(member(h, "rules").at("normalizer"));
        }
        if (!m.iforest && !m.autoencoder && !m.gbdt)
            throw ModelError(FD_TR("core/Engine", "The model holds no scoring member"));
        m.settle_weights();
        return EnsembleModel(std::move(impl));
    } catch (const nlohmann::json::exception& error) {
        throw ModelError(fill_text(
            FD_TR("core/Engine", "The model header is incomplete or has the wrong types: %1"),
            {error.what()}));
    }
}

}  // namespace fd
