// A simulated live feed for the built-in demo: the generator's transactions at a steady
// pace (about 200 per second), with its fraud scenarios. Transactions keep the generator's
// own clock, which runs faster than the wall clock (at 200/s a day of a 200k-a-day issuer
// passes in about 17 minutes), so the behaviour the features see stays realistic.
// Like a real feed it buffers a bounded number of rows; when the pipeline falls behind by
// more, the oldest are dropped and counted.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

#include "core/generator.h"
#include "core/sim_stream.h"
#include "source.h"

namespace fd {

class DemoSource : public Source {
public:
    // `id_prefix` keeps ids unique across sessions that restart the generator.
    // Rows at or before `resume_after_ms` were handed over in an earlier session: they are
    // generated and skipped (on the pipeline's thread, at the first next()).
    DemoSource(Generator generator, std::string id_prefix, double rows_per_second = 200.0,
               std::size_t buffer_rows = 20000, std::int64_t resume_after_ms = INT64_MIN);

    std::string name() const override { return "demo feed"; }
    bool next(std::vector<Transaction>& out, std::vector<Arrival>& arrivals, std::size_t max_rows,
              std::chrono::milliseconds max_wait) override;
    bool durable() const override { return false; }
    bool has_batch_bookkeeping() const override { return false; }
    std::int64_t dropped() const override { return dropped_.load(); }
    void stop() override;

private:
    using Clock = std::chrono::steady_clock;
    Transaction take();

    Generator generator_;
    std::string id_prefix_;
    std::int64_t buffer_rows_;
    Pacer pacer_;
    std::int64_t resume_after_ms_;
    std::optional<Transaction> first_;  // the first row after the resume point
    std::int64_t handed_ = 0;           // rows handed over or dropped
    std::atomic<std::int64_t> dropped_{0};
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
};

}  // namespace fd
