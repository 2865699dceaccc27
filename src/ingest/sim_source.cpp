#include "sim_source.h"
#include "core/tr_mark.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace fd {

SimSource::SimSource(SimConfig config, std::string name) : config_(config), name_(std::move(name)) {
    SimStream::check(config);  // fail here, not later on the pipeline's thread
}

bool SimSource::next(std::vector<Transaction>& out, std::vector<Arrival>& arrivals,
                     std::size_t max_rows, std::chrono::milliseconds max_wait) {
    if (!stream_) {
        if (stopped_.load()) return false;
        stream_.emplace(SimStream::starting_now(config_));
        pacer_.emplace(stream_->pacer());
        started_.store(true, std::memory_order_release);
    }
    {
        // Sleep until the next row is due, the wait ends or stop() is called.
        std::unique_lock lock(mutex_);
        const auto until = std::min(stream_->next_due(), Clock::now() + max_wait);
        wake_.wait_until(lock, until, [&] { return stopping_; });
        if (stopping_) return false;
    }
    const auto n =
        std::min<std::int64_t>(stream_->due(Clock::now()), static_cast<std::int64_t>(max_rows));
    for (std::int64_t i = 0; i < n; ++i) {
        // Arrival is when the row was due, so a pipeline that falls behind shows it in the
        // latency it reports.
        arrivals.push_back({stream_->next_due()});
        Transaction t = stream_->take();
        t.label = Label::Unknown;  // outcomes are not known when a payment arrives
        out.push_back(std::move(t));
    }
    handed_.store(stream_->taken());
    return true;
}

void SimSource::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    stopped_ = true;
    wake_.notify_all();
}

SourceStatus SimSource::status() const {
    SourceStatus s;
    s.rows_read = handed_.load();
    s.dropped = 0;
    if (stopped_.load()) {
        s.state = FD_TR("core/Sources", "stopped");
        return s;
    }
    if (!started_.load(std::memory_order_acquire)) {
        s.state = FD_TR("core/Sources", "starting");
        return s;
    }
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", pacer_->rate());
    s.state = fill_text(FD_TR("core/Sources", "running at %1/s"), {text});
    // Rows are only ever late, never lost; more than a second late is worth saying.
    const double behind =
        std::chrono::duration<double>(Clock::now() - pacer_->due_time(s.rows_read)).count();
    if (behind >= 1.0) {
        std::snprintf(text, sizeof text, "%.1f", behind);
        s.state = fill_text(FD_TR("core/Sources", "%1, behind by %2 s"), {s.state, text});
    }
    s.backlog = std::max<std::int64_t>(0, pacer_->due_by(Clock::now()) - s.rows_read);
    s.backlog_unit = FD_TR("core/Sources", "rows");
    return s;
}

std::unique_ptr<Source> open_sim_source(const SourceUri& uri) {
    SimConfig config;
    config.rate = uri.number("rate", config.rate, 0.001, 10'000'000.0);
    const double seed = uri.number("seed", static_cast<double>(config.seed), 0.0, 9.0e15);
    if (seed != std::floor(seed))
        throw SourceUriError(fill_text(
            FD_TR("core/Import", "Source '%1': 'seed' must be a whole number"), {uri.text}));
    config.seed = static_cast<std::uint64_t>(seed);
    config.fraud_rate = uri.number("fraud-rate", config.fraud_rate, 0.0, 0.5);
    return std::make_unique<SimSource>(config, uri.text);
}

}  // namespace fd
