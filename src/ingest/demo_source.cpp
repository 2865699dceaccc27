#include "demo_source.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace fd {

DemoSource::DemoSource(Generator generator, std::string id_prefix, double rows_per_second,
                       std::size_t buffer_rows, std::int64_t resume_after_ms)
    : generator_(std::move(generator)),
      id_prefix_(std::move(id_prefix)),
      buffer_rows_(static_cast<std::int64_t>(std::max<std::size_t>(buffer_rows, 1))),
      pacer_(rows_per_second, Clock::now()),
      resume_after_ms_(resume_after_ms) {}

bool DemoSource::next(std::vector<Transaction>& out, std::vector<Arrival>& arrivals,
                      std::size_t max_rows, std::chrono::milliseconds max_wait) {
    if (resume_after_ms_ != INT64_MIN) {
        Transaction t = generator_.next();
        while (t.timestamp_ms <= resume_after_ms_) t = generator_.next();
        first_ = std::move(t);
        resume_after_ms_ = INT64_MIN;
        pacer_ = Pacer(pacer_.rate(), Clock::now());  // the pace starts after the catch-up
    }
    {
        // Sleep until the next row is due, the wait ends or stop() is called.
        std::unique_lock lock(mutex_);
        const auto until = std::min(pacer_.due_time(handed_), Clock::now() + max_wait);
        wake_.wait_until(lock, until, [&] { return stopping_; });
        if (stopping_) return false;
    }
    const auto due = pacer_.due_by(Clock::now()) - handed_;
    if (due <= 0) return true;
    // What a real feed could not buffer is lost: the oldest rows beyond the buffer.
    const std::int64_t lost = std::max<std::int64_t>(0, due - buffer_rows_);
    for (std::int64_t i = 0; i < lost; ++i) take();
    handed_ += lost;
    dropped_ += lost;
    const auto n = std::min<std::int64_t>(due - lost, static_cast<std::int64_t>(max_rows));
    for (std::int64_t i = 0; i < n; ++i) {
        Transaction t = take();
        t.id.insert(0, id_prefix_);
        t.label = Label::Unknown;  // outcomes are not known when a payment arrives
        out.push_back(std::move(t));
        arrivals.push_back({pacer_.due_time(handed_)});
        ++handed_;
    }
    return true;
}

Transaction DemoSource::take() {
    if (!first_) return generator_.next();
    Transaction t = std::move(*first_);
    first_.reset();
    return t;
}

void DemoSource::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
}

}  // namespace fd
