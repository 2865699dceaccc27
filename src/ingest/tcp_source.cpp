// tcp://host:port: connect, read, and after a loss wait and connect again, forever.
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>

#include "core/tr_mark.h"
#include "socket_source.h"

namespace fd {
namespace {

std::string seconds_text(std::chrono::duration<double> seconds) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", std::max(0.0, seconds.count()));
    return text;
}

}  // namespace

TcpSource::TcpSource(std::string host, std::uint16_t port, std::optional<MappingProfile> mapping,
                     SocketSourceOptions options)
    : SocketSource(options, std::move(mapping)),
      host_(std::move(host)),
      port_(port),
      target_(net::host_port(host_, port_)),
      backoff_(std::max(options.initial_backoff, std::chrono::milliseconds(1))) {}

TcpSource::~TcpSource() = default;

std::string TcpSource::name() const {
    return "tcp://" + target_;
}

void TcpSource::set_phase(Phase phase) {
    std::lock_guard lock(status_mutex_);
    phase_ = phase;
}

SocketSource::Clock::time_point TcpSource::prepare(Clock::time_point now,
                                                   std::vector<pollfd>& fds) {
    if (phase_ == Phase::Waiting && now >= retry_at_) start_attempt(now);
    if (phase_ == Phase::Due) start_attempt(now);
    if (phase_ == Phase::Connecting && now >= connect_deadline_) {
        attempt_error_ =
            fill_text(FD_TR("core/Sources", "no answer within %1 s"),
                      {seconds_text(std::chrono::duration<double>(options_.connect_timeout))});
        connecting_.reset();
        ++address_;
        try_next_address(now);
    }
    switch (phase_) {
        case Phase::Connecting:
            fds.push_back({connecting_.get(), POLLOUT, 0});
            return connect_deadline_;
        case Phase::Waiting:
            return retry_at_;
        case Phase::Due:
        case Phase::Connected:
            break;
    }
    return Clock::time_point::max();
}

void TcpSource::handle(std::span<const pollfd> fds, Clock::time_point now) {
    if (phase_ != Phase::Connecting || fds.empty() || fds[0].revents == 0) return;
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(connecting_.get(), SOL_SOCKET, SO_ERROR, &error, &length) != 0) error = errno;
    if (error == 0) {
        connected();
        return;
    }
    attempt_error_ = net::describe_errno(error);
    connecting_.reset();
    ++address_;
    try_next_address(now);
}

// Resolves again at every attempt: the producer may have moved.
void TcpSource::start_attempt(Clock::time_point now) {
    set_phase(Phase::Connecting);
    std::string error;
    addresses_ = net::resolve(host_, port_, false, error);
    if (addresses_.empty()) {
        wait_and_retry(fill_text(FD_TR("core/Sources", "cannot resolve %1: %2"), {host_, error}),
                       now);
        return;
    }
    address_ = 0;
    try_next_address(now);
}

// Tries the addresses in getaddrinfo's order until one connects or is connecting.
void TcpSource::try_next_address(Clock::time_point now) {
    for (; address_ < addresses_.size(); ++address_) {
        const net::Endpoint& e = addresses_[address_];
        connecting_ = net::tcp_socket(e.family());
        if (!connecting_) {
            attempt_error_ = net::describe_errno(errno);
            continue;
        }
        if (::connect(connecting_.get(), e.get(), e.length) == 0) {
            connected();
            return;
        }
        if (errno == EINPROGRESS) {
            connect_deadline_ = now + options_.connect_timeout;
            set_phase(Phase::Connecting);
            return;
        }
        attempt_error_ = net::describe_errno(errno);
        connecting_.reset();
    }
    wait_and_retry(attempt_error_, now);
}

void TcpSource::connected() {
    ++connections_;
    // Each connection is its own stream of lines; rejects say which one after the first.
    std::string origin = name();
    if (connections_ > 1) origin += ", connection " + std::to_string(connections_);
    add_stream(std::move(connecting_), std::move(origin));
    std::lock_guard lock(status_mutex_);
    phase_ = Phase::Connected;
    if (connections_ > 1) ++reconnects_;
}

void TcpSource::stream_ended(const Stream& stream, const std::string& reason,
                             Clock::time_point now) {
    if (stream.delivered)
        backoff_ = std::max(options_.initial_backoff, std::chrono::milliseconds(1));
    wait_and_retry(reason, now);
}

void TcpSource::wait_and_retry(const std::string& reason, Clock::time_point now) {
    retry_at_ = now + backoff_;
    const auto doubled = backoff_ * 2;
    backoff_ = std::min(doubled, std::max(options_.max_backoff, backoff_));
    std::lock_guard lock(status_mutex_);
    phase_ = Phase::Waiting;
    retry_reason_ = reason;
    status_retry_at_ = retry_at_;
}

void TcpSource::describe(SourceStatus& status, Clock::time_point now) const {
    status.reconnects = reconnects_;
    switch (phase_) {
        case Phase::Due:
        case Phase::Connecting:
            status.state = fill_text(FD_TR("core/Sources", "connecting to %1"), {target_});
            break;
        case Phase::Connected:
            status.state = FD_TR("core/Sources", "connected");
            break;
        case Phase::Waiting: {
            // A countdown: the panel refreshes, and the wait may be up to max_backoff.
            status.state = fill_text(FD_TR("core/Sources", "reconnecting in %1 s: %2"),
                                     {seconds_text(status_retry_at_ - now), retry_reason_});
            break;
        }
    }
}

}  // namespace fd
