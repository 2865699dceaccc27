#include "xgboost_handles.h"

#include <omp.h>

#include <cctype>
#include <cmath>
#include <limits>

#include "core/engine/model_error.h"
#include "core/tr_mark.h"

namespace fd::xgb {
namespace {

// XGBoost's messages may end in a native stack trace: useless to an analyst, so cut it.
std::string last_error_text() {
    const char* raw = XGBGetLastError();
    std::string text = raw != nullptr ? raw : "";
    if (const auto trace = text.find("Stack trace:"); trace != std::string::npos) {
        text.erase(trace);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
    return text.empty() ? std::string(FD_TR("core/Engine", "no detail given")) : text;
}

// XGBoost 1.7 keeps per-thread state (a thread_local map) that every booster's destructor
// updates. At exit a thread's thread_locals are destroyed before static objects, so a
// booster held by a static would write into a destroyed map (a double free). This sentinel
// is destroyed with the thread's thread_locals and marks the moment: a booster freed after
// it is left to the ending process instead.
thread_local bool thread_state_destroyed = false;
struct ThreadExitSentinel {
    ~ThreadExitSentinel() { thread_state_destroyed = true; }
};
thread_local ThreadExitSentinel exit_sentinel;

void watch_thread_exit() {
    static_cast<void>(&exit_sentinel);
}

}  // namespace

void check(int rc, const char* call) {
    if (rc != 0)
        throw ModelError(
            fill_text(FD_TR("core/Engine", "XGBoost %1 failed: %2"), {call, last_error_text()}));
}

OpenMpThreadLimit::OpenMpThreadLimit(int nthread) : previous_(omp_get_max_threads()) {
    if (nthread > 0) omp_set_num_threads(nthread);
}

OpenMpThreadLimit::~OpenMpThreadLimit() {
    omp_set_num_threads(previous_);
}

DMatrix::DMatrix(FeatureView rows, int nthread) {
    const OpenMpThreadLimit limit(nthread);
    check(XGDMatrixCreateFromMat_omp(rows.data, rows.rows, rows.cols,
                                     std::numeric_limits<float>::quiet_NaN(), &handle_, nthread),
          "XGDMatrixCreateFromMat_omp");
}

DMatrix::~DMatrix() {
    // Freeing fails only for a null handle, which is never passed.
    if (handle_ != nullptr) XGDMatrixFree(handle_);
}

void DMatrix::set_labels(std::span<const float> labels) {
    check(XGDMatrixSetFloatInfo(handle_, "label", labels.data(), labels.size()),
          "XGDMatrixSetFloatInfo(label)");
}

Booster::Booster(std::span<const DMatrixHandle> cache) {
    watch_thread_exit();
    check(XGBoosterCreate(cache.data(), cache.size(), &handle_), "XGBoosterCreate");
}

Booster::~Booster() {
    if (handle_ != nullptr && !thread_state_destroyed) XGBoosterFree(handle_);
}

void Booster::set_param(const char* name, const std::string& value) {
    std::lock_guard lock(mutex_);
    const OpenMpThreadLimit limit(nthread_);
    check(XGBoosterSetParam(handle_, name, value.c_str()), "XGBoosterSetParam");
}

void Booster::set_nthread(int nthread) {
    set_param("nthread", std::to_string(nthread));
    std::lock_guard lock(mutex_);
    nthread_ = nthread;
}

void Booster::update_one_iter(int iteration, const DMatrix& train) {
    std::lock_guard lock(mutex_);
    const OpenMpThreadLimit limit(nthread_);
    check(XGBoosterUpdateOneIter(handle_, iteration, train.get()), "XGBoosterUpdateOneIter");
}

std::string Booster::eval_one_iter(int iteration, const DMatrix& data, const char* name) {
    std::lock_guard lock(mutex_);
    const OpenMpThreadLimit limit(nthread_);
    DMatrixHandle matrices[] = {data.get()};
    const char* names[] = {name};
    const char* result = nullptr;
    check(XGBoosterEvalOneIter(handle_, iteration, matrices, names, 1, &result),
          "XGBoosterEvalOneIter");
    return result != nullptr ? result : "";
}

std::unique_ptr<Booster> Booster::first_rounds(int rounds) {
    std::lock_guard lock(mutex_);
    const OpenMpThreadLimit limit(nthread_);
    std::unique_ptr<Booster> sliced(new Booster());
    check(XGBoosterSlice(handle_, 0, rounds, 1, &sliced->handle_), "XGBoosterSlice");
    sliced->nthread_ = nthread_;
    return sliced;
}

int Booster::boosted_rounds() {
    std::lock_guard lock(mutex_);
    const OpenMpThreadLimit limit(nthread_);
    int rounds = 0;
    check(XGBoosterBoostedRounds(handle_, &rounds), "XGBoosterBoostedRounds");
    return rounds;
}

std::size_t Booster::feature_count() {
    std::lock_guard lock(mutex_);
    const OpenMpThreadLimit limit(nthread_);
    bst_ulong count = 0;
    check(XGBoosterGetNumFeature(handle_, &count), "XGBoosterGetNumFeature");
    return count;
}

void Booster::set_attr(const char* key, const std::string& value) {
    std::lock_guard lock(mutex_);
    const OpenMpThreadLimit limit(nthread_);
    check(XGBoosterSetAttr(handle_, key, value.c_str()), "XGBoosterSetAttr");
}

std::vector<float> Booster::predict(const DMatrix& data, std::size_t rows, int type,
                                    std::size_t expected_values_per_row) {
    std::lock_guard lock(mutex_);
    const OpenMpThreadLimit limit(nthread_);
    const std::string config = R"({"type": )" + std::to_string(type) +
                               R"(, "training": false, "iteration_begin": 0, )"
                               R"("iteration_end": 0, "strict_shape": false})";
    const bst_ulong* shape = nullptr;
    bst_ulong dims = 0;
    const float* values = nullptr;
    check(XGBoosterPredictFromDMatrix(handle_, data.get(), config.c_str(), &shape, &dims, &values),
          "XGBoosterPredictFromDMatrix");
    bst_ulong total = dims == 0 ? 0 : 1;
    for (bst_ulong d = 0; d < dims; ++d) total *= shape[d];
    if (dims == 0 || shape[0] != rows || total != rows * expected_values_per_row) {
        throw ModelError(fill_text(FD_TR("core/Engine",
                                         "XGBoost returned %1 prediction values for "
                                         "%2 rows; expected %3 per row."),
                                   {std::to_string(total), std::to_string(rows),
                                    std::to_string(expected_values_per_row)}));
    }
    // XGBoost owns `values` only until the next call on this booster: copy under the lock.
    return std::vector<float>(values, values + total);
}

std::vector<std::uint8_t> Booster::save_ubjson() {
    std::lock_guard lock(mutex_);
    const OpenMpThreadLimit limit(nthread_);
    bst_ulong length = 0;
    const char* bytes = nullptr;
    check(XGBoosterSaveModelToBuffer(handle_, R"({"format": "ubj"})", &length, &bytes),
          "XGBoosterSaveModelToBuffer");
    const auto* first = reinterpret_cast<const std::uint8_t*>(bytes);
    return std::vector<std::uint8_t>(first, first + length);
}

std::unique_ptr<Booster> Booster::from_model(std::span<const std::uint8_t> model, int nthread) {
    auto booster = std::make_unique<Booster>(std::span<const DMatrixHandle>{});
    // Before loading: XGBoost reads the trees in parallel with the booster's thread count.
    booster->set_nthread(nthread);
    const OpenMpThreadLimit limit(nthread);
    check(XGBoosterLoadModelFromBuffer(booster->handle_, model.data(), model.size()),
          "XGBoosterLoadModelFromBuffer");
    return booster;
}

}  // namespace fd::xgb
