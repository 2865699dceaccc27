#include "ndjson_stream.h"

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <stdexcept>
#include <unordered_map>

#include "limits.h"
#include "record.h"
#include "tr_mark.h"
#include "utf8.h"

namespace fd {
namespace {

constexpr int kMaxNesting = 128;  // as the file readers allow

bool is_ws(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && is_ws(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_ws(text.back())) text.remove_suffix(1);
    return text;
}

struct FlatField {
    std::size_t column;
    std::size_t offset;
    std::size_t length;
    bool present;
};

const char* describe(simdjson::error_code code) {
    switch (code) {
        case simdjson::TAPE_ERROR:
        case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
            return FD_TR("core/Import", "the JSON is cut off or its brackets do not match");
        case simdjson::STRING_ERROR:
        case simdjson::UNCLOSED_STRING:
            return FD_TR("core/Import", "a string is not closed or has a bad escape");
        case simdjson::UNESCAPED_CHARS:
            return FD_TR("core/Import",
                         "a string contains a raw control character; it must be escaped");
        case simdjson::UTF8_ERROR:
            return FD_TR("core/Import", "the line is not valid UTF-8");
        case simdjson::DEPTH_ERROR:
            return FD_TR("core/Import", "objects and arrays are nested too deeply");
        case simdjson::NUMBER_ERROR:
            return FD_TR("core/Import", "a number is not valid JSON or out of range");
        case simdjson::NUMBER_OUT_OF_RANGE:
            return FD_TR("core/Import", "a number is out of range");
        case simdjson::T_ATOM_ERROR:
        case simdjson::F_ATOM_ERROR:
        case simdjson::N_ATOM_ERROR:
            return FD_TR("core/Import", "invalid literal (expected true, false or null)");
        default:
            return FD_TR("core/Import", "the line is not valid JSON");
    }
}

}  // namespace

struct NdjsonStreamDecoder::Impl {
    std::string origin;
    std::optional<MappingProfile> given;
    std::size_t max_line_bytes;
    simdjson::dom::parser parser;

    std::string line;           // the line being assembled, with simdjson's padding reserved
    std::string record_buffer;  // decode_record's copy, padded
    bool oversized = false;
    std::uint64_t line_start = 0;  // stream offset of the line being assembled
    std::uint64_t fed = 0;
    std::uint64_t lines = 0;

    std::vector<std::string> columns;
    std::unordered_map<std::string, std::size_t> column_index;
    std::optional<RecordMapper> mapper;
    std::size_t bound_columns = 0;
    std::string arena, path, error_text;
    std::vector<FlatField> flat;
    Record record;
    RowError row_error;

    Impl(std::string o, std::optional<MappingProfile> m, std::size_t max)
        : origin(std::move(o)), given(std::move(m)), max_line_bytes(max) {
        if (auto e = parser.allocate(4096, kMaxNesting))
            throw std::runtime_error(std::string("JSON parser: ") + simdjson::error_message(e));
        if (given) {
            // The profile's columns exist from the start, so it binds before the first line
            // and a line without an optional column simply lacks it.
            for (const std::string& c : given->columns)
                if (!c.empty()) add_column(c);
            mapper.emplace(*given);
            mapper->bind(columns, origin);
            bound_columns = columns.size();
        }
    }

    std::size_t add_column(const std::string& name) {
        const auto [it, added] = column_index.emplace(name, columns.size());
        if (added) columns.push_back(name);
        return it->second;
    }

    void reject(std::vector<SourceReject>& rejects, std::uint64_t line_no, std::uint64_t offset,
                std::string field, std::string reason, std::string_view raw) {
        SourceReject r;
        r.origin = origin;
        r.offset = offset;
        r.error.line = line_no;
        r.error.field = std::move(field);
        r.error.reason = std::move(reason);
        r.error.raw = replace_invalid_utf8(utf8_prefix(raw, kMaxRawRejectBytes));
        rejects.push_back(std::move(r));
    }

    // Flattens one value under `path`; false with error_text on bad JSON.
    bool flatten(simdjson::dom::element value, int depth) {
        const std::size_t offset = arena.size();
        switch (value.type()) {
            case simdjson::dom::element_type::OBJECT:
                if (depth >= kMaxNesting) return fail(simdjson::DEPTH_ERROR);
                return flatten_members(value.get_object().value_unsafe(), depth + 1);
            case simdjson::dom::element_type::ARRAY:
                arena.append(simdjson::minify(value));
                break;
            case simdjson::dom::element_type::STRING:
                arena.append(value.get_string().value_unsafe());
                break;
            case simdjson::dom::element_type::INT64:
                append_number(value.get_int64().value_unsafe());
                break;
            case simdjson::dom::element_type::UINT64:
                append_number(value.get_uint64().value_unsafe());
                break;
            case simdjson::dom::element_type::DOUBLE:
                append_number(value.get_double().value_unsafe());
                break;
            case simdjson::dom::element_type::BOOL:
                arena.append(value.get_bool().value_unsafe() ? "true" : "false");
                break;
            case simdjson::dom::element_type::NULL_VALUE:
                flat.push_back({add_column(path), offset, 0, false});
                return true;
        }
        flat.push_back({add_column(path), offset, arena.size() - offset, true});
        return true;
    }

