#include "core/source_uri.h"

#include <gtest/gtest.h>

namespace fd {
namespace {

std::string error_of(std::string_view text) {
    try {
        parse_source_uri(text);
    } catch (const SourceUriError& e) {
        return e.what();
    }
    return {};
}

TEST(SourceUri, ParsesEveryKind) {
    const SourceUri file = parse_source_uri("file:///data/my%20batch.csv?format=csv");
    EXPECT_EQ(file.kind, SourceKind::File);
    EXPECT_EQ(file.path, "/data/my batch.csv");
    EXPECT_EQ(file.param("format"), "csv");

    const SourceUri folder = parse_source_uri("folder:///srv/inbox/");
    EXPECT_EQ(folder.kind, SourceKind::Folder);
    EXPECT_EQ(folder.path, "/srv/inbox");

    const SourceUri tcp = parse_source_uri("tcp://feed.example:9000");
    EXPECT_EQ(tcp.kind, SourceKind::Tcp);
    EXPECT_EQ(tcp.host, "feed.example");
    EXPECT_EQ(tcp.port, 9000);

    const SourceUri listen = parse_source_uri("listen://[::1]:7000?mapping=acme");
    EXPECT_EQ(listen.kind, SourceKind::Listen);
    EXPECT_EQ(listen.host, "::1");
    EXPECT_EQ(listen.port, 7000);
    EXPECT_EQ(listen.param("mapping"), "acme");

    const SourceUri kafka = parse_source_uri("kafka://b1:9092,b2:9093/payments?group=desk+1");
    EXPECT_EQ(kafka.kind, SourceKind::Kafka);
    EXPECT_EQ(kafka.brokers, (std::vector<std::string>{"b1:9092", "b2:9093"}));
    EXPECT_EQ(kafka.topic, "payments");
    EXPECT_EQ(kafka.param("group"), "desk 1");

    const SourceUri sim = parse_source_uri("sim://?rate=5000&seed=7&fraud-rate=0.01");
    EXPECT_EQ(sim.kind, SourceKind::Sim);
    EXPECT_EQ(sim.number("rate", 0, 0, 1e9), 5000);
    EXPECT_EQ(sim.number("seed", 0, 0, 1e9), 7);
    EXPECT_DOUBLE_EQ(sim.number("fraud-rate", 0, 0, 1), 0.01);
    EXPECT_EQ(parse_source_uri("sim://").number("rate", 200, 0, 1e9), 200);
}

TEST(SourceUri, ErrorsSayWhatToWrite) {
    EXPECT_NE(error_of("batch.csv").find("file:///path"), std::string::npos);
    EXPECT_NE(error_of("ftp://x/y").find("unknown kind 'ftp'"), std::string::npos);
    EXPECT_NE(error_of("file://relative/x.csv").find("three slashes"), std::string::npos);
    EXPECT_NE(error_of("tcp://host").find("host and a port"), std::string::npos);
    EXPECT_NE(error_of("tcp://host:0").find("1 to 65535"), std::string::npos);
    EXPECT_NE(error_of("tcp://host:70000").find("1 to 65535"), std::string::npos);
    EXPECT_NE(error_of("tcp://:9000").find("host is empty"), std::string::npos);
    EXPECT_NE(error_of("listen://::1:9000").find("brackets"), std::string::npos);
    EXPECT_NE(error_of("kafka://b:9092/t").find("?group="), std::string::npos);
    EXPECT_NE(error_of("kafka://b:9092?group=g").find("topic"), std::string::npos);
    EXPECT_NE(error_of("sim://?rate=fast").find("'rate=fast' must be a number"), std::string::npos);
    EXPECT_NE(error_of("sim://?fraud-rate=0.9").find("fraud-rate"), std::string::npos);
    EXPECT_NE(error_of("sim://?speed=1").find("unknown parameter 'speed'"), std::string::npos);
    EXPECT_NE(error_of("sim://?rate=1&rate=2").find("given twice"), std::string::npos);
    EXPECT_NE(error_of("file:///a%2").find("two hex digits"), std::string::npos);
    EXPECT_NE(error_of("file:///a%00b").find("NUL"), std::string::npos);
}

TEST(SourceUri, HostPortForTheCli) {
    std::string host;
    std::uint16_t port = 0;
    parse_host_port("127.0.0.1:9100", host, port);
    EXPECT_EQ(host, "127.0.0.1");
    EXPECT_EQ(port, 9100);
    EXPECT_THROW(parse_host_port("9100", host, port), SourceUriError);
}

}  // namespace
}  // namespace fd
