#include "autoencoder.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <string>

#include "core/engine/model_error.h"
#include "core/tr_mark.h"

namespace fd {
namespace {

using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic>;  // column-major
using RowVector = Eigen::Matrix<float, 1, Eigen::Dynamic>;
constexpr float kClip = 10.0f;  // scaled inputs beyond 10 spreads add nothing but noise
constexpr std::size_t kScoreBlock = 2048;

// splitmix64: a small, well-mixed, portable generator for initialisation and shuffling.
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

private:
    std::uint64_t state_;
};

float quantile(std::vector<float>& values, double q) {
    const auto k = static_cast<std::size_t>(q * static_cast<double>(values.size() - 1));
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
    return values[k];
}

Eigen::Map<const Matrix> weights_of(const Autoencoder::Layer& l) {
    return {l.weights.data(), l.inputs, l.outputs};
}
Eigen::Map<const RowVector> bias_of(const Autoencoder::Layer& l) {
    return {l.bias.data(), l.outputs};
}

}  // namespace

// Training state kept out of the public class: scaled data, activations, Adam moments.
struct AutoencoderTrainer {
    static void scale_rows(const Autoencoder& model, FeatureView rows, std::size_t first,
                           std::size_t count, Matrix& out) {
        out.resize(static_cast<Eigen::Index>(count), static_cast<Eigen::Index>(model.features_));
        for (std::size_t r = 0; r < count; ++r) {
            const float* row = rows.row(first + r);
            for (std::size_t c = 0; c < model.features_; ++c) {
                const float v = (row[c] - model.centre_[c]) / model.scale_[c];
                out(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c)) =
                    std::clamp(v, -kClip, kClip);
            }
        }
    }

    // Forward pass; activations[0] is the input, the last is the reconstruction.
    static void forward(const Autoencoder& model, const Matrix& input,
                        std::vector<Matrix>& activations) {
        activations.resize(model.layers_.size() + 1);
        activations[0] = input;
        for (std::size_t i = 0; i < model.layers_.size(); ++i) {
            const auto& layer = model.layers_[i];
            Matrix z = activations[i] * weights_of(layer);
            z.rowwise() += bias_of(layer);
            if (i + 1 < model.layers_.size()) z = z.array().tanh().matrix();
            activations[i + 1] = std::move(z);
        }
    }
};

