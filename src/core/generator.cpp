// The generator's engine: a seasonal Poisson process of legit transactions merged with a
// min-heap of scheduled fraud rows, so the stream stays in time order at any length.
//
// Legit traffic: the week is cut into 30-minute UTC slots; each slot's intensity sums, over
// groups of customers sharing a time zone and chronotype, the group's activity times its
// local-time seasonality. The next arrival is sampled exactly from this piecewise-constant
// rate; the customer is a group (by the slot's weights) then a member (alias table, O(1)).
//
// Fraud: a budget grows by fraud_rate for every row written; when it is positive after a
// legit row, one incident is scheduled (its rows pushed into the heap at or after now) and
// its row count is spent. Rows are counted, not incidents, so the rate holds for any mix.
// Fraud uses its own random stream, so scheduling fraud does not shift the legit draws.
#include "generator.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "generator_engine.h"
#include "tr_mark.h"

namespace fd {

namespace {
constexpr std::array<std::string_view, 6> kScenarioTags = {
    kScenarioCardTesting,         kScenarioAccountTakeover, kScenarioImpossibleTravel,
    kScenarioCompromisedTerminal, kScenarioAmountOutlier,   kScenarioVelocityBurst};
}  // namespace

std::vector<std::string_view> all_scenarios() {
    return {kScenarioTags.begin(), kScenarioTags.end()};
}

namespace {

char* write_padded(char* out, std::uint64_t value, int width) {
    char digits[24];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0);
    for (int i = n; i < width; ++i) *out++ = '0';
    while (n > 0) *out++ = digits[--n];
    return out;
}

void set_prefixed(std::string& target, char prefix, std::uint64_t value, int width) {
    char buffer[32];
    buffer[0] = prefix;
    const char* end = write_padded(buffer + 1, value, width);
    target.assign(buffer, static_cast<std::size_t>(end - buffer));
}

void set_device(std::string& target, std::uint64_t device) {
    static constexpr char kHex[] = "0123456789abcdef";
    char buffer[11];
    buffer[0] = 'D';
    for (int i = 0; i < 10; ++i) buffer[1 + i] = kHex[(device >> (4 * (9 - i))) & 0xF];
    target.assign(buffer, sizeof buffer);
}

void set_ip(std::string& target, std::uint32_t ip) {
    char buffer[16];
    char* out = buffer;
    for (int octet = 3; octet >= 0; --octet) {
        out = write_padded(out, (ip >> (8 * octet)) & 0xFF, 1);
        if (octet > 0) *out++ = '.';
    }
    target.assign(buffer, static_cast<std::size_t>(out - buffer));
}

}  // namespace

namespace engine {

// A public-looking IPv4 address: no private, loopback, link-local or multicast ranges.
std::uint32_t public_ip(std::uint64_t bits) {
    auto ip = static_cast<std::uint32_t>(bits);
    std::uint32_t first = 1 + (ip >> 24) % 223;
    if (first == 10 || first == 100 || first == 127 || first == 169 || first == 172 || first == 192)
        first = 81;
    return (first << 24) | (ip & 0xFFFFFF) | 1;
}

}  // namespace engine

