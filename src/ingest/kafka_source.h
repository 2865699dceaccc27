// A Kafka consumer-group member (librdkafka's C API) reading NDJSON records: one JSON object
// per message, or several newline-separated ones. Built only with librdkafka (FD_HAVE_KAFKA).
//
// Durability: offsets are neither stored nor committed automatically. committed(), which the
// pipeline calls once a batch is durably in SQLite, commits offset + 1 of every message
// handed over so far, per partition. A crash before that replays the messages to whoever
// owns the partition next, and the pipeline drops them as duplicates of the transaction id:
// at-least-once delivery, no loss, no doubles. A rebalance that takes a partition away drops
// what was not committed for it (its next owner re-reads and deduplicates).
//
// Transient trouble (a broker down, a missing topic) shows in status() and never throws;
// librdkafka reconnects by itself. Only a bad configuration or a fatal client error throws.
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/field_mapping.h"
#include "core/ndjson_stream.h"
#include "core/source_uri.h"
#include "source.h"

struct rd_kafka_s;
struct rd_kafka_queue_s;
struct rd_kafka_message_s;
struct rd_kafka_topic_partition_list_s;

namespace fd {

class KafkaSource : public Source {
public:
    // Extra librdkafka properties (name, value), applied after FraudDesk's own; tests use
    // them to shorten timeouts. Throws std::runtime_error naming the setting when librdkafka
    // refuses one, or when the consumer cannot be created.
    KafkaSource(std::vector<std::string> brokers, std::string topic, std::string group,
                std::optional<MappingProfile> mapping = std::nullopt,
                const std::vector<std::pair<std::string, std::string>>& settings = {});
    ~KafkaSource() override;  // leaves the group cleanly (bounded wait), commits nothing
    KafkaSource(const KafkaSource&) = delete;
    KafkaSource& operator=(const KafkaSource&) = delete;

    std::string name() const override { return name_; }
    bool next(std::vector<Transaction>& out, std::vector<Arrival>& arrivals, std::size_t max_rows,
              std::chrono::milliseconds max_wait) override;
    bool durable() const override { return true; }
    void stop() override;
    SourceStatus status() const override;
    void take_rejects(std::vector<SourceReject>& out) override;
    bool commit_pending() const override { return !handed_.empty(); }
    void committed() override;

    // librdkafka's callbacks, on the thread that polls (next(), the destructor).
    void on_rebalance(int err, rd_kafka_topic_partition_list_s* partitions);
    void on_error(int err, const char* reason);
    void on_stats(const char* json, std::size_t length);

private:
    void handle(rd_kafka_message_s* message);
    void hand_over(std::vector<Transaction>& out, std::vector<Arrival>& arrivals,
                   std::size_t max_rows);
    void set_problem(std::string problem);
    void close();

    std::string name_;
    std::string topic_;
    NdjsonStreamDecoder decoder_;
    rd_kafka_s* rk_ = nullptr;
    rd_kafka_queue_s* queue_ = nullptr;  // the consumer queue, to wake a poll from stop()

    // Worker-thread state.
    std::vector<SourceReject> rejects_;
    std::vector<Transaction> carry_;  // rows of a message that did not fit the last batch
    std::size_t carry_next_ = 0;
    std::int32_t carry_partition_ = -1;
    std::int64_t carry_offset_ = -1;
    std::chrono::steady_clock::time_point carry_arrival_;
    std::map<std::int32_t, std::int64_t> handed_;  // partition -> offset to commit (last + 1)

    // Read by status() from any thread.
    mutable std::mutex mutex_;
    std::map<std::int32_t, std::int64_t> assigned_;  // partition -> committed offset at assign
    std::string problem_;                            // the last error, until a broker is up again
    std::string topic_problem_;  // the topic is missing or not allowed, until assigned
    std::string fatal_;          // set once: next() throws it
    int brokers_up_ = -1;        // from statistics; -1 before the first
    bool was_connected_ = false;
    std::int64_t reconnects_ = 0;
    std::atomic<std::int64_t> rows_read_{0};
    std::atomic<std::int64_t> rejected_{0};
    std::atomic<bool> stopping_{false};
};

}  // namespace fd