Autoencoder Autoencoder::fit(FeatureView data, const AutoencoderParams& params,
                             const std::function<bool(const AutoencoderProgress&)>& progress) {
    if (data.cols == 0)
        throw ModelError(FD_TR("core/Engine", "The autoencoder needs at least one feature"));
    if (data.rows < 10)
        throw ModelError(
            FD_TR("core/Engine", "The autoencoder needs at least 10 rows to train on"));
    if (params.epochs < 1 || params.batch_size < 1 || !(params.learning_rate > 0) ||
        !(params.validation_fraction >= 0 && params.validation_fraction < 0.9) ||
        params.patience < 1)
        throw ModelError(
            FD_TR("core/Engine",
                  "Autoencoder parameters out of range (epochs, batch size, learning rate, "
                  "validation fraction below 0.9, patience)"));
    for (int h : params.hidden)
        if (h < 1 || h > 4096)
            throw ModelError(
                FD_TR("core/Engine", "Autoencoder hidden layer sizes must be 1..4096"));
    for (std::size_t r = 0; r < data.rows; ++r)
        for (std::size_t c = 0; c < data.cols; ++c)
            if (!std::isfinite(data.at(r, c)))
                throw ModelError(fill_text(
                    FD_TR("core/Engine", "Autoencoder: row %1, column %2 is not a finite number"),
                    {std::to_string(r + 1), std::to_string(c + 1)}));
    Autoencoder model;
    model.params_ = params;
    model.features_ = data.cols;
    const std::size_t d = data.cols;
    const auto validation_rows =
        static_cast<std::size_t>(params.validation_fraction * static_cast<double>(data.rows));
    const std::size_t train_rows = data.rows - validation_rows;

    // Robust scaling from the training rows.
    std::vector<float> column(train_rows);
    for (std::size_t c = 0; c < d; ++c) {
        for (std::size_t r = 0; r < train_rows; ++r) column[r] = data.at(r, c);
        const float median = quantile(column, 0.5);
        float spread = (quantile(column, 0.75) - quantile(column, 0.25)) / 1.349f;
        if (!(spread > 1e-6f)) {
            double sum = 0;
            for (float v : column) sum += std::abs(v - median);
            spread = static_cast<float>(sum / static_cast<double>(train_rows));
        }
        if (!(spread > 1e-6f)) spread = 1.0f;
        model.centre_.push_back(median);
        model.scale_.push_back(spread);
    }

    // Xavier-uniform initialisation.
    Random random(params.seed);
    std::vector<int> sizes = {static_cast<int>(d)};
    sizes.insert(sizes.end(), params.hidden.begin(), params.hidden.end());
    sizes.push_back(static_cast<int>(d));
    for (std::size_t i = 0; i + 1 < sizes.size(); ++i) {
        Layer layer{sizes[i],
                    sizes[i + 1],
                    {},
                    std::vector<float>(static_cast<std::size_t>(sizes[i + 1]), 0.0f)};
        const double limit = std::sqrt(6.0 / (sizes[i] + sizes[i + 1]));
        layer.weights.resize(static_cast<std::size_t>(sizes[i]) *
                             static_cast<std::size_t>(sizes[i + 1]));
        for (auto& w : layer.weights) w = static_cast<float>((random.unit() * 2 - 1) * limit);
        model.layers_.push_back(std::move(layer));
    }

    Matrix train_x, valid_x;
    AutoencoderTrainer::scale_rows(model, data, 0, train_rows, train_x);
    AutoencoderTrainer::scale_rows(model, data, train_rows, validation_rows, valid_x);
    const std::size_t layers = model.layers_.size();
    std::vector<Matrix> m_w(layers), v_w(layers);
    std::vector<RowVector> m_b(layers), v_b(layers);
    for (std::size_t i = 0; i < layers; ++i) {
        m_w[i] = v_w[i] = Matrix::Zero(model.layers_[i].inputs, model.layers_[i].outputs);
        m_b[i] = v_b[i] = RowVector::Zero(model.layers_[i].outputs);
    }
    const float beta1 = 0.9f, beta2 = 0.999f, epsilon = 1e-8f;
    const auto lr = static_cast<float>(params.learning_rate);
    std::int64_t step = 0;
    std::vector<std::size_t> order(train_rows);
    for (std::size_t i = 0; i < train_rows; ++i) order[i] = i;
    std::vector<Matrix> acts;
    Matrix batch, delta;
    auto best_layers = model.layers_;
    double best = INFINITY;
    int stale = 0;
    const auto loss_of = [&](const Matrix& x) {
        if (x.rows() == 0) return 0.0;
        AutoencoderTrainer::forward(model, x, acts);
        return static_cast<double>((acts.back() - x).squaredNorm()) / static_cast<double>(x.size());
    };

    for (int epoch = 1; epoch <= params.epochs; ++epoch) {
        for (std::size_t i = train_rows; i > 1; --i)
            std::swap(order[i - 1], order[random.below(i)]);
        double train_loss = 0;
        for (std::size_t first = 0; first < train_rows;
             first += static_cast<std::size_t>(params.batch_size)) {
            const std::size_t count = std::min<std::size_t>(
                static_cast<std::size_t>(params.batch_size), train_rows - first);
            batch.resize(static_cast<Eigen::Index>(count), static_cast<Eigen::Index>(d));
            for (std::size_t r = 0; r < count; ++r)
                batch.row(static_cast<Eigen::Index>(r)) =
                    train_x.row(static_cast<Eigen::Index>(order[first + r]));
            AutoencoderTrainer::forward(model, batch, acts);
            delta = acts.back() - batch;
            train_loss += static_cast<double>(delta.squaredNorm());
            delta *= 2.0f / static_cast<float>(batch.size());
            ++step;
            const float correction1 = 1.0f - std::pow(beta1, static_cast<float>(step));
            const float correction2 = 1.0f - std::pow(beta2, static_cast<float>(step));
            for (std::size_t i = layers; i-- > 0;) {
                Layer& layer = model.layers_[i];
                const Matrix grad_w = acts[i].transpose() * delta;
                const RowVector grad_b = delta.colwise().sum();
                if (i > 0) {
                    // Through tanh: derivative 1 - a^2 of the previous layer's activation.
                    delta = (delta * weights_of(layer).transpose()).array() *
                            (1.0f - acts[i].array().square());
                }
                Eigen::Map<Matrix> w(layer.weights.data(), layer.inputs, layer.outputs);
                Eigen::Map<RowVector> b(layer.bias.data(), layer.outputs);
                m_w[i] = beta1 * m_w[i] + (1 - beta1) * grad_w;
                v_w[i] = beta2 * v_w[i] + (1 - beta2) * grad_w.cwiseProduct(grad_w);
                m_b[i] = beta1 * m_b[i] + (1 - beta1) * grad_b;
                v_b[i] = beta2 * v_b[i] + (1 - beta2) * grad_b.cwiseProduct(grad_b);
                w.array() -= lr * (m_w[i].array() / correction1) /
                             ((v_w[i].array() / correction2).sqrt() + epsilon);
                b.array() -= lr * (m_b[i].array() / correction1) /
                             ((v_b[i].array() / correction2).sqrt() + epsilon);
            }
        }
        train_loss /= static_cast<double>(train_rows * d);
        const double validation_loss = validation_rows > 0 ? loss_of(valid_x) : train_loss;
        model.epochs_trained_ = epoch;
        if (validation_loss < best - 1e-7) {
            best = validation_loss;
            best_layers = model.layers_;
            stale = 0;
        } else if (++stale >= params.patience) {
            break;
        }
        if (progress && !progress({epoch, train_loss, validation_loss})) {
            model.cancelled_ = true;
            break;
        }
    }
    model.layers_ = std::move(best_layers);
    model.best_validation_loss_ = best;
    return model;
}