Generator::Impl::Impl(GeneratorConfig c) : config(c), legit_rng(0), fraud_rng(0) {
    if (!(config.fraud_rate >= 0.0 && config.fraud_rate <= 0.5))
        throw std::invalid_argument(FD_TR("core/Import", "fraud_rate must be between 0 and 0.5"));
    if (!(config.rows_per_day > 0.0 && std::isfinite(config.rows_per_day)))
        throw std::invalid_argument(FD_TR("core/Import", "rows_per_day must be a positive number"));
    std::uint64_t seeds = config.seed;
    Rng population_rng(splitmix64(seeds));
    // Another stream replays other days of the same people (0 keeps the seed's own days).
    seeds ^= config.stream * 0x9E3779B97F4A7C15ULL;
    legit_rng = Rng(splitmix64(seeds));
    fraud_rng = Rng(splitmix64(seeds));

    const std::uint32_t customers =
        config.customers != 0
            ? config.customers
            : static_cast<std::uint32_t>(std::clamp(config.rows_per_day / 5.0, 1000.0, 200000.0));
    const auto minimum_merchants = static_cast<std::uint32_t>(4 * cities().size());
    const std::uint32_t merchants = std::max(
        minimum_merchants,
        config.merchants != 0 ? config.merchants : std::clamp(customers / 10, 300u, 50000u));
    pop = build_population(config, customers, merchants, population_rng);

    // Seasonal rate per UTC slot of the week, normalised to rows_per_day on average.
    const std::size_t n_groups = pop.groups.size();
    group_cumulative.resize(kSlotsPerWeek * n_groups);
    double week_total = 0.0;
    for (int s = 0; s < kSlotsPerWeek; ++s) {
        double sum = 0.0;
        for (std::size_t g = 0; g < n_groups; ++g) {
            const auto& group = pop.groups[g];
            const int local_minutes = s * 30 + group.utc_offset_minutes;
            const int hour_of_week = ((local_minutes % 10080) + 10080) % 10080 / 60;
            sum += group.weight * local_intensity(hour_of_week, group.chronotype);
            group_cumulative[static_cast<std::size_t>(s) * n_groups + g] = sum;
        }
        rate[static_cast<std::size_t>(s)] = sum;
        week_total += sum * static_cast<double>(kSlot);
    }
    const double scale = config.rows_per_day * 7.0 / week_total;
    for (auto& r : rate) r *= scale;

    double running = 0.0;
    for (int s = 0; s < kScenarioCount; ++s) {
        running += kRowShare[static_cast<std::size_t>(s)] / kMeanRows[static_cast<std::size_t>(s)];
        scenario_cumulative[static_cast<std::size_t>(s)] = running;
    }
    // Enough skimmed terminals at once that each copies about one and a half cards a day.
    const double fraud_per_day =
        config.fraud_rate / (1.0 - config.fraud_rate) * config.rows_per_day;
    const double cards_per_day =
        fraud_per_day * kRowShare[kCompromisedTerminal] / kMeanRows[kCompromisedTerminal];
    terminal_target =
        static_cast<std::size_t>(std::clamp(std::round(cards_per_day / 1.5), 1.0, 2000.0));

    next_legit_ms = static_cast<double>(config.start_ms);
    slot = static_cast<std::int64_t>(std::floor(
        (next_legit_ms + static_cast<double>(kMondayOffset)) / static_cast<double>(kSlot)));
    // Rows are counted when scheduled but written later; start with the backlog a running
    // stream would have (Little's law), so the rate holds from the first rows on. Skimmed
    // cards are cashed out days later, which would swamp the first day with short
    // scenarios; their backlog is made instead by replaying the last days of skimming.
    double mean_delay_ms = 0.0;
    for (int s = 0; s < kScenarioCount; ++s)
        if (s != kCompromisedTerminal)
            mean_delay_ms += kRowShare[static_cast<std::size_t>(s)] *
                             kMeanDelayMinutes[static_cast<std::size_t>(s)] * kMinute;
    budget = fraud_per_day * mean_delay_ms / kDay - fraud_rng.uniform(0.0, 2.0);
    if (config.fraud_rate > 0.0) {
        earliest_ms = config.start_ms;
        const double per_ms = cards_per_day / static_cast<double>(kDay);
        double t = static_cast<double>(config.start_ms - kCashoutLagMax);
        for (;;) {
            t += fraud_rng.exponential(1.0) / per_ms;
            if (t >= static_cast<double>(config.start_ms)) break;
            compromised_terminal(static_cast<std::int64_t>(t));
        }
    }
    advance_legit();
}

