#include "input_file.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "byte_source.h"
#include "csv_reader.h"
#include "json_reader.h"
#include "limits.h"
#include "tr_mark.h"

namespace fd {
namespace {

bool is_blank(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool starts_with_bytes(std::string_view data, std::string_view prefix) {
    return data.substr(0, prefix.size()) == prefix;
}

std::string lower_extension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

// `text` is a template whose %1 is the file's path and %2 takes `value`.
[[noreturn]] void file_error(const std::string& path, std::string_view text,
                             std::string_view value = {}) {
    throw FileError(fill_text(text, {path, value}));
}

// Reads up to kSniffBytes from the start, then rewinds.
std::string read_prefix(ByteSource& source) {
    std::string prefix(kSniffBytes, '\0');
    std::size_t got = 0;
    while (got < prefix.size()) {
        const std::size_t n = source.read(prefix.data() + got, prefix.size() - got);
        if (n == 0) break;
        got += n;
    }
    prefix.resize(got);
    source.seek(0);
    return prefix;
}

// True when the rest of the input after the prefix holds a non-blank byte (only consulted
// when the whole prefix is blank, so it costs nothing for real files).
bool has_content_after_prefix(ByteSource& source, std::size_t prefix_size) {
    source.seek(prefix_size);
    char buffer[16384];
    bool found = false;
    for (std::size_t n; !found && (n = source.read(buffer, sizeof buffer)) > 0;)
        found = std::any_of(buffer, buffer + n,
                            [](char c) { return !is_blank(static_cast<unsigned char>(c)); });
    source.seek(0);
    return found;
}

void check_encoding(const std::string& path, std::string_view head) {
    using namespace std::string_view_literals;
    if (starts_with_bytes(head, "\xFF\xFE\x00\x00"sv) ||
        starts_with_bytes(head, "\x00\x00\xFE\xFF"sv))
        file_error(path, FD_TR("core/Import",
                               "%1: the file is UTF-32 text; save it as UTF-8 and "
                               "import it again."));
    if (starts_with_bytes(head, "\xFF\xFE"sv) || starts_with_bytes(head, "\xFE\xFF"sv))
        file_error(path, FD_TR("core/Import",
                               "%1: the file is UTF-16 text; save it as UTF-8 (in "
                               "Excel: Save As, \"CSV UTF-8\") and import it "
                               "again."));
    struct Signature {
        std::string_view bytes;
        const char* kind;
    };
    static constexpr Signature kCompressed[] = {
        {"PK\x03\x04"sv, FD_TR("core/Import", "a ZIP archive (or an Excel .xlsx workbook)")},
        {"PK\x05\x06"sv, FD_TR("core/Import", "an empty ZIP archive")},
        {"\x1F\x8B"sv, FD_TR("core/Import", "gzip-compressed")},
        {"BZh"sv, FD_TR("core/Import", "bzip2-compressed")},
        {"\xFD\x37\x7A\x58\x5A\x00"sv, FD_TR("core/Import", "xz-compressed")},
        {"\x28\xB5\x2F\xFD"sv, FD_TR("core/Import", "zstd-compressed")},
        {"7z\xBC\xAF\x27\x1C"sv, FD_TR("core/Import", "a 7-Zip archive")},
    };
    for (const Signature& s : kCompressed)
        if (starts_with_bytes(head, s.bytes))
            file_error(path,
                       FD_TR("core/Import",
                             "%1: the file looks compressed (%2); unzip it first "
                             "(or export the sheet as CSV) and import the "
                             "extracted file."),
                       s.kind);
    const auto nuls = static_cast<std::size_t>(std::count(head.begin(), head.end(), '\0'));
    if (nuls * 3 > head.size() && head.size() >= 4 && (head[0] == '\0') != (head[1] == '\0'))
        file_error(path, FD_TR("core/Import",
                               "%1: the file looks like UTF-16 text without a byte "
                               "order mark; save it as UTF-8 and import it again."));
    std::size_t control = 0;
    for (const char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            file_error(path, FD_TR("core/Import",
                                   "%1: the file is binary (it contains NUL "
                                   "bytes), not CSV, JSON or NDJSON text; export "
                                   "the data as CSV or JSON and import that."));
        if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F) ++control;
    }
    if (control * 10 > head.size())
        file_error(path, FD_TR("core/Import",
                               "%1: the file is binary (mostly control bytes), not "
                               "CSV, JSON or NDJSON text; export the data as CSV "
                               "or JSON and import that."));
}

// Whether the text from `start` (a '{') holds a complete object, and nothing else, before
// the first newline (false when the line or the prefix ends first).
bool first_line_is_complete_object(std::string_view text, std::size_t start) {
    std::size_t depth = 0;
    bool in_string = false;
    bool escaped = false;
    for (std::size_t i = start; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') return false;
        if (in_string) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && depth > 0 && --depth == 0) {
            // The rest of the line must be blank.
            for (std::size_t j = i + 1; j < text.size() && text[j] != '\n'; ++j)
                if (!is_blank(static_cast<unsigned char>(text[j]))) return false;
            return true;
        }
    }
    return false;
}

// Whether a non-blank line after the first one starts with '{'.
bool later_line_starts_object(std::string_view text, std::size_t start) {
    std::size_t newline = text.find('\n', start);
    while (newline != std::string_view::npos) {
        std::size_t i = newline + 1;
        while (i < text.size() && is_blank(static_cast<unsigned char>(text[i])) && text[i] != '\n')
            ++i;
        if (i < text.size() && text[i] != '\n') return text[i] == '{';
        newline = i < text.size() ? i : std::string_view::npos;
    }
    return false;
}

InputFormat detect(std::string_view head, std::size_t first, const std::string& ext) {
    const bool ndjson_ext = ext == ".ndjson" || ext == ".jsonl";
    if (head[first] == '[') return InputFormat::Json;
    if (head[first] != '{') return InputFormat::Csv;
    if (!first_line_is_complete_object(head, first))
        return ndjson_ext && head.size() >= kSniffBytes ? InputFormat::Ndjson : InputFormat::Json;
    if (later_line_starts_object(head, first) || ndjson_ext) return InputFormat::Ndjson;
    if (ext == ".json") return InputFormat::Json;
    // One object on one line: a {"transactions": [...]} document, or NDJSON with one record.
    return head.find("\"transactions\"") != std::string_view::npos ? InputFormat::Json
                                                                   : InputFormat::Ndjson;
}

}  // namespace

