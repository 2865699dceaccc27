#include "socket_sink.h"

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <thread>

namespace fd {
namespace {

constexpr std::size_t kBufferBytes = 64 * 1024;
constexpr int kPollMs = 200;
constexpr auto kConnectTimeout = std::chrono::seconds(5);

std::string error_text(int error) {
    return std::strerror(error);
}

std::string endpoint(const std::string& host, std::uint16_t port) {
    const bool v6 = host.find(':') != std::string::npos;
    return (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

struct AddrInfoDeleter {
    void operator()(addrinfo* info) const { freeaddrinfo(info); }
};
using AddrInfoList = std::unique_ptr<addrinfo, AddrInfoDeleter>;

AddrInfoList resolve(const std::string& host, std::uint16_t port, bool passive) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = passive ? AI_PASSIVE : 0;
    addrinfo* found = nullptr;
    const int rc = getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found);
    if (rc != 0)
        throw std::runtime_error("cannot resolve '" + host + "': " + gai_strerror(rc) +
                                 "; check the host name");
    return AddrInfoList(found);
}

std::string peer_text(const sockaddr* address, socklen_t length) {
    char host[NI_MAXHOST] = "?";
    char port[NI_MAXSERV] = "?";
    getnameinfo(address, length, host, sizeof host, port, sizeof port,
                NI_NUMERICHOST | NI_NUMERICSERV);
    const std::string h = host;
    return (h.find(':') != std::string::npos ? "[" + h + "]" : h) + ":" + port;
}

// Waits for `events` on fd in short polls, so a stop request ends the wait. Returns the
// revents seen.
short wait_for(
    int fd, short events, const SocketSinkOptions& options,
    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max()) {
    for (;;) {
        if (options.stopping()) throw SinkStopped();
        pollfd p{fd, events, 0};
        const int rc = ::poll(&p, 1, kPollMs);
        if (rc > 0) return p.revents;
        if (rc < 0 && errno != EINTR) throw std::runtime_error("poll failed: " + error_text(errno));
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

// One non-blocking connect to any of host's addresses; -1 and `error` when none answers.
int try_connect(const std::string& host, std::uint16_t port, const SocketSinkOptions& options,
                std::string& error) {
    const AddrInfoList list = resolve(host, port, false);
    for (const addrinfo* a = list.get(); a; a = a->ai_next) {
        const int fd =
            ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0) {
            error = error_text(errno);
            continue;
        }
        int rc = ::connect(fd, a->ai_addr, a->ai_addrlen);
        if (rc < 0 && errno == EINPROGRESS) {
            short seen = 0;
            try {
                seen = wait_for(fd, POLLOUT, options,
                                std::chrono::steady_clock::now() + kConnectTimeout);
            } catch (...) {  // stopped: do not leak the half-open socket
                ::close(fd);
                throw;
            }
            int so_error = ETIMEDOUT;
            socklen_t len = sizeof so_error;
            if (seen != 0) ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &so_error, &len);
            rc = so_error == 0 ? 0 : -1;
            errno = so_error;
        }
        if (rc == 0) {
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            return fd;
        }
        error = error_text(errno);
        ::close(fd);
    }
    return -1;
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

TcpConnectSink::~TcpConnectSink() {
    if (fd_ >= 0) ::close(fd_);
}

void TcpConnectSink::connect_with_retries() {
    const std::string where = endpoint(host_, port_);
    auto delay = options_.first_retry;
    std::string error;
    for (int attempt = 1;; ++attempt) {
        fd_ = try_connect(host_, port_, options_, error);
        if (fd_ >= 0) {
            if (attempt > 1) options_.log("connected to " + where);
            return;
        }
        if (attempt >= options_.connect_attempts) break;
        char wait[32];
        std::snprintf(wait, sizeof wait, "%.1f s", static_cast<double>(delay.count()) / 1000.0);
        options_.log("cannot connect to " + where + " (" + error + "); retrying in " + wait +
                     " (attempt " + std::to_string(attempt + 1) + " of " +
                     std::to_string(options_.connect_attempts) + ")");
        sleep_unless_stopped(delay, options_);
        delay = std::min(delay * 2, options_.max_retry);
    }
    throw std::runtime_error("cannot connect to " + where + " after " +
                             std::to_string(options_.connect_attempts) + " attempts (" + error +
                             "): start the consumer first (a listen://" + where +
                             " source) or check the address");
}

void TcpConnectSink::write_out() {
    std::size_t offset = 0;
    while (offset < buffer_.size()) {
        const ssize_t n =
            ::send(fd_, buffer_.data() + offset, buffer_.size() - offset, MSG_NOSIGNAL);
        if (n > 0) {
            offset += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            wait_for(fd_, POLLOUT, options_);  // the consumer's backpressure
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        const std::string why = n < 0 ? error_text(errno) : "closed";
        options_.log("connection to " + endpoint(host_, port_) + " lost (" + why +
                     "); reconnecting");
        ::close(fd_);
        fd_ = -1;
        connect_with_retries();
        // The consumer drops the line the loss cut; send it again whole.
        const auto newline = offset == 0 ? std::string::npos : buffer_.rfind('\n', offset - 1);
        offset = newline == std::string::npos ? 0 : newline + 1;
    }
    buffer_.clear();
}

std::string TcpConnectSink::describe() const {
    return "tcp://" + endpoint(host_, port_);
}

// --- listen ----------------------------------------------------------------------------

TcpListenSink::TcpListenSink(std::string host, std::uint16_t port, SocketSinkOptions options)
    : host_(std::move(host)), port_(port), options_(std::move(options)) {
    const std::string where = endpoint(host_, port_);
    const AddrInfoList list = resolve(host_, port_, true);
    int error = 0;
    for (const addrinfo* a = list.get(); a && listen_fd_ < 0; a = a->ai_next) {
        const int fd =
            ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0) {
            error = errno;
            continue;
        }
        const int one = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (::bind(fd, a->ai_addr, a->ai_addrlen) == 0 && ::listen(fd, 16) == 0) {
            listen_fd_ = fd;
        } else {
            error = errno;
            ::close(fd);
        }
    }
    if (listen_fd_ < 0) {
        std::string hint = "check the address";
        if (error == EADDRINUSE) hint = "another program uses that port; choose another";
        if (error == EACCES) hint = "ports below 1024 need privileges; choose a higher one";
        if (error == EADDRNOTAVAIL) hint = "that address is not one of this machine's";
        throw std::runtime_error("cannot listen on " + where + ": " + error_text(error) + "; " +
                                 hint);
    }
}

TcpListenSink::~TcpListenSink() {
    for (const auto& c : consumers_) {
        ::shutdown(c.fd, SHUT_WR);
        ::close(c.fd);
    }
    if (listen_fd_ >= 0) ::close(listen_fd_);
}

void TcpListenSink::accept_pending(std::size_t start_offset) {
    for (;;) {
        sockaddr_storage address{};
        socklen_t length = sizeof address;
        const int fd = ::accept4(listen_fd_, reinterpret_cast<sockaddr*>(&address), &length,
                                 SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED) continue;
            return;  // EAGAIN: none waiting (other errors: try again at the next poll)
        }
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        consumers_.push_back(
            {fd, peer_text(reinterpret_cast<sockaddr*>(&address), length), start_offset});
        options_.log("consumer " + consumers_.back().peer + " connected (" + describe() + ")");
    }
}

void TcpListenSink::drop(std::size_t index, const std::string& why) {
    const std::string peer = consumers_[index].peer;
    ::close(consumers_[index].fd);
    consumers_.erase(consumers_.begin() + static_cast<std::ptrdiff_t>(index));
    options_.log("consumer " + peer + " left (" + why + "; " + describe() + ")");
}

void TcpListenSink::wait_for_consumer() {
    accept_pending(0);
    if (!consumers_.empty()) return;
    options_.log("waiting for a consumer on " + endpoint(host_, port_) +
                 " (connect a tcp:// source to it)");
    while (consumers_.empty()) {
        wait_for(listen_fd_, POLLIN, options_);
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
                const ssize_t n = ::send(c.fd, buffer_.data() + c.sent, buffer_.size() - c.sent,
                                         MSG_NOSIGNAL | MSG_DONTWAIT);
                if (n > 0) {
                    c.sent += static_cast<std::size_t>(n);
                } else if (n < 0 && errno == EINTR) {
                    continue;
                } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                    pending = true;  // its backpressure: wait below
                    break;
                } else {
                    drop(i, n < 0 ? error_text(errno) : "closed");
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
        polls.push_back({listen_fd_, POLLIN, 0});
        for (const auto& c : consumers_)
            if (c.sent < buffer_.size()) polls.push_back({c.fd, POLLOUT, 0});
        const int rc = ::poll(polls.data(), polls.size(), kPollMs);
        if (rc < 0 && errno != EINTR) throw std::runtime_error("poll failed: " + error_text(errno));
        if (rc > 0 && (polls[0].revents & POLLIN)) accept_pending(buffer_.size());
    }
    buffer_.clear();
}

std::string TcpListenSink::describe() const {
    const auto n = consumers_.size();
    return std::to_string(n) + (n == 1 ? " consumer on " : " consumers on ") +
           endpoint(host_, port_);
}

}  // namespace fd
