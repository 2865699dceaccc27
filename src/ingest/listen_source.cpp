// listen://host:port: bind, accept producers (up to a cap), read each on its own stream.
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <stdexcept>

#include "core/tr_mark.h"
#include "socket_source.h"

namespace fd {
namespace {

constexpr int kAcceptsPerRound = 64;  // then the streams get their turn

// `target` is "host:port", the part after listen://.
std::string bind_error(const std::string& target, const std::string& host, std::uint16_t port,
                       int err) {
    const std::string p = std::to_string(port);
    switch (err) {
        case EADDRINUSE:
            return fill_text(FD_TR("core/Sources",
                                   "listen://%1: port %2 is already in use on %3; stop the program "
                                   "that uses it (perhaps another feed) or choose another port"),
                             {target, p, host});
        case EACCES:
            return fill_text(FD_TR("core/Sources",
                                   "listen://%1: not allowed to listen on port %2; ports below "
                                   "1024 need administrator rights, choose a port from 1024 up"),
                             {target, p});
        case EADDRNOTAVAIL:
            return fill_text(FD_TR("core/Sources",
                                   "listen://%1: %2 is not an address of this machine; listen on "
                                   "0.0.0.0 to accept producers on every interface, or on "
                                   "127.0.0.1 for this machine only"),
                             {target, host});
        default:
            return fill_text(FD_TR("core/Sources", "listen://%1: cannot listen: %2"),
                             {target, net::describe_errno(err)});
    }
}

void set_port(net::Endpoint& e, std::uint16_t port) {
    if (e.family() == AF_INET) reinterpret_cast<sockaddr_in*>(&e.address)->sin_port = htons(port);
    if (e.family() == AF_INET6)
        reinterpret_cast<sockaddr_in6*>(&e.address)->sin6_port = htons(port);
}

}  // namespace

ListenSource::ListenSource(std::string host, std::uint16_t port,
                           std::optional<MappingProfile> mapping, SocketSourceOptions options)
    : SocketSource(options, std::move(mapping)), host_(std::move(host)), port_(port) {
    const std::string target = net::host_port(host_, port);
    std::string error;
    auto addresses = net::resolve(host_, port, true, error);
    if (addresses.empty())
        throw std::runtime_error(fill_text(
            FD_TR("core/Sources",
                  "listen://%1: cannot resolve '%2' (%3); give an address of this machine, as "
                  "0.0.0.0 for every interface or 127.0.0.1 for this machine only"),
            {target, host_, error}));
    // A name with both kinds of address ("localhost") gets a socket for each; the IPv6 one
    // then takes IPv6 only, or the IPv4 bind would find the port taken.
    const bool has_v4 = std::any_of(addresses.begin(), addresses.end(),
                                    [](const auto& e) { return e.family() == AF_INET; });
    for (net::Endpoint& e : addresses) {
        set_port(e, port_);  // port 0: every socket on the port the first one got
        net::Fd s = net::tcp_socket(e.family());
        if (!s)
            throw std::runtime_error(
                fill_text(FD_TR("core/Sources", "listen://%1: cannot create a socket: %2"),
                          {target, net::describe_errno(errno)}));
        const int one = 1;
        // A restarted feed can take its port again at once, despite old connections
        // lingering in TIME_WAIT.
        ::setsockopt(s.get(), SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (e.family() == AF_INET6 && has_v4)
            ::setsockopt(s.get(), IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
        if (::bind(s.get(), e.get(), e.length) != 0 || ::listen(s.get(), SOMAXCONN) != 0)
            throw std::runtime_error(bind_error(target, host_, port_, errno));
        if (port_ == 0) port_ = net::local_port(s.get());
        listeners_.push_back(std::move(s));
    }
}

ListenSource::~ListenSource() = default;

std::string ListenSource::name() const {
    return "listen://" + net::host_port(host_, port_);
}

std::int64_t ListenSource::turned_away() const {
    std::lock_guard lock(status_mutex_);
    return turned_away_;
}

SocketSource::Clock::time_point ListenSource::prepare(Clock::time_point, std::vector<pollfd>& fds) {
    for (const net::Fd& l : listeners_) fds.push_back({l.get(), POLLIN, 0});
    return Clock::time_point::max();
}

void ListenSource::handle(std::span<const pollfd> fds, Clock::time_point) {
    for (const pollfd& p : fds)
        if (p.revents != 0) accept_all(p.fd);
}

void ListenSource::accept_all(int listener) {
    for (int i = 0; i < kAcceptsPerRound; ++i) {
        net::Fd c(::accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC));
        if (!c) {
            // A connection that went away before accept: take the next. Anything else
            // (nothing pending, out of descriptors): try again next round.
            if (errno == ECONNABORTED || errno == EINTR || errno == EPROTO) continue;
            return;
        }
        if (stream_count() >= options_.max_producers) {
            std::lock_guard lock(status_mutex_);
            ++turned_away_;
            continue;  // closed here: the producer sees the connection end at once
        }
        std::string origin = name() + " from " + net::peer_endpoint(c.get());
        add_stream(std::move(c), std::move(origin));
        std::lock_guard lock(status_mutex_);
        ++producers_;
    }
}

void ListenSource::stream_ended(const Stream&, const std::string&, Clock::time_point) {
    std::lock_guard lock(status_mutex_);
    --producers_;
}

void ListenSource::describe(SourceStatus& status, Clock::time_point) const {
    const std::string where = net::host_port(host_, port_);
    status.state = producers_ == 1
                       ? fill_text(FD_TR("core/Sources", "listening on %1, 1 producer"), {where})
                       : fill_text(FD_TR("core/Sources", "listening on %1, %2 producers"),
                                   {where, std::to_string(producers_)});
    if (turned_away_ > 0)
        status.state = fill_text(
            FD_TR("core/Sources", "%1, %2 turned away (at most %3 at once)"),
            {status.state, std::to_string(turned_away_), std::to_string(options_.max_producers)});
}

}  // namespace fd
