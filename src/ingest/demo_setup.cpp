#include "demo_setup.h"

#include <stdexcept>
#include <string>

#include "core/engine/ensemble.h"
#include "core/engine/model_bundle.h"
#include "core/tr_mark.h"
#include "storage/database.h"
#include "storage/model_store.h"
#include "storage/transaction_store.h"

namespace fd {
namespace {

constexpr std::int64_t kDayMs = 86'400'000;

GeneratorConfig generator_config(const DemoConfig& config, std::int64_t start_ms,
                                 std::uint64_t stream) {
    GeneratorConfig g;
    g.seed = config.seed;
    g.stream = stream;
    g.customers = config.customers;
    g.rows_per_day = config.rows_per_day;
    g.fraud_rate = config.fraud_rate;
    g.start_ms = start_ms;
    return g;
}

void report(const DemoProgress& progress, std::string_view stage, double fraction) {
    if (progress && !progress(stage, fraction)) throw std::runtime_error("cancelled");
}

// Quick enough for a first start (seconds on two cores), still the full ensemble.

}  // namespace

DemoSetup prepare_demo(Database& db, const DemoConfig& config, std::int64_t now_ms,
                       const DemoProgress& progress) {
    const auto span_ms = static_cast<std::int64_t>(static_cast<double>(config.history_rows) /
                                                   config.rows_per_day * kDayMs);
    const std::int64_t start = (now_ms - span_ms) / kDayMs * kDayMs;
    Generator generator(generator_config(config, start, 0));
    std::vector<Transaction> history;
    history.reserve(config.history_rows);
    TransactionStore store(db);
    constexpr std::size_t kBatch = 10000;
    while (history.size() < config.history_rows) {
        const std::size_t first = history.size();
        const std::size_t n = std::min(kBatch, config.history_rows - first);
        for (std::size_t i = 0; i < n; ++i) history.push_back(generator.next());
        SqlTransaction tx(db);
        store.insert(std::span(history).subspan(first, n));
        tx.commit();
        report(progress, "history",
               static_cast<double>(history.size()) / static_cast<double>(config.history_rows));
    }
    const auto model = EnsembleModel::train(
        history, app_training_options(),
        [&](const TrainingStep& step) { return !progress || progress(step.stage, step.fraction); });
    const auto bundle = model.to_bundle();
    const auto bytes = write_bundle(bundle);
    ModelStore models(db);
    const auto id = models.add(bundle.header.value("kind", "ensemble"), "demo ensemble", now_ms,
                               bundle.header.dump(), bytes);
    models.activate(id);
    return {static_cast<std::int64_t>(history.size()), id};
}

std::unique_ptr<DemoSource> make_demo_feed(const DemoConfig& config, Database& db) {
    // The generator's own ids: "T" and ten digits.
    Statement range = db.prepare(
        "SELECT min(ts_ms), max(ts_ms) FROM transactions WHERE ext_id GLOB "
        "'T[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'");
    range.step();
    if (range.column_is_null(0))
        throw std::runtime_error(FD_TR(
            "core/Sources", "This database holds no demo history: start the demo on a new one"));
    const std::int64_t start = range.column_int64(0) / kDayMs * kDayMs;
    return std::make_unique<DemoSource>(Generator(generator_config(config, start, 0)), "",
                                        config.feed_rows_per_second, 20000, range.column_int64(1));
}

EnsembleOptions app_training_options() {
    EnsembleOptions options;
    options.autoencoder.epochs = 10;
    options.autoencoder_max_rows = 30000;
    options.gbdt.nthread = 1;
    return options;
}

}  // namespace fd
