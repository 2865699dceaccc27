#include "geo.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <numbers>

#include "core/transaction.h"

namespace fd::features {

double haversine_km(GeoPoint a, GeoPoint b) {
    constexpr double kEarthRadiusKm = 6371.0;
    constexpr double kRadians = std::numbers::pi / 180.0;
    const double dlat = (b.latitude - a.latitude) * kRadians;
    const double dlon = (b.longitude - a.longitude) * kRadians;
    const double s = std::sin(dlat / 2) * std::sin(dlat / 2) +
                     std::cos(a.latitude * kRadians) * std::cos(b.latitude * kRadians) *
                         std::sin(dlon / 2) * std::sin(dlon / 2);
    // Clamped: rounding can push s a hair past 1 for antipodal points, and asin would NaN.
    return 2.0 * kEarthRadiusKm * std::asin(std::sqrt(std::clamp(s, 0.0, 1.0)));
}

bool is_remote_channel(std::string_view channel) {
    static constexpr std::array<std::string_view, 8> kRemote = {
        "online", "ecommerce", "e-commerce", "ecom", "cnp", "web", "internet", "moto"};
    const auto equal_ignoring_case = [](std::string_view a, std::string_view b) {
        return a.size() == b.size() &&
               std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                   return std::tolower(static_cast<unsigned char>(x)) ==
                          std::tolower(static_cast<unsigned char>(y));
               });
    };
    return std::any_of(kRemote.begin(), kRemote.end(),
                       [&](std::string_view r) { return equal_ignoring_case(channel, r); });
}

std::optional<GeoPoint> card_location(const Transaction& t) {
    if (!t.latitude || !t.longitude || is_remote_channel(t.channel)) return std::nullopt;
    const double lat = *t.latitude;
    const double lon = *t.longitude;
    if (!std::isfinite(lat) || !std::isfinite(lon) || std::abs(lat) > 90.0 || std::abs(lon) > 180.0)
        return std::nullopt;
    return GeoPoint{lat, lon};
}

}  // namespace fd::features