    // Numbers as their shortest round-trip text ("12.3" for 12.30): the DOM keeps values,
    // not literals, and the mapper reads the text back exactly.
    template <class Number>
    void append_number(Number n) {
        char text[32];
        const auto result = std::to_chars(text, text + sizeof text, n);
        arena.append(text, result.ptr);
    }

    bool flatten_members(simdjson::dom::object object, int depth) {
        for (const auto [key, value] : object) {
            const std::size_t length = path.size();
            if (!path.empty()) path += '.';
            path.append(key);
            if (!flatten(value, depth)) return false;
            path.resize(length);
        }
        return true;
    }

    bool fail(simdjson::error_code code) {
        error_text = describe(code);
        return false;
    }

    // Parses `json` (which has SIMDJSON_PADDING bytes of room after it) into `record`.
    bool parse(std::string_view json) {
        arena.clear();
        flat.clear();
        path.clear();
        const std::string_view body = trim(json);
        if (body.empty()) {
            error_text = FD_TR("core/Import", "the record is empty");
            return false;
        }
        if (body.front() != '{') {
            const char c = body.front();
            // Whole sentences, so each translation can word the JSON kind its own way.
            error_text =
                c == '['   ? FD_TR("core/Import", "the line is JSON an array, not an object")
                : c == '"' ? FD_TR("core/Import", "the line is JSON a string, not an object")
                : (c == '-' || (c >= '0' && c <= '9'))
                    ? FD_TR("core/Import", "the line is JSON a number, not an object")
                : (c == 't' || c == 'f')
                    ? FD_TR("core/Import", "the line is JSON a boolean, not an object")
                : c == 'n' ? FD_TR("core/Import", "the line is JSON null, not an object")
                           : FD_TR("core/Import",
                                   "the line is not JSON (it should be one object per line)");
            return false;
        }
        simdjson::dom::element root;
        // The whole line must be one document: simdjson rejects anything after the object.
        if (auto e = parser.parse(json.data(), json.size(), false).get(root)) return fail(e);
        simdjson::dom::object object;
        if (auto e = root.get_object().get(object)) return fail(e);
        if (!flatten_members(object, 1)) return false;
        record.fields.assign(columns.size(), FieldValue{});
        for (const FlatField& f : flat)  // later duplicates overwrite earlier ones
            record.fields[f.column] = {std::string_view(arena).substr(f.offset, f.length),
                                       f.present};
        return true;
    }

    // Binds the mapping to the columns seen so far: detected from the data unless given,
    // keeping fields already mapped and mapping newly seen ones.
    bool bind(std::string& why) {
        if (mapper && bound_columns == columns.size()) return true;
        try {
            MappingProfile profile = mapper ? mapper->profile() : detect_mapping(columns);
            if (mapper && !given) {
                const MappingProfile detected = detect_mapping(columns);
                for (int f = 0; f < kCanonicalFieldCount; ++f)
                    if (profile.columns[f].empty()) profile.columns[f] = detected.columns[f];
            }
            RecordMapper next(profile);
            next.bind(columns, origin);
            mapper = std::move(next);
            bound_columns = columns.size();
            return true;
        } catch (const FileError&) {
            why = FD_TR("core/Import",
                        "no amount or timestamp key the mapping recognises; name them "
                        "\"amount\" and \"timestamp\", or connect with ?mapping=NAME");
            return false;
        }
    }

    bool decode(std::string_view json, std::uint64_t line_no, std::uint64_t offset,
                Transaction& out, std::vector<SourceReject>& rejects) {
        const std::size_t known_columns = columns.size();
        const auto roll_back_columns = [&] {  // a rejected line adds no columns
            for (std::size_t k = known_columns; k < columns.size(); ++k)
                column_index.erase(columns[k]);
            columns.resize(known_columns);
        };
        if (!parse(json)) {
            roll_back_columns();
            reject(rejects, line_no, offset, "", error_text, json);
            return false;
        }
        std::string why;
        if (!bind(why)) {
            roll_back_columns();
            reject(rejects, line_no, offset, "", why, json);
            return false;
        }
        record.line = line_no;
        record.raw = utf8_prefix(json, kMaxRawRejectBytes);
        if (!mapper->map(record, out, row_error)) {
            reject(rejects, line_no, offset, row_error.field, row_error.reason, json);
            return false;
        }
        return true;
    }

