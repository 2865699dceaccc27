// LineSinks over TCP for `frauddesk-cli feed`: connect to a listen:// consumer, or accept
// tcp:// consumers. Plain POSIX sockets. Lines are gathered into a buffer of up to 64 KiB
// and written when it is full or on flush(); a write blocks while a consumer applies
// backpressure (TCP flow control), so the producer falls behind instead of buffering
// without bound. Waits poll every 200 ms and end with SinkStopped when `stopping` says so.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/tr_mark.h"
#include "line_sink.h"
#include "socket_util.h"

namespace fd {

// A wait inside the sink was ended by SocketSinkOptions::stopping (Ctrl-C).
class SinkStopped : public std::runtime_error {
public:
    SinkStopped() : std::runtime_error(FD_TR("core/Sources", "stopped")) {}
};

struct SocketSinkOptions {
    // Progress the user should see ("waiting for a consumer", "retrying in 2.0 s").
    std::function<void(const std::string&)> log = [](const std::string&) {};
    std::function<bool()> stopping = [] { return false; };
    // Connecting: tries before giving up, and the backoff between them (doubling).
    int connect_attempts = 10;
    std::chrono::milliseconds first_retry{500};
    std::chrono::milliseconds max_retry{5000};
};

// What both sinks share: lines framed with '\n' and gathered into one buffer, written
// out (write_out, which empties it) when it is full or on flush().
class BufferedLineSink : public LineSink {
public:
    BufferedLineSink();
    BufferedLineSink(const BufferedLineSink&) = delete;
    BufferedLineSink& operator=(const BufferedLineSink&) = delete;

    void send(std::string_view line) final;
    void flush() final { write_out(); }

protected:
    virtual void write_out() = 0;
    std::string buffer_;
};

// Connects to host:port now, retrying with backoff while nothing listens there; a
// connection lost later is re-established the same way, resending the line it cut.
// Throws std::runtime_error when all attempts fail.
class TcpConnectSink : public BufferedLineSink {
public:
    TcpConnectSink(std::string host, std::uint16_t port, SocketSinkOptions options = {});

    std::string describe() const override;

private:
    void connect_with_retries();
    void write_out() override;

    std::string host_;
    std::uint16_t port_;
    SocketSinkOptions options_;
    net::Fd fd_;
};

// Listens on host:port now (throws std::runtime_error when it cannot); consumers connect
// at any time and get the stream from the next buffer on. Every consumer must take each
// buffer before the next is written: the slowest one sets the pace. While no consumer is
// connected, writing waits for one.
class TcpListenSink : public BufferedLineSink {
public:
    TcpListenSink(std::string host, std::uint16_t port, SocketSinkOptions options = {});
    ~TcpListenSink() override;

    // Blocks until at least one consumer is connected.
    void wait_for_consumer();
    std::string describe() const override;
    std::size_t consumers() const { return consumers_.size(); }

private:
    struct Consumer {
        net::Fd fd;
        std::string peer;
        std::size_t sent;  // bytes of buffer_ it has taken
    };
    void accept_pending(std::size_t start_offset);
    void drop(std::size_t index, const std::string& why);
    void write_out() override;

    std::string host_;
    std::uint16_t port_;
    SocketSinkOptions options_;
    net::Fd listen_fd_;
    std::vector<Consumer> consumers_;
};

}  // namespace fd
