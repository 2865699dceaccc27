// A small, strict command-line parser: known options only, values after "--name" or
// "--name=value", everything else positional. Unknown or incomplete options are usage
// errors (exit code 2).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace fd::cli {

enum ExitCode : int { kOk = 0, kFailure = 1, kUsage = 2, kPartial = 3 };

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct CommandSpec {
    std::string name;
    std::string synopsis;  // "import FILE... --db DB [--mapping NAME|FILE] [--json]"
    std::string description;
    std::set<std::string> value_options;  // without the leading "--"
    std::set<std::string> flag_options;
    std::string help_text() const;
};

class Arguments {
public:
    // Throws UsageError. "--help" sets help() and stops checking the rest.
    Arguments(const CommandSpec& spec, const std::vector<std::string>& args);

    bool help() const { return help_; }
    bool flag(const std::string& name) const { return flags_.count(name) > 0; }
    std::optional<std::string> value(const std::string& name) const;
    std::string required(const std::string& name) const;  // throws UsageError
    // Parses an integer/double option, throwing UsageError naming the option when invalid.
    std::optional<long long> integer(const std::string& name, long long min, long long max) const;
    std::optional<double> number(const std::string& name, double min, double max) const;
    const std::vector<std::string>& positional() const { return positional_; }

private:
    const CommandSpec& spec_;
    bool help_ = false;
    std::set<std::string> flags_;
    std::map<std::string, std::string> values_;
    std::vector<std::string> positional_;
};

// Each command returns its exit code; they print their own errors.
int run_generate(const std::vector<std::string>& args);
int run_import(const std::vector<std::string>& args);
int run_ingest(const std::vector<std::string>& args);
int run_stats(const std::vector<std::string>& args);
int run_features(const std::vector<std::string>& args);
int run_train(const std::vector<std::string>& args);
int run_score(const std::vector<std::string>& args);
int run_eval(const std::vector<std::string>& args);
int run_explain(const std::vector<std::string>& args);
int run_label(const std::vector<std::string>& args);
int run_alerts(const std::vector<std::string>& args);
int run_audit(const std::vector<std::string>& args);
int run_feed(const std::vector<std::string>& args);
int run_export(const std::vector<std::string>& args);
int run_report(const std::vector<std::string>& args);

// Runs `body` and maps a UsageError to a message on stderr plus exit code 2.
int with_usage(const CommandSpec& spec, const std::vector<std::string>& args,
               int (*body)(const CommandSpec&, const Arguments&));

}  // namespace fd::cli
