// The poll loop both network sources share; tcp_source.cpp and listen_source.cpp hold what
// differs (connecting with backoff, accepting producers).
#include "socket_source.h"
#include "core/tr_mark.h"

#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <stdexcept>

namespace fd {
namespace {

// Rejects waiting for the pipeline to take them; beyond this, reading waits for it (a
// producer sending nothing but garbage cannot grow them without bound).
constexpr std::size_t kMaxPendingRejects = 10'000;

int poll_timeout_ms(std::chrono::steady_clock::time_point until,
                    std::chrono::steady_clock::time_point now) {
    if (until <= now) return 0;
    const auto ms = std::chrono::ceil<std::chrono::milliseconds>(until - now).count();
    return static_cast<int>(std::min<std::int64_t>(ms, 60'000));
}

}  // namespace

SocketSource::SocketSource(SocketSourceOptions options, std::optional<MappingProfile> mapping)
    : options_(options),
      mapping_(std::move(mapping)),
      buffer_(std::max<std::size_t>(options.read_buffer_bytes, 1024)) {}

SocketSource::~SocketSource() = default;

void SocketSource::stop() {
    stopping_ = true;
    waker_.wake();
}

bool SocketSource::reading() const {
    return produced_ < max_rows_ && rejects_.size() < kMaxPendingRejects;
}

void SocketSource::hand_over_carried() {
    while (!carried_.empty() && produced_ < max_rows_) {
        out_->push_back(std::move(carried_.front().row));
        arrivals_->push_back(carried_.front().arrival);
        carried_.pop_front();
        ++produced_;
    }
}

bool SocketSource::next(std::vector<Transaction>& out, std::vector<Arrival>& arrivals,
                        std::size_t max_rows, std::chrono::milliseconds max_wait) {
    const auto deadline = Clock::now() + max_wait;
    out_ = &out;
    arrivals_ = &arrivals;
    max_rows_ = max_rows;
    produced_ = 0;
    hand_over_carried();
    while (!stopping_ && produced_ < max_rows_) {
        const auto now = Clock::now();
        fds_.clear();
        polled_.clear();
        fds_.push_back({waker_.fd(), POLLIN, 0});
        auto wake_at = deadline;
        std::size_t own = 0;
        if (reading()) {
            wake_at = std::min(wake_at, prepare(now, fds_));
            own = fds_.size() - 1;
            // Start with a different stream each round so a fast producer cannot starve the
            // others when the batch fills before every stream is read.
            const std::size_t n = streams_.size();
            for (std::size_t i = 0; i < n; ++i) {
                Stream* s = streams_[(rotation_ + i) % n].get();
                fds_.push_back({s->fd.get(), POLLIN, 0});
                polled_.push_back(s);
            }
            if (n > 0) rotation_ = (rotation_ + 1) % n;
        }
        // Once rows are in hand, take only what is already there.
        const int timeout = produced_ > 0 ? 0 : poll_timeout_ms(wake_at, now);
        const int ready = ::poll(fds_.data(), fds_.size(), timeout);
        if (ready < 0) {
            if (errno == EINTR) continue;
            throw std::runtime_error(
                fill_text(FD_TR("core/Sources", "%1: waiting for data failed: %2"),
                          {name(), net::describe_errno(errno)}));
        }
        const auto after = Clock::now();
        if (fds_[0].revents != 0) waker_.drain();
        if (ready > 0) {
            handle(std::span<const pollfd>(fds_).subspan(1, own), after);
            for (std::size_t i = 0; i < polled_.size() && reading(); ++i) {
                if (fds_[1 + own + i].revents == 0) continue;
                Stream& s = *polled_[i];
                int error = 0;
                const Read r = read(s, error);
                if (r == Read::Closed)
                    end_stream(s, FD_TR("core/Sources", "the producer closed the connection"),
                               after);
                if (r == Read::Failed) end_stream(s, net::describe_errno(error), after);
            }
            std::erase_if(streams_, [](const auto& s) { return !s->fd; });
        }
        if (after >= deadline || (produced_ > 0 && ready == 0)) break;
    }
    rows_read_ += static_cast<std::int64_t>(produced_);
    out_ = nullptr;
    arrivals_ = nullptr;
    // After stop() the rows already read are still handed over; then the source has ended.
    return !stopping_ || !carried_.empty();
}

SocketSource::Read SocketSource::read(Stream& stream, int& error) {
    const ssize_t n = ::recv(stream.fd.get(), buffer_.data(), buffer_.size(), 0);
    if (n < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) return Read::Nothing;
        error = errno;
        return Read::Failed;
    }
    if (n == 0) return Read::Closed;
    const Arrival arrival{Clock::now()};  // when the bytes were read: the latency's start
    stream.delivered = true;
    decoded_.clear();
    const std::size_t rejects_before = rejects_.size();
    stream.decoder.feed(std::string_view(buffer_.data(), static_cast<std::size_t>(n)), decoded_,
                        rejects_);
    reject_count_ += static_cast<std::int64_t>(rejects_.size() - rejects_before);
    for (Transaction& t : decoded_) {
        if (produced_ < max_rows_) {
            out_->push_back(std::move(t));
            arrivals_->push_back(arrival);
            ++produced_;
        } else {
            carried_.push_back({std::move(t), arrival});  // read already: kept, never dropped
        }
    }
    return Read::Data;
}

void SocketSource::add_stream(net::Fd fd, std::string origin) {
    auto stream = std::make_unique<Stream>(
        Stream{std::move(fd),
               NdjsonStreamDecoder(std::move(origin), mapping_, options_.max_line_bytes), false});
    {
        std::lock_guard lock(status_mutex_);
        open_fds_.push_back(stream->fd.get());
    }
    streams_.push_back(std::move(stream));
}

void SocketSource::end_stream(Stream& stream, const std::string& reason, Clock::time_point now) {
    const std::size_t rejects_before = rejects_.size();
    stream.decoder.finish(rejects_);  // a line cut off by the close is rejected
    reject_count_ += static_cast<std::int64_t>(rejects_.size() - rejects_before);
    {
        // Closed under the lock so status() never asks about a descriptor reused since.
        std::lock_guard lock(status_mutex_);
        std::erase(open_fds_, stream.fd.get());
        stream.fd.reset();
    }
    stream_ended(stream, reason, now);
}

void SocketSource::take_rejects(std::vector<SourceReject>& out) {
    for (auto& r : rejects_) out.push_back(std::move(r));
    rejects_.clear();
}

std::size_t SocketSource::buffered_bytes() const {
    std::size_t total = 0;
    for (const auto& s : streams_) total += s->decoder.buffered_bytes();
    return total;
}

SourceStatus SocketSource::status() const {
    SourceStatus s;
    s.rows_read = rows_read_.load();
    s.rejects = reject_count_.load();
    s.dropped = 0;  // never drops: a slow pipeline pauses the producers
    s.backlog_unit = FD_TR("core/Sources", "bytes");
    s.backlog = 0;
    std::lock_guard lock(status_mutex_);
    for (const int fd : open_fds_) s.backlog += net::readable_bytes(fd);
    describe(s, Clock::now());
    if (stopping_) s.state = FD_TR("core/Sources", "stopped");
    return s;
}

}  // namespace fd
