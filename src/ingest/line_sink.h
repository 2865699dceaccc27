// Where the simulator's producer (`frauddesk-cli feed`) sends NDJSON lines: a consumer it
// connects to, consumers that connect to it, or a Kafka topic.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace fd {

class LineSink {
public:
    virtual ~LineSink() = default;
    // Sends one record; `line` has no trailing newline (the sink adds the framing). Blocks
    // while the consumer applies backpressure. Throws std::runtime_error with a message for
    // the user when the sink is gone for good.
    virtual void send(std::string_view line) = 0;
    // Waits until everything sent has left (or been acknowledged, for Kafka).
    virtual void flush() = 0;
    // "tcp://127.0.0.1:9000", "2 consumers on 127.0.0.1:9000", "kafka://b:9092/payments".
    virtual std::string describe() const = 0;
};

// Implemented in kafka_sink.cpp, built only with librdkafka (FD_HAVE_KAFKA). Throws
// std::runtime_error when the producer cannot be created.
std::unique_ptr<LineSink> open_kafka_sink(const std::vector<std::string>& brokers,
                                          const std::string& topic);

}  // namespace fd
