// The network NDJSON sources: tcp://host:port connects to a producer (and reconnects after
// a loss, with backoff), listen://host:port accepts producers that push lines, several at
// once. One JSON object per line, decoded by NdjsonStreamDecoder, one decoder per
// connection so a bad producer cannot disturb the others.
//
// Everything happens inside next(), on the pipeline's thread, with non-blocking sockets and
// poll(). A source reads only while the pipeline asks for rows, at most one 64 KiB buffer
// past the rows asked for (those rows are carried over to the next call, never dropped),
// so when the pipeline falls behind the kernel's buffers fill and TCP flow control pauses
// the producers: nothing is dropped and memory stays bounded (per connection, one line of
// at most 1 MiB).
#pragma once

#include <poll.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/field_mapping.h"
#include "core/ndjson_stream.h"
#include "socket_util.h"
#include "source.h"

namespace fd {

struct SocketSourceOptions {
    // tcp: the wait before a new connection attempt starts at `initial_backoff` and doubles
    // up to `max_backoff`; it is back to the initial one after a connection that delivered
    // data.
    std::chrono::milliseconds initial_backoff{500};
    std::chrono::milliseconds max_backoff{30'000};
    // tcp: an attempt that gets no answer fails after this (then the next address, or wait).
    std::chrono::milliseconds connect_timeout{10'000};
    // listen: producers connected at once; more are accepted and closed at once, and counted.
    std::size_t max_producers = 256;
    std::size_t read_buffer_bytes = 64 * 1024;
    std::size_t max_line_bytes = kMaxLineBytes;
};

// What both kinds share: the poll loop, the read buffer, the streams (one per connection),
// the rows carried over and the rejects.
class SocketSource : public Source {
public:
    ~SocketSource() override;

    bool next(std::vector<Transaction>& out, std::vector<Arrival>& arrivals, std::size_t max_rows,
              std::chrono::milliseconds max_wait) final;
    bool durable() const final { return false; }
    bool has_batch_bookkeeping() const override { return false; }
    void stop() final;
    // backlog: bytes waiting in the kernel's receive buffers of the open connections.
    SourceStatus status() const final;
    void take_rejects(std::vector<SourceReject>& out) final;

    // Partial lines held by the open connections' decoders, in bytes. Pipeline thread only.
    std::size_t buffered_bytes() const;
    // Rows read but not yet handed over (beyond what next() was asked for); at most what
    // one read buffer holds. Pipeline thread only.
    std::size_t carried_rows() const { return carried_.size(); }

protected:
    using Clock = std::chrono::steady_clock;

    // One connection's bytes: its socket and its decoder.
    struct Stream {
        net::Fd fd;
        NdjsonStreamDecoder decoder;
        bool delivered = false;  // bytes have arrived on it
    };

    SocketSource(SocketSourceOptions options, std::optional<MappingProfile> mapping);

    // The kind's own descriptors for this poll round (connecting, listening), after any work
    // due at `now`. Returns when it wants to run again although nothing happened (a retry).
    virtual Clock::time_point prepare(Clock::time_point now, std::vector<pollfd>& fds) = 0;
    // What poll() reported for the descriptors prepare() added.
    virtual void handle(std::span<const pollfd> fds, Clock::time_point now) = 0;
    // A stream closed (its partial line is already rejected); `reason` in a user's words.
    virtual void stream_ended(const Stream& stream, const std::string& reason,
                              Clock::time_point now) = 0;
    // State and reconnects, called with status_mutex_ held.
    virtual void describe(SourceStatus& status, Clock::time_point now) const = 0;

    void add_stream(net::Fd fd, std::string origin);
    std::size_t stream_count() const { return streams_.size(); }

    const SocketSourceOptions options_;
    const std::optional<MappingProfile> mapping_;
    // Guards what status() reads: the kinds' status fields and the open descriptors.
    mutable std::mutex status_mutex_;

private:
    struct Carried {
        Transaction row;
        Arrival arrival;
    };
    enum class Read { Data, Nothing, Closed, Failed };

    Read read(Stream& stream, int& error);
    void end_stream(Stream& stream, const std::string& reason, Clock::time_point now);
    void hand_over_carried();
    bool reading() const;

    net::Waker waker_;
    std::atomic<bool> stopping_{false};
    std::vector<char> buffer_;
    std::vector<std::unique_ptr<Stream>> streams_;
    std::vector<int> open_fds_;  // the streams' descriptors, for status(); under status_mutex_
    std::size_t rotation_ = 0;   // which stream reads first, so none is favoured
    std::deque<Carried> carried_;
    std::vector<SourceReject> rejects_;
    std::vector<Transaction> decoded_;
    std::vector<pollfd> fds_;
    std::vector<Stream*> polled_;  // the stream behind each of fds_' stream entries
    // The batch next() is filling.
    std::vector<Transaction>* out_ = nullptr;
    std::vector<Arrival>* arrivals_ = nullptr;
    std::size_t max_rows_ = 0;
    std::size_t produced_ = 0;
    std::atomic<std::int64_t> rows_read_{0};
    std::atomic<std::int64_t> reject_count_{0};
};

// tcp://host:port. A lost connection never ends it; only stop() does.
class TcpSource final : public SocketSource {
public:
    // Does not connect yet: the first next() does, and retries while nobody listens.
    TcpSource(std::string host, std::uint16_t port, std::optional<MappingProfile> mapping = {},
              SocketSourceOptions options = {});
    ~TcpSource() override;

    std::string name() const override;

private:
    enum class Phase { Due, Connecting, Connected, Waiting };

    Clock::time_point prepare(Clock::time_point now, std::vector<pollfd>& fds) override;
    void handle(std::span<const pollfd> fds, Clock::time_point now) override;
    void stream_ended(const Stream& stream, const std::string& reason,
                      Clock::time_point now) override;
    void describe(SourceStatus& status, Clock::time_point now) const override;

    void start_attempt(Clock::time_point now);
    void try_next_address(Clock::time_point now);
    void connected();
    void wait_and_retry(const std::string& reason, Clock::time_point now);
    void set_phase(Phase phase);

    const std::string host_;
    const std::uint16_t port_;
    const std::string target_;  // "host:port"
    std::vector<net::Endpoint> addresses_;
    std::size_t address_ = 0;
    net::Fd connecting_;
    Clock::time_point connect_deadline_;
    std::string attempt_error_;  // why the last address failed
    Clock::time_point retry_at_;
    std::chrono::milliseconds backoff_;
    std::int64_t connections_ = 0;
    // Under status_mutex_.
    Phase phase_ = Phase::Due;
    std::string retry_reason_;
    Clock::time_point status_retry_at_;
    std::int64_t reconnects_ = 0;
};

// listen://host:port: producers connect and push lines, several at once.
class ListenSource final : public SocketSource {
public:
    // Binds and listens at once. Throws std::runtime_error saying what to do when it cannot
    // (the port is in use, needs privileges, the address is not this machine's).
    ListenSource(std::string host, std::uint16_t port, std::optional<MappingProfile> mapping = {},
                 SocketSourceOptions options = {});
    ~ListenSource() override;

    std::string name() const override;
    std::uint16_t port() const { return port_; }  // the bound port, also when asked for 0
    std::int64_t turned_away() const;             // producers over the cap, closed at once

private:
    Clock::time_point prepare(Clock::time_point now, std::vector<pollfd>& fds) override;
    void handle(std::span<const pollfd> fds, Clock::time_point now) override;
    void stream_ended(const Stream& stream, const std::string& reason,
                      Clock::time_point now) override;
    void describe(SourceStatus& status, Clock::time_point now) const override;

    void accept_all(int listener);

    const std::string host_;
    std::uint16_t port_;
    std::vector<net::Fd> listeners_;
    // Under status_mutex_.
    std::size_t producers_ = 0;
    std::int64_t turned_away_ = 0;
};

}  // namespace fd
