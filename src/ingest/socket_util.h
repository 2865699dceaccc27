// POSIX socket helpers for the network sources: an owned descriptor, name resolution,
// addresses in the form users read, and a wake-up descriptor that ends a poll() early.
#pragma once

#include <sys/socket.h>

#include <cstdint>
#include <string>
#include <vector>

namespace fd::net {

// Owns a file descriptor; closes it on destruction.
class Fd {
public:
    Fd() = default;
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() { reset(); }
    Fd(Fd&& other) noexcept : fd_(other.release()) {}
    Fd& operator=(Fd&& other) noexcept {
        if (this != &other) reset(other.release());
        return *this;
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;

    int get() const { return fd_; }
    explicit operator bool() const { return fd_ >= 0; }
    int release() {
        const int fd = fd_;
        fd_ = -1;
        return fd;
    }
    void reset(int fd = -1);

private:
    int fd_ = -1;
};

struct Endpoint {
    sockaddr_storage address{};
    socklen_t length = 0;
    int family() const { return address.ss_family; }
    const sockaddr* get() const { return reinterpret_cast<const sockaddr*>(&address); }
};

// getaddrinfo for TCP (IPv4 and IPv6). `passive`: addresses to bind. On failure returns
// nothing and sets `error` ("name or service not known").
std::vector<Endpoint> resolve(const std::string& host, std::uint16_t port, bool passive,
                              std::string& error);

// "10.0.0.7:51234", "[::1]:9000".
std::string format_endpoint(const sockaddr* address);
std::string host_port(const std::string& host, std::uint16_t port);
// strerror in lower case, to follow a colon: "connection refused".
std::string describe_errno(int err);

// A non-blocking, close-on-exec TCP socket; invalid (errno set) on failure.
Fd tcp_socket(int family);
// Bytes waiting in the socket's receive buffer (FIONREAD); 0 when it cannot tell.
std::int64_t readable_bytes(int fd);
// The port a bound socket got (for port 0).
std::uint16_t local_port(int fd);
// The connection's own address, "127.0.0.1:51234".
std::string local_endpoint(int fd);
std::string peer_endpoint(int fd);

// An eventfd another thread writes to end a poll() early.
class Waker {
public:
    Waker();  // throws std::runtime_error when the system is out of descriptors
    void wake();
    void drain();
    int fd() const { return fd_.get(); }

private:
    Fd fd_;
};

}  // namespace fd::net
