#include "engine_support.h"

#include <filesystem>
#include <stdexcept>

#include "core/engine/model_bundle.h"
#include "core/timestamp.h"
#include "storage/transaction_store.h"

namespace fd::cli {

std::int64_t time_option(const Arguments& args, const std::string& name, std::int64_t fallback) {
    const auto text = args.value(name);
    if (!text) return fallback;
    std::string error;
    const auto ms = parse_timestamp_ms(*text, {}, &error);
    if (!ms)
        throw UsageError("--" + name + " '" + *text + "' is not a time: " + error +
                         "; give an ISO-8601 time (2024-03-01T12:00:00Z), a date (2024-03-01) "
                         "or epoch seconds or milliseconds");
    return *ms;
}

Database open_existing(const std::string& path, OpenMode mode, std::string_view command) {
    if (!std::filesystem::is_regular_file(path)) {
        throw std::runtime_error("no database at " + path +
                                 "; create one with 'frauddesk-cli import FILE --db " + path +
                                 "' (command " + std::string(command) + ")");
    }
    return Database(path, mode);
}

std::vector<Transaction> load_history(Database& db, std::int64_t from_ms, std::int64_t until_ms) {
    TransactionStore store(db);
    std::vector<Transaction> history;
    store.scan(from_ms, until_ms, 10000, [&](std::span<const Transaction> batch, auto) {
        history.insert(history.end(), batch.begin(), batch.end());
        return true;
    });
    return history;
}

EnsembleModel load_model_file(const std::string& path) {
    return EnsembleModel::from_bundle(load_bundle_file(path));
}

std::string join_reasons(const std::vector<Reason>& reasons) {
    std::string out;
    for (const auto& r : reasons) {
        if (!out.empty()) out += " | ";
        out += r.text;
    }
    return out;
}

}  // namespace fd::cli