std::string_view input_format_name(InputFormat format) {
    switch (format) {
        case InputFormat::Auto:
            return "auto";
        case InputFormat::Csv:
            return "csv";
        case InputFormat::Json:
            return "json";
        case InputFormat::Ndjson:
            return "ndjson";
    }
    return "auto";
}

InputFormat input_format_from_name(std::string_view name) {
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "auto") return InputFormat::Auto;
    if (lower == "csv" || lower == "tsv") return InputFormat::Csv;
    if (lower == "json") return InputFormat::Json;
    if (lower == "ndjson" || lower == "jsonl") return InputFormat::Ndjson;
    throw std::invalid_argument(fill_text(
        FD_TR("core/Import", "unknown input format '%1' (expected auto, csv, json or ndjson)"),
        {name}));
}

OpenedInput open_input(const std::string& path, InputFormat format) {
    std::unique_ptr<ByteSource> source = open_file_source(path);  // missing, directory, unreadable
    const std::string head = read_prefix(*source);
    check_encoding(path, head);

    std::size_t first = starts_with_bytes(head, "\xEF\xBB\xBF") ? 3 : 0;
    while (first < head.size() && is_blank(static_cast<unsigned char>(head[first]))) ++first;
    if (first == head.size() &&
        (head.size() < kSniffBytes || !has_content_after_prefix(*source, head.size())))
        file_error(path, head.empty() ? FD_TR("core/Import",
                                              "%1: the file is empty; choose a "
                                              "file that contains data.")
                                      : FD_TR("core/Import",
                                              "%1: the file contains only blank "
                                              "space; choose a file that contains "
                                              "data."));
    if (first == head.size()) first = head.size() - 1;  // data starts beyond the sniffed prefix

    OpenedInput opened;
    opened.size_bytes = source->size();
    opened.format =
        format == InputFormat::Auto ? detect(head, first, lower_extension(path)) : format;
    switch (opened.format) {
        case InputFormat::Json:
            opened.reader = std::make_unique<JsonReader>(
                std::move(source),
                head[first] == '[' ? JsonLayout::Array : JsonLayout::TransactionsObject);
            break;
        case InputFormat::Ndjson:
            opened.reader = std::make_unique<JsonReader>(std::move(source), JsonLayout::Ndjson);
            break;
        case InputFormat::Auto:
        case InputFormat::Csv:
            opened.format = InputFormat::Csv;
            opened.reader = std::make_unique<CsvReader>(std::move(source), CsvOptions{});
            break;
    }
    return opened;
}

}  // namespace fd
