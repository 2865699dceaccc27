// Synthetic, labelled payment data to develop and test against: realistic customers,
// merchants and terminals with habits and seasonality, plus tagged fraud scenarios.
// Deterministic per seed and streaming: memory depends on population size, not row count.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "transaction.h"

namespace fd {

struct GeneratorConfig {
    std::uint64_t seed = 42;
    double fraud_rate = 0.005;              // fraction of rows that are fraud (0..0.5)
    std::int64_t start_ms = 1704067200000;  // 2024-01-01T00:00:00Z
    double rows_per_day = 100000.0;         // legit traffic density; sets the time span
    std::uint32_t customers = 0;            // 0: scale with expected rows (bounded)
    std::uint32_t merchants = 0;            // 0: scale with customers
    // The same seed with another stream: the same customers and merchants, other days.
    std::uint64_t stream = 0;
};

// Scenario tags written into Transaction::scenario for fraud rows (legit rows: empty).
inline constexpr std::string_view kScenarioCardTesting = "card_testing";
inline constexpr std::string_view kScenarioAccountTakeover = "account_takeover";
inline constexpr std::string_view kScenarioImpossibleTravel = "impossible_travel";
inline constexpr std::string_view kScenarioCompromisedTerminal = "compromised_terminal";
inline constexpr std::string_view kScenarioAmountOutlier = "amount_outlier";
inline constexpr std::string_view kScenarioVelocityBurst = "velocity_burst";
std::vector<std::string_view> all_scenarios();

class Generator {
public:
    explicit Generator(GeneratorConfig config);
    ~Generator();
    Generator(Generator&&) noexcept;
    Generator& operator=(Generator&&) noexcept;

    // The next transaction in non-decreasing time order, with a unique id ("T" + 10 digits),
    // label set (Legit or Fraud) and the scenario tag on fraud rows. Never ends.
    Transaction next();

    const GeneratorConfig& config() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace fd
