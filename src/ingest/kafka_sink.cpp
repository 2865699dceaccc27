// The simulator's Kafka producer: one message per NDJSON record, keyless (spread over the
// partitions). send() blocks while librdkafka's queue is full; a failed delivery is reported
// by the next call.
#include <chrono>
#include <string>

#include "core/tr_mark.h"
#include "kafka_handles.h"
#include "line_sink.h"

namespace fd {
namespace {

constexpr int kPollMs = 100;
constexpr int kCloseFlushMs = 10000;

class KafkaSink : public LineSink {
public:
    KafkaSink(const std::vector<std::string>& brokers, const std::string& topic)
        : uri_(rdk::uri_text(brokers, topic)), topic_(topic) {
        if (brokers.empty() || topic.empty())
            throw std::runtime_error(fill_text(
                FD_TR("core/Sources", "Kafka sink %1: give brokers and a topic"), {uri_}));
        rdk::Conf conf(rdk::Role::Sink, uri_);
        conf.set("bootstrap.servers", rdk::join_brokers(brokers));
        // No key: a random partition per message rather than librdkafka's sticky batches,
        // so every partition (and every consumer in a group) gets a share at once.
        conf.set("sticky.partitioning.linger.ms", "0");
        conf.set("enable.idempotence", "true");  // retries add no doubles
        rd_kafka_conf_set_opaque(conf.get(), this);
        rd_kafka_conf_set_dr_msg_cb(conf.get(), delivered);
        rd_kafka_conf_set_error_cb(conf.get(), failed);
        rk_ = conf.create(RD_KAFKA_PRODUCER);
    }

    ~KafkaSink() override {
        rd_kafka_flush(rk_, kCloseFlushMs);  // best effort: flush() is the one that reports
        rd_kafka_destroy(rk_);
    }

    void send(std::string_view line) override {
        throw_if_failed();
        for (;;) {
            const rd_kafka_resp_err_t err =
                rd_kafka_producev(rk_, RD_KAFKA_V_TOPIC(topic_.c_str()),
                                  RD_KAFKA_V_VALUE(const_cast<char*>(line.data()), line.size()),
                                  RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
            if (!err) break;
            if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL)
                throw std::runtime_error(
                    fill_text(FD_TR("core/Sources", "Kafka sink %1: cannot send: %2"),
                              {uri_, rd_kafka_err2str(err)}));
            // Backpressure: wait for deliveries to make room.
            rd_kafka_poll(rk_, kPollMs);
            throw_if_failed();
        }
        rd_kafka_poll(rk_, 0);  // serves delivery reports
    }

    void flush() override {
        while (rd_kafka_outq_len(rk_) > 0) {
            rd_kafka_flush(rk_, kPollMs);
            throw_if_failed();
        }
        throw_if_failed();
    }

    std::string describe() const override { return uri_; }

private:
    static void delivered(rd_kafka_t*, const rd_kafka_message_t* message, void* opaque) {
        auto* self = static_cast<KafkaSink*>(opaque);
        if (message->err && self->error_.empty())
            self->error_ = fill_text(FD_TR("core/Sources", "a message was not delivered: %1"),
                                     {rd_kafka_err2str(message->err)});
    }

    // Only fatal errors end the sink; librdkafka retries the others by itself.
    static void failed(rd_kafka_t* rk, int err, const char*, void* opaque) {
        auto* self = static_cast<KafkaSink*>(opaque);
        if (err != RD_KAFKA_RESP_ERR__FATAL || !self->error_.empty()) return;
        char text[512];
        rd_kafka_fatal_error(rk, text, sizeof text);
        self->error_ = text;
    }

    void throw_if_failed() {
        // error_ is librdkafka's fatal error or the template above.
        if (!error_.empty())
            throw std::runtime_error(
                fill_text(FD_TR("core/Sources", "Kafka sink %1: %2"), {uri_, error_}));
    }

    std::string uri_;
    std::string topic_;
    rd_kafka_t* rk_ = nullptr;
    std::string error_;  // set by callbacks, which run inside rd_kafka_poll/flush on our thread
};

}  // namespace

std::unique_ptr<LineSink> open_kafka_sink(const std::vector<std::string>& brokers,
                                          const std::string& topic) {
    return std::make_unique<KafkaSink>(brokers, topic);
}

}  // namespace fd