void Generator::Impl::advance_legit() {
    double remaining = legit_rng.exponential(1.0);
    for (;;) {
        const double r = rate[static_cast<std::size_t>(((slot % kSlotsPerWeek) + kSlotsPerWeek) %
                                                       kSlotsPerWeek)];
        const double slot_end = static_cast<double>((slot + 1) * kSlot - kMondayOffset);
        const double available = (slot_end - next_legit_ms) * r;
        if (remaining < available) {
            next_legit_ms += remaining / r;
            break;
        }
        remaining -= available;
        next_legit_ms = slot_end;
        ++slot;
    }
    // Choose who pays now and prefetch their record: the random access is the main cost.
    const auto week_slot =
        static_cast<std::size_t>(((slot % kSlotsPerWeek) + kSlotsPerWeek) % kSlotsPerWeek);
    const std::size_t n_groups = pop.groups.size();
    const double* cumulative = group_cumulative.data() + week_slot * n_groups;
    const double u = legit_rng.uniform() * cumulative[n_groups - 1];
    const std::size_t g = std::min<std::size_t>(
        static_cast<std::size_t>(std::upper_bound(cumulative, cumulative + n_groups, u) -
                                 cumulative),
        n_groups - 1);
    next_customer = pop.groups[g].sample(legit_rng);
    const char* record = reinterpret_cast<const char*>(&pop.customers[next_customer]);
    for (std::size_t offset = 0; offset < sizeof(Customer); offset += 64)
        __builtin_prefetch(record + offset);
}

std::uint64_t Generator::Impl::usual_device(std::uint32_t customer, int index) const {
    return (mix64(config.seed ^ (static_cast<std::uint64_t>(customer) << 8) ^
                  static_cast<std::uint64_t>(index) ^ 0xde71ce00000000ULL) &
            0xFFFFFFFFFFULL) |
           1;
}

std::uint32_t Generator::Impl::usual_ip(std::uint32_t customer, int index) const {
    return public_ip(mix64(usual_device(customer, index) ^ 0x1b));
}

std::int64_t Generator::Impl::to_minor(const Customer& c, double major) const {
    return std::max<std::int64_t>(1, std::llround(major * c.minor_per_major));
}

std::int64_t Generator::Impl::typical_amount(const Customer& c, const Merchant& m, double factor,
                                             Rng& rng) const {
    if (m.kind == MerchantKind::Atm) {
        const std::int64_t unit = c.atm_unit_minor;
        const double major = rng.lognormal(c.mu + std::log(2.0), c.sigma) * factor;
        const double units = std::max(
            1.0, std::round(static_cast<double>(to_minor(c, major)) / static_cast<double>(unit)));
        return static_cast<std::int64_t>(units) * unit;
    }
    const double scale = categories()[m.category].amount_scale;
    return to_minor(c, rng.lognormal(c.mu, c.sigma) * scale * factor);
}

std::uint32_t Generator::Impl::random_merchant(std::uint16_t city, MerchantKind kind,
                                               Rng& rng) const {
    const auto& list = pop.merchants_by_city[city][static_cast<std::size_t>(kind)];
    if (!list.empty()) return list[rng.below(static_cast<std::uint32_t>(list.size()))];
    const auto& any = pop.merchants_by_city[city][0];  // every city has physical merchants
    return any[rng.below(static_cast<std::uint32_t>(any.size()))];
}

void Generator::Impl::fill(Transaction& tx, std::int64_t time_ms, std::uint32_t customer,
                           std::uint32_t merchant, std::int64_t amount_minor, Channel channel,
                           std::uint64_t device, std::uint32_t ip) const {
    const Customer& c = pop.customers[customer];
    const Merchant& m = pop.merchants[merchant];
    const City& city = cities()[m.city];
    set_prefixed(tx.id, 'T', next_id, 10);
    tx.timestamp_ms = time_ms;
    tx.card_id.assign(c.card.data(), c.card.size());
    set_prefixed(tx.customer_id, 'C', customer + 1ULL, 8);
    set_prefixed(tx.merchant_id, 'M', merchant + 1ULL, 6);
    tx.merchant_category = categories()[m.category].mcc;
    tx.amount_minor = amount_minor;
    tx.currency = home(c).currency;
    tx.country = city.country;
    tx.city = city.name;
    tx.latitude = m.latitude;
    tx.longitude = m.longitude;
    tx.channel = kChannelNames[channel];
    if (device != 0) set_device(tx.device_id, device);
    if (ip != 0) set_ip(tx.ip, ip);
}

