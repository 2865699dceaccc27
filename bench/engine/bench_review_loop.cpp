// The human in the loop, measured through the product's own path: an unsupervised model
// scores a stream and raises alerts; a simulated analyst (the generator's answers as an
// oracle) decides the 300 highest-priority alerts in the review queue; Retrain learns
// from those decisions; then both models score a later slice nobody has labelled.
// Prints the later slice's average precision for the unsupervised model and the
// retrained one, per data set and on average, with and without the "presumed legitimate"
// rule (every 20th unalerted, undisputed row older than a week counts as legitimate in
// training).
//
// Run: build/bench/engine/bench_review_loop [data sets, default 3]
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "core/engine/model_bundle.h"
#include "core/generator.h"
#include "core/metrics/metrics.h"
#include "ingest/active_model.h"
#include "ingest/demo_setup.h"
#include "ingest/model_comparison.h"
#include "storage/alert_store.h"
#include "storage/database.h"
#include "storage/decision_store.h"
#include "storage/model_store.h"
#include "storage/transaction_store.h"

namespace fd {
namespace {

constexpr std::size_t kRows = 200000;
constexpr std::size_t kDecisions = 300;

struct Outcome {
    double unsupervised = 0, retrained = 0;
    std::int64_t fraud_decisions = 0, presumed = 0;
};

std::vector<Transaction> load(Database& db, std::vector<std::int64_t>* ids = nullptr) {
    std::vector<Transaction> rows;
    TransactionStore(db).scan(std::numeric_limits<std::int64_t>::min(),
                              std::numeric_limits<std::int64_t>::max(), 10000,
                              [&](std::span<const Transaction> batch, auto batch_ids) {
                                  rows.insert(rows.end(), batch.begin(), batch.end());
                                  if (ids)
                                      ids->insert(ids->end(), batch_ids.begin(), batch_ids.end());
                                  return true;
                              });
    return rows;
}

Outcome run(std::uint64_t seed, std::int64_t presume_after_ms) {
    // 50 days of payments at 0.5% fraud; the answers go to the oracle, not the database.
    GeneratorConfig config;
    config.seed = seed;
    config.fraud_rate = 0.005;
    config.rows_per_day = 4000;
    Generator generator(config);
    std::vector<Transaction> rows;
    std::vector<std::uint8_t> truth;
    for (std::size_t i = 0; i < kRows; ++i) {
        rows.push_back(generator.next());
        truth.push_back(rows.back().label == Label::Fraud);
        rows.back().label = Label::Unknown;
    }
    const std::int64_t start = rows.front().timestamp_ms;
    const std::int64_t span = rows.back().timestamp_ms - start;
    const auto index_of = [&](std::int64_t t) {
        return static_cast<std::size_t>(
            std::partition_point(rows.begin(), rows.end(),
                                 [&](const Transaction& r) { return r.timestamp_ms < t; }) -
            rows.begin());
    };
    const std::size_t first_third = index_of(start + span / 3);
    const std::size_t two_thirds = index_of(start + span * 2 / 3);

    const auto path =
        std::filesystem::temp_directory_path() /
        ("fd-loop-" + std::to_string(seed) + "-" + std::to_string(::getpid()) + ".db");
    std::filesystem::remove(path);
    Outcome out;
    {
        Database db(path.string());
        TransactionStore store(db);
        const auto insert = [&](std::size_t from, std::size_t to) {
            SqlTransaction tx(db);
            store.insert(std::span(rows).subspan(from, to - from));
            tx.commit();
        };
        // The first third: an unsupervised model, nothing labelled.
        insert(0, first_third);
        const auto unsupervised =
            EnsembleModel::train(std::span(rows).first(first_third), app_training_options());
        const auto bundle = unsupervised.to_bundle();
        ModelStore models(db);
        const auto unsupervised_id =
            models.add("ensemble", "unsupervised", 0, bundle.header.dump(), write_bundle(bundle));
        models.activate(unsupervised_id);

        // The second third streams in and alerts as the pipeline would.
        insert(first_third, two_thirds);
        std::vector<std::int64_t> ids;
        const auto stored = load(db, &ids);
        const auto scored = score_history(unsupervised, stored);
        std::vector<NewAlert> alerts;
        for (std::size_t i = first_third; i < two_thirds; ++i)
            if (scored.always_alert[i] || scored.risk[i] >= unsupervised.alert_threshold())
                alerts.push_back({ids[i], unsupervised_id, stored[i].card_id, scored.risk[i],
                                  stored[i].amount()});
        const std::int64_t now = rows[two_thirds - 1].timestamp_ms;
        {
            SqlTransaction tx(db);
            AlertStore(db).create(alerts, now);
            tx.commit();
        }
        // The analyst decides the 300 highest-priority alerts with the right answer.
        DecisionStore decisions(db);
        std::int64_t clock = now;
        for (const AlertRow& alert : AlertStore(db).queue(now, kDecisions)) {
            const std::size_t row = static_cast<std::size_t>(
                std::lower_bound(ids.begin(), ids.end(), alert.transaction_id) - ids.begin());
            out.fraud_decisions += truth[row];
            decisions.decide(alert.transaction_id, truth[row] ? Decision::Fraud : Decision::Legit,
                             "oracle", "", ++clock);
        }
        RetrainOptions options;
        options.ensemble = app_training_options();
        options.presume_legit_after_ms = presume_after_ms;
        const auto result = retrain_challenger(db, options, clock);
        out.presumed = result.presumed_legit;
        const auto retrained = EnsembleModel::from_bundle(
            read_bundle(ModelStore(db).bundle(result.challenger_id), "retrained"));

        // The last third arrives unlabelled; both models score it after the same history.
        insert(two_thirds, rows.size());
        const auto history = load(db);
        const auto before = score_history(unsupervised, history);
        const auto after = score_history(retrained, history);
        const std::span<const std::uint8_t> answers(truth.data() + two_thirds,
                                                    rows.size() - two_thirds);
        out.unsupervised =
            average_precision(std::span(before.score).subspan(two_thirds), answers).value_or(0.0);
        out.retrained =
            average_precision(std::span(after.score).subspan(two_thirds), answers).value_or(0.0);
        std::printf(
            "  seed %llu: %zu alerts, %lld of %zu decisions fraud, %lld presumed legitimate; "
            "later slice (%zu rows, %d fraud): AP unsupervised %.3f, retrained %.3f (x%.2f)\n",
            static_cast<unsigned long long>(seed), alerts.size(),
            static_cast<long long>(out.fraud_decisions), kDecisions,
            static_cast<long long>(out.presumed), answers.size(),
            static_cast<int>(std::count(answers.begin(), answers.end(), 1)), out.unsupervised,
            out.retrained, out.retrained / std::max(out.unsupervised, 1e-9));
        std::fflush(stdout);
    }
    std::filesystem::remove(path);
    std::filesystem::remove(path.string() + "-wal");
    std::filesystem::remove(path.string() + "-shm");
    return out;
}

}  // namespace
}  // namespace fd

int main(int argc, char** argv) {
    const int sets = argc > 1 ? std::atoi(argv[1]) : 3;
    for (const std::int64_t presume : {7LL * 86'400'000, 0LL}) {
        std::printf("%s:\n", presume ? "retrain with every 20th unalerted row older than 7 days "
                                       "presumed legitimate (the app's default)"
                                     : "retrain on the analyst's decisions only");
        double before = 0, after = 0;
        for (int s = 0; s < sets; ++s) {
            const auto o = fd::run(7 + static_cast<std::uint64_t>(s), presume);
            before += o.unsupervised;
            after += o.retrained;
        }
        std::printf("  mean over %d data sets: AP unsupervised %.3f, retrained %.3f (x%.2f)\n",
                    sets, before / sets, after / sets, after / std::max(before, 1e-9));
    }
    return 0;
}
