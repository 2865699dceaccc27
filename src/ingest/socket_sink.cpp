#include "socket_sink.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstdio>
#include <thread>

#include "core/tr_mark.h"

namespace fd {
namespace {

using net::describe_errno;
using net::host_port;

constexpr std::size_t kBufferBytes = 64 * 1024;
constexpr int kPollMs = 200;
constexpr auto kConnectTimeout = std::chrono::seconds(5);

std::vector<net::Endpoint> addresses(const std::string& host, std::uint16_t port, bool passive) {
    std::string error;
    auto found = net::resolve(host, port, passive, error);
    if (found.empty())
        throw std::runtime_error(fill_text(
            FD_TR("core/Sources", "cannot resolve '%1': %2; check the host name"), {host, error}));
    return found;
}

void no_delay(int fd) {
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

// Waits for `events` on fd in short polls, so a stop request ends the wait. Returns the
// revents seen, 0 at the deadline.
short wait_for(
    int fd, short events, const SocketSinkOptions& options,
    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max()) {
    for (;;) {
        if (options.stopping()) throw SinkStopped();
        pollfd p{fd, events, 0};
        const int rc = ::poll(&p, 1, kPollMs);
        if (rc > 0) return p.revents;
        if (rc < 0 && errno != EINTR)
            throw std::runtime_error(
                fill_text(FD_TR("core/Sources", "poll failed: %1"), {describe_errno(errno)}));
        if (std::chrono::steady_clock::now() >= deadline) return 0;
    }
}

void sleep_unless_stopped(std::chrono::milliseconds delay, const SocketSinkOptions& options) {
    const auto until = std::chrono::steady_clock::now() + delay;
    while (std::chrono::steady_clock::now() < until) {
        if (options.stopping()) throw SinkStopped();
        std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(
            std::chrono::milliseconds(kPollMs), until - std::chrono::steady_clock::now()));
    }
}

// One non-blocking connect to any of host's addresses; an invalid Fd and `error` when none
// answers.
net::Fd try_connect(const std::string& host, std::uint16_t port, const SocketSinkOptions& options,
                    std::string& error) {
    for (const net::Endpoint& e : addresses(host, port, false)) {
        net::Fd fd = net::tcp_socket(e.family());
        if (!fd) {
            error = describe_errno(errno);
            continue;
        }
        int rc = ::connect(fd.get(), e.get(), e.length);
        if (rc < 0 && errno == EINPROGRESS) {
            const short seen = wait_for(fd.get(), POLLOUT, options,
                                        std::chrono::steady_clock::now() + kConnectTimeout);
            int so_error = ETIMEDOUT;
            socklen_t len = sizeof so_error;
            if (seen != 0) ::getsockopt(fd.get(), SOL_SOCKET, SO_ERROR, &so_error, &len);
            rc = so_error == 0 ? 0 : -1;
            errno = so_error;
        }
        if (rc == 0) {
            no_delay(fd.get());
            return fd;
        }
        error = describe_errno(errno);
    }
    return {};
}

}  // namespace

// --- buffering ---------------------------------------------------------------------------

BufferedLineSink::BufferedLineSink() {
    buffer_.reserve(kBufferBytes + 4096);
}

void BufferedLineSink::send(std::string_view line) {
    buffer_.append(line);
    buffer_.push_back('\n');
    if (buffer_.size() >= kBufferBytes) write_out();
}

// --- connect ---------------------------------------------------------------------------

TcpConnectSink::TcpConnectSink(std::string host, std::uint16_t port, SocketSinkOptions options)
    : host_(std::move(host)), port_(port), options_(std::move(options)) {
    connect_with_retries();
}

void TcpConnectSink::connect_with_retries() {
    const std::string where = host_port(host_, port_);
    auto delay = options_.first_retry;
    std::string error;
    for (int attempt = 1;; ++attempt) {
        fd_ = try_connect(host_, port_, options_, error);
        if (fd_) {
            if (attempt > 1)
                options_.log(fill_text(FD_TR("core/Sources", "connected to %1"), {where}));
            return;
        }
        if (attempt >= options_.connect_attempts) break;
        char wait[32];
        std::snprintf(wait, sizeof wait, "%.1f", static_cast<double>(delay.count()) / 1000.0);
        options_.log(fill_text(
            FD_TR("core/Sources", "cannot connect to %1 (%2); retrying in %3 s (attempt %4 of %5)"),
            {where, error, wait, std::to_string(attempt + 1),
             std::to_string(options_.connect_attempts)}));
        sleep_unless_stopped(delay, options_);
        delay = std::min(delay * 2, options_.max_retry);
    }
    // %4 and %5 repeat the address: each placeholder appears once in a template.
    throw std::runtime_error(fill_text(
        FD_TR("core/Sources",
              "cannot connect to %1 after %2 attempts (%3): start the consumer first (a "
              "listen://%4 source, as frauddesk-cli ingest listen://%5 --db DB) or check the "
              "address"),
        {where, std::to_string(options_.connect_attempts), error, where, where}));
}

void TcpConnectSink::write_out() {
    std::size_t offset = 0;
    while (offset < buffer_.size()) {
        const ssize_t n =
            ::send(fd_.get(), buffer_.data() + offset, buffer_.size() - offset, MSG_NOSIGNAL);
        if (n > 0) {
            offset += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            wait_for(fd_.get(), POLLOUT, options_);  // the consumer's backpressure
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        const std::string why =
            n < 0 ? describe_errno(errno) : std::string(FD_TR("core/Sources", "closed"));
        options_.log(fill_text(FD_TR("core/Sources", "connection to %1 lost (%2); reconnecting"),
                               {host_port(host_, port_), why}));
        fd_.reset();
        connect_with_retries();
        // The consumer drops the line the loss cut; send it again whole.
        const auto newline = offset == 0 ? std::string::npos : buffer_.rfind('\n', offset - 1);
        offset = newline == std::string::npos ? 0 : newline + 1;
    }
    buffer_.clear();
}

std::string TcpConnectSink::describe() const {
    return "tcp://" + host_port(host_, port_);
}

// --- listen ----------------------------------------------------------------------------

TcpListenSink::TcpListenSink(std::string host, std::uint16_t port, SocketSinkOptions options)
    : host_(std::move(host)), port_(port), options_(std::move(options)) {
    int error = 0;
    for (const net::Endpoint& e : addresses(host_, port_, true)) {
        net::Fd fd = net::tcp_socket(e.family());
        const int one = 1;
        if (fd && ::setsockopt(fd.get(), SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) == 0 &&
            ::bind(fd.get(), e.get(), e.length) == 0 && ::listen(fd.get(), 16) == 0) {
            listen_fd_ = std::move(fd);
            return;
        }
        error = errno;
    }
    std::string hint = FD_TR("core/Sources", "check the address");
    if (error == EADDRINUSE)
        hint = FD_TR("core/Sources", "another program uses that port; choose another");
    if (error == EACCES)
        hint = FD_TR("core/Sources", "ports below 1024 need privileges; choose a higher one");
    if (error == EADDRNOTAVAIL)
        hint = FD_TR("core/Sources", "that address is not one of this machine's");
    throw std::runtime_error(fill_text(FD_TR("core/Sources", "cannot listen on %1: %2; %3"),
                                       {host_port(host_, port_), describe_errno(error), hint}));
}

TcpListenSink::~TcpListenSink() {
    for (const auto& c : consumers_) ::shutdown(c.fd.get(), SHUT_WR);
}

void TcpListenSink::accept_pending(std::size_t start_offset) {
    for (;;) {
        net::Fd fd(::accept4(listen_fd_.get(), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC));
        if (!fd) {
            if (errno == EINTR || errno == ECONNABORTED) continue;
            return;  // EAGAIN: none waiting (other errors: try again at the next poll)
        }
        no_delay(fd.get());
        std::string peer = net::peer_endpoint(fd.get());
        consumers_.push_back({std::move(fd), std::move(peer), start_offset});
        options_.log(fill_text(FD_TR("core/Sources", "consumer %1 connected (%2)"),
                               {consumers_.back().peer, describe()}));
    }
}

void TcpListenSink::drop(std::size_t index, const std::string& why) {
    const std::string peer = consumers_[index].peer;
    consumers_.erase(consumers_.begin() + static_cast<std::ptrdiff_t>(index));
    options_.log(
        fill_text(FD_TR("core/Sources", "consumer %1 left (%2; %3)"), {peer, why, describe()}));
}

void TcpListenSink::wait_for_consumer() {
    accept_pending(0);
    if (!consumers_.empty()) return;
    options_.log(fill_text(
        FD_TR("core/Sources", "waiting for a consumer on %1 (connect a tcp:// source to it)"),
        {host_port(host_, port_)}));
    while (consumers_.empty()) {
        wait_for(listen_fd_.get(), POLLIN, options_);
        accept_pending(0);
    }
}

void TcpListenSink::write_out() {
    if (buffer_.empty()) return;
    for (auto& c : consumers_) c.sent = 0;
    accept_pending(0);  // between buffers: they get this one whole
    std::vector<pollfd> polls;
    for (;;) {
        // Never write to nobody: with every consumer gone, wait for one and give it this
        // buffer from its start.
        if (consumers_.empty()) wait_for_consumer();
        bool pending = false;
        for (std::size_t i = consumers_.size(); i-- > 0;) {
            Consumer& c = consumers_[i];
            while (c.sent < buffer_.size()) {
                const ssize_t n = ::send(c.fd.get(), buffer_.data() + c.sent,
                                         buffer_.size() - c.sent, MSG_NOSIGNAL | MSG_DONTWAIT);
                if (n > 0) {
                    c.sent += static_cast<std::size_t>(n);
                } else if (n < 0 && errno == EINTR) {
                    continue;
                } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                    pending = true;  // its backpressure: wait below
                    break;
                } else {
                    drop(i, n < 0 ? describe_errno(errno)
                                  : std::string(FD_TR("core/Sources", "closed")));
                    break;
                }
            }
        }
        if (consumers_.empty()) continue;
        if (!pending) break;
        if (options_.stopping()) throw SinkStopped();
        // Wait until a slow consumer takes more, or someone new connects (they start with
        // the next buffer).
        polls.clear();
        polls.push_back({listen_fd_.get(), POLLIN, 0});
        for (const auto& c : consumers_)
            if (c.sent < buffer_.size()) polls.push_back({c.fd.get(), POLLOUT, 0});
        const int rc = ::poll(polls.data(), polls.size(), kPollMs);
        if (rc < 0 && errno != EINTR)
            throw std::runtime_error(
                fill_text(FD_TR("core/Sources", "poll failed: %1"), {describe_errno(errno)}));
        if (rc > 0 && (polls[0].revents & POLLIN)) accept_pending(buffer_.size());
    }
    buffer_.clear();
}

std::string TcpListenSink::describe() const {
    const auto n = consumers_.size();
    return n == 1 ? fill_text(FD_TR("core/Sources", "1 consumer on %1"), {host_port(host_, port_)})
                  : fill_text(FD_TR("core/Sources", "%1 consumers on %2"),
                              {std::to_string(n), host_port(host_, port_)});
}

}  // namespace fd
