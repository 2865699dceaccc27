#include "engine_support.h"

#include <charconv>
#include <cmath>
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
    if (!ms) throw UsageError("--" + name + " '" + *text + "' is not a time: " + error);
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

std::string csv_field(std::string_view text) {
    std::string value(text);
    if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' ||
                           value[0] == '@' || value[0] == '\t' || value[0] == '\r')) {
        value.insert(value.begin(), '\'');
    }
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string csv_number(double value) {
    if (!std::isfinite(value)) return "";
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

AtomicOutput::AtomicOutput(std::string path)
    : path_(std::move(path)), temp_(path_ + ".tmp"), buffer_(1 << 20) {
    file_.rdbuf()->pubsetbuf(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    file_.open(temp_, std::ios::binary | std::ios::trunc);
    if (!file_) {
        throw std::runtime_error("cannot write " + temp_ +
                                 ": check the folder exists and is writable");
    }
}

AtomicOutput::~AtomicOutput() {
    if (committed_) return;
    file_.close();
    std::error_code ec;
    std::filesystem::remove(temp_, ec);
}

void AtomicOutput::commit() {
    file_.flush();
    if (!file_) throw std::runtime_error("writing " + path_ + " failed (disk full?)");
    file_.close();
    std::error_code ec;
    std::filesystem::rename(temp_, path_, ec);
    if (ec)
        throw std::runtime_error("cannot rename " + temp_ + " to " + path_ + ": " + ec.message());
    committed_ = true;
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
