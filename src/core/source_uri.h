// Source URIs, the one way a user names a feed (Feed > Connect, `frauddesk-cli ingest`):
//   file:///path/batch.csv                       a file in any supported format
//   folder:///path/inbox                         a watched drop folder
//   tcp://host:port                              connect to a producer, read NDJSON
//   listen://host:port                           accept producers that push NDJSON
//   kafka://broker[,broker]/topic?group=NAME     a Kafka consumer group
//   sim://?rate=N&seed=S&fraud-rate=R            the built-in simulator
// Any kind takes ?mapping=NAME|FILE (a saved mapping profile). Paths and query values are
// percent-decoded.
#pragma once

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace fd {

enum class SourceKind { File, Folder, Tcp, Listen, Kafka, Sim };
std::string_view source_kind_name(SourceKind kind);  // "file", "folder", ...

// A URI that does not parse; the message says what is wrong and shows the right form.
class SourceUriError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

struct SourceUri {
    SourceKind kind = SourceKind::Sim;
    std::string text;  // as given
    std::string path;  // file, folder: absolute path
    std::string host;  // tcp, listen
    std::uint16_t port = 0;
    std::vector<std::string> brokers;  // kafka: host:port each
    std::string topic;                 // kafka
    std::map<std::string, std::string> query;

    // A query value, or `fallback` when absent.
    std::string param(const std::string& key, const std::string& fallback = {}) const;
    // A numeric query value in [min, max]; throws SourceUriError naming the key otherwise.
    double number(const std::string& key, double fallback, double min, double max) const;
};

// Throws SourceUriError.
SourceUri parse_source_uri(std::string_view text);

// "host:port" as used by the CLI's --connect/--listen; throws SourceUriError.
void parse_host_port(std::string_view text, std::string& host, std::uint16_t& port);

}  // namespace fd
