#include "kafka_source.h"
#include "core/tr_mark.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "kafka_handles.h"

namespace fd {
namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

constexpr int kPollSliceMs = 100;  // stop() is noticed between polls (and wakes them)
constexpr auto kCommitWait = 10s;  // a commit that takes longer is retried with the next batch
constexpr auto kCommitWaitStopping = 2s;
constexpr auto kCloseWait = 10s;
constexpr int kCommittedLookupMs = 2000;

void rebalance_cb(rd_kafka_t*, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t* parts,
                  void* opaque) {
    static_cast<KafkaSource*>(opaque)->on_rebalance(err, parts);
}

void error_cb(rd_kafka_t*, int err, const char* reason, void* opaque) {
    static_cast<KafkaSource*>(opaque)->on_error(err, reason);
}

int stats_cb(rd_kafka_t*, char* json, std::size_t length, void* opaque) {
    static_cast<KafkaSource*>(opaque)->on_stats(json, length);
    return 0;  // librdkafka frees the text
}

std::string_view trim_end(std::string_view text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ' ||
                             text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

}  // namespace

KafkaSource::KafkaSource(std::vector<std::string> brokers, std::string topic, std::string group,
                         std::optional<MappingProfile> mapping,
                         const std::vector<std::pair<std::string, std::string>>& settings)
    : name_(rdk::uri_text(brokers, topic)),
      topic_(std::move(topic)),
      decoder_(name_, std::move(mapping)) {
    if (brokers.empty() || topic_.empty() || group.empty())
        throw std::runtime_error(
            fill_text(FD_TR("core/Sources",
                            "Kafka source %1: give brokers, a topic and a consumer group, as "
                            "kafka://host:9092/payments?group=frauddesk"),
                      {name_}));
    rdk::Conf conf(rdk::Role::Source, name_);
    conf.set("bootstrap.servers", rdk::join_brokers(brokers));
    conf.set("group.id", group);
    // Offsets move only in committed(), after the rows are durably stored.
    conf.set("enable.auto.commit", "false");
    conf.set("enable.auto.offset.store", "false");
    conf.set("auto.offset.reset", "earliest");
    conf.set("statistics.interval.ms", "1000");  // broker states for status()
    conf.set("reconnect.backoff.max.ms", "2000");
    for (const auto& [key, value] : settings) conf.set(key, value);
    rd_kafka_conf_set_opaque(conf.get(), this);
    rd_kafka_conf_set_rebalance_cb(conf.get(), rebalance_cb);
    rd_kafka_conf_set_error_cb(conf.get(), error_cb);
    rd_kafka_conf_set_stats_cb(conf.get(), stats_cb);
    rk_ = conf.create(RD_KAFKA_CONSUMER);
    rd_kafka_poll_set_consumer(rk_);  // callbacks are served by rd_kafka_consumer_poll
    queue_ = rd_kafka_queue_get_consumer(rk_);

    rdk::PartitionList topics(rd_kafka_topic_partition_list_new(1));
    rd_kafka_topic_partition_list_add(topics.get(), topic_.c_str(), RD_KAFKA_PARTITION_UA);
    if (const rd_kafka_resp_err_t err = rd_kafka_subscribe(rk_, topics.get())) {
        close();
        throw std::runtime_error(
            fill_text(FD_TR("core/Sources", "Kafka source %1: cannot subscribe to topic '%2': %3"),
                      {name_, topic_, rd_kafka_err2str(err)}));
    }
}

KafkaSource::~KafkaSource() {
    close();
}

void KafkaSource::close() {
    if (!rk_) return;
    // Leave the group so the partitions go to another member at once, waiting a bounded time
    // (a broker that is down would otherwise hold us for the session timeout). Nothing is
    // committed here: only committed() does that.
    rdk::Queue closing(rd_kafka_queue_new(rk_));
    if (rd_kafka_error_t* error = rd_kafka_consumer_close_queue(rk_, closing.get())) {
        rd_kafka_error_destroy(error);
    } else {
        const auto until = Clock::now() + kCloseWait;
        while (!rd_kafka_consumer_closed(rk_) && Clock::now() < until) {
            // Events, not callbacks: the close forwards ops that only the event API takes.
            rdk::Event event(rd_kafka_queue_poll(closing.get(), kPollSliceMs));
            if (event && rd_kafka_event_type(event.get()) == RD_KAFKA_EVENT_REBALANCE)
                on_rebalance(rd_kafka_event_error(event.get()),
                             rd_kafka_event_topic_partition_list(event.get()));
        }
    }
    closing.reset();
    rd_kafka_queue_destroy(queue_);
    queue_ = nullptr;
    rd_kafka_destroy_flags(rk_, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
    rk_ = nullptr;
}

bool KafkaSource::next(std::vector<Transaction>& out, std::vector<Arrival>& arrivals,
                       std::size_t max_rows, std::chrono::milliseconds max_wait) {
    {
        std::lock_guard lock(mutex_);
        // fatal_ is librdkafka's own text.
        if (!fatal_.empty())
            throw std::runtime_error(
                fill_text(FD_TR("core/Sources", "Kafka source %1: %2"), {name_, fatal_}));
    }
    const std::size_t start = out.size();
    const auto handed = [&] { return out.size() - start; };
    hand_over(out, arrivals, max_rows);
    const auto deadline = Clock::now() + max_wait;
    while (handed() < max_rows && !stopping_) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        // With rows in hand, take only what is already waiting.
        const int timeout =
            handed() > 0 ? 0 : static_cast<int>(std::clamp<long long>(left, 0, kPollSliceMs));
        rd_kafka_message_t* message = rd_kafka_consumer_poll(rk_, timeout);
        if (!message) {
            if (handed() > 0 || left <= 0) break;
            continue;
        }
        handle(message);
        rd_kafka_message_destroy(message);
        hand_over(out, arrivals, max_rows - handed());
    }
    return !stopping_;
}

void KafkaSource::handle(rd_kafka_message_t* message) {
    if (message->err) {
        const std::string what = rd_kafka_message_errstr(message);
        if (message->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) return;
        std::lock_guard lock(mutex_);
        if (message->err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART ||
            message->err == RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED)
            topic_problem_ = fill_text(FD_TR("core/Sources", "topic '%1': %2"), {topic_, what});
        else
            problem_ = what;
        return;
    }
    const std::string_view payload =
        message->payload
            ? std::string_view(static_cast<const char*>(message->payload), message->len)
            : std::string_view();
    const std::size_t rejects_before = rejects_.size();
    carry_.clear();
    carry_next_ = 0;
    carry_partition_ = message->partition;
    carry_offset_ = message->offset;
    carry_arrival_ = Clock::now();
    const auto offset = static_cast<std::uint64_t>(message->offset);
    const std::string_view body = trim_end(payload);
    Transaction tx;
    if (body.find('\n') == std::string_view::npos) {
        // The usual case: one record per message (an empty one is rejected as empty).
        if (decoder_.decode_record(body, offset, tx, rejects_)) carry_.push_back(std::move(tx));
    } else {
        // Several newline-separated records: each is used; a reject names its line.
        std::uint64_t line = 0;
        std::size_t from = 0;
        while (from <= body.size()) {
            const std::size_t end = std::min(body.find('\n', from), body.size());
            const std::string_view record = body.substr(from, end - from);
            ++line;
            from = end + 1;
            if (trim_end(record).find_first_not_of(" \t") == std::string_view::npos) continue;
            const std::size_t before = rejects_.size();
            if (decoder_.decode_record(record, offset, tx, rejects_))
                carry_.push_back(std::move(tx));
            for (std::size_t i = before; i < rejects_.size(); ++i) rejects_[i].error.line = line;
        }
    }
    const std::string origin = name_ + " partition " + std::to_string(message->partition);
    for (std::size_t i = rejects_before; i < rejects_.size(); ++i) rejects_[i].origin = origin;
    rejected_ += static_cast<std::int64_t>(rejects_.size() - rejects_before);
}

void KafkaSource::hand_over(std::vector<Transaction>& out, std::vector<Arrival>& arrivals,
                            std::size_t max_rows) {
    for (; carry_next_ < carry_.size() && max_rows > 0; --max_rows) {
        out.push_back(std::move(carry_[carry_next_++]));
        arrivals.push_back({carry_arrival_});
        ++rows_read_;
    }
    // A message counts as handed over (its offset may be committed) once all its rows are.
    if (carry_partition_ >= 0 && carry_next_ == carry_.size()) {
        handed_[carry_partition_] = carry_offset_ + 1;
        carry_.clear();
        carry_next_ = 0;
        carry_partition_ = -1;
    }
}

void KafkaSource::committed() {
    if (handed_.empty()) return;
    rdk::PartitionList offsets(rd_kafka_topic_partition_list_new(static_cast<int>(handed_.size())));
    for (const auto& [partition, offset] : handed_)
        rd_kafka_topic_partition_list_add(offsets.get(), topic_.c_str(), partition)->offset =
            offset;
    // Committed through a queue of our own, so the wait is bounded: with the coordinator down
    // a plain synchronous commit would wait for it to come back.
    rdk::Queue replies(rd_kafka_queue_new(rk_));
    if (const rd_kafka_resp_err_t err =
            rd_kafka_commit_queue(rk_, offsets.get(), replies.get(), nullptr, nullptr)) {
        set_problem(fill_text(FD_TR("core/Sources", "committing offsets failed: %1"),
                              {rd_kafka_err2str(err)}));
        return;
    }
    rdk::Event result;
    const auto started = Clock::now();
    while (!result) {
        const auto waited = Clock::now() - started;
        if (waited > kCommitWait || (stopping_ && waited > kCommitWaitStopping)) {
            // Kept in handed_ and committed with the next batch; if we never get there, the
            // messages are delivered again and dropped as duplicates.
            set_problem(FD_TR("core/Sources", "committing offsets timed out"));
            return;
        }
        result.reset(rd_kafka_queue_poll(replies.get(), kPollSliceMs));
        if (result && rd_kafka_event_type(result.get()) != RD_KAFKA_EVENT_OFFSET_COMMIT)
            result.reset();
    }
    if (rd_kafka_event_error(result.get())) {
        set_problem(fill_text(FD_TR("core/Sources", "committing offsets failed: %1"),
                              {rd_kafka_event_error_string(result.get())}));
        return;
    }
    const rd_kafka_topic_partition_list_t* done = rd_kafka_event_topic_partition_list(result.get());
    for (int i = 0; done && i < done->cnt; ++i) {
        const rd_kafka_topic_partition_t& p = done->elems[i];
        const auto it = handed_.find(p.partition);
        if (!p.err && it != handed_.end() && it->second <= p.offset) handed_.erase(it);
    }
}

void KafkaSource::on_rebalance(int err, rd_kafka_topic_partition_list_t* parts) {
    const bool cooperative = std::strcmp(rd_kafka_rebalance_protocol(rk_), "COOPERATIVE") == 0;
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        // Where each partition resumes, for the backlog until its first message arrives.
        rdk::PartitionList start(rd_kafka_topic_partition_list_copy(parts));
        rd_kafka_committed(rk_, start.get(), kCommittedLookupMs);
        {
            std::lock_guard lock(mutex_);
            for (int i = 0; i < start->cnt; ++i)
                assigned_[start->elems[i].partition] =
                    start->elems[i].err ? RD_KAFKA_OFFSET_INVALID : start->elems[i].offset;
            if (!assigned_.empty()) topic_problem_.clear();
        }
        if (cooperative) {
            if (rd_kafka_error_t* error = rd_kafka_incremental_assign(rk_, parts)) {
                set_problem(rd_kafka_error_string(error));
                rd_kafka_error_destroy(error);
            }
        } else if (const rd_kafka_resp_err_t e = rd_kafka_assign(rk_, parts)) {
            set_problem(rd_kafka_err2str(e));
        }
        return;
    }
    // Revoked (or the rebalance failed): what was handed over but not committed for these
    // partitions is their next owner's to read again; the pipeline drops it as duplicates.
    {
        std::lock_guard lock(mutex_);
        for (int i = 0; i < parts->cnt; ++i) {
            const std::int32_t partition = parts->elems[i].partition;
            handed_.erase(partition);
            assigned_.erase(partition);
            if (partition == carry_partition_) {
                carry_.clear();
                carry_next_ = 0;
                carry_partition_ = -1;
            }
        }
        if (!cooperative) assigned_.clear();
        if (err != RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS)
            problem_ = fill_text(FD_TR("core/Sources", "rebalance failed: %1"),
                                 {rd_kafka_err2str(static_cast<rd_kafka_resp_err_t>(err))});
    }
    if (cooperative) {
        if (rd_kafka_error_t* error = rd_kafka_incremental_unassign(rk_, parts))
            rd_kafka_error_destroy(error);
    } else {
        rd_kafka_assign(rk_, nullptr);
    }
}

