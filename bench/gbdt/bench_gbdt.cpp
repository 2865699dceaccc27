// Gradient-boosted trees: XGBoost training time on 100k labelled rows x 30 features (~1%
// fraud) with nthread 1 and 2, then single-thread prediction, TreeSHAP and approximate
// contributions in rows/s. When /usr/bin/python3 has xgboost, the same training and scoring run
// there too, on the same data and parameters, side by side. Prints a table and one JSON line.
//
//   bench_gbdt [rows]      (default 100000)
#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <string>

#include "core/gbdt/gradient_boosted_trees.h"
#include "python_reference.h"

namespace {

using fd::FeatureMatrix;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kFeatures = 30;
constexpr double kFraudShare = 0.01;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Labelled {
    FeatureMatrix rows;
    std::vector<float> labels;
};

// Fraud-like features: 20 standard normal, 5 heavy-tailed amounts, 5 rare flags. Fraud is
// the top 1% of a hidden score mixing interactions, amounts and flags, plus noise, so the
// problem is learnable but not separable.
std::pair<Labelled, Labelled> make_data(std::size_t train_rows, std::size_t validation_rows) {
    std::mt19937_64 random(2024);
    std::normal_distribution<float> normal;
    std::lognormal_distribution<float> amount(3.0f, 1.2f);
    std::bernoulli_distribution flag(0.1);
    const std::size_t total = train_rows + validation_rows;
    FeatureMatrix rows(total, kFeatures);
    std::vector<float> hidden(total);
    for (std::size_t r = 0; r < total; ++r) {
        float* x = rows.row(r);
        for (std::size_t c = 0; c < 20; ++c) x[c] = normal(random);
        for (std::size_t c = 20; c < 25; ++c) x[c] = amount(random);
        for (std::size_t c = 25; c < 30; ++c) x[c] = flag(random) ? 1.0f : 0.0f;
        hidden[r] = 1.2f * x[0] + 0.9f * x[1] * x[2] + 0.6f * std::log(x[20]) +
                    1.5f * x[25] * (x[3] > 0.5f) + 0.8f * x[26] + normal(random);
    }
    std::vector<float> sorted = hidden;
    const auto cut = sorted.begin() + static_cast<std::ptrdiff_t>(total * (1.0 - kFraudShare));
    std::nth_element(sorted.begin(), cut, sorted.end());
    const float threshold = *cut;

    std::pair<Labelled, Labelled> split{{FeatureMatrix(0, kFeatures), {}},
                                        {FeatureMatrix(0, kFeatures), {}}};
    for (std::size_t r = 0; r < total; ++r) {
        Labelled& part = r < train_rows ? split.first : split.second;
        part.rows.append_row(rows.row(r));
        part.labels.push_back(hidden[r] > threshold ? 1.0f : 0.0f);
    }
    return split;
}

struct TrainingRun {
    double seconds = 0.0;
    int best_iteration = 0;
    double best_aucpr = 0.0;
    int rounds = 0;
};

TrainingRun train(const Labelled& train_set, const Labelled& validation, int nthread,
                  std::optional<fd::GradientBoostedTrees>& model) {
    fd::GbdtParams params;
    params.nthread = nthread;
    int rounds = 0;
    const auto start = Clock::now();
    model.emplace(fd::GradientBoostedTrees::fit(train_set.rows.view(), train_set.labels,
                                                validation.rows.view(), validation.labels, params,
                                                [&](const fd::GbdtProgress&) {
                                                    ++rounds;
                                                    return true;
                                                }));
    return {seconds_since(start), model->best_iteration(), model->best_validation_aucpr(), rounds};
}

// Best of `repeats` timings of `work` over `rows` rows, in rows per second.
template <typename Work>
double rows_per_second(std::size_t rows, int repeats, Work&& work) {
    double best = 1e300;
    for (int i = 0; i < repeats; ++i) {
        const auto start = Clock::now();
        work();
        best = std::min(best, seconds_since(start));
    }
    return static_cast<double>(rows) / best;
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t train_rows = argc > 1 ? std::stoul(argv[1]) : 100'000;
    const std::size_t validation_rows = train_rows / 5;
    const auto [train_set, validation] = make_data(train_rows, validation_rows);
    const auto frauds = std::count(train_set.labels.begin(), train_set.labels.end(), 1.0f);
    std::cout << "bench_gbdt: " << train_rows << " training rows x " << kFeatures << " features, "
              << frauds << " fraud; validation " << validation_rows
              << " rows (early stopping on aucpr, 30 rounds); defaults: 400 rounds, depth 6, "
                 "eta 0.1, subsample 0.8, colsample 0.8\n\n";

    std::optional<fd::GradientBoostedTrees> model;
    const TrainingRun two_threads = train(train_set, validation, 2, model);
    const TrainingRun one_thread = train(train_set, validation, 1, model);  // model kept: nthread 1

    std::vector<double> probabilities(train_rows);
    const double predict_rate = rows_per_second(
        train_rows, 3, [&] { model->predict(train_set.rows.view(), probabilities.data()); });
    const std::size_t shap_rows = std::min<std::size_t>(10'000, train_rows);
    std::vector<float> contributions(shap_rows * (kFeatures + 1));
    const double contribution_rate = rows_per_second(shap_rows, 2, [&] {
        model->contributions(train_set.rows.view().slice(0, shap_rows), contributions.data());
    });

    const double approximate_rate = rows_per_second(shap_rows, 2, [&] {
        model->approximate_contributions(train_set.rows.view().slice(0, shap_rows),
                                         contributions.data());
    });

    std::vector<double> validation_probabilities(validation_rows);
    model->predict(validation.rows.view(), validation_probabilities.data());
    const auto scratch =
        std::filesystem::temp_directory_path() / ("fd-bench-gbdt-" + std::to_string(::getpid()));
    const std::optional<nlohmann::json> python =
        fd::bench::run_python_xgboost(scratch, train_set.rows, train_set.labels, validation.rows,
                                      validation.labels, shap_rows, validation_probabilities);
    std::filesystem::remove_all(scratch);

    const auto py = [&](const char* key) -> std::string {
        if (!python || !python->contains(key)) return "-";
        char text[32];
        std::snprintf(text, sizeof text, "%.3g", (*python)[key].get<double>());
        return text;
    };
    std::printf("%-44s %14s %14s\n", "measure", "FraudDesk", "python xgboost");
    std::printf("%-44s %14.2f %14s\n", "training seconds, nthread 1", one_thread.seconds,
                py("train_seconds_nthread1").c_str());
    std::printf("%-44s %14.2f %14s\n", "training seconds, nthread 2", two_threads.seconds,
                py("train_seconds_nthread2").c_str());
    std::printf("%-44s %14d %14s\n", "rounds trained (nthread 1)", one_thread.rounds,
                py("rounds_nthread1").c_str());
    std::printf("%-44s %14d %14s\n", "best iteration (nthread 1)", one_thread.best_iteration,
                py("best_iteration_nthread1").c_str());
    std::printf("%-44s %14.4f %14s\n", "best validation aucpr (nthread 1)", one_thread.best_aucpr,
                py("best_aucpr_nthread1").c_str());
    std::printf("%-44s %14.3g %14s\n", "predict rows/s, nthread 1", predict_rate,
                py("predict_rows_per_s").c_str());
    std::printf("%-44s %14.3g %14s\n", "TreeSHAP contributions rows/s, nthread 1",
                contribution_rate, py("contrib_rows_per_s").c_str());
    std::printf("%-44s %14.3g %14s\n", "approximate contributions rows/s, nthread 1",
                approximate_rate, py("approx_contrib_rows_per_s").c_str());
    std::printf("%-44s %14s %14s\n", "max |probability difference| on validation", "",
                py("max_abs_probability_diff").c_str());
    if (!python) std::printf("(python3 with xgboost not found: no reference column)\n");

    nlohmann::json line = {
        {"bench", "gbdt"},
        {"rows", train_rows},
        {"features", kFeatures},
        {"fraud", frauds},
        {"train_seconds_nthread1", one_thread.seconds},
        {"train_seconds_nthread2", two_threads.seconds},
        {"rounds_nthread1", one_thread.rounds},
        {"rounds_nthread2", two_threads.rounds},
        {"best_iteration_nthread1", one_thread.best_iteration},
        {"best_aucpr_nthread1", one_thread.best_aucpr},
        {"predict_rows_per_s", predict_rate},
        {"contrib_rows_per_s", contribution_rate},
        {"approx_contrib_rows_per_s", approximate_rate},
        {"python", python ? *python : nlohmann::json()},
    };
    std::cout << "\n" << line.dump() << "\n";
    return 0;
}
