#include "sim_stream.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "tr_mark.h"

namespace fd {

Pacer::Pacer(double rows_per_second, Clock::time_point start)
    : rate_(rows_per_second), start_(start) {
    if (!(rows_per_second > 0.0 && std::isfinite(rows_per_second)))
        throw std::invalid_argument(
            FD_TR("core/Sources", "the rate must be a positive number of rows per second"));
}

Pacer::Clock::time_point Pacer::due_time(std::int64_t row) const {
    // Rounded up, so a row is counted as due (due_by) at its due time.
    return start_ + std::chrono::ceil<Clock::duration>(
                        std::chrono::duration<double>(static_cast<double>(row) / rate_));
}

std::int64_t Pacer::due_by(Clock::time_point now) const {
    if (now < start_) return 0;
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    return static_cast<std::int64_t>(elapsed * rate_) + 1;
}

void SimStream::check(const SimConfig& config) {
    if (!(config.rate > 0.0 && std::isfinite(config.rate)))
        throw std::invalid_argument(
            FD_TR("core/Sources", "the rate must be a positive number of rows per second"));
    if (!(config.fraud_rate >= 0.0 && config.fraud_rate <= 0.5))
        throw std::invalid_argument(
            FD_TR("core/Sources", "the fraud rate must be between 0 and 0.5"));
}

GeneratorConfig SimStream::generator_config(const SimConfig& config) {
    GeneratorConfig g;
    g.seed = config.seed;
    g.fraud_rate = config.fraud_rate;
    // The generator's clock runs at the wall clock's pace where it can, so a card's rows are
    // as far apart in the stream as the generator meant them to be (a burst stays a
    // burst); it scales customers from this itself. Building a generator takes time in
    // proportion to its density and fraud rate (it replays days of skimming to start with
    // a realistic backlog: about 1 s at 1e8 rows a day with 0.5% fraud, 6 s at 5%), which a
    // stream must not wait for; above these bounds its clock runs faster than the wall's.
    // Its start stays the default one, so a seed gives the same rows whenever it runs.
    const double max_fraud_per_day = 5e5;
    const double most =
        config.fraud_rate > 0.0 ? std::min(1e8, max_fraud_per_day / config.fraud_rate) : 1e8;
    g.rows_per_day = std::clamp(config.rate * 86400.0, 1000.0, most);
    return g;
}

SimStream::SimStream(const SimConfig& config, Clock::time_point start, std::int64_t start_wall_ms,
                     std::string id_prefix)
    : SimStream(Generator(generator_config(config)), config.rate, start, start_wall_ms,
                std::move(id_prefix)) {}

SimStream::SimStream(Generator generator, double rate, Clock::time_point start,
                     std::int64_t start_wall_ms, std::string id_prefix)
    : generator_(std::move(generator)),
      pacer_(rate, start),
      start_wall_ms_(start_wall_ms),
      id_prefix_(std::move(id_prefix)) {}

SimStream SimStream::starting_now(const SimConfig& config) {
    // Build the population first: the pace starts after it, not during it.
    Generator generator(generator_config(config));
    const auto wall_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
    std::string prefix = "S" + std::to_string(config.seed) + "-" + std::to_string(wall_ms) + "-";
    return SimStream(std::move(generator), config.rate, Clock::now(), wall_ms, std::move(prefix));
}

std::int64_t SimStream::due(Clock::time_point now) const {
    return std::max<std::int64_t>(0, pacer_.due_by(now) - taken_);
}

Transaction SimStream::take() {
    Transaction t = generator_.next();
    t.id.insert(0, id_prefix_);
    t.timestamp_ms = start_wall_ms_ + static_cast<std::int64_t>(static_cast<double>(taken_) *
                                                                1000.0 / pacer_.rate());
    ++taken_;
    return t;
}

}  // namespace fd
