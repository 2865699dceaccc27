// Where a pipeline's transactions come from: a file, a simulated demo feed, later a socket
// or Kafka. The pipeline's worker thread pulls batches; a source is used from that thread
// only, except stop(), which may be called from any thread to end a wait early.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "core/transaction.h"

namespace fd {

// A transaction and the moment it reached us, for latency figures.
struct Arrival {
    std::chrono::steady_clock::time_point at;
};

class Source {
public:
    virtual ~Source() = default;

    // A short name for the status bar ("demo feed", "batch.csv").
    virtual std::string name() const = 0;
    // Appends up to `max_rows` transactions to `out` (and their arrival times to `arrivals`),
    // waiting at most `max_wait` for the first one. Returns false once the source has ended
    // and everything was handed over. Throws std::runtime_error with a message for the user.
    virtual bool next(std::vector<Transaction>& out, std::vector<Arrival>& arrivals,
                      std::size_t max_rows, std::chrono::milliseconds max_wait) = 0;
    // A durable source (a file) loses nothing when the pipeline is slow; a live one drops
    // what it cannot buffer and counts it here.
    virtual bool durable() const = 0;
    virtual std::int64_t dropped() const { return 0; }
    // Ends any wait in next() soon. Thread-safe.
    virtual void stop() {}
};

}  // namespace fd
