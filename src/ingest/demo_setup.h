// The built-in demo: a database with a short generated history (ground truth included, as
// if outcomes had been imported), the default ensemble trained on it and made active, and
// the live feed that continues it. The same people come back in every session; each
// session replays other days of their lives.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>

#include "core/generator.h"
#include "demo_source.h"

namespace fd {

class Database;

struct DemoConfig {
    std::uint64_t seed = 2024;
    std::uint32_t customers = 20000;
    double rows_per_day = 200000.0;  // the issuer's traffic in the generator's clock
    std::size_t history_rows = 100000;
    double fraud_rate = 0.005;
    double feed_rows_per_second = 200.0;
};

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

// The live feed for session `session` (1, 2, ...), starting at `now_ms`.
std::unique_ptr<DemoSource> make_demo_feed(const DemoConfig& config, std::int64_t now_ms,
                                           std::uint64_t session);

}  // namespace fd
