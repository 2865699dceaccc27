// The simulator's stream: the same rows per seed whenever it starts, the fraud share asked
// for, rows due by count (not by sleeping) at any rate, wall-clock stamps in due order.
// Time is passed in, so nothing here sleeps or depends on the machine's speed.
#include "core/sim_stream.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace fd {
namespace {

using namespace std::chrono_literals;
using Clock = SimStream::Clock;

const Clock::time_point kT0 = Clock::time_point{} + 1000s;
constexpr std::int64_t kWall0 = 1'790'000'000'000;

std::string without_prefix(const Transaction& t, const std::string& prefix) {
    EXPECT_EQ(t.id.rfind(prefix, 0), 0u) << t.id;
    return t.id.substr(prefix.size());
}

TEST(SimStream, TheSameSeedGivesTheSameRowsWheneverItStarts) {
    SimConfig config;
    config.rate = 5;
    config.seed = 7;
    config.fraud_rate = 0.05;
    SimStream a(config, kT0, kWall0, "A-");
    SimStream b(config, kT0 + 3600s, kWall0 + 3'600'000, "B-");
    config.seed = 8;
    SimStream other(config, kT0, kWall0, "A-");
    int same_card_as_other = 0;
    for (int i = 0; i < 3000; ++i) {
        const Transaction x = a.take();
        const Transaction y = b.take();
        const Transaction z = other.take();
        ASSERT_EQ(without_prefix(x, "A-"), without_prefix(y, "B-"));
        EXPECT_EQ(x.card_id, y.card_id);
        EXPECT_EQ(x.amount_minor, y.amount_minor);
        EXPECT_EQ(x.merchant_id, y.merchant_id);
        EXPECT_EQ(x.label, y.label);
        EXPECT_EQ(x.scenario, y.scenario);
        EXPECT_EQ(y.timestamp_ms - x.timestamp_ms, 3'600'000);  // only the stamps move
        same_card_as_other += x.card_id == z.card_id;
    }
    EXPECT_LT(same_card_as_other, 30);  // another seed, other cards
}

TEST(SimStream, TheFraudShareIsTheOneAskedFor) {
    SimConfig config;
    config.rate = 50;
    config.seed = 3;
    config.fraud_rate = 0.02;
    SimStream stream(config, kT0, kWall0, "");
    const int rows = 60000;
    int fraud = 0;
    for (int i = 0; i < rows; ++i) fraud += stream.take().label == Label::Fraud;
    EXPECT_NEAR(static_cast<double>(fraud) / rows, 0.02, 0.006);
    EXPECT_GT(fraud, 0);
}

TEST(SimStream, RowsAreDueByCountAtAnyRate) {
    SimConfig config;
    config.rate = 150000;
    SimStream stream(config, kT0, kWall0, "");
    EXPECT_EQ(stream.due(kT0 - 1ms), 0);
    EXPECT_EQ(stream.due(kT0), 1);  // the first row at once
    EXPECT_EQ(stream.due(kT0 + 1s), 150001);
    EXPECT_EQ(stream.due(kT0 + 10s), 1500001);
    // Several rows share a millisecond at this rate; stamps never go back.
    std::int64_t last = INT64_MIN;
    for (int i = 0; i < 100000; ++i) {
        const auto t = stream.take().timestamp_ms;
        ASSERT_GE(t, last);
        last = t;
    }
    EXPECT_EQ(last, kWall0 + 666);  // row 99999 is due at 666.66 ms
    EXPECT_EQ(stream.taken(), 100000);
    EXPECT_EQ(stream.due(kT0 + 1s), 50001);
    EXPECT_EQ(stream.due(kT0 + 500ms), 0);  // taken ahead of time: nothing more due
    // Row 100000 is due at 100000 / 150000 s.
    const auto next = std::chrono::duration<double>(stream.next_due() - kT0).count();
    EXPECT_NEAR(next, 100000.0 / 150000.0, 1e-6);
    EXPECT_EQ(stream.due(stream.next_due() - 1us), 0);
    EXPECT_EQ(stream.due(stream.next_due()), 1);

    config.rate = 200;
    SimStream slow(config, kT0, kWall0, "");
    EXPECT_EQ(slow.due(kT0 + 999ms), 200);
    EXPECT_EQ(slow.due(kT0 + 1s), 201);
    EXPECT_EQ(slow.due(kT0 + 60s), 12001);
}

TEST(SimStream, RowsAreStampedWithTheWallClockTimeTheyAreDue) {
    SimConfig config;
    config.rate = 3;
    SimStream stream(config, kT0, kWall0, "R-");
    EXPECT_EQ(stream.take().timestamp_ms, kWall0);
    EXPECT_EQ(stream.take().timestamp_ms, kWall0 + 333);
    EXPECT_EQ(stream.take().timestamp_ms, kWall0 + 666);
    EXPECT_EQ(stream.take().timestamp_ms, kWall0 + 1000);
}

TEST(SimStream, IdsCarryTheSeedAndTheStartSoRunsNeverCollide) {
    SimConfig config;
    config.seed = 42;
    config.rate = 10;
    SimStream stream = SimStream::starting_now(config);
    const Transaction first = stream.take();
    // "S42-<start ms>-T0000000001": the start is the first row's stamp.
    EXPECT_EQ(first.id, "S42-" + std::to_string(first.timestamp_ms) + "-T0000000001");
    EXPECT_EQ(stream.id_prefix(), "S42-" + std::to_string(first.timestamp_ms) + "-");
}

TEST(SimStream, BadSettingsAreRefusedWithAReason) {
    SimConfig config;
    config.rate = 0;
    EXPECT_THROW(SimStream::check(config), std::invalid_argument);
    EXPECT_THROW(SimStream(config, kT0, kWall0, ""), std::invalid_argument);
    config.rate = 10;
    config.fraud_rate = 0.7;
    EXPECT_THROW(SimStream::check(config), std::invalid_argument);
    config.fraud_rate = 0.01;
    EXPECT_NO_THROW(SimStream::check(config));
    EXPECT_THROW(Pacer(-1.0, kT0), std::invalid_argument);
}

// The generator's clock keeps the wall's pace where it can, so card histories stay real,
// within bounds that keep it quick to build.
TEST(SimStream, TheGeneratorIsSizedForTheRate) {
    SimConfig config;
    config.rate = 10;
    EXPECT_DOUBLE_EQ(SimStream::generator_config(config).rows_per_day, 864000.0);
    config.rate = 0.001;
    EXPECT_DOUBLE_EQ(SimStream::generator_config(config).rows_per_day, 1000.0);
    config.rate = 150000;
    EXPECT_DOUBLE_EQ(SimStream::generator_config(config).rows_per_day, 1e8);
    // More fraud makes a generator slower to build: a lower bound on its density.
    config.seed = 5;
    config.fraud_rate = 0.1;
    EXPECT_DOUBLE_EQ(SimStream::generator_config(config).rows_per_day, 5e6);
    EXPECT_EQ(SimStream::generator_config(config).seed, 5u);
    EXPECT_DOUBLE_EQ(SimStream::generator_config(config).fraud_rate, 0.1);
    config.fraud_rate = 0.0;
    EXPECT_DOUBLE_EQ(SimStream::generator_config(config).rows_per_day, 1e8);
}

}  // namespace
}  // namespace fd
