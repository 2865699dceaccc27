// Geography for the travel features: great-circle distance and which transactions have a
// location that says where the card physically was.
#pragma once

#include <optional>
#include <string_view>

namespace fd {
struct Transaction;
}

namespace fd::features {

struct GeoPoint {
    double latitude = 0;
    double longitude = 0;
};

// Great-circle distance on a sphere of the Earth's mean radius (6371.0 km), in km.
double haversine_km(GeoPoint a, GeoPoint b);

// Online (card-not-present) channels: the merchant's coordinates say nothing about where
// the card was, so these transactions neither get nor give a travel distance.
bool is_remote_channel(std::string_view channel);

// Where the card was: the coordinates when both are present, finite and in range, and the
// channel is card-present (or unknown).
std::optional<GeoPoint> card_location(const Transaction& t);

}  // namespace fd::features
