// The fraud scenarios: each schedules its rows into the engine's time-ordered heap, at or
// after the current time, and returns how many rows it scheduled.
#include <algorithm>
#include <cmath>

#include "generator_engine.h"

namespace fd {

void Generator::Impl::push(std::int64_t time_ms, std::uint32_t customer, std::uint32_t merchant,
                           std::int64_t amount_minor, Channel channel, std::uint64_t device,
                           std::uint32_t ip, Scenario scenario) {
    if (time_ms < earliest_ms) return;  // replayed history before the stream starts
    scheduled.push(Event{time_ms, sequence++, amount_minor, device, customer, merchant, ip,
                         scenario, channel});
    // A card stays out of new incidents for a while, so incidents do not run together. A
    // skimmed card is not held for the days until its clone is used: at high fraud rates
    // that would leave no card free for the other scenarios.
    if (scenario == kCompromisedTerminal) return;
    Customer& c = pop.customers[customer];
    c.busy_until_ms = std::max(c.busy_until_ms, time_ms + 2 * kHour);
}

std::uint32_t Generator::Impl::pick_free_customer(std::int64_t now) {
    const auto n = static_cast<std::uint32_t>(pop.customers.size());
    std::uint32_t id = fraud_rng.below(n);
    for (int attempt = 0; attempt < 16 && pop.customers[id].busy_until_ms >= now; ++attempt)
        id = fraud_rng.below(n);
    return id;
}

int Generator::Impl::sorted_offsets(std::int64_t span_ms, int n,
                                    std::array<std::int64_t, 32>& out) {
    n = std::clamp(n, 1, static_cast<int>(out.size()));
    for (int i = 0; i < n; ++i)
        out[static_cast<std::size_t>(i)] =
            static_cast<std::int64_t>(fraud_rng.uniform() * static_cast<double>(span_ms));
    std::sort(out.begin(), out.begin() + n);
    return n;
}

int Generator::Impl::schedule_incident(std::uint32_t trigger, std::int64_t now) {
    const double u = fraud_rng.uniform() * scenario_cumulative.back();
    int scenario = 0;
    while (scenario < kScenarioCount - 1 &&
           u >= scenario_cumulative[static_cast<std::size_t>(scenario)])
        ++scenario;
    int rows = 0;
    switch (static_cast<Scenario>(scenario)) {
        case kCardTesting:
            rows = card_testing(now);
            break;
        case kAccountTakeover:
            rows = account_takeover(now);
            break;
        case kImpossibleTravel:
            rows = impossible_travel(trigger, now);
            break;
        case kAmountOutlier:
            rows = amount_outlier(trigger, now);
            break;
        case kVelocityBurst:
            rows = velocity_burst(now);
            break;
        case kCompromisedTerminal:
        case kScenarioCount:
            break;
    }
    // Compromised terminals always apply, so a scenario that could not is replaced by one.
    if (rows == 0) rows = compromised_terminal(now);
    return rows;
}

// Stolen card numbers checked with tiny online payments, minutes apart, at unusual merchants.
int Generator::Impl::card_testing(std::int64_t now) {
    Rng& rng = fraud_rng;
    const std::uint32_t id = pick_free_customer(now);
    const Customer& c = pop.customers[id];
    std::array<std::uint32_t, 3> shops{};
    const int n_shops = rng.between(1, 3);
    for (int i = 0; i < n_shops; ++i)
        shops[static_cast<std::size_t>(i)] =
            pop.all_online[rng.below(static_cast<std::uint32_t>(pop.all_online.size()))];
    const std::uint64_t device = (rng.next() & 0xFFFFFFFFFFULL) | 1;
    const std::uint32_t ip = public_ip(rng.next());
    const double fx = currency_per_eur(home(c).currency);
    std::array<std::int64_t, 32> offsets{};
    const int n = sorted_offsets(static_cast<std::int64_t>(rng.uniform(2.0, 15.0) * kMinute),
                                 rng.between(5, 20), offsets);
    const std::int64_t start = now + static_cast<std::int64_t>(rng.uniform(0.0, 10.0) * kMinute);
    for (int i = 0; i < n; ++i) {
        const std::int64_t amount = to_minor(c, rng.uniform(0.5, 3.0) * fx);
        if (rng.chance(0.9)) {
            push(start + offsets[static_cast<std::size_t>(i)], id,
                 shops[rng.below(static_cast<std::uint32_t>(n_shops))], amount, kOnline, device, ip,
                 kCardTesting);
        } else {
            const auto city =
                static_cast<std::uint16_t>(rng.below(static_cast<std::uint32_t>(cities().size())));
            push(start + offsets[static_cast<std::size_t>(i)], id,
                 random_merchant(city, MerchantKind::Physical, rng), amount, kPos, 0, 0,
                 kCardTesting);
        }
    }
    return n;
}

// Someone else holds the account: new device, another country, large spending for an hour or two.
int Generator::Impl::account_takeover(std::int64_t now) {
    Rng& rng = fraud_rng;
    const std::uint32_t id = pick_free_customer(now);
    const Customer& c = pop.customers[id];
    // Neither the home country nor the one the customer is travelling in.
    const auto home_country = pop.country_of_city[c.city];
    const auto trip_country = c.trip_city >= 0
                                  ? pop.country_of_city[static_cast<std::size_t>(c.trip_city)]
                                  : home_country;
    const auto familiar = [&](std::uint16_t city) {
        return pop.country_of_city[city] == home_country ||
               pop.country_of_city[city] == trip_country;
    };
    const bool near = rng.chance(0.5);
    std::uint16_t city = c.city;
    for (int attempt = 0; attempt < 32; ++attempt) {
        const auto candidate = pick_city(pop, rng);
        if (familiar(candidate)) continue;
        city = candidate;
        if (!near || cities()[candidate].continent == home(c).continent) break;
    }
    if (familiar(city)) return 0;
    const std::uint64_t device = (rng.next() & 0xFFFFFFFFFFULL) | 1;
    const std::uint32_t ip = public_ip(rng.next());
    std::array<std::int64_t, 32> offsets{};
    const int n = sorted_offsets(static_cast<std::int64_t>(rng.uniform(30.0, 150.0) * kMinute),
                                 rng.between(2, 6), offsets);
    const std::int64_t start = now + static_cast<std::int64_t>(rng.uniform(0.0, 30.0) * kMinute);
    for (int i = 0; i < n; ++i) {
        const bool online = rng.chance(0.75);
        // Of a few merchants there, the one selling the most expensive goods.
        std::uint32_t merchant =
            random_merchant(city, online ? MerchantKind::Online : MerchantKind::Physical, rng);
        for (int k = 0; k < 3; ++k) {
            const std::uint32_t other =
                random_merchant(city, online ? MerchantKind::Online : MerchantKind::Physical, rng);
            if (categories()[pop.merchants[other].category].amount_scale >
                categories()[pop.merchants[merchant].category].amount_scale)
                merchant = other;
        }
        const Merchant& m = pop.merchants[merchant];
        const double boost = rng.uniform(3.0, 8.0) / categories()[m.category].amount_scale *
                             std::clamp(categories()[m.category].amount_scale, 1.0, 3.0);
        const bool is_online = m.kind == MerchantKind::Online;
        push(start + offsets[static_cast<std::size_t>(i)], id, merchant,
             typical_amount(c, m, boost, rng), is_online ? kOnline : kPos, is_online ? device : 0,
             is_online ? ip : 0, kAccountTakeover);
    }
    return n;
}

// A cloned card used on another continent shortly after the real card was used at home.
int Generator::Impl::impossible_travel(std::uint32_t trigger, std::int64_t now) {
    // The card that was just used (or another used in the last half hour), so the clone's
    // use minutes later cannot be reached by any flight.
    std::uint32_t id = trigger;
    for (int attempt = 0; attempt < 8 && pop.customers[id].busy_until_ms >= now; ++attempt) {
        const std::uint32_t other =
            fraud_rng.below(static_cast<std::uint32_t>(pop.customers.size()));
        if (pop.customers[other].last_ms >= now - 30 * kMinute) id = other;
    }
    if (pop.customers[id].busy_until_ms >= now) return 0;
    const std::int64_t when =
        now + static_cast<std::int64_t>(fraud_rng.uniform(10.0, 120.0) * kMinute);
    push(when, id, kUnresolved, -1, fraud_rng.chance(0.3) ? kContactless : kPos, 0, 0,
         kImpossibleTravel);
    return 1;
}

// A skimmed terminal: for one to four weeks a merchant's card reader copies the cards of
// local customers; the ring behind it uses each clone a few days later for one to three
// card-present purchases at a handful of expensive shops in its own city (the same
// country mostly, abroad sometimes), at two to six times what the card usually spends.
// The purchases at the skimmed terminal itself are the customers' own and stay legit.
int Generator::Impl::compromised_terminal(std::int64_t now) {
    Rng& rng = fraud_rng;
    std::erase_if(terminals, [now](const Terminal& t) {
        return t.end_ms <= now || t.cards_copied >= t.capacity;
    });
    if (terminals.size() < terminal_target) {
        const Customer& regular =
            pop.customers[rng.below(static_cast<std::uint32_t>(pop.customers.size()))];
        Terminal t;
        t.merchant = pop.usual[regular.usual_begin + rng.below(regular.n_physical)];
        if (compromised.empty()) compromised.resize(pop.merchants.size());
        for (int attempt = 0; attempt < 16 && compromised[t.merchant]; ++attempt) {
            const Customer& other =
                pop.customers[rng.below(static_cast<std::uint32_t>(pop.customers.size()))];
            t.merchant = pop.usual[other.usual_begin + rng.below(other.n_physical)];
        }
        compromised[t.merchant] = true;
        t.end_ms = now + static_cast<std::int64_t>(rng.uniform(7.0, 28.0) * kDay);
        t.capacity = static_cast<std::uint32_t>(rng.between(10, 40));
        const std::uint16_t home_city = pop.merchants[t.merchant].city;
        const bool abroad = rng.chance(0.3);
        t.cashout_city = home_city;
        for (int attempt = 0; attempt < 64 && t.cashout_city == home_city; ++attempt) {
            const std::uint16_t candidate = pick_city(pop, rng);
            if ((pop.country_of_city[candidate] == pop.country_of_city[home_city]) != abroad)
                continue;
            t.cashout_city = candidate;
        }
        // Shops selling what resells well; any physical shop where the city has none.
        const int n_shops = rng.between(2, 5);
        for (int attempt = 0; attempt < 64 && static_cast<int>(t.cashout_shops.size()) < n_shops;
             ++attempt) {
            const std::uint32_t shop = random_merchant(t.cashout_city, MerchantKind::Physical, rng);
            if (categories()[pop.merchants[shop].category].high_ticket || attempt >= 48)
                t.cashout_shops.push_back(shop);
        }
        terminals.push_back(std::move(t));
    }
    Terminal& t = terminals[rng.below(static_cast<std::uint32_t>(terminals.size()))];
    const auto& locals = pop.customers_by_city[pop.merchants[t.merchant].city];
    std::uint32_t id = 0;
    for (int attempt = 0; attempt < 24; ++attempt) {
        id = !locals.empty() && attempt < 16
                 ? locals[rng.below(static_cast<std::uint32_t>(locals.size()))]
                 : rng.below(static_cast<std::uint32_t>(pop.customers.size()));
        if (pop.customers[id].busy_until_ms < now && pop.customers[id].skimmed_until_ms < now)
            break;
    }
    Customer& c = pop.customers[id];
    if (c.busy_until_ms >= now || c.skimmed_until_ms >= now) return 0;
    ++t.cards_copied;
    // Copied data is sold on and used between half a day and five days later.
    const std::int64_t start = now + static_cast<std::int64_t>(rng.uniform(0.1, 1.0) *
                                                               static_cast<double>(kCashoutLagMax));
    std::array<std::int64_t, 32> offsets{};
    const int n = sorted_offsets(static_cast<std::int64_t>(rng.uniform(20.0, 180.0) * kMinute),
                                 rng.between(1, 3), offsets);
    for (int i = 0; i < n; ++i) {
        const std::uint32_t shop =
            t.cashout_shops[rng.below(static_cast<std::uint32_t>(t.cashout_shops.size()))];
        const Merchant& m = pop.merchants[shop];
        const double boost = rng.uniform(2.0, 6.0) / categories()[m.category].amount_scale *
                             std::clamp(categories()[m.category].amount_scale, 1.0, 3.0);
        push(start + offsets[static_cast<std::size_t>(i)], id, shop,
             typical_amount(c, m, boost, rng), kPos, 0, 0, kCompromisedTerminal);
    }
    c.skimmed_until_ms = start + offsets[static_cast<std::size_t>(n - 1)] + 2 * kHour;
    return n;
}

// One purchase 10-50x the card's usual amount at a merchant that sells such things.
int Generator::Impl::amount_outlier(std::uint32_t trigger, std::int64_t now) {
    Rng& rng = fraud_rng;
    std::uint32_t id = trigger;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const Customer& c = pop.customers[id];
        if (c.legit_count >= 5 && c.busy_until_ms < now) break;
        id = rng.below(static_cast<std::uint32_t>(pop.customers.size()));
    }
    const Customer& c = pop.customers[id];
    if (c.legit_count < 5 || c.busy_until_ms >= now) return 0;
    std::uint32_t merchant = pop.usual[c.usual_begin + rng.below(c.n_physical)];
    if (rng.chance(0.5)) {
        for (int k = 0; k < 8; ++k) {
            const std::uint32_t other = random_merchant(c.city, MerchantKind::Physical, rng);
            if (categories()[pop.merchants[other].category].high_ticket) {
                merchant = other;
                break;
            }
        }
    }
    const std::int64_t when = now + static_cast<std::int64_t>(rng.uniform(5.0, 90.0) * kMinute);
    push(when, id, merchant, -1, rng.chance(0.3) ? kContactless : kPos, 0, 0, kAmountOutlier);
    return 1;
}

