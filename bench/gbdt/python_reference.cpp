#include "python_reference.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

namespace fd::bench {
namespace {

constexpr const char* kPython = "/usr/bin/python3";

// Mirrors GradientBoostedTrees::fit with default GbdtParams: hist trees, aucpr early
// stopping after 30 rounds, scale_pos_weight = genuine / fraud. Timings include building
// the DMatrix from the arrays, as FraudDesk's do.
constexpr const char* kScript = R"PY(
import json, sys, time
import numpy as np
import xgboost as xgb

folder, nthread, cols, shap_rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
def load(name, shape_cols=None):
    values = np.fromfile(f"{folder}/{name}", dtype=np.float32)
    return values.reshape(-1, shape_cols) if shape_cols else values
X, y = load("train.f32", cols), load("train_labels.f32")
Xv, yv = load("valid.f32", cols), load("valid_labels.f32")
fraud = float(y.sum())
params = {"objective": "binary:logistic", "tree_method": "hist", "eval_metric": "aucpr",
          "max_depth": 6, "eta": 0.1, "subsample": 0.8, "colsample_bytree": 0.8,
          "min_child_weight": 1.0, "scale_pos_weight": (len(y) - fraud) / fraud,
          "nthread": nthread, "seed": 1}
start = time.perf_counter()
dtrain = xgb.DMatrix(X, label=y, nthread=nthread)
dvalid = xgb.DMatrix(Xv, label=yv, nthread=nthread)
booster = xgb.train(params, dtrain, num_boost_round=400, evals=[(dvalid, "validation")],
                    early_stopping_rounds=30, verbose_eval=False)
seconds = time.perf_counter() - start
out = {f"train_seconds_nthread{nthread}": seconds,
       f"rounds_nthread{nthread}": booster.num_boosted_rounds(),
       f"best_iteration_nthread{nthread}": booster.best_iteration,
       f"best_aucpr_nthread{nthread}": booster.best_score}
if nthread == 1:
    best = booster[: booster.best_iteration + 1]
    def rows_per_second(rows, work, repeats):
        times = []
        for _ in range(repeats):
            t = time.perf_counter(); work(); times.append(time.perf_counter() - t)
        return rows / min(times)
    out["predict_rows_per_s"] = rows_per_second(
        len(X), lambda: best.predict(xgb.DMatrix(X, nthread=1)), 3)
    shap_matrix = lambda: xgb.DMatrix(X[:shap_rows], nthread=1)
    out["contrib_rows_per_s"] = rows_per_second(
        shap_rows, lambda: best.predict(shap_matrix(), pred_contribs=True), 2)
    out["approx_contrib_rows_per_s"] = rows_per_second(
        shap_rows, lambda: best.predict(shap_matrix(), pred_contribs=True, approx_contribs=True), 2)
    ours = np.fromfile(f"{folder}/ours_valid.f64", dtype=np.float64)
    out["max_abs_probability_diff"] = float(np.max(np.abs(best.predict(dvalid) - ours)))
print(json.dumps(out))
)PY";

template <typename T>
void write_values(const std::filesystem::path& path, std::span<const T> values) {
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(values.data()),
               static_cast<std::streamsize>(values.size_bytes()));
}

std::optional<nlohmann::json> run(const std::string& command) {
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) return std::nullopt;
    std::string output;
    std::array<char, 4096> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe) != nullptr) output += buffer.data();
    if (::pclose(pipe) != 0) return std::nullopt;
    const auto last_line = output.find_last_of('{');
    if (last_line == std::string::npos) return std::nullopt;
    auto result = nlohmann::json::parse(output.substr(last_line), nullptr, false);
    return result.is_discarded() ? std::nullopt : std::optional(result);
}

}  // namespace

std::optional<nlohmann::json> run_python_xgboost(
    const std::filesystem::path& scratch, const FeatureMatrix& train,
    std::span<const float> train_labels, const FeatureMatrix& validation,
    std::span<const float> validation_labels, std::size_t shap_rows,
    std::span<const double> our_validation_probabilities) {
    const std::string probe = std::string(kPython) + " -c 'import xgboost' >/dev/null 2>&1";
    if (std::system(probe.c_str()) != 0) return std::nullopt;
    std::filesystem::create_directories(scratch);
    write_values<float>(scratch / "train.f32", train.values);
    write_values(scratch / "train_labels.f32", train_labels);
    write_values<float>(scratch / "valid.f32", validation.values);
    write_values(scratch / "valid_labels.f32", validation_labels);
    write_values(scratch / "ours_valid.f64", our_validation_probabilities);
    std::ofstream(scratch / "reference.py") << kScript;

    nlohmann::json merged = nlohmann::json::object();
    for (int nthread : {2, 1}) {
        const std::string command = "OMP_NUM_THREADS=" + std::to_string(nthread) + " " + kPython +
                                    " " + (scratch / "reference.py").string() + " " +
                                    scratch.string() + " " + std::to_string(nthread) + " " +
                                    std::to_string(train.cols) + " " + std::to_string(shap_rows);
        const auto result = run(command);
        if (!result) {
            std::cerr << "bench_gbdt: the Python reference failed (" << command << ")\n";
            return std::nullopt;
        }
        merged.update(*result);
    }
    return merged;
}

}  // namespace fd::bench
