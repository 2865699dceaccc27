#include "core/generator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

std::vector<fd::Transaction> generate(const fd::GeneratorConfig& config, std::size_t rows) {
    fd::Generator generator(config);
    std::vector<fd::Transaction> out;
    out.reserve(rows);
    for (std::size_t i = 0; i < rows; ++i) out.push_back(generator.next());
    return out;
}

double haversine_km(double lat1, double lon1, double lat2, double lon2) {
    const double r = std::numbers::pi / 180.0;
    const double a =
        std::pow(std::sin((lat2 - lat1) * r / 2), 2) +
        std::cos(lat1 * r) * std::cos(lat2 * r) * std::pow(std::sin((lon2 - lon1) * r / 2), 2);
    return 2 * 6371.0 * std::asin(std::sqrt(a));
}

bool luhn_valid(const std::string& number) {
    int sum = 0;
    for (std::size_t i = 0; i < number.size(); ++i) {
        const char ch = number[number.size() - 1 - i];
        if (ch < '0' || ch > '9') return false;
        int digit = ch - '0';
        if (i % 2 == 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        sum += digit;
    }
    return !number.empty() && sum % 10 == 0;
}

// Rough units per euro of each card currency the generator uses (small amounts scale by it).
double per_eur(const std::string& currency) {
    static const std::map<std::string, double> kRates = {
        {"EUR", 1.0}, {"USD", 1.1},  {"GBP", 0.85}, {"CHF", 0.95}, {"SEK", 11.5}, {"PLN", 4.3},
        {"CAD", 1.5}, {"MXN", 19.0}, {"BRL", 5.5},  {"JPY", 160},  {"SGD", 1.45}, {"HKD", 8.5},
        {"INR", 90},  {"AED", 4.0},  {"AUD", 1.65}, {"ZAR", 20.0}};
    const auto it = kRates.find(currency);
    return it == kRates.end() ? std::numeric_limits<double>::quiet_NaN() : it->second;
}

int utc_hour(std::int64_t ms) {
    const std::int64_t day_ms = 86'400'000;
    return static_cast<int>(((ms % day_ms) + day_ms) % day_ms / 3'600'000);
}

// Rows of one scenario split into incidents per card: a gap of more than `gap_ms` starts a
// new incident. Incidents still running when the data ends (last 3 hours) are left out.
std::vector<std::vector<const fd::Transaction*>> incidents(const std::vector<fd::Transaction>& rows,
                                                           std::string_view scenario,
                                                           std::int64_t gap_ms) {
    std::map<std::string, std::vector<const fd::Transaction*>> open;
    std::vector<std::vector<const fd::Transaction*>> done;
    for (const auto& tx : rows) {
        if (tx.scenario != scenario) continue;
        auto& current = open[tx.card_id];
        if (!current.empty() && tx.timestamp_ms - current.back()->timestamp_ms > gap_ms) {
            done.push_back(std::move(current));
            current.clear();
        }
        current.push_back(&tx);
    }
    for (auto& [card, list] : open)
        if (!list.empty()) done.push_back(std::move(list));
    const std::int64_t end = rows.back().timestamp_ms - 3 * 3'600'000;
    std::erase_if(done, [end](const auto& list) { return list.back()->timestamp_ms > end; });
    return done;
}

constexpr std::int64_t kMinute = 60'000;

TEST(Generator, SameSeedGivesIdenticalRows) {
    fd::GeneratorConfig config;
    config.seed = 7;
    config.fraud_rate = 0.05;
    EXPECT_EQ(generate(config, 10'000), generate(config, 10'000));
}

TEST(Generator, DifferentSeedGivesDifferentRows) {
    fd::GeneratorConfig a;
    a.seed = 1;
    fd::GeneratorConfig b;
    b.seed = 2;
    const auto rows_a = generate(a, 1000);
    const auto rows_b = generate(b, 1000);
    int same_card = 0;
    for (std::size_t i = 0; i < rows_a.size(); ++i)
        same_card += rows_a[i].card_id == rows_b[i].card_id;
    EXPECT_LT(same_card, 10);
    EXPECT_NE(rows_a, rows_b);
}

// A demo feed restarted later continues with the same people on other days.
TEST(Generator, AnotherStreamKeepsThePopulationButNotTheDays) {
    fd::GeneratorConfig a;
    a.seed = 3;
    a.customers = 500;
    fd::GeneratorConfig b = a;
    b.stream = 1;
    const auto rows_a = generate(a, 5000);
    const auto rows_b = generate(b, 5000);
    std::set<std::string> cards_a, cards_b;
    int same_card = 0;
    for (std::size_t i = 0; i < rows_a.size(); ++i) {
        cards_a.insert(rows_a[i].card_id);
        cards_b.insert(rows_b[i].card_id);
        same_card += rows_a[i].card_id == rows_b[i].card_id;
    }
    EXPECT_LT(same_card, 100);  // other days
    std::size_t shared = 0;
    for (const auto& card : cards_b) shared += cards_a.count(card);
    EXPECT_GT(shared, cards_b.size() * 9 / 10);  // the same people
}

TEST(Generator, TimestampsNonDecreasingAndIdsSequential) {
    fd::GeneratorConfig config;
    config.fraud_rate = 0.1;
    config.start_ms = 1'700'000'000'123;
    const auto rows = generate(config, 100'000);
    EXPECT_EQ(rows.front().id, "T0000000001");
    EXPECT_EQ(rows[41].id, "T0000000042");
    EXPECT_EQ(rows.back().id, "T0000100000");
    EXPECT_GE(rows.front().timestamp_ms, config.start_ms);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        ASSERT_LE(rows[i - 1].timestamp_ms, rows[i].timestamp_ms) << "row " << i;
        char expected[32];
        std::snprintf(expected, sizeof expected, "T%010zu", i + 1);
        ASSERT_EQ(rows[i].id, expected);
    }
    // 100k rows at 100k legit rows a day span about a day (fraud adds about 10%).
    const double days =
        static_cast<double>(rows.back().timestamp_ms - config.start_ms) / 86'400'000;
    EXPECT_GT(days, 0.75);
    EXPECT_LT(days, 1.1);
}

TEST(Generator, RowsAreWellFormed) {
    fd::GeneratorConfig config;
    config.fraud_rate = 0.05;
    const auto rows = generate(config, 50'000);
    const std::set<std::string> channels = {"pos", "contactless", "online", "atm"};
    for (const auto& tx : rows) {
        ASSERT_EQ(tx.card_id.size(), 16u);
        ASSERT_TRUE(luhn_valid(tx.card_id)) << tx.card_id;
        ASSERT_TRUE(tx.card_id[0] == '4' || tx.card_id[0] == '5') << tx.card_id;
        ASSERT_EQ(tx.customer_id.size(), 9u);
        ASSERT_EQ(tx.merchant_id.substr(0, 1), "M");
        ASSERT_EQ(tx.merchant_category.size(), 4u);
        ASSERT_GT(tx.amount_minor, 0);
        ASSERT_FALSE(std::isnan(per_eur(tx.currency))) << tx.currency;
        ASSERT_EQ(tx.country.size(), 2u);
        ASSERT_FALSE(tx.city.empty());
        ASSERT_TRUE(tx.latitude && tx.longitude);
        ASSERT_TRUE(channels.count(tx.channel)) << tx.channel;
        ASSERT_EQ(tx.channel == "online", !tx.device_id.empty()) << tx.id;
        ASSERT_EQ(tx.device_id.empty(), tx.ip.empty()) << tx.id;
        ASSERT_NE(tx.label, fd::Label::Unknown);
        ASSERT_EQ(tx.label == fd::Label::Fraud, !tx.scenario.empty());
    }
    EXPECT_TRUE(luhn_valid("4111111111111111"));  // the checker itself can fail
    EXPECT_FALSE(luhn_valid("4111111111111112"));
}

TEST(Generator, CardIsStablePerCustomerAndUsualDeviceKeepsItsIp) {
    fd::GeneratorConfig config;
    config.fraud_rate = 0.0;
    const auto rows = generate(config, 50'000);
    std::map<std::string, std::string> card_of_customer;
    std::map<std::string, std::map<std::string, int>> ips_of_device;
    for (const auto& tx : rows) {
        auto [it, inserted] = card_of_customer.try_emplace(tx.customer_id, tx.card_id);
        ASSERT_EQ(it->second, tx.card_id);
        if (!tx.device_id.empty()) ++ips_of_device[tx.device_id][tx.ip];
    }
    std::size_t single_ip = 0;
    for (const auto& [device, ips] : ips_of_device) single_ip += ips.size() == 1;
    EXPECT_EQ(single_ip, ips_of_device.size());
}

struct RateCase {
    double rate;
    std::size_t rows;
    double tolerance;  // relative
    double min_share;  // of each scenario among fraud rows
};

class GeneratorFraudRate : public ::testing::TestWithParam<RateCase> {};

TEST_P(GeneratorFraudRate, HoldsOverManyRows) {
    const auto& param = GetParam();
    fd::GeneratorConfig config;
    config.seed = 11;
    config.fraud_rate = param.rate;
    fd::Generator generator(config);
    std::size_t fraud = 0;
    std::map<std::string, std::size_t> by_scenario;
    for (std::size_t i = 0; i < param.rows; ++i) {
        const auto tx = generator.next();
        if (tx.label == fd::Label::Fraud) {
            ++fraud;
            ++by_scenario[tx.scenario];
        }
    }
    const double observed = static_cast<double>(fraud) / static_cast<double>(param.rows);
    EXPECT_NEAR(observed, param.rate, param.rate * param.tolerance + 1e-12);
    if (param.rate > 0) {
        for (auto scenario : fd::all_scenarios()) {
            const double share = static_cast<double>(by_scenario[std::string(scenario)]) /
                                 static_cast<double>(fraud);
            EXPECT_GT(share, param.min_share) << scenario;
            EXPECT_LT(share, 0.40) << scenario;
        }
    }
}

// At 50% fraud, scenarios that need a card with history or a recent use get rarer.
INSTANTIATE_TEST_SUITE_P(Rates, GeneratorFraudRate,
                         ::testing::Values(RateCase{0.0, 50'000, 0.0, 0.0},
                                           RateCase{0.005, 200'000, 0.05, 0.04},
                                           RateCase{0.05, 200'000, 0.03, 0.04},
                                           RateCase{0.5, 100'000, 0.05, 0.02}));

TEST(Generator, InvalidConfigThrows) {
    for (double rate : {-0.001, 0.5001, 1.0, std::numeric_limits<double>::quiet_NaN()}) {
        fd::GeneratorConfig config;
        config.fraud_rate = rate;
        EXPECT_THROW(fd::Generator{config}, std::invalid_argument) << rate;
    }
    for (double rate : {0.0, 0.5}) {
        fd::GeneratorConfig config;
        config.fraud_rate = rate;
        EXPECT_NO_THROW(fd::Generator{config}) << rate;
    }
    fd::GeneratorConfig config;
    config.rows_per_day = 0;
    EXPECT_THROW(fd::Generator{config}, std::invalid_argument);
}

TEST(Generator, ExplicitPopulationIsRespected) {
    fd::GeneratorConfig config;
    config.customers = 50;
    config.merchants = 500;
    std::set<std::string> customers, merchants;
    for (const auto& tx : generate(config, 20'000)) {
        customers.insert(tx.customer_id);
        merchants.insert(tx.merchant_id);
    }
    EXPECT_LE(customers.size(), 50u);
    EXPECT_GE(customers.size(), 45u);
    EXPECT_LE(merchants.size(), 500u);
}

TEST(Generator, DailySeasonality) {
    fd::GeneratorConfig config;
    config.fraud_rate = 0.0;
    config.rows_per_day = 20'000;
    const auto rows = generate(config, 140'000);  // a week
    std::array<double, 24> per_hour{};
    for (const auto& tx : rows) ++per_hour[static_cast<std::size_t>(utc_hour(tx.timestamp_ms))];
    double day = 0, night = 0;
    for (int h = 12; h < 20; ++h) day += per_hour[static_cast<std::size_t>(h)] / 8;
    for (int h = 1; h < 5; ++h) night += per_hour[static_cast<std::size_t>(h)] / 4;
    EXPECT_GT(day, 2.0 * night) << "day " << day << " night " << night;
}

// One data set for the scenario checks: ten days at 20k legit rows a day, 5% fraud.
class GeneratorScenarios : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        fd::GeneratorConfig config;
        config.seed = 2024;
        config.fraud_rate = 0.05;
        config.rows_per_day = 20'000;
        rows_ = new std::vector<fd::Transaction>(generate(config, 200'000));
    }
    static void TearDownTestSuite() {
        delete rows_;
        rows_ = nullptr;
    }
    static const std::vector<fd::Transaction>& rows() { return *rows_; }
    static std::vector<fd::Transaction>* rows_;
};
std::vector<fd::Transaction>* GeneratorScenarios::rows_ = nullptr;

TEST_F(GeneratorScenarios, EveryScenarioAppearsWithItsTag) {
    std::map<std::string, int> counts;
    for (const auto& tx : rows())
        if (tx.label == fd::Label::Fraud) ++counts[tx.scenario];
    for (auto scenario : fd::all_scenarios())
        EXPECT_GT(counts[std::string(scenario)], 50) << scenario;
    EXPECT_EQ(counts.size(), fd::all_scenarios().size());
}

TEST_F(GeneratorScenarios, CardTestingIsABurstOfTinyAmounts) {
    const auto list = incidents(rows(), fd::kScenarioCardTesting, 60 * kMinute);
    ASSERT_GT(list.size(), 20u);
    int online = 0, total = 0;
    for (const auto& incident : list) {
        EXPECT_GE(incident.size(), 5u);
        EXPECT_LE(incident.size(), 20u);
        EXPECT_LE(incident.back()->timestamp_ms - incident.front()->timestamp_ms, 15 * kMinute);
        for (const auto* tx : incident) {
            const double eur = tx->amount() / per_eur(tx->currency);
            EXPECT_GE(eur, 0.49) << tx->id;
            EXPECT_LE(eur, 3.01) << tx->id;
            online += tx->channel == "online";
            ++total;
        }
    }
    EXPECT_GT(online, total * 3 / 4);
}

TEST_F(GeneratorScenarios, ImpossibleTravelNeedsMoreThan1000KmPerHour) {
    std::map<std::string, const fd::Transaction*> previous;
    int checked = 0;
    for (const auto& tx : rows()) {
        const auto it = previous.find(tx.card_id);
        if (tx.scenario == fd::kScenarioImpossibleTravel) {
            ASSERT_NE(it, previous.end()) << tx.id;
            const auto& before = *it->second;
            const double km =
                haversine_km(*before.latitude, *before.longitude, *tx.latitude, *tx.longitude);
            const double hours = static_cast<double>(tx.timestamp_ms - before.timestamp_ms) / 3.6e6;
            EXPECT_GT(km, 2000.0) << tx.id;
            EXPECT_TRUE(hours <= 0 || km / hours > 1000.0)
                << tx.id << " " << km << " km in " << hours;
            EXPECT_NE(tx.channel, "online");
            ++checked;
        }
        previous[tx.card_id] = &tx;
    }
    EXPECT_GT(checked, 100);
}

// Cards copied at a skimmed terminal are cloned and used later, card present, at a few
// shops of the ring's city, well above what the card usually spends.
TEST_F(GeneratorScenarios, CompromisedTerminalClonesAreCashedOutAtTheRingsShops) {
    std::map<std::string, std::map<std::string, int>> legit_cities;  // card -> city -> uses
    std::map<std::string, std::vector<double>> legit_amounts;
    for (const auto& tx : rows()) {
        if (tx.label != fd::Label::Legit) continue;
        ++legit_cities[tx.card_id][tx.city];
        legit_amounts[tx.card_id].push_back(tx.amount());
    }
    const auto home_city = [&](const std::string& card) {
        std::string best;
        int uses = 0;
        for (const auto& [city, n] : legit_cities[card])
            if (n > uses) best = city, uses = n;
        return best;
    };
    const auto median_amount = [&](const std::string& card) {
        auto v = legit_amounts[card];
        if (v.empty()) return 0.0;
        std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
        return v[v.size() / 2];
    };
    const auto list = incidents(rows(), fd::kScenarioCompromisedTerminal, 12 * 60 * kMinute);
    ASSERT_GT(list.size(), 50u);
    std::map<std::string, std::set<std::string>> cards_at_shop;
    int rows_checked = 0, away = 0, above_usual = 0;
    for (const auto& incident : list) {
        EXPECT_LE(incident.size(), 3u);
        EXPECT_LE(incident.back()->timestamp_ms - incident.front()->timestamp_ms, 180 * kMinute);
        for (const auto* tx : incident) {
            EXPECT_EQ(tx->channel, "pos") << tx->id;
            cards_at_shop[tx->merchant_id].insert(tx->card_id);
            if (legit_amounts[tx->card_id].size() < 5) continue;
            ++rows_checked;
            away += tx->city != home_city(tx->card_id);
            above_usual += tx->amount() > 1.5 * median_amount(tx->card_id);
        }
    }
    std::size_t most_cards = 0;
    for (const auto& [shop, cards] : cards_at_shop) most_cards = std::max(most_cards, cards.size());
    EXPECT_GE(most_cards, 5u) << "a ring cashes out many cards at the same shops";
    ASSERT_GT(rows_checked, 50);
    EXPECT_GT(away, rows_checked * 8 / 10);
    EXPECT_GT(above_usual, rows_checked * 7 / 10);
}

TEST_F(GeneratorScenarios, AmountOutlierIsTenTimesTheCardsMedian) {
    std::map<std::string, std::vector<std::int64_t>> legit;
    int checked = 0;
    for (const auto& tx : rows()) {
        if (tx.label == fd::Label::Legit) legit[tx.card_id].push_back(tx.amount_minor);
        if (tx.scenario != fd::kScenarioAmountOutlier) continue;
        auto history = legit[tx.card_id];
        ASSERT_GE(history.size(), 5u) << tx.id;
        std::sort(history.begin(), history.end());
        const std::size_t n = history.size();
        const double median = n % 2 == 1 ? static_cast<double>(history[n / 2])
                                         : (history[n / 2 - 1] + history[n / 2]) / 2.0;
        EXPECT_GE(static_cast<double>(tx.amount_minor), 10.0 * median) << tx.id;
        // Not absurd either (few legit rows make the median coarse).
        EXPECT_LE(static_cast<double>(tx.amount_minor), 150.0 * median) << tx.id;
        ++checked;
    }
    EXPECT_GT(checked, 100);
}

TEST_F(GeneratorScenarios, VelocityBurstIsManyTransactionsWithinAnHour) {
    const auto list = incidents(rows(), fd::kScenarioVelocityBurst, 60 * kMinute);
    ASSERT_GT(list.size(), 20u);
    for (const auto& incident : list) {
        EXPECT_GE(incident.size(), 8u);
        EXPECT_LE(incident.size(), 30u);
        EXPECT_LT(incident.back()->timestamp_ms - incident.front()->timestamp_ms, 60 * kMinute);
        std::set<std::string> merchants;
        for (const auto* tx : incident) merchants.insert(tx->merchant_id);
        EXPECT_GE(merchants.size(), 2u);
    }
}

TEST_F(GeneratorScenarios, AccountTakeoverUsesANewDeviceInAnotherCountryForMore) {
    std::map<std::string, std::map<std::string, int>> legit_countries;
    for (const auto& tx : rows())  // home: where the card is used in person most
        if (tx.label == fd::Label::Legit && tx.channel != "online")
            ++legit_countries[tx.card_id][tx.country];
    std::map<std::string, std::set<std::string>> legit_devices;  // so far
    std::map<std::string, std::vector<std::int64_t>> legit_amounts;
    std::map<std::string, std::string> last_present_country;
    int checked = 0, online = 0, larger = 0, abroad = 0;
    for (const auto& tx : rows()) {
        if (tx.scenario == fd::kScenarioAccountTakeover) {
            const auto& countries = legit_countries[tx.card_id];
            const auto home =
                std::max_element(countries.begin(), countries.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
            abroad += home != countries.end() && tx.country != home->first;
            EXPECT_NE(tx.country, last_present_country[tx.card_id]) << tx.id;
            if (!tx.device_id.empty()) {
                EXPECT_EQ(legit_devices[tx.card_id].count(tx.device_id), 0u) << tx.id;
                ++online;
            }
            auto history = legit_amounts[tx.card_id];
            if (!history.empty()) {
                std::sort(history.begin(), history.end());
                larger += tx.amount_minor > 2 * history[history.size() / 2];
            }
            ++checked;
        } else if (tx.label == fd::Label::Legit) {
            if (!tx.device_id.empty()) legit_devices[tx.card_id].insert(tx.device_id);
            legit_amounts[tx.card_id].push_back(tx.amount_minor);
            if (tx.channel != "online") last_present_country[tx.card_id] = tx.country;
        }
    }
    EXPECT_GT(checked, 100);
    EXPECT_GT(online, checked / 2);
    EXPECT_GT(abroad, checked * 95 / 100);  // the card's usual country, by its whole history
    EXPECT_GT(larger, checked * 3 / 4);
}

}  // namespace
