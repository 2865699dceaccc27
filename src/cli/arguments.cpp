#include "arguments.h"

#include <charconv>
#include <cstdio>
#include <iostream>

namespace fd::cli {

std::string CommandSpec::help_text() const {
    return "usage: frauddesk-cli " + synopsis + "\n\n" + description + "\n";
}

Arguments::Arguments(const CommandSpec& spec, const std::vector<std::string>& args) : spec_(spec) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--help" || arg == "-h") {
            help_ = true;
            return;
        }
        if (arg.size() > 2 && arg.compare(0, 2, "--") == 0) {
            std::string name = arg.substr(2);
            std::optional<std::string> inline_value;
            if (const auto eq = name.find('='); eq != std::string::npos) {
                inline_value = name.substr(eq + 1);
                name.resize(eq);
            }
            if (spec.flag_options.count(name)) {
                if (inline_value) throw UsageError("--" + name + " takes no value");
                flags_.insert(name);
            } else if (spec.value_options.count(name)) {
                if (!inline_value) {
                    if (i + 1 >= args.size()) throw UsageError("--" + name + " needs a value");
                    inline_value = args[++i];
                }
                values_[name] = *inline_value;
            } else {
                throw UsageError("unknown option --" + name);
            }
        } else {
            positional_.push_back(arg);
        }
    }
}

std::optional<std::string> Arguments::value(const std::string& name) const {
    const auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second;
}

std::string Arguments::required(const std::string& name) const {
    auto v = value(name);
    if (!v || v->empty()) throw UsageError("--" + name + " is required");
    return *v;
}

std::optional<long long> Arguments::integer(const std::string& name, long long min,
                                            long long max) const {
    const auto text = value(name);
    if (!text) return std::nullopt;
    long long v = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), v);
    if (ec != std::errc() || end != text->data() + text->size() || v < min || v > max)
        throw UsageError("--" + name + " must be a whole number from " + std::to_string(min) +
                         " to " + std::to_string(max) + ", not '" + *text + "'");
    return v;
}

std::optional<double> Arguments::number(const std::string& name, double min, double max) const {
    const auto text = value(name);
    if (!text) return std::nullopt;
    double v = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), v);
    if (ec != std::errc() || end != text->data() + text->size() || !(v >= min && v <= max))
        throw UsageError("--" + name + " must be a number from " + std::to_string(min) + " to " +
                         std::to_string(max) + ", not '" + *text + "'");
    return v;
}

int with_usage(const CommandSpec& spec, const std::vector<std::string>& args,
               int (*body)(const CommandSpec&, const Arguments&)) {
    try {
        Arguments parsed(spec, args);
        if (parsed.help()) {
            std::cout << spec.help_text();
            return kOk;
        }
        return body(spec, parsed);
    } catch (const UsageError& e) {
        std::cerr << "frauddesk-cli " << spec.name << ": " << e.what() << "\n"
                  << "usage: frauddesk-cli " << spec.synopsis << "\n"
                  << "Run 'frauddesk-cli " << spec.name << " --help' for details.\n";
        return kUsage;
    }
}

}  // namespace fd::cli
