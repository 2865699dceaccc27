// The generator's reference tables (cities, categories, seasonality), its random numbers
// and the population of customers, cards and merchants built from a seed.
#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <utility>

#include "generator_detail.h"
#include "transaction.h"

namespace fd::gen {

std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t mix64(std::uint64_t x) {
    return splitmix64(x);
}

Rng::Rng(std::uint64_t seed) {
    std::uint64_t state = seed;
    for (auto& word : s_) word = splitmix64(state);
}

double Rng::normal() {
    if (has_spare_) {
        has_spare_ = false;
        return spare_;
    }
    // Marsaglia's polar form of Box-Muller: no trigonometry.
    double x, y, s;
    do {
        x = 2.0 * uniform() - 1.0;
        y = 2.0 * uniform() - 1.0;
        s = x * x + y * y;
    } while (s >= 1.0 || s == 0.0);
    const double factor = std::sqrt(-2.0 * std::log(s) / s);
    spare_ = y * factor;
    has_spare_ = true;
    return x * factor;
}

int Rng::poisson(double mean) {
    const double limit = std::exp(-mean);
    int k = 0;
    double product = uniform();
    while (product > limit && k < 1000) {
        ++k;
        product *= uniform();
    }
    return k;
}

double haversine_km(double lat1, double lon1, double lat2, double lon2) {
    constexpr double kRadians = std::numbers::pi / 180.0;
    const double dlat = (lat2 - lat1) * kRadians;
    const double dlon = (lon2 - lon1) * kRadians;
    const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                     std::cos(lat1 * kRadians) * std::cos(lat2 * kRadians) * std::sin(dlon / 2) *
                         std::sin(dlon / 2);
    return 2.0 * 6371.0 * std::asin(std::min(1.0, std::sqrt(a)));
}

const std::vector<City>& cities() {
    using C = Continent;
    // Real coordinates; weights lean toward the euro area, the UK and the US.
    static const std::vector<City> kCities = {
        {"Paris", "FR", "EUR", 48.8566, 2.3522, 60, C::Europe, 8},
        {"Lyon", "FR", "EUR", 45.7640, 4.8357, 60, C::Europe, 3},
        {"Marseille", "FR", "EUR", 43.2965, 5.3698, 60, C::Europe, 2},
        {"Berlin", "DE", "EUR", 52.5200, 13.4050, 60, C::Europe, 6},
        {"Munich", "DE", "EUR", 48.1351, 11.5820, 60, C::Europe, 3},
        {"Hamburg", "DE", "EUR", 53.5511, 9.9937, 60, C::Europe, 3},
        {"Madrid", "ES", "EUR", 40.4168, -3.7038, 60, C::Europe, 4},
        {"Barcelona", "ES", "EUR", 41.3874, 2.1686, 60, C::Europe, 3},
        {"Rome", "IT", "EUR", 41.9028, 12.4964, 60, C::Europe, 3},
        {"Milan", "IT", "EUR", 45.4642, 9.1900, 60, C::Europe, 3},
        {"Amsterdam", "NL", "EUR", 52.3676, 4.9041, 60, C::Europe, 3},
        {"Brussels", "BE", "EUR", 50.8503, 4.3517, 60, C::Europe, 2},
        {"Dublin", "IE", "EUR", 53.3498, -6.2603, 0, C::Europe, 2},
        {"London", "GB", "GBP", 51.5074, -0.1278, 0, C::Europe, 7},
        {"Manchester", "GB", "GBP", 53.4808, -2.2426, 0, C::Europe, 3},
        {"Zurich", "CH", "CHF", 47.3769, 8.5417, 60, C::Europe, 1},
        {"Stockholm", "SE", "SEK", 59.3293, 18.0686, 60, C::Europe, 1},
        {"Warsaw", "PL", "PLN", 52.2297, 21.0122, 60, C::Europe, 2},
        {"New York", "US", "USD", 40.7128, -74.0060, -300, C::NorthAmerica, 6},
        {"Chicago", "US", "USD", 41.8781, -87.6298, -360, C::NorthAmerica, 3},
        {"Los Angeles", "US", "USD", 34.0522, -118.2437, -480, C::NorthAmerica, 3},
        {"San Francisco", "US", "USD", 37.7749, -122.4194, -480, C::NorthAmerica, 2},
        {"Miami", "US", "USD", 25.7617, -80.1918, -300, C::NorthAmerica, 2},
        {"Toronto", "CA", "CAD", 43.6532, -79.3832, -300, C::NorthAmerica, 2},
        {"Mexico City", "MX", "MXN", 19.4326, -99.1332, -360, C::NorthAmerica, 1},
        {"São Paulo", "BR", "BRL", -23.5505, -46.6333, -180, C::SouthAmerica, 1},
        {"Tokyo", "JP", "JPY", 35.6762, 139.6503, 540, C::Asia, 2},
        {"Singapore", "SG", "SGD", 1.3521, 103.8198, 480, C::Asia, 1},
        {"Hong Kong", "HK", "HKD", 22.3193, 114.1694, 480, C::Asia, 1},
        {"Mumbai", "IN", "INR", 19.0760, 72.8777, 330, C::Asia, 1},
        {"Dubai", "AE", "AED", 25.2048, 55.2708, 240, C::Asia, 1},
        {"Sydney", "AU", "AUD", -33.8688, 151.2093, 600, C::Oceania, 1},
        {"Johannesburg", "ZA", "ZAR", -26.2041, 28.0473, 120, C::Africa, 1},
    };
    return kCities;
}

double currency_per_eur(std::string_view currency) {
    static constexpr std::pair<std::string_view, double> kRates[] = {
        {"EUR", 1.0},  {"USD", 1.1},  {"GBP", 0.85}, {"CHF", 0.95},  {"SEK", 11.5}, {"PLN", 4.3},
        {"CAD", 1.5},  {"MXN", 19.0}, {"BRL", 5.5},  {"JPY", 160.0}, {"SGD", 1.45}, {"HKD", 8.5},
        {"INR", 90.0}, {"AED", 4.0},  {"AUD", 1.65}, {"ZAR", 20.0},
    };
    for (const auto& [code, rate] : kRates)
        if (code == currency) return rate;
    return 1.0;
}

std::int64_t atm_unit_minor(std::string_view currency) {
    // 10 EUR worth, rounded down to 1, 2 or 5 times a power of ten.
    const double value = 10.0 * currency_per_eur(currency);
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    double unit = power;
    if (value >= 5 * power)
        unit = 5 * power;
    else if (value >= 2 * power)
        unit = 2 * power;
    return std::llround(unit * std::pow(10.0, currency_exponent(currency)));
}

const std::vector<Category>& categories() {
    // ISO 18245 merchant category codes. Index 0 must stay the ATM code (kAtmCategory).
    static const std::vector<Category> kCategories = {
        {"6011", 2.0, 0.0, 0.0, false},     // ATM cash withdrawal
        {"5411", 1.0, 0.05, 20.0, false},   // grocery stores, supermarkets
        {"5812", 0.9, 0.0, 14.0, false},    // restaurants
        {"5814", 0.35, 0.05, 10.0, false},  // fast food
        {"5541", 1.3, 0.0, 8.0, false},     // service stations
        {"5311", 1.6, 0.35, 5.0, true},     // department stores
        {"5912", 0.5, 0.1, 6.0, false},     // pharmacies
        {"4111", 0.15, 0.2, 5.0, false},    // local commuter transport
        {"5732", 3.5, 0.45, 4.0, true},     // electronics
        {"5999", 0.8, 0.4, 8.0, false},     // miscellaneous retail
        {"5651", 1.5, 0.35, 6.0, false},    // clothing
        {"5944", 5.0, 0.1, 1.0, true},      // jewellery
        {"4829", 3.0, 0.9, 2.0, true},      // money transfer
        {"7995", 1.5, 0.85, 2.0, false},    // gambling
        {"5735", 0.3, 1.0, 3.0, false},     // digital music and media
        {"4121", 0.6, 0.7, 4.0, false},     // taxis and ride hailing
        {"4511", 8.0, 0.8, 1.5, true},      // airlines
    };
    return kCategories;
}

double local_intensity(int hour_of_week, int chronotype) {
    static constexpr std::array<double, 24> kWeekday = {
        0.25, 0.12, 0.07, 0.05, 0.05, 0.10, 0.30, 0.65, 0.90, 0.95, 1.00, 1.15,
        1.45, 1.35, 1.05, 1.00, 1.10, 1.35, 1.55, 1.50, 1.20, 0.90, 0.60, 0.40};
    static constexpr std::array<double, 24> kWeekend = {
        0.40, 0.25, 0.15, 0.08, 0.05, 0.06, 0.12, 0.25, 0.50, 0.80, 1.10, 1.35,
        1.50, 1.50, 1.40, 1.35, 1.35, 1.35, 1.40, 1.40, 1.20, 1.00, 0.75, 0.55};
    static constexpr std::array<double, 7> kDay = {0.95, 0.95, 1.0, 1.0, 1.15, 1.1, 0.8};
    // An early bird at 06:00 behaves like most people at 08:00; a night owl two hours later.
    const int shift = chronotype == 0 ? 2 : chronotype == 2 ? -2 : 0;
    const int h = ((hour_of_week + shift) % 168 + 168) % 168;
    const int day = h / 24;
    const int hour = h % 24;
    return kDay[static_cast<std::size_t>(day)] * (day >= 5
                                                      ? kWeekend[static_cast<std::size_t>(hour)]
                                                      : kWeekday[static_cast<std::size_t>(hour)]);
}

std::uint16_t pick_city(const Population& population, Rng& rng) {
    const auto& cumulative = population.city_cumulative;
    const double u = rng.uniform() * cumulative.back();
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), u);
    return static_cast<std::uint16_t>(std::min<std::ptrdiff_t>(
        it - cumulative.begin(), static_cast<std::ptrdiff_t>(cumulative.size()) - 1));
}

