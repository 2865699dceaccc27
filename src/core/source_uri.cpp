#include "source_uri.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "tr_mark.h"

namespace fd {
namespace {

constexpr std::array<std::pair<std::string_view, SourceKind>, 6> kKinds = {{
    {"file", SourceKind::File},
    {"folder", SourceKind::Folder},
    {"tcp", SourceKind::Tcp},
    {"listen", SourceKind::Listen},
    {"kafka", SourceKind::Kafka},
    {"sim", SourceKind::Sim},
}};

// A core text of its own, so its "or" is translated where it fills a message.
constexpr std::string_view kForms =
    FD_TR("core/Import",
          "file:///path, folder:///path, tcp://host:port, listen://host:port, "
          "kafka://broker[,broker]/topic?group=NAME or sim://?rate=N&seed=S&fraud-rate=R");

// `what` is a core text of its own, so the GUI translates both parts.
[[noreturn]] void fail(std::string_view text, std::string_view what) {
    throw SourceUriError(fill_text(FD_TR("core/Import", "Source '%1': %2"), {text, what}));
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string percent_decode(std::string_view uri, std::string_view text, bool plus_is_space) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            const bool complete = i + 2 < text.size();
            const int hi = complete ? hex_value(text[i + 1]) : -1;
            const int lo = complete ? hex_value(text[i + 2]) : -1;
            if (hi < 0 || lo < 0)
                fail(uri, FD_TR("core/Import",
                                "'%' must be followed by two hex digits (write %25 "
                                "for a percent sign)"));
            const char decoded = static_cast<char>(hi * 16 + lo);
            if (decoded == '\0') fail(uri, FD_TR("core/Import", "%00 (a NUL byte) is not allowed"));
            out.push_back(decoded);
            i += 2;
        } else if (c == '+' && plus_is_space) {
            out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

std::uint16_t parse_port(std::string_view uri, std::string_view text) {
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value == 0 ||
        value > 65535)
        fail(uri, fill_text(FD_TR("core/Import", "the port '%1' is not a number from 1 to 65535"),
                            {text}));
    return static_cast<std::uint16_t>(value);
}

// "host:port" or "[v6]:port".
void split_host_port(std::string_view uri, std::string_view text, std::string& host,
                     std::uint16_t& port) {
    std::size_t colon = std::string_view::npos;
    if (!text.empty() && text.front() == '[') {
        const auto close = text.find(']');
        if (close == std::string_view::npos)
            fail(uri, FD_TR("core/Import", "an IPv6 address needs a closing ']'"));
        host = std::string(text.substr(1, close - 1));
        if (close + 1 >= text.size() || text[close + 1] != ':')
            fail(uri, FD_TR("core/Import", "give a port after the address, as [::1]:9000"));
        colon = close + 1;
    } else {
        colon = text.rfind(':');
        if (colon == std::string_view::npos)
            fail(uri, FD_TR("core/Import", "give a host and a port, as 127.0.0.1:9000"));
        host = std::string(text.substr(0, colon));
        if (host.find(':') != std::string::npos)
            fail(uri, FD_TR("core/Import", "write an IPv6 address in brackets, as [::1]:9000"));
    }
    if (host.empty())
        fail(uri, FD_TR("core/Import",
                        "the host is empty; give a name or an address, as 127.0.0.1:9000"));
    port = parse_port(uri, text.substr(colon + 1));
}

std::map<std::string, std::string> parse_query(std::string_view uri, std::string_view query) {
    std::map<std::string, std::string> out;
    while (!query.empty()) {
        const auto amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (pair.empty()) continue;
        const auto eq = pair.find('=');
        const std::string key = percent_decode(uri, pair.substr(0, eq), true);
        if (key.empty()) fail(uri, FD_TR("core/Import", "a query parameter has no name"));
        const std::string value = eq == std::string_view::npos
                                      ? std::string()
                                      : percent_decode(uri, pair.substr(eq + 1), true);
        if (!out.emplace(key, value).second)
            fail(uri, fill_text(FD_TR("core/Import", "the parameter '%1' is given twice"), {key}));
    }
    return out;
}

void require_known_params(const SourceUri& uri, std::initializer_list<std::string_view> known) {
    for (const auto& [key, value] : uri.query) {
        bool found = key == "mapping";
        for (std::string_view k : known) found = found || key == k;
        if (!found) {
            std::string list = "mapping";
            for (std::string_view k : known) list += ", " + std::string(k);
            fail(uri.text,
                 fill_text(FD_TR("core/Import", "unknown parameter '%1' for %2 (known: %3)"),
                           {key, source_kind_name(uri.kind), list}));
        }
    }
}

}  // namespace

std::string_view source_kind_name(SourceKind kind) {
    for (const auto& [name, k] : kKinds) {
        if (k == kind) return name;
    }
    return "unknown";
}

std::string SourceUri::param(const std::string& key, const std::string& fallback) const {
    const auto it = query.find(key);
    return it == query.end() ? fallback : it->second;
}

double SourceUri::number(const std::string& key, double fallback, double min, double max) const {
    const auto it = query.find(key);
    if (it == query.end()) return fallback;
    const std::string& value = it->second;
    char* end = nullptr;
    const double parsed = value.empty() ? NAN : std::strtod(value.c_str(), &end);
    if (value.empty() || end != value.c_str() + value.size() || !std::isfinite(parsed) ||
        parsed < min || parsed > max) {
        char low[32];
        char high[32];
        std::snprintf(low, sizeof low, "%g", min);
        std::snprintf(high, sizeof high, "%g", max);
        fail(text, fill_text(FD_TR("core/Import", "'%1' must be a number from %2 to %3"),
                             {key + "=" + value, low, high}));
    }
    return parsed;
}

SourceUri parse_source_uri(std::string_view text) {
    SourceUri uri;
    uri.text = std::string(text);
    const auto scheme_end = text.find("://");
    if (scheme_end == std::string_view::npos)
        fail(text, fill_text(FD_TR("core/Import", "not a source URI; write one of %1"), {kForms}));
    const std::string_view scheme = text.substr(0, scheme_end);
    bool known = false;
    for (const auto& [name, kind] : kKinds) {
        if (scheme == name) {
            uri.kind = kind;
            known = true;
        }
    }
    if (!known)
        fail(text, fill_text(FD_TR("core/Import", "unknown kind '%1'; write one of %2"),
                             {scheme, kForms}));

    std::string_view rest = text.substr(scheme_end + 3);
    const auto question = rest.find('?');
    if (question != std::string_view::npos) {
        uri.query = parse_query(text, rest.substr(question + 1));
        rest = rest.substr(0, question);
    }
    const auto slash = rest.find('/');
    const std::string_view authority = rest.substr(0, slash);
    const std::string_view path =
        slash == std::string_view::npos ? std::string_view() : rest.substr(slash);

    switch (uri.kind) {
        case SourceKind::File:
        case SourceKind::Folder:
            if (!authority.empty() && authority != "localhost")
                fail(text, fill_text(FD_TR("core/Import",
                                           "a path must be absolute, as "
                                           "%1:///home/ana/inbox (three slashes)"),
                                     {scheme}));
            if (path.size() < 2) fail(text, FD_TR("core/Import", "the path is empty"));
            uri.path = percent_decode(text, path, false);
            while (uri.kind == SourceKind::Folder && uri.path.size() > 1 && uri.path.back() == '/')
                uri.path.pop_back();
            require_known_params(uri, {"format"});
            break;
        case SourceKind::Tcp:
        case SourceKind::Listen:
            if (!path.empty() && path != "/")
                fail(text, fill_text(FD_TR("core/Import", "a %1 source has no path"), {scheme}));
            split_host_port(text, authority, uri.host, uri.port);
            require_known_params(uri, {});
            break;
        case SourceKind::Kafka: {
            if (authority.empty())
                fail(text,
                     FD_TR("core/Import", "give at least one broker, as kafka://host:9092/topic"));
            std::string_view brokers = authority;
            while (!brokers.empty()) {
                const auto comma = brokers.find(',');
                const std::string_view broker = brokers.substr(0, comma);
                std::string host;
                std::uint16_t port = 0;
                split_host_port(text, broker, host, port);
                uri.brokers.push_back(std::string(broker));
                brokers = comma == std::string_view::npos ? std::string_view()
                                                          : brokers.substr(comma + 1);
            }
            uri.topic =
                path.size() > 1 ? percent_decode(text, path.substr(1), false) : std::string();
            if (uri.topic.empty())
                fail(text, FD_TR("core/Import",
                                 "give a topic after the brokers, as kafka://host:9092/payments"));
            if (uri.topic.find('/') != std::string::npos)
                fail(text, FD_TR("core/Import", "a topic name has no '/'"));
            require_known_params(uri, {"group"});
            if (uri.param("group").empty())
                fail(text, FD_TR("core/Import", "give a consumer group, as ?group=frauddesk"));
            break;
        }
        case SourceKind::Sim:
            if (!authority.empty() || (!path.empty() && path != "/"))
                fail(text, FD_TR("core/Import",
                                 "the simulator takes only parameters, as sim://?rate=200&seed=1"));

            require_known_params(uri, {"rate", "seed", "fraud-rate"});
            uri.number("rate", 200.0, 0.001, 10'000'000.0);
            uri.number("seed", 1.0, 0.0, 9.0e15);
            uri.number("fraud-rate", 0.005, 0.0, 0.5);
            break;
    }
    return uri;
}

void parse_host_port(std::string_view text, std::string& host, std::uint16_t& port) {
    split_host_port(text, text, host, port);
}

}  // namespace fd
