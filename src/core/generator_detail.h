// Private to the generator: its random numbers, reference tables and population.
// Everything here is deterministic per seed and independent of the standard library's
// distributions (which differ between implementations).
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <vector>

#include "generator.h"

namespace fd::gen {

// xoshiro256** seeded through splitmix64; our own distributions on top.
class Rng {
public:
    explicit Rng(std::uint64_t seed);
    std::uint64_t next() {
        const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const std::uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    std::uint32_t below(std::uint32_t n) {  // [0, n), n > 0
        return static_cast<std::uint32_t>((static_cast<std::uint64_t>(next() >> 32) * n) >> 32);
    }
    int between(int lo, int hi) {  // inclusive
        return lo + static_cast<int>(below(static_cast<std::uint32_t>(hi - lo + 1)));
    }
    bool chance(double p) { return uniform() < p; }
    double normal();  // polar Box-Muller, caches the second value
    double lognormal(double mu, double sigma) { return std::exp(mu + sigma * normal()); }
    double exponential(double mean) { return -mean * std::log1p(-uniform()); }
    int poisson(double mean);  // Knuth's method; means used here are small

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<std::uint64_t, 4> s_{};
    double spare_ = 0.0;
    bool has_spare_ = false;
};

std::uint64_t splitmix64(std::uint64_t& state);
std::uint64_t mix64(std::uint64_t x);  // stateless hash
double haversine_km(double lat1, double lon1, double lat2, double lon2);

enum class Continent : std::uint8_t { Europe, NorthAmerica, SouthAmerica, Asia, Oceania, Africa };

struct City {
    std::string_view name;
    std::string_view country;
    std::string_view currency;
    double latitude;
    double longitude;
    int utc_offset_minutes;  // standard time; daylight saving is ignored
    Continent continent;
    double weight;  // share of customers and merchants
};
const std::vector<City>& cities();
double currency_per_eur(std::string_view currency);  // rough, keeps amounts realistic

enum class MerchantKind : std::uint8_t { Physical, Online, Atm };

struct Category {
    std::string_view mcc;
    double amount_scale;  // times the customer's typical amount
    double online_share;  // fraction of merchants of this category that sell online
    double weight;        // share of merchants
    bool high_ticket;
};
const std::vector<Category>& categories();
inline constexpr std::uint16_t kAtmCategory = 0;  // categories()[0] is 6011

struct Merchant {
    double latitude;
    double longitude;
    std::uint16_t city;
    std::uint16_t category;
    MerchantKind kind;
};

inline constexpr int kAmountBuckets = 16;  // half octaves from 2^-5 to 2^3 of exp(mu)

struct Customer {
    std::array<char, 16> card{};
    double home_latitude = 0.0;
    double home_longitude = 0.0;
    double mu = 0.0;  // log of the typical amount in the card's currency (before category)
    double sigma = 0.5;
    double minor_per_major = 100.0;  // 10^exponent of the card's currency
    double reference_minor = 1.0;    // exp(mu) in minor units: the amount histogram's unit
    std::int64_t atm_unit_minor = 1000;
    double p_online = 0.1;
    double p_atm = 0.05;
    double p_contactless = 0.5;
    std::uint32_t usual_begin = 0;  // into Population::usual: physical, online, atm
    std::uint8_t n_physical = 0;
    std::uint8_t n_online = 0;
    std::uint8_t n_atm = 0;
    std::uint8_t n_devices = 1;
    std::uint16_t city = 0;
    std::uint8_t chronotype = 1;

    // State while generating.
    std::int64_t last_ms = INT64_MIN;  // any transaction, fraud included
    double last_latitude = 0.0;
    double last_longitude = 0.0;
    std::int64_t last_physical_ms = INT64_MIN;  // legit card-present only
    double physical_latitude = 0.0;
    double physical_longitude = 0.0;
    std::int64_t trip_end_ms = 0;
    std::int32_t trip_city = -1;
    std::int64_t busy_until_ms = INT64_MIN;     // an ongoing fraud incident
    std::int64_t skimmed_until_ms = INT64_MIN;  // a copy of the card awaits its cash-out
    std::int64_t legit_max_minor = 0;
    std::uint32_t legit_count = 0;
    // Legit amounts by half-octave relative to exp(mu): an upper bound of the median so far.
    std::array<std::uint32_t, kAmountBuckets> amount_histogram{};
};

// Customers weighted by activity within one (time zone, chronotype) group: Vose alias table.
struct ActivityGroup {
    int utc_offset_minutes = 0;
    std::uint8_t chronotype = 1;
    double weight = 0.0;
    std::vector<std::uint32_t> members;
    std::vector<double> probability;
    std::vector<std::uint32_t> alias;
    std::uint32_t sample(Rng& rng) const {
        const std::uint32_t i = rng.below(static_cast<std::uint32_t>(members.size()));
        return members[rng.uniform() < probability[i] ? i : alias[i]];
    }
};

struct Population {
    std::vector<Merchant> merchants;
    std::vector<Customer> customers;
    std::vector<std::uint32_t> usual;  // merchant indices, see Customer::usual_begin
    std::vector<std::array<std::vector<std::uint32_t>, 3>> merchants_by_city;  // by kind
    std::vector<std::vector<std::uint32_t>> customers_by_city;
    std::vector<std::vector<std::uint32_t>> online_by_country;  // by country_of_city
    std::vector<std::uint32_t> all_online;
    std::vector<std::uint16_t> country_of_city;  // index into a country list
    std::vector<ActivityGroup> groups;
    std::vector<double> city_cumulative;  // city weights, cumulative
};

Population build_population(const GeneratorConfig& config, std::uint32_t customers,
                            std::uint32_t merchants, Rng& rng);
std::uint16_t pick_city(const Population& population, Rng& rng);

// Daily and weekly seasonality in local time: relative intensity for an hour of the week
// (0 = Monday 00:00) and a chronotype (0 early, 1 normal, 2 late).
double local_intensity(int hour_of_week, int chronotype);

// Nice round unit for ATM withdrawals in a currency (10 EUR, 1000 JPY).
std::int64_t atm_unit_minor(std::string_view currency);

}  // namespace fd::gen