namespace {

std::array<char, 16> make_card(std::uint32_t index, std::uint64_t seed, Rng& rng) {
    static constexpr std::array<std::string_view, 8> kBins = {
        "453978", "476173", "455673", "492181", "515462", "529856", "543210", "557039"};
    std::array<char, 16> card{};
    const auto bin = kBins[rng.below(kBins.size())];
    std::copy(bin.begin(), bin.end(), card.begin());
    // 3^18 is coprime with 10^9, so distinct customers get distinct account numbers.
    std::uint64_t account = (static_cast<std::uint64_t>(index) * 387420489ULL +
                             mix64(seed ^ 0xca4dULL) % 1000000000ULL) %
                            1000000000ULL;
    for (int i = 14; i >= 6; --i) {
        card[static_cast<std::size_t>(i)] = static_cast<char>('0' + account % 10);
        account /= 10;
    }
    // Luhn: double every second digit from the right, the check digit excluded.
    int sum = 0;
    for (int i = 14, k = 0; i >= 0; --i, ++k) {
        int digit = card[static_cast<std::size_t>(i)] - '0';
        if (k % 2 == 0) {
            digit *= 2;
            if (digit > 9) digit -= 9;
        }
        sum += digit;
    }
    card[15] = static_cast<char>('0' + (10 - sum % 10) % 10);
    return card;
}

std::uint16_t pick_category(Rng& rng, bool online) {
    const auto& list = categories();
    double total = 0.0;
    for (const auto& c : list)
        total += online ? c.weight * c.online_share : c.weight * (1 - c.online_share);
    double u = rng.uniform() * total;
    for (std::size_t i = 1; i < list.size(); ++i) {
        const double w = online ? list[i].weight * list[i].online_share
                                : list[i].weight * (1 - list[i].online_share);
        if (u < w) return static_cast<std::uint16_t>(i);
        u -= w;
    }
    return 1;
}

Merchant make_merchant(std::uint16_t city, MerchantKind kind, std::uint16_t category, Rng& rng) {
    const City& c = cities()[city];
    Merchant m{};
    m.city = city;
    m.kind = kind;
    m.category = category;
    m.latitude = c.latitude + 0.04 * rng.normal();
    m.longitude = c.longitude + 0.04 * rng.normal() /
                                    std::max(0.2, std::cos(c.latitude * std::numbers::pi / 180));
    return m;
}

// The nearest of a few random candidates not already chosen: locality without a spatial index.
std::uint32_t pick_near(const std::vector<std::uint32_t>& candidates, const Population& p,
                        double lat, double lon, const std::uint32_t* taken, std::size_t n_taken,
                        Rng& rng) {
    std::uint32_t best = candidates[rng.below(static_cast<std::uint32_t>(candidates.size()))];
    double best_km = 1e18;
    for (int attempt = 0; attempt < 12; ++attempt) {
        const std::uint32_t m =
            candidates[rng.below(static_cast<std::uint32_t>(candidates.size()))];
        if (std::find(taken, taken + n_taken, m) != taken + n_taken) continue;
        const double km = haversine_km(lat, lon, p.merchants[m].latitude, p.merchants[m].longitude);
        if (km < best_km) {
            best_km = km;
            best = m;
        }
        if (attempt >= 2 && best_km < 1e17) break;
    }
    return best;
}

void build_alias(ActivityGroup& group, const std::vector<double>& activity) {
    const std::size_t n = group.members.size();
    group.probability.assign(n, 1.0);
    group.alias.resize(n);
    double total = 0.0;
    for (auto m : group.members) total += activity[m];
    group.weight = total;
    std::vector<double> scaled(n);
    std::vector<std::uint32_t> small, large;
    for (std::size_t i = 0; i < n; ++i) {
        group.alias[i] = static_cast<std::uint32_t>(i);
        scaled[i] = activity[group.members[i]] * static_cast<double>(n) / total;
        (scaled[i] < 1.0 ? small : large).push_back(static_cast<std::uint32_t>(i));
    }
    while (!small.empty() && !large.empty()) {
        const auto s = small.back();
        small.pop_back();
        const auto l = large.back();
        group.probability[s] = scaled[s];
        group.alias[s] = l;
        scaled[l] = (scaled[l] + scaled[s]) - 1.0;
        if (scaled[l] < 1.0) {
            large.pop_back();
            small.push_back(l);
        }
    }
    // Leftovers are 1 up to rounding; they keep probability 1 (alias to themselves).
}

}  // namespace