    void end_line(std::vector<Transaction>& out, std::vector<SourceReject>& rejects) {
        ++lines;
        if (oversized) {
            reject(rejects, lines, line_start, "",
                   fill_text(FD_TR("core/Import",
                                   "the line is longer than %1 KiB and was "
                                   "dropped; send one transaction per line"),
                             {std::to_string(max_line_bytes >> 10)}),
                   line);
        } else if (!trim(line).empty()) {
            line.reserve(line.size() + simdjson::SIMDJSON_PADDING);
            Transaction tx;
            if (decode(line, lines, line_start, tx, rejects)) out.push_back(std::move(tx));
        }
        line.clear();
        oversized = false;
    }

    void append(std::string_view bytes) {
        if (oversized) {
            // Keep only the reject's prefix of an oversized line.
            if (line.size() < kMaxRawRejectBytes)
                line.append(bytes.substr(0, kMaxRawRejectBytes - line.size()));
            return;
        }
        if (line.size() + bytes.size() > max_line_bytes) {
            oversized = true;
            line.resize(std::min(line.size(), kMaxRawRejectBytes));
            line.shrink_to_fit();  // give back the memory the long line took
            append(bytes);
            return;
        }
        line.append(bytes);
    }
};

NdjsonStreamDecoder::NdjsonStreamDecoder(std::string origin, std::optional<MappingProfile> mapping,
                                         std::size_t max_line_bytes)
    : impl_(std::make_unique<Impl>(std::move(origin), std::move(mapping),
                                   std::max<std::size_t>(max_line_bytes, 2))) {}

NdjsonStreamDecoder::~NdjsonStreamDecoder() = default;
NdjsonStreamDecoder::NdjsonStreamDecoder(NdjsonStreamDecoder&&) noexcept = default;
NdjsonStreamDecoder& NdjsonStreamDecoder::operator=(NdjsonStreamDecoder&&) noexcept = default;

std::size_t NdjsonStreamDecoder::feed(std::string_view bytes, std::vector<Transaction>& out,
                                      std::vector<SourceReject>& rejects) {
    Impl& d = *impl_;
    std::size_t completed = 0;
    while (!bytes.empty()) {
        const std::size_t newline = bytes.find('\n');
        const std::size_t take = newline == std::string_view::npos ? bytes.size() : newline;
        d.append(bytes.substr(0, take));
        d.fed += take;
        bytes.remove_prefix(take);
        if (newline == std::string_view::npos) break;
        bytes.remove_prefix(1);
        ++d.fed;
        d.end_line(out, rejects);
        d.line_start = d.fed;
        ++completed;
    }
    return completed;
}

void NdjsonStreamDecoder::finish(std::vector<SourceReject>& rejects) {
    Impl& d = *impl_;
    if (!d.oversized && trim(d.line).empty()) {
        d.line.clear();
        return;
    }
    ++d.lines;
    d.reject(rejects, d.lines, d.line_start, "",
             FD_TR("core/Import",
                   "the stream ended in the middle of this line (no newline "
                   "after it); the producer must end every record with a newline"),
             d.line);
    d.line.clear();
    d.oversized = false;
    d.line_start = d.fed;
}

bool NdjsonStreamDecoder::decode_record(std::string_view json, std::uint64_t offset,
                                        Transaction& out, std::vector<SourceReject>& rejects) {
    Impl& d = *impl_;
    ++d.lines;
    if (json.size() > d.max_line_bytes) {
        d.reject(rejects, 0, offset, "",
                 fill_text(FD_TR("core/Import", "the record is longer than %1 KiB and was dropped"),
                           {std::to_string(d.max_line_bytes >> 10)}),
                 json);
        return false;
    }
    std::string& buffer = d.record_buffer;
    buffer.assign(json);
    buffer.reserve(buffer.size() + simdjson::SIMDJSON_PADDING);
    const bool ok = d.decode(buffer, 0, offset, out, rejects);
    buffer.clear();
    return ok;
}

std::uint64_t NdjsonStreamDecoder::lines() const {
    return impl_->lines;
}

std::uint64_t NdjsonStreamDecoder::bytes() const {
    return impl_->fed;
}

std::size_t NdjsonStreamDecoder::buffered_bytes() const {
    return impl_->line.size();
}

const std::string& NdjsonStreamDecoder::origin() const {
    return impl_->origin;
}

}  // namespace fd
