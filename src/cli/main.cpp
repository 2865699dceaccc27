// frauddesk-cli: every FraudDesk job that needs no window.
#include <iostream>
#include <string>
#include <vector>

#include "arguments.h"

namespace {

struct Command {
    const char* name;
    const char* summary;
    int (*run)(const std::vector<std::string>&);
};

const Command kCommands[] = {
    {"generate", "write synthetic labelled transactions (CSV, NDJSON or JSON)",
     fd::cli::run_generate},
    {"import", "import transaction files into a database", fd::cli::run_import},
    {"ingest", "run a file, drop folder or live feed into a database", fd::cli::run_ingest},
    {"stats", "summarise a database", fd::cli::run_stats},
    {"features", "write the feature matrix of stored transactions", fd::cli::run_features},
    {"train", "train a scoring model and write a model bundle", fd::cli::run_train},
    {"score", "score a file or stored transactions with a model", fd::cli::run_score},
    {"eval", "measure a model on labelled transactions", fd::cli::run_eval},
    {"explain", "explain one transaction's score", fd::cli::run_explain},
    {"label", "record an analyst's decision on a transaction", fd::cli::run_label},
    {"alerts", "list alerts by priority", fd::cli::run_alerts},
    {"audit", "verify the audit log's hash chain", fd::cli::run_audit},
    {"export", "export alerts, labels, transactions, the training set or the audit log",
     fd::cli::run_export},
    {"report", "write a period or case report (PDF or HTML)", fd::cli::run_report},
    {"feed", "run the simulator as a live NDJSON producer (TCP or Kafka)", fd::cli::run_feed},
};

void print_usage(std::ostream& out) {
    out << "usage: frauddesk-cli COMMAND [OPTIONS]\n\ncommands:\n";
    for (const auto& c : kCommands)
        out << "  " << c.name << std::string(10 - std::string(c.name).size(), ' ') << c.summary
            << "\n";
    out << "\nRun 'frauddesk-cli COMMAND --help' for a command's options.\n"
           "Exit codes: 0 success, 1 failure, 2 usage error, 3 some rows rejected.\n";
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        print_usage(std::cerr);
        return fd::cli::kUsage;
    }
    if (args[0] == "--version" || args[0] == "-V") {
        std::cout << "frauddesk-cli " << FD_VERSION << "\n";
        return fd::cli::kOk;
    }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        print_usage(std::cout);
        return fd::cli::kOk;
    }
    for (const auto& command : kCommands) {
        if (args[0] == command.name)
            return command.run(std::vector<std::string>(args.begin() + 1, args.end()));
    }
    std::cerr << "frauddesk-cli: unknown command '" << args[0] << "'\n";
    print_usage(std::cerr);
    return fd::cli::kUsage;
}