void Autoencoder::score(FeatureView rows, double* out) const {
    score_with_errors(rows, out, nullptr);
}

void Autoencoder::score_with_errors(FeatureView rows, double* out, float* feature_errors) const {
    if (rows.cols != features_)
        throw ModelError(
            fill_text(FD_TR("core/Engine", "The autoencoder expects %1 features, got %2"),
                      {std::to_string(features_), std::to_string(rows.cols)}));
    Matrix input, errors;
    std::vector<Matrix> acts;
    for (std::size_t first = 0; first < rows.rows; first += kScoreBlock) {
        const std::size_t count = std::min(kScoreBlock, rows.rows - first);
        AutoencoderTrainer::scale_rows(*this, rows, first, count, input);
        AutoencoderTrainer::forward(*this, input, acts);
        errors = (acts.back() - input).array().square().matrix();
        for (std::size_t r = 0; r < count; ++r) {
            const auto row = errors.row(static_cast<Eigen::Index>(r));
            out[first + r] = static_cast<double>(row.sum()) / static_cast<double>(features_);
            if (feature_errors) {
                for (std::size_t c = 0; c < features_; ++c)
                    feature_errors[(first + r) * features_ + c] = row(static_cast<Eigen::Index>(c));
            }
        }
    }
}

nlohmann::json Autoencoder::to_json() const {
    nlohmann::json layers = nlohmann::json::array();
    for (const auto& l : layers_)
        layers.push_back({{"inputs", l.inputs},
                          {"outputs", l.outputs},
                          {"weights", l.weights},
                          {"bias", l.bias}});
    return {{"hidden", params_.hidden},
            {"epochs", params_.epochs},
            {"batch_size", params_.batch_size},
            {"learning_rate", params_.learning_rate},
            {"validation_fraction", params_.validation_fraction},
            {"patience", params_.patience},
            {"seed", params_.seed},
            {"features", features_},
            {"centre", centre_},
            {"scale", scale_},
            {"layers", layers},
            {"epochs_trained", epochs_trained_},
            {"best_validation_loss", best_validation_loss_}};
}