void Generator::Impl::touch(Customer& c, const Merchant& m, std::int64_t time_ms) const {
    c.last_ms = time_ms;
    c.last_latitude = m.latitude;
    c.last_longitude = m.longitude;
}

Transaction Generator::Impl::make_legit() {
    Rng& rng = legit_rng;
    const std::int64_t now = static_cast<std::int64_t>(std::floor(next_legit_ms));
    const std::uint32_t id = next_customer;
    Customer& c = pop.customers[id];

    // Trips: plausible travel only (about 800 km/h at most between card-present uses).
    const bool was_present = c.last_physical_ms != INT64_MIN;
    const double hours_since =
        was_present ? static_cast<double>(now - c.last_physical_ms) / kHour : 1e9;
    if (c.trip_city >= 0 && now >= c.trip_end_ms) {
        const double km = haversine_km(c.physical_latitude, c.physical_longitude, c.home_latitude,
                                       c.home_longitude);
        if (km / 800.0 <= hours_since) c.trip_city = -1;
    } else if (c.trip_city < 0 && rng.chance(0.0015) && c.busy_until_ms < now) {
        std::uint16_t destination = pick_city(pop, rng);
        if (rng.chance(0.6)) {
            const auto other =
                static_cast<std::uint16_t>(rng.below(static_cast<std::uint32_t>(cities().size())));
            if (pop.country_of_city[other] == pop.country_of_city[c.city]) destination = other;
        }
        const auto& d = cities()[destination];
        const double km = was_present ? haversine_km(c.physical_latitude, c.physical_longitude,
                                                     d.latitude, d.longitude)
                                      : 0.0;
        if (destination != c.city && km / 800.0 <= hours_since) {
            c.trip_city = destination;
            c.trip_end_ms = now + static_cast<std::int64_t>(rng.uniform(2.0, 10.0) * kDay);
        }
    }
    const bool travelling = c.trip_city >= 0;
    const auto here = static_cast<std::uint16_t>(travelling ? c.trip_city : c.city);

    std::uint32_t merchant;
    Channel channel;
    std::uint64_t device = 0;
    std::uint32_t ip = 0;
    const std::uint32_t* usual = pop.usual.data() + c.usual_begin;
    const double pick = rng.uniform();
    if (pick < c.p_online) {
        channel = kOnline;
        merchant =
            rng.chance(0.9)
                ? usual[c.n_physical + rng.below(c.n_online)]
                : pop.all_online[rng.below(static_cast<std::uint32_t>(pop.all_online.size()))];
        if (rng.chance(0.003)) {  // a borrowed or new device now and then
            device = (rng.next() & 0xFFFFFFFFFFULL) | 1;
            ip = public_ip(rng.next());
        } else {
            const int which = c.n_devices > 1 && rng.chance(0.25) ? 1 : 0;
            device = usual_device(id, which);
            ip = usual_ip(id, which);
        }
    } else if (pick < c.p_online + c.p_atm) {
        channel = kAtm;
        merchant = !travelling && rng.chance(0.95)
                       ? usual[c.n_physical + c.n_online + rng.below(c.n_atm)]
                       : random_merchant(here, MerchantKind::Atm, rng);
    } else {
        channel = rng.chance(c.p_contactless) ? kContactless : kPos;
        merchant = !travelling && rng.chance(0.92)
                       ? usual[rng.below(c.n_physical)]
                       : random_merchant(here, MerchantKind::Physical, rng);
    }
    const Merchant& m = pop.merchants[merchant];
    const std::int64_t amount = typical_amount(c, m, 1.0, rng);

    Transaction tx;
    fill(tx, now, id, merchant, amount, channel, device, ip);
    tx.label = Label::Legit;
    ++next_id;
    touch(c, m, now);
    if (channel != kOnline) {
        c.last_physical_ms = now;
        c.physical_latitude = m.latitude;
        c.physical_longitude = m.longitude;
    }
    // Amount history for the outlier scenario.
    const double reference = c.reference_minor;
    const int bucket = std::clamp(
        static_cast<int>(std::floor(2.0 * std::log2(static_cast<double>(amount) / reference))) + 10,
        0, kAmountBuckets - 1);
    ++c.amount_histogram[static_cast<std::size_t>(bucket)];
    ++c.legit_count;
    c.legit_max_minor = std::max(c.legit_max_minor, amount);

    advance_legit();
    budget += config.fraud_rate;
    if (budget > 0.0) budget -= schedule_incident(id, now);
    return tx;
}

