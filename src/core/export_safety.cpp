#include "export_safety.h"

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

namespace fd {
namespace {

template <typename Number>
std::string shortest(Number value) {
    if (!std::isfinite(value)) return {};
    char buffer[48];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

}  // namespace

std::string neutralise_formula(std::string_view text) {
    if (text.empty()) return {};
    switch (text.front()) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r':
            return "'" + std::string(text);
        default:
            return std::string(text);
    }
}

std::string csv_field(std::string_view text) {
    std::string value = neutralise_formula(text);
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string quoted;
    quoted.reserve(value.size() + 2);
    quoted += '"';
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string csv_number(double value) {
    return shortest(value);
}

std::string csv_number(float value) {
    return shortest(value);
}

std::string json_string(std::string_view text) {
    return nlohmann::json(std::string(text))
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace fd
