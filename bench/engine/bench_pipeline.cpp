// The whole scoring pipeline on one thread: features in arrival order, Isolation Forest,
// autoencoder, gradient-boosted trees, rules, risk and reasons, in batches of 10,000.
// Prints transactions per second (issue 3 aims at 200k/s) and one JSON line.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "core/engine/ensemble.h"
#include "core/engine/scorer.h"
#include "core/generator.h"

int main(int argc, char** argv) {
    std::size_t rows = 400000;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--rows") rows = std::stoul(argv[i + 1]);
    fd::GeneratorConfig config;
    config.seed = 3;
    config.rows_per_day = 10000;
    fd::Generator generator(config);
    std::vector<fd::Transaction> data;
    data.reserve(rows);
    for (std::size_t i = 0; i < rows; ++i) data.push_back(generator.next());

    // Train on the first half, score the second half after replaying the first.
    const std::span<const fd::Transaction> train(data.data(), rows / 2);
    const std::span<const fd::Transaction> live(data.data() + rows / 2, rows - rows / 2);
    fd::EnsembleOptions options;
    options.gbdt.nthread = 1;
    const auto started = std::chrono::steady_clock::now();
    const auto model = fd::EnsembleModel::train(train, options);
    const double train_s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    fd::Scorer scorer(model);
    scorer.observe(train);
    std::vector<fd::Verdict> verdicts;
    std::size_t alerts = 0, with_reasons = 0;
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t first = 0; first < live.size(); first += 10000) {
        const auto batch = live.subspan(first, std::min<std::size_t>(10000, live.size() - first));
        scorer.score(batch, verdicts);
        for (const auto& v : verdicts) {
            alerts += v.risk >= model.alert_threshold();
            with_reasons += !v.reasons.empty();
        }
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double rate = static_cast<double>(live.size()) / seconds;
    std::printf(
        "trained on %zu rows in %.1f s; scored %zu rows in %.2f s: %.0f transactions/s "
        "(one thread), %zu alerts, %zu with reasons\n",
        train.size(), train_s, live.size(), seconds, rate, alerts, with_reasons);
    std::cout << nlohmann::json{{"bench", "pipeline"},      {"train_rows", train.size()},
                                {"train_seconds", train_s}, {"scored_rows", live.size()},
                                {"score_seconds", seconds}, {"transactions_per_s", rate},
                                {"alerts", alerts}}
                     .dump()
              << "\n";
}
