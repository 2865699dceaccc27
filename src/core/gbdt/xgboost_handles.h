// RAII owners of XGBoost's C handles, and the one place C API return codes become
// exceptions. Private to src/core/gbdt: XGBoost's headers stay out of the public API.
#pragma once

#include <xgboost/c_api.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/engine/feature_matrix.h"

namespace fd::xgb {

// Throws ModelError("XGBoost <call> failed: <XGBGetLastError()>") when rc is not 0.
void check(int rc, const char* call);

// A DMatrix over a copy of `rows` (XGBoost keeps its own compressed copy). NaN features
// are missing values, as XGBoost treats them.
class DMatrix {
public:
    DMatrix(FeatureView rows, int nthread);
    ~DMatrix();
    DMatrix(DMatrix&& other) noexcept : handle_(std::exchange(other.handle_, nullptr)) {}
    DMatrix& operator=(DMatrix&&) = delete;
    DMatrix(const DMatrix&) = delete;
    DMatrix& operator=(const DMatrix&) = delete;

    void set_labels(std::span<const float> labels);
    DMatrixHandle get() const { return handle_; }

private:
    DMatrixHandle handle_ = nullptr;
};

// Limits the OpenMP threads the calling thread starts while it lives. XGBoost 1.7's aucpr
// metric sorts with libstdc++'s parallel mode, which takes omp_get_max_threads() threads
// whatever nthread says, and the idle OpenMP threads then spin on a busy machine. The
// limit is the calling thread's own OpenMP setting, so other threads are unaffected.
class OpenMpThreadLimit {
public:
    explicit OpenMpThreadLimit(int nthread);  // 0: no limit
    ~OpenMpThreadLimit();
    OpenMpThreadLimit(const OpenMpThreadLimit&) = delete;
    OpenMpThreadLimit& operator=(const OpenMpThreadLimit&) = delete;

private:
    int previous_ = 0;
};

// A booster, serialising every call: XGBoost's booster is not documented as safe for
// concurrent calls, and FraudDesk scores from several threads.
class Booster {
public:
    // An untrained booster with `cache` as the matrices it will train and evaluate on.
    explicit Booster(std::span<const DMatrixHandle> cache);
    // A booster holding a saved model (XGBoost's JSON or UBJSON), using nthread threads.
    // Only for bytes XGBoost wrote or check_xgboost_model accepted.
    static std::unique_ptr<Booster> from_model(std::span<const std::uint8_t> model, int nthread);
    ~Booster();
    Booster(const Booster&) = delete;
    Booster& operator=(const Booster&) = delete;

    void set_param(const char* name, const std::string& value);
    void set_nthread(int nthread);  // XGBoost's nthread, also the OpenMP limit of every call
    void update_one_iter(int iteration, const DMatrix& train);
    // XGBoost's evaluation line for one named matrix, e.g. "[3]\tvalidation-aucpr:0.81".
    std::string eval_one_iter(int iteration, const DMatrix& data, const char* name);
    // A new booster with the first `rounds` rounds of this one.
    std::unique_ptr<Booster> first_rounds(int rounds);
    int boosted_rounds();
    std::size_t feature_count();
    void set_attr(const char* key, const std::string& value);

    // Prediction of `type` (0: probability, 2: TreeSHAP contributions, 3: approximate
    // contributions) for every row of `data`; checks there are `expected_values_per_row`
    // values per row.
    std::vector<float> predict(const DMatrix& data, std::size_t rows, int type,
                               std::size_t expected_values_per_row);

    std::vector<std::uint8_t> save_ubjson();

private:
    Booster() = default;
    BoosterHandle handle_ = nullptr;
    int nthread_ = 1;
    std::mutex mutex_;
};

}  // namespace fd::xgb
