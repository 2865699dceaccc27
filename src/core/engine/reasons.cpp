#include "reasons.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/tr_mark.h"
#include "feature_reasons.h"

namespace fd {
namespace {

std::string trim_number(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string text = buffer;
    if (text.find('.') != std::string::npos) {
        while (!text.empty() && text.back() == '0') text.pop_back();
        if (!text.empty() && text.back() == '.') text.pop_back();
    }
    return text == "-0" ? "0" : text;
}

// Groups the whole part of a number in thousands: "-1234567.5" -> "-1,234,567.5".
std::string with_thousands(std::string digits) {
    const bool negative = !digits.empty() && digits[0] == '-';
    const std::size_t start = negative ? 1 : 0;
    const std::size_t end = std::min(digits.find('.'), digits.size());
    for (auto i = static_cast<std::ptrdiff_t>(end) - 3; i > static_cast<std::ptrdiff_t>(start);
         i -= 3) {
        digits.insert(static_cast<std::size_t>(i), 1, ',');
    }
    return digits;
}

std::string or_unknown(const std::string& text) {
    // A value inside a reason sentence, translated on its own.
    return text.empty() ? std::string(FD_TR("core/Reasons", "unknown")) : text;
}

}  // namespace

std::string format_money(std::int64_t amount_minor, std::string_view currency) {
    const std::string plain = format_amount(amount_minor, currency);  // "-1234.56"
    const auto dot = plain.find('.');
    const std::string whole = plain.substr(0, dot);
    return with_thousands(whole) + (dot == std::string::npos ? "" : plain.substr(dot));
}

const std::vector<FeatureReason>& feature_reasons() {
    return detail::kFeatureReasons;
}

const FeatureReason* feature_reason(std::string_view feature) {
    for (const auto& t : feature_reasons())
        if (t.feature == feature) return &t;
    return nullptr;
}

std::string format_reason(std::string_view text, const Transaction& t, double value) {
    std::string out;
    out.reserve(text.size() + 32);
    std::size_t i = 0;
    while (i < text.size()) {
        const auto open = text.find('{', i);
        if (open == std::string_view::npos) {
            out.append(text.substr(i));
            break;
        }
        const auto close = text.find('}', open);
        if (close == std::string_view::npos) {
            out.append(text.substr(i));
            break;
        }
        out.append(text.substr(i, open - i));
        const std::string_view name = text.substr(open + 1, close - open - 1);
        if (name == "amount")
            out += format_money(t.amount_minor, t.currency);
        else if (name == "currency")
            out += t.currency;
        else if (name == "country")
            out += or_unknown(t.country);
        else if (name == "city")
            out += or_unknown(t.city);
        else if (name == "merchant")
            out += or_unknown(t.merchant_id);
        else if (name == "category")
            out += or_unknown(t.merchant_category);
        else if (name == "channel")
            out += or_unknown(t.channel);
        else if (name == "device")
            out += or_unknown(t.device_id);
        else if (name == "value")
            out += with_thousands(trim_number(value, 2));
        else if (name == "value_int")
            out += with_thousands(trim_number(std::round(value), 0));
        else if (name == "count")
            out += with_thousands(trim_number(std::round(value) + 1, 0));
        else if (name == "times")
            out += with_thousands(trim_number(value, value < 10 ? 1 : 0));
        else if (name == "percent")
            out += trim_number(value * 100.0, 1);
        else
            out.append(text.substr(open, close - open + 1));  // not ours: keep verbatim
        i = close + 1;
    }
    return out;
}

std::vector<Reason> pick_reasons(const Transaction& t, std::span<const float> features,
                                 const std::vector<std::string>& feature_names,
                                 std::span<const double> attribution,
                                 std::vector<Reason> rule_reasons, std::size_t top) {
    std::vector<Reason> candidates = std::move(rule_reasons);
    for (std::size_t i = 0;
         i < features.size() && i < attribution.size() && i < feature_names.size(); ++i) {
        if (!(attribution[i] > 0)) continue;
        const FeatureReason* tmpl = feature_reason(feature_names[i]);
        if (!tmpl) continue;
        const double value = features[i];
        const bool risky = tmpl->high_is_risky ? value > tmpl->threshold : value < tmpl->threshold;
        if (!risky) continue;
        candidates.push_back(
            {"feature:" + feature_names[i], format_reason(tmpl->text, t, value), attribution[i]});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Reason& a, const Reason& b) {
        if (a.weight != b.weight) return a.weight > b.weight;
        return a.code < b.code;
    });
    if (candidates.size() > top) candidates.resize(top);
    return candidates;
}

}  // namespace fd
