// What the Kafka source and sink share over librdkafka's C API: owning handles, a
// configuration that throws a message naming the setting, and the URI text they show.
#pragma once

#include <librdkafka/rdkafka.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/tr_mark.h"

namespace fd::rdk {

struct PartitionListFree {
    void operator()(rd_kafka_topic_partition_list_t* p) const {
        rd_kafka_topic_partition_list_destroy(p);
    }
};
struct QueueFree {
    void operator()(rd_kafka_queue_t* q) const { rd_kafka_queue_destroy(q); }
};
struct EventFree {
    void operator()(rd_kafka_event_t* e) const { rd_kafka_event_destroy(e); }
};
using PartitionList = std::unique_ptr<rd_kafka_topic_partition_list_t, PartitionListFree>;
using Queue = std::unique_ptr<rd_kafka_queue_t, QueueFree>;
using Event = std::unique_ptr<rd_kafka_event_t, EventFree>;

inline std::string join_brokers(const std::vector<std::string>& brokers) {
    std::string text;
    for (const auto& b : brokers) text += (text.empty() ? "" : ",") + b;
    return text;
}

// "kafka://b1:9092,b2:9092/payments": names the source, the sink and their rejects.
inline std::string uri_text(const std::vector<std::string>& brokers, const std::string& topic) {
    return "kafka://" + join_brokers(brokers) + "/" + topic;
}

// librdkafka logs to stderr unless told otherwise; neither the app nor its tests want that.
// What matters reaches the error callback, delivery reports and status().
inline void silent_log(const rd_kafka_t*, int, const char*, const char*) {}

// Which client a configuration is for: its messages start "Kafka source <uri>" or
// "Kafka sink <uri>", each a template of its own so the words translate.
enum class Role { Source, Sink };

class Conf {
public:
    Conf(Role role, std::string uri)
        : role_(role), uri_(std::move(uri)), conf_(rd_kafka_conf_new()) {
        rd_kafka_conf_set_log_cb(conf_, silent_log);
    }
    ~Conf() {
        if (conf_) rd_kafka_conf_destroy(conf_);
    }
    Conf(const Conf&) = delete;
    Conf& operator=(const Conf&) = delete;

    void set(const std::string& key, const std::string& value) {
        char error[512];
        if (rd_kafka_conf_set(conf_, key.c_str(), value.c_str(), error, sizeof error) !=
            RD_KAFKA_CONF_OK)
            throw std::runtime_error(fill_text(
                role_ == Role::Source
                    ? FD_TR("core/Sources", "Kafka source %1: the setting %2=%3 was refused: %4")
                    : FD_TR("core/Sources", "Kafka sink %1: the setting %2=%3 was refused: %4"),
                {uri_, key, value, error}));
    }
    rd_kafka_conf_t* get() { return conf_; }
    // The configuration is the client's from here on.
    rd_kafka_t* create(rd_kafka_type_t type) {
        char error[512];
        rd_kafka_t* rk = rd_kafka_new(type, conf_, error, sizeof error);
        if (!rk)
            throw std::runtime_error(fill_text(
                role_ == Role::Source
                    ? FD_TR("core/Sources", "Kafka source %1: cannot create the Kafka client: %2")
                    : FD_TR("core/Sources", "Kafka sink %1: cannot create the Kafka client: %2"),
                {uri_, error}));
        conf_ = nullptr;
        return rk;
    }

private:
    Role role_;
    std::string uri_;
    rd_kafka_conf_t* conf_;
};

}  // namespace fd::rdk