void KafkaSource::on_error(int err, const char* reason) {
    std::lock_guard lock(mutex_);
    if (err == RD_KAFKA_RESP_ERR__FATAL) {
        char text[512];
        rd_kafka_fatal_error(rk_, text, sizeof text);
        fatal_ = text;
        return;
    }
    if (err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN) {
        brokers_up_ = 0;                // before the next statistics say so
        if (!problem_.empty()) return;  // keep the cause ("connection refused") over the count
    }
    problem_ = reason;
}

void KafkaSource::on_stats(const char* json, std::size_t length) {
    // The statistics list every broker connection with its state; one that is UP is enough
    // to consume (librdkafka moves to another broker when a leader changes).
    int up = 0;
    try {
        const auto stats = nlohmann::json::parse(json, json + length);
        for (const auto& [key, broker] : stats.at("brokers").items()) {
            const std::string source = broker.value("source", "");
            if ((source == "learned" || source == "configured") &&
                broker.value("state", "") == "UP")
                ++up;
        }
    } catch (const nlohmann::json::exception&) {
        return;  // statistics we cannot read change nothing
    }
    std::lock_guard lock(mutex_);
    if (up > 0) {
        if (brokers_up_ == 0 && was_connected_) ++reconnects_;
        was_connected_ = true;
        problem_.clear();
    }
    brokers_up_ = up;
}