// Many ordinary-looking purchases on one card within an hour, across merchants.
int Generator::Impl::velocity_burst(std::int64_t now) {
    Rng& rng = fraud_rng;
    const std::uint32_t id = pick_free_customer(now);
    const Customer& c = pop.customers[id];
    std::array<std::int64_t, 32> offsets{};
    const int n = sorted_offsets(static_cast<std::int64_t>(rng.uniform(15.0, 59.0) * kMinute),
                                 rng.between(8, 30), offsets);
    const std::int64_t start = now + static_cast<std::int64_t>(rng.uniform(0.0, 30.0) * kMinute);
    const std::uint32_t* usual = pop.usual.data() + c.usual_begin;
    for (int i = 0; i < n; ++i) {
        const std::int64_t when = start + offsets[static_cast<std::size_t>(i)];
        if (rng.chance(c.p_online)) {
            const std::uint32_t merchant = usual[c.n_physical + rng.below(c.n_online)];
            const int which = c.n_devices > 1 && rng.chance(0.25) ? 1 : 0;
            push(when, id, merchant, typical_amount(c, pop.merchants[merchant], 1.0, rng), kOnline,
                 usual_device(id, which), usual_ip(id, which), kVelocityBurst);
        } else {
            const std::uint32_t merchant =
                rng.chance(0.5) ? usual[rng.below(c.n_physical)]
                                : random_merchant(c.city, MerchantKind::Physical, rng);
            push(when, id, merchant, typical_amount(c, pop.merchants[merchant], 1.0, rng),
                 rng.chance(c.p_contactless) ? kContactless : kPos, 0, 0, kVelocityBurst);
        }
    }
    return n;
}

}  // namespace fd
