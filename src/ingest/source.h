// Where a pipeline's transactions come from: a file, a drop folder, a socket, Kafka, the
// simulator (see source_factory.h for the URIs). The pipeline's worker thread pulls
// batches; a source is used from that thread only, except stop() and status(), which may be
// called from any thread.
//
// Durability: after each batch the pipeline stores the rows, the source's rejects and the
// source's own bookkeeping (store()) in one SQLite transaction, then calls committed(). A
// durable source acknowledges upstream only there (Kafka commits offsets, a drop folder
// moves a finished file), so a crash at any moment loses nothing; what it replays after a
// restart is deduplicated on the transaction id.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "core/source_reject.h"
#include "core/transaction.h"

namespace fd {

class Database;

// A transaction and the moment it reached us, for latency figures.
struct Arrival {
    std::chrono::steady_clock::time_point at;
};

// What a source says about itself, for the sources panel and the CLI.
struct SourceStatus {
    // A few words a user understands: "connected", "reconnecting in 4.0 s",
    // "listening, 3 producers", "watching, 2 files waiting", "reading batch.csv", "ended".
    std::string state;
    std::int64_t rows_read = 0;   // rows handed to the pipeline
    std::int64_t rejects = 0;     // lines or records that could not be used
    std::int64_t reconnects = 0;  // connections re-established after a loss
    std::int64_t dropped = 0;     // lost because the source cannot be paused
    // How much is waiting at the source, in `backlog_unit` ("bytes", "messages", "files");
    // negative when the source cannot tell.
    std::int64_t backlog = -1;
    std::string backlog_unit;
};

class Source {
public:
    virtual ~Source() = default;

    // A short name for the status bar and the sources panel ("demo feed", "batch.csv",
    // "tcp://127.0.0.1:9000").
    virtual std::string name() const = 0;
    // Appends up to `max_rows` transactions to `out` (and their arrival times to `arrivals`),
    // waiting at most `max_wait` for the first one. Returns false once the source has ended
    // and everything was handed over. Throws std::runtime_error with a message for the user.
    virtual bool next(std::vector<Transaction>& out, std::vector<Arrival>& arrivals,
                      std::size_t max_rows, std::chrono::milliseconds max_wait) = 0;
    // A durable source (a file, a folder, Kafka) loses nothing when the pipeline is slow; a
    // live one that cannot be paused drops what it cannot buffer and counts it here.
    virtual bool durable() const = 0;
    virtual std::int64_t dropped() const { return 0; }
    // Ends any wait in next() soon. Thread-safe.
    virtual void stop() {}
    // Thread-safe.
    virtual SourceStatus status() const {
        SourceStatus s;
        s.dropped = dropped();
        return s;
    }

    // Moves the rejects found since the last call into `out`; the pipeline stores them (in
    // feed_rejects) with the next batch.
    virtual void take_rejects(std::vector<SourceReject>& out) { (void)out; }
    // True when the source needs a commit although it handed over no rows (a file that was
    // all rejects is finished, Kafka messages that were all rejects have offsets to commit).
    virtual bool commit_pending() const { return false; }
    // Inside the batch's transaction, before it commits: the source's own bookkeeping.
    virtual void store(Database& db) { (void)db; }
    // Everything handed over so far is durably stored.
    virtual void committed() {}
    // False when store() and committed() do nothing (a socket, the simulator): the pipeline
    // may then store one batch on a second thread while it reads and scores the next.
    virtual bool has_batch_bookkeeping() const { return true; }
};

}  // namespace fd
