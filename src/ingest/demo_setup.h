// The built-in demo: a database with a short generated history (ground truth included, as
// if outcomes had been imported), the default ensemble trained on it and made active, and
// the live feed that continues it. The generator starts on a UTC day boundary, so the
// history's first row tells where its clock began and a later session can resume it.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>

#include "core/engine/ensemble.h"
#include "core/generator.h"
#include "demo_source.h"

namespace fd {

class Database;

struct DemoConfig {
    std::uint64_t seed = 2024;
    std::uint32_t customers = 0;     // 0: the generator's own scale (about 5 payments a day each)
    double rows_per_day = 200000.0;  // the issuer's traffic in the generator's clock
    std::size_t history_rows = 100000;
    double fraud_rate = 0.005;
    double feed_rows_per_second = 200.0;
};

// How the app trains (the demo and Retrain): the autoencoder on at most 30,000 rows and
// XGBoost on one thread, so the GUI and a live feed keep the other core.
EnsembleOptions app_training_options();

// false: cancel.
using DemoProgress = std::function<bool(std::string_view stage, double fraction)>;

struct DemoSetup {
    std::int64_t rows = 0;
    std::int64_t model_id = 0;
};

// Fills `db` (expected empty) with a history ending at `now_ms`, then trains, stores and
// activates the default ensemble. Throws std::runtime_error (ModelError, StorageError) and
// std::runtime_error("cancelled") when `progress` returns false.
DemoSetup prepare_demo(Database& db, const DemoConfig& config, std::int64_t now_ms,
                       const DemoProgress& progress = {});

// The live feed that continues the demo history stored in `db`: the same generator, from
// just after the newest demo row, so every session carries on where the last one stopped
// (a card's habits, its last payment a minute ago, the fraud under way). Throws
// StorageError; std::runtime_error when `db` holds no demo rows.
std::unique_ptr<DemoSource> make_demo_feed(const DemoConfig& config, Database& db);

}  // namespace fd