void KafkaSource::set_problem(std::string problem) {
    std::lock_guard lock(mutex_);
    problem_ = std::move(problem);
}

void KafkaSource::stop() {
    stopping_ = true;
    if (queue_) rd_kafka_queue_yield(queue_);
}

void KafkaSource::take_rejects(std::vector<SourceReject>& out) {
    for (auto& r : rejects_) out.push_back(std::move(r));
    rejects_.clear();
}

SourceStatus KafkaSource::status() const {
    SourceStatus s;
    s.rows_read = rows_read_.load();
    s.rejects = rejected_.load();
    s.backlog_unit = FD_TR("core/Sources", "messages");
    std::map<std::int32_t, std::int64_t> assigned;
    {
        std::lock_guard lock(mutex_);
        s.reconnects = reconnects_;
        assigned = assigned_;
        const std::size_t n = assigned_.size();
        if (!fatal_.empty())
            s.state = fill_text(FD_TR("core/Sources", "failed: %1"), {fatal_});
        else if (stopping_)
            s.state = FD_TR("core/Sources", "stopped");
        else if (brokers_up_ == 0 || (brokers_up_ < 0 && !problem_.empty()))
            s.state = fill_text(
                FD_TR("core/Sources", "broker down: %1"),
                {problem_.empty() ? FD_TR("core/Sources", "no broker reachable") : problem_});
        else if (brokers_up_ < 0)
            s.state = FD_TR("core/Sources", "connecting");
        else if (n == 0 && !topic_problem_.empty())
            s.state = fill_text(FD_TR("core/Sources", "connected, %1"), {topic_problem_});
        else
            s.state = n == 1 ? FD_TR("core/Sources", "connected, 1 partition")
                             : fill_text(FD_TR("core/Sources", "connected, %1 partitions"),
                                         {std::to_string(n)});
    }
    // Backlog: the high watermark (as of the last fetch) minus the position, or minus the
    // committed offset (else the log start) before a partition's first message.
    if (assigned.empty()) {
        s.backlog = s.state.starts_with("connected") ? 0 : -1;
        return s;
    }
    rdk::PartitionList positions(
        rd_kafka_topic_partition_list_new(static_cast<int>(assigned.size())));
    for (const auto& [partition, committed] : assigned)
        rd_kafka_topic_partition_list_add(positions.get(), topic_.c_str(), partition);
    rd_kafka_position(rk_, positions.get());
    std::int64_t backlog = 0;
    bool known = false;
    for (int i = 0; i < positions->cnt; ++i) {
        const rd_kafka_topic_partition_t& p = positions->elems[i];
        std::int64_t low = -1, high = -1;
        if (rd_kafka_get_watermark_offsets(rk_, topic_.c_str(), p.partition, &low, &high) ||
            high < 0)
            continue;
        const std::int64_t committed = assigned[p.partition];
        const std::int64_t position = p.offset >= 0 ? p.offset : committed >= 0 ? committed : low;
        if (position < 0) continue;
        backlog += std::max<std::int64_t>(0, high - position);
        known = true;
    }
    s.backlog = known ? backlog : -1;
    return s;
}

}  // namespace fd
