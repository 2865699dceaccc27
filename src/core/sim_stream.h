// The built-in simulator's stream: the generator's transactions released at a steady rate,
// each stamped with the wall-clock time at which it is due, so a consumer sees "now" and
// can measure latency from the producer's timestamp. Used by the sim:// source and by
// `frauddesk-cli feed`.
//
// Time is passed in (no clock is read here), so pacing is testable without sleeping.
// Rows are released in due order by counting how many are due at a given moment, never
// by sleeping per row, so the pace holds at 150k rows a second.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "generator.h"

namespace fd {

// Row i of a paced stream is due at start + i / rate (row 0 at once).
class Pacer {
public:
    using Clock = std::chrono::steady_clock;
    // Throws std::invalid_argument unless rows_per_second is positive and finite.
    Pacer(double rows_per_second, Clock::time_point start);

    Clock::time_point due_time(std::int64_t row) const;
    // How many rows are due at `now`, counting from row 0.
    std::int64_t due_by(Clock::time_point now) const;
    double rate() const { return rate_; }
    Clock::time_point start() const { return start_; }

private:
    double rate_;
    Clock::time_point start_;
};

struct SimConfig {
    double rate = 200.0;  // rows per second
    std::uint64_t seed = 1;
    double fraud_rate = 0.005;
};

class SimStream {
public:
    using Clock = Pacer::Clock;

    // `start` (steady) and `start_wall_ms` (ms since the epoch) name the same instant: row i
    // is due at start + i/rate and stamped start_wall_ms + i*1000/rate. Ids are the
    // generator's with `id_prefix` in front. Throws std::invalid_argument on a bad rate or
    // fraud rate.
    SimStream(const SimConfig& config, Clock::time_point start, std::int64_t start_wall_ms,
              std::string id_prefix);
    // The same with the generator already built from generator_config(config).
    SimStream(Generator generator, double rate, Clock::time_point start, std::int64_t start_wall_ms,
              std::string id_prefix);
    // Starts now (once its population is built, which takes a moment); ids are tagged with the seed
    // and the start time, so runs with the same seed never reuse an id.
    static SimStream starting_now(const SimConfig& config);
    // Throws std::invalid_argument naming what is wrong with a rate or fraud rate.
    static void check(const SimConfig& config);
    // The generator behind a stream: the same seed gives the same rows (apart from their
    // timestamps and id prefix) whenever the stream starts.
    static GeneratorConfig generator_config(const SimConfig& config);

    // Rows due at `now` and not yet taken.
    std::int64_t due(Clock::time_point now) const;
    Clock::time_point next_due() const { return pacer_.due_time(taken_); }
    // The next row, due or not, stamped with its due time.
    Transaction take();
    std::int64_t taken() const { return taken_; }
    const Pacer& pacer() const { return pacer_; }
    const std::string& id_prefix() const { return id_prefix_; }

private:
    Generator generator_;
    Pacer pacer_;
    std::int64_t start_wall_ms_;
    std::string id_prefix_;
    std::int64_t taken_ = 0;
};

}  // namespace fd
