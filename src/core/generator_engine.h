// Private to the generator: the engine's state, shared by generator.cpp (legit traffic)
// and generator_fraud.cpp (fraud scenarios).
#pragma once

#include <array>
#include <cstdint>
#include <queue>
#include <vector>

#include "generator.h"
#include "generator_detail.h"

namespace fd {

namespace engine {

using namespace gen;

inline constexpr std::int64_t kMinute = 60'000;
inline constexpr std::int64_t kHour = 60 * kMinute;
inline constexpr std::int64_t kDay = 24 * kHour;
inline constexpr std::int64_t kSlot = 30 * kMinute;
inline constexpr int kSlotsPerWeek = 7 * 48;
inline constexpr std::int64_t kMondayOffset = 3 * kDay;  // 1970-01-01 was a Thursday

enum Scenario : std::uint8_t {
    kCardTesting,
    kAccountTakeover,
    kImpossibleTravel,
    kCompromisedTerminal,
    kAmountOutlier,
    kVelocityBurst,
    kScenarioCount
};
// Target share of fraud rows per scenario and mean rows per incident.
inline constexpr std::array<double, kScenarioCount> kRowShare = {0.22, 0.18, 0.10,
                                                                 0.18, 0.12, 0.20};
inline constexpr std::array<double, kScenarioCount> kMeanRows = {12.5, 4.0, 1.0, 2.0, 1.0, 19.0};
// Mean minutes from scheduling to writing a row, per scenario (see generator_fraud.cpp).
inline constexpr std::array<double, kScenarioCount> kMeanDelayMinutes = {9.0,    60.0, 65.0,
                                                                         3960.0, 47.5, 33.0};

enum Channel : std::uint8_t { kPos, kContactless, kOnline, kAtm };
inline constexpr std::array<std::string_view, 4> kChannelNames = {"pos", "contactless", "online",
                                                                  "atm"};

inline constexpr std::uint32_t kUnresolved = UINT32_MAX;
// Skimmed cards are used between half a day and five days after they were copied.
inline constexpr std::int64_t kCashoutLagMax = 5 * kDay;

struct Event {
    std::int64_t time_ms;
    std::uint64_t sequence;     // ties keep scheduling order: deterministic
    std::int64_t amount_minor;  // < 0: decided when due (amount outlier)
    std::uint64_t device;       // 0: none
    std::uint32_t customer;
    std::uint32_t merchant;  // kUnresolved: decided when due (impossible travel)
    std::uint32_t ip;
    Scenario scenario;
    Channel channel;
};
struct Later {
    bool operator()(const Event& a, const Event& b) const {
        return a.time_ms != b.time_ms ? a.time_ms > b.time_ms : a.sequence > b.sequence;
    }
};

// A skimmed terminal and the ring that cashes out the cards copied there: cloned cards are
// used days later at a few expensive shops in the ring's city.
struct Terminal {
    std::uint32_t merchant;
    std::int64_t end_ms;
    std::uint32_t capacity;
    std::uint16_t cashout_city;
    std::vector<std::uint32_t> cashout_shops;
    std::uint32_t cards_copied = 0;
};

std::uint32_t public_ip(std::uint64_t bits);

}  // namespace engine

using namespace engine;

struct Generator::Impl {
    GeneratorConfig config;
    Population pop;
    Rng legit_rng;
    Rng fraud_rng;
    std::array<double, kSlotsPerWeek> rate{};  // legit rows per ms
    std::vector<double> group_cumulative;      // kSlotsPerWeek x groups
    double next_legit_ms = 0.0;
    std::uint32_t next_customer = 0;  // who makes the next legit transaction
    std::int64_t slot = 0;            // slots since the Monday before the epoch
    std::uint64_t next_id = 1;
    std::uint64_t sequence = 0;
    std::priority_queue<Event, std::vector<Event>, Later> scheduled;
    double budget = 0.0;
    std::array<double, kScenarioCount> scenario_cumulative{};
    std::vector<Terminal> terminals;
    std::size_t terminal_target = 1;
    std::int64_t earliest_ms = INT64_MIN;  // rows scheduled before this are not written
    std::vector<bool> compromised;  // merchants already used, not used twice while others remain

    explicit Impl(GeneratorConfig c);
    void advance_legit();
    Transaction make_legit();
    Transaction make_fraud(const Event& e);
    void fill(Transaction& tx, std::int64_t time_ms, std::uint32_t customer, std::uint32_t merchant,
              std::int64_t amount_minor, Channel channel, std::uint64_t device,
              std::uint32_t ip) const;
    void touch(Customer& c, const Merchant& m, std::int64_t time_ms) const;

    // Fraud scheduling; each returns the rows it scheduled (0 when it could not apply).
    int schedule_incident(std::uint32_t trigger, std::int64_t now);
    int card_testing(std::int64_t now);
    int account_takeover(std::int64_t now);
    int impossible_travel(std::uint32_t trigger, std::int64_t now);
    int compromised_terminal(std::int64_t now);
    int amount_outlier(std::uint32_t trigger, std::int64_t now);
    int velocity_burst(std::int64_t now);
    void push(std::int64_t time_ms, std::uint32_t customer, std::uint32_t merchant,
              std::int64_t amount_minor, Channel channel, std::uint64_t device, std::uint32_t ip,
              Scenario scenario);

    // Helpers.
    std::uint32_t pick_free_customer(std::int64_t now);
    std::uint32_t random_merchant(std::uint16_t city, MerchantKind kind, Rng& rng) const;
    std::int64_t typical_amount(const Customer& c, const Merchant& m, double factor,
                                Rng& rng) const;
    std::int64_t outlier_amount(const Customer& c);
    std::int64_t to_minor(const Customer& c, double major) const;
    std::uint64_t usual_device(std::uint32_t customer, int index) const;
    std::uint32_t usual_ip(std::uint32_t customer, int index) const;
    int sorted_offsets(std::int64_t span_ms, int n, std::array<std::int64_t, 32>& out);
    const City& home(const Customer& c) const { return cities()[c.city]; }
};

}  // namespace fd
