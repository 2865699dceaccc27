// An autoencoder anomaly model: a small MLP (d-16-8-16-d by default) learns to rebuild
// ordinary rows; rows it rebuilds badly are unusual, and the features it rebuilds worst say
// why. Inputs are scaled robustly (median and interquartile spread, clipped) so heavy-tailed
// amounts cannot dominate. Eigen does the algebra; nothing of it shows in this header.
#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <vector>

#include "core/engine/feature_matrix.h"

namespace fd {

struct AutoencoderParams {
    std::vector<int> hidden = {16, 8, 16};
    int epochs = 50;
    int batch_size = 256;
    double learning_rate = 1e-3;
    double validation_fraction = 0.2;  // the latest rows: the data are in time order
    int patience = 5;                  // epochs without a better validation loss
    std::uint64_t seed = 1;
};

struct AutoencoderProgress {
    int epoch = 0;  // 1-based
    double train_loss = 0;
    double validation_loss = 0;
};

class Autoencoder {
public:
    // Throws ModelError on fewer than 10 rows, no columns, bad parameters or a non-finite
    // value (naming its row and column). `progress` returning false cancels: the best
    // weights so far are kept and cancelled() is true.
    static Autoencoder fit(FeatureView data, const AutoencoderParams& params,
                           const std::function<bool(const AutoencoderProgress&)>& progress = {});

    // Mean squared reconstruction error in scaled units, per row.
    void score(FeatureView rows, double* out) const;
    // The same plus each feature's squared error: feature_errors[rows * cols].
    void score_with_errors(FeatureView rows, double* out, float* feature_errors) const;

    std::size_t features() const { return features_; }
    const AutoencoderParams& params() const { return params_; }
    int epochs_trained() const { return epochs_trained_; }
    double best_validation_loss() const { return best_validation_loss_; }
    bool cancelled() const { return cancelled_; }

    nlohmann::json to_json() const;
    static Autoencoder from_json(const nlohmann::json& j);  // validates; throws ModelError

    struct Layer {
        int inputs = 0, outputs = 0;
        std::vector<float> weights;  // inputs x outputs, column-major
        std::vector<float> bias;     // outputs
    };

private:
    AutoencoderParams params_;
    std::size_t features_ = 0;
    std::vector<float> centre_, scale_;  // robust scaling per feature
    std::vector<Layer> layers_;          // tanh between layers, linear output
    int epochs_trained_ = 0;
    double best_validation_loss_ = 0;
    bool cancelled_ = false;

    friend struct AutoencoderTrainer;
};

}  // namespace fd
