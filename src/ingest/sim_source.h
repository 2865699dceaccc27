// sim://?rate=N&seed=S&fraud-rate=R: the built-in simulator as a source. Rows come at the
// rate, stamped with the wall-clock time they are due (see core/sim_stream.h). Like the
// demo feed, outcomes are hidden (label unknown) and the scenario tag is kept.
// It never drops: a simulator can be paused, so when the pipeline is slower than the rate
// the rows simply come late, and the status says by how much.
// The generator is built at the first next(), on the pipeline's thread (it takes a moment),
// and the pace starts from there.
#pragma once

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>

#include "core/sim_stream.h"
#include "core/source_uri.h"
#include "source.h"

namespace fd {

class SimSource : public Source {
public:
    SimSource(SimConfig config, std::string name);

    std::string name() const override { return name_; }
    bool next(std::vector<Transaction>& out, std::vector<Arrival>& arrivals, std::size_t max_rows,
              std::chrono::milliseconds max_wait) override;
    bool durable() const override { return false; }
    bool has_batch_bookkeeping() const override { return false; }
    void stop() override;
    SourceStatus status() const override;

private:
    using Clock = SimStream::Clock;

    SimConfig config_;
    std::optional<SimStream> stream_;
    // A copy of the stream's, for status() on other threads: written once, before
    // `started_` is set.
    std::optional<Pacer> pacer_;
    std::atomic<bool> started_{false};
    std::string name_;
    std::atomic<std::int64_t> handed_{0};
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;  // under mutex_
    std::atomic<bool> stopped_{false};
};

// Defaults: rate 200, seed 1, fraud-rate 0.005. Throws SourceUriError on a bad parameter.
std::unique_ptr<Source> open_sim_source(const SourceUri& uri);

}  // namespace fd