Autoencoder Autoencoder::from_json(const nlohmann::json& j) {
    const auto fail = [](const std::string& what) -> Autoencoder {
        throw ModelError(
            fill_text(FD_TR("core/Engine", "The autoencoder in the model is damaged: %1"), {what}));
    };
    try {
        Autoencoder a;
        a.params_.hidden = j.at("hidden").get<std::vector<int>>();
        a.params_.epochs = j.at("epochs").get<int>();
        a.params_.batch_size = j.at("batch_size").get<int>();
        a.params_.learning_rate = j.at("learning_rate").get<double>();
        a.params_.validation_fraction = j.at("validation_fraction").get<double>();
        a.params_.patience = j.at("patience").get<int>();
        a.params_.seed = j.at("seed").get<std::uint64_t>();
        a.features_ = j.at("features").get<std::size_t>();
        a.centre_ = j.at("centre").get<std::vector<float>>();
        a.scale_ = j.at("scale").get<std::vector<float>>();
        a.epochs_trained_ = j.at("epochs_trained").get<int>();
        a.best_validation_loss_ = j.at("best_validation_loss").get<double>();
        if (a.features_ == 0 || a.features_ > 100000)
            return fail(FD_TR("core/Engine", "feature count out of range"));
        if (a.centre_.size() != a.features_ || a.scale_.size() != a.features_)
            return fail(FD_TR("core/Engine", "scaling size"));
        for (std::size_t c = 0; c < a.features_; ++c)
            if (!std::isfinite(a.centre_[c]) || !std::isfinite(a.scale_[c]) || !(a.scale_[c] > 0))
                return fail(FD_TR("core/Engine", "scaling values"));
        const auto& layers = j.at("layers");
        if (!layers.is_array() || layers.empty() || layers.size() > 16)
            return fail(FD_TR("core/Engine", "layer count"));
        int expected_inputs = static_cast<int>(a.features_);
        for (const auto& lj : layers) {
            Layer l;
            l.inputs = lj.at("inputs").get<int>();
            l.outputs = lj.at("outputs").get<int>();
            if (l.inputs != expected_inputs || l.outputs < 1 || l.outputs > 100000)
                return fail(FD_TR("core/Engine", "layer shapes do not chain"));
            l.weights = lj.at("weights").get<std::vector<float>>();
            l.bias = lj.at("bias").get<std::vector<float>>();
            if (l.weights.size() !=
                    static_cast<std::size_t>(l.inputs) * static_cast<std::size_t>(l.outputs) ||
                l.bias.size() != static_cast<std::size_t>(l.outputs))
                return fail(FD_TR("core/Engine", "layer sizes"));
            for (float w : l.weights)
                if (!std::isfinite(w)) return fail(FD_TR("core/Engine", "a weight is not finite"));
            for (float b : l.bias)
                if (!std::isfinite(b)) return fail(FD_TR("core/Engine", "a bias is not finite"));
            expected_inputs = l.outputs;
            a.layers_.push_back(std::move(l));
        }
        if (expected_inputs != static_cast<int>(a.features_))
            return fail(FD_TR("core/Engine", "the output does not rebuild the input"));
        return a;
    } catch (const nlohmann::json::exception& error) {
        return fail(
            fill_text(FD_TR("core/Engine", "missing or mistyped field (%1)"), {error.what()}));
    }
}

}  // namespace fd