Transaction Generator::Impl::make_fraud(const Event& e) {
    Rng& rng = fraud_rng;
    Customer& c = pop.customers[e.customer];
    std::uint32_t merchant = e.merchant;
    std::int64_t amount = e.amount_minor;
    if (merchant == kUnresolved) {
        // Impossible travel: far enough from the card's last use to need > 1000 km/h.
        const double hours = std::max(0.0, static_cast<double>(e.time_ms - c.last_ms) / kHour);
        const double needed_km = std::max(2500.0, 1500.0 * hours);
        std::uint16_t best = 0;
        double best_km = -1.0;
        for (int attempt = 0; attempt < 24; ++attempt) {
            const auto city =
                static_cast<std::uint16_t>(rng.below(static_cast<std::uint32_t>(cities().size())));
            const double km = haversine_km(c.last_latitude, c.last_longitude,
                                           cities()[city].latitude, cities()[city].longitude);
            if (km > best_km) {
                best_km = km;
                best = city;
            }
            if (km >= needed_km) break;
        }
        merchant = random_merchant(best, MerchantKind::Physical, rng);
    }
    const Merchant& m = pop.merchants[merchant];
    if (amount < 0)
        amount = e.scenario == kAmountOutlier ? outlier_amount(c)
                                              : typical_amount(c, m, rng.uniform(1.0, 3.0), rng);
    Transaction tx;
    fill(tx, e.time_ms, e.customer, merchant, amount, e.channel, e.device, e.ip);
    tx.label = Label::Fraud;
    tx.scenario = kScenarioTags[e.scenario];
    touch(c, m, e.time_ms);
    ++next_id;
    budget += config.fraud_rate;
    return tx;
}

// At least 10x the median of the card's legit amounts so far: the histogram gives an upper
// bound of that median (the edge of the bucket holding it), and so does the maximum.
std::int64_t Generator::Impl::outlier_amount(const Customer& c) {
    std::int64_t bound = c.legit_max_minor;
    const std::uint32_t needed = c.legit_count / 2 + 1;
    std::uint32_t seen = 0;
    for (int b = 0; b < kAmountBuckets - 1; ++b) {
        seen += c.amount_histogram[static_cast<std::size_t>(b)];
        if (seen >= needed) {
            const double edge = c.reference_minor * std::exp2((b - 9) / 2.0);
            bound = std::min(bound, static_cast<std::int64_t>(std::ceil(edge)));
            break;
        }
    }
    bound = std::max<std::int64_t>(bound, 1);
    return static_cast<std::int64_t>(
        std::ceil(static_cast<double>(bound) * fraud_rng.uniform(10.5, 40.0)));
}

Generator::Generator(GeneratorConfig config) : impl_(std::make_unique<Impl>(config)) {}
Generator::~Generator() = default;
Generator::Generator(Generator&&) noexcept = default;
Generator& Generator::operator=(Generator&&) noexcept = default;

const GeneratorConfig& Generator::config() const {
    return impl_->config;
}

Transaction Generator::next() {
    Impl& impl = *impl_;
    const auto legit_ms = static_cast<std::int64_t>(std::floor(impl.next_legit_ms));
    if (!impl.scheduled.empty() && impl.scheduled.top().time_ms <= legit_ms) {
        const Event event = impl.scheduled.top();
        impl.scheduled.pop();
        return impl.make_fraud(event);  // each make_* advances next_id
    }
    return impl.make_legit();
}

}  // namespace fd