Population build_population(const GeneratorConfig& config, std::uint32_t n_customers,
                            std::uint32_t n_merchants, Rng& rng) {
    Population p;
    const auto& city_list = cities();
    const auto n_cities = static_cast<std::uint16_t>(city_list.size());
    double running = 0.0;
    std::vector<std::string_view> countries;
    for (const auto& c : city_list) {
        running += c.weight;
        p.city_cumulative.push_back(running);
        auto it = std::find(countries.begin(), countries.end(), c.country);
        if (it == countries.end()) it = countries.insert(countries.end(), c.country);
        p.country_of_city.push_back(static_cast<std::uint16_t>(it - countries.begin()));
    }
    p.online_by_country.resize(countries.size());
    p.merchants_by_city.resize(n_cities);
    p.customers_by_city.resize(n_cities);

    // Merchants: every city gets a grocery, a restaurant and an ATM; the rest by weight.
    p.merchants.reserve(n_merchants);
    for (std::uint16_t city = 0; city < n_cities; ++city) {
        p.merchants.push_back(make_merchant(city, MerchantKind::Physical, 1, rng));
        p.merchants.push_back(make_merchant(city, MerchantKind::Physical, 2, rng));
        p.merchants.push_back(make_merchant(city, MerchantKind::Atm, kAtmCategory, rng));
        p.merchants.push_back(
            make_merchant(city, MerchantKind::Online, pick_category(rng, true), rng));
    }
    while (p.merchants.size() < n_merchants) {
        const auto city = pick_city(p, rng);
        if (rng.chance(0.08)) {
            p.merchants.push_back(make_merchant(city, MerchantKind::Atm, kAtmCategory, rng));
            continue;
        }
        const bool online = rng.chance(0.22);
        p.merchants.push_back(make_merchant(city,
                                            online ? MerchantKind::Online : MerchantKind::Physical,
                                            pick_category(rng, online), rng));
    }
    auto& all_online = p.all_online;
    for (std::uint32_t i = 0; i < p.merchants.size(); ++i) {
        const auto& m = p.merchants[i];
        p.merchants_by_city[m.city][static_cast<std::size_t>(m.kind)].push_back(i);
        if (m.kind == MerchantKind::Online) {
            p.online_by_country[p.country_of_city[m.city]].push_back(i);
            all_online.push_back(i);
        }
    }

    // Customers, each with one card and habits.
    p.customers.resize(n_customers);
    std::vector<double> activity(n_customers);
    std::map<std::pair<int, int>, std::size_t> group_index;
    for (std::uint32_t i = 0; i < n_customers; ++i) {
        Customer& c = p.customers[i];
        c.card = make_card(i, config.seed, rng);
        c.city = pick_city(p, rng);
        const City& city = city_list[c.city];
        c.home_latitude = city.latitude + 0.04 * rng.normal();
        c.home_longitude = city.longitude + 0.05 * rng.normal();
        const double typical_eur = std::clamp(rng.lognormal(std::log(28.0), 0.75), 5.0, 300.0);
        c.mu = std::log(typical_eur * currency_per_eur(city.currency));
        c.sigma = rng.uniform(0.3, 0.8);
        c.minor_per_major = std::pow(10.0, currency_exponent(city.currency));
        c.reference_minor = std::max(1.0, std::round(std::exp(c.mu) * c.minor_per_major));
        c.atm_unit_minor = atm_unit_minor(city.currency);
        c.p_online = rng.uniform(0.03, 0.35);
        c.p_atm = rng.uniform(0.0, 0.1);
        c.p_contactless = rng.uniform(0.2, 0.85);
        c.n_devices = rng.chance(0.35) ? 2 : 1;
        const double chrono = rng.uniform();
        c.chronotype = chrono < 0.25 ? 0 : chrono < 0.75 ? 1 : 2;
        activity[i] = rng.lognormal(0.0, 0.7);

        const int total = rng.between(5, 20);
        c.n_online = static_cast<std::uint8_t>(rng.between(1, 3));
        c.n_atm = static_cast<std::uint8_t>(rng.chance(0.3) ? 2 : 1);
        c.n_physical = static_cast<std::uint8_t>(std::max(3, total - c.n_online - c.n_atm));
        c.usual_begin = static_cast<std::uint32_t>(p.usual.size());
        const auto& local = p.merchants_by_city[c.city];
        for (int k = 0; k < c.n_physical; ++k)
            p.usual.push_back(pick_near(local[0], p, c.home_latitude, c.home_longitude,
                                        p.usual.data() + c.usual_begin,
                                        p.usual.size() - c.usual_begin, rng));
        const auto& domestic = p.online_by_country[p.country_of_city[c.city]];
        for (int k = 0; k < c.n_online; ++k) {
            const auto& pool = !domestic.empty() && rng.chance(0.65) ? domestic : all_online;
            p.usual.push_back(pool[rng.below(static_cast<std::uint32_t>(pool.size()))]);
        }
        for (int k = 0; k < c.n_atm; ++k)
            p.usual.push_back(pick_near(local[2], p, c.home_latitude, c.home_longitude,
                                        p.usual.data() + c.usual_begin,
                                        p.usual.size() - c.usual_begin, rng));
        p.customers_by_city[c.city].push_back(i);

        const auto key = std::make_pair(city.utc_offset_minutes, static_cast<int>(c.chronotype));
        auto [it, inserted] = group_index.try_emplace(key, p.groups.size());
        if (inserted) {
            p.groups.emplace_back();
            p.groups.back().utc_offset_minutes = key.first;
            p.groups.back().chronotype = c.chronotype;
        }
        p.groups[it->second].members.push_back(i);
    }
    for (auto& group : p.groups) build_alias(group, activity);
    return p;
}

}  // namespace fd::gen
