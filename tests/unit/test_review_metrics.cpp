// Review metrics against hand-built databases with known answers: decisions per analyst
// and per active hour, precision among closed alerts, median time to decision, SLA
// breaches, labels per hour, day or week; undone decisions and escalations do not close.
#include <gtest/gtest.h>

#include "storage/alert_store.h"
#include "storage/decision_store.h"
#include "storage/review_metrics.h"
#include "storage/transaction_store.h"

namespace fd {
namespace {

constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kHour = kMsPerHour;
constexpr std::int64_t kDay = kMsPerDay;
constexpr std::int64_t kDay0 = 1'749'945'600'000;  // 2025-06-15 00:00 UTC, a Sunday
constexpr std::int64_t kNow = kDay0 + 12 * kHour;

class ReviewMetricsTest : public ::testing::Test {
protected:
    void SetUp() override {
        std::vector<Transaction> rows;
        for (int i = 0; i < 10; ++i) {
            Transaction t;
            t.id = "t" + std::to_string(i);
            t.timestamp_ms = kDay0 - 20 * kDay + i;
            t.card_id = "card-" + std::to_string(i);
            t.amount_minor = 1000;
            t.currency = "EUR";
            rows.push_back(t);
        }
        TransactionStore(db_).insert(rows);
    }
    std::int64_t row(int i) {
        Statement s = db_.prepare("SELECT id FROM transactions WHERE ext_id = ?1");
        const std::string id = "t" + std::to_string(i);
        s.bind(1, id);
        s.step();
        return s.column_int64(0);
    }
    void alert(int i, std::int64_t created_ms) {  // due a day later
        AlertStore(db_).create(std::vector<NewAlert>{{row(i), 0, "card", 80, 10}}, created_ms);
    }
    void decide(int i, Decision d, const std::string& analyst, std::int64_t at_ms) {
        DecisionStore(db_).decide(row(i), d, analyst, "", at_ms);
    }
    // The scenario every known answer below comes from.
    void buildScenario() {
        for (const auto& [i, created] :
             std::vector<std::pair<int, std::int64_t>>{{0, kDay0},
                                                       {1, kDay0 - 2 * kDay},
                                                       {2, kDay0},
                                                       {3, kDay0 - kDay + 3 * kHour},
                                                       {4, kDay0 - 3 * kDay},
                                                       {5, kDay0 - 10 * kDay - kHour},
                                                       {7, kDay0 - 5 * kDay},
                                                       {8, kDay0 + 11 * kHour},
                                                       {9, kDay0 - kHour}})
            alert(i, created);
        decide(4, Decision::Legit, "bob", kDay0 + 3 * kHour);  // a slip, undone
        ASSERT_EQ(DecisionStore(db_).undo_last("bob", kDay0 + 3 * kHour + 5 * kMinute), row(4));
        decide(0, Decision::Fraud, "ada", kDay0 + kHour);             // waited 1 h
        decide(1, Decision::Legit, "ada", kDay0 + 90 * kMinute);      // 49.5 h, late
        decide(9, Decision::Escalate, "ada", kDay0 + 80 * kMinute);   // not closed
        decide(2, Decision::Escalate, "ada", kDay0 + 130 * kMinute);  // stays open
        decide(3, Decision::Fraud, "bob", kDay0 - kDay + 5 * kHour);  // 2 h
        decide(9, Decision::Fraud, "bob", kDay0 + 5 * kHour);         // 6 h after creation
        decide(5, Decision::Fraud, "bob", kDay0 - 10 * kDay);         // before the window
        decide(6, Decision::Legit, "carol", kDay0 + 4 * kHour);       // no alert
    }
    Database db_{":memory:"};
};

TEST(MedianOf, OddEvenAndEmpty) {
    struct Case {
        std::vector<std::int64_t> values;
        std::optional<std::int64_t> median;
    };
    for (const Case& c : std::vector<Case>{{{}, std::nullopt},
                                           {{7}, 7},
                                           {{9, 1, 5}, 5},
                                           {{6, 1, 2, 49}, 4},
                                           {{1, 2}, 1},  // halves round down
                                           {{3, 3, 3, 3}, 3}})
        EXPECT_EQ(median_of(c.values), c.median) << ::testing::PrintToString(c.values);
}

TEST(ReviewWindowTest, PeriodsEndWithTheCurrentHourOrLocalDay) {
    const auto day = review_window(ReviewPeriod::Last24Hours, kNow + 25 * kMinute);
    EXPECT_EQ(day.until_ms, kNow + kHour);
    EXPECT_EQ(day.from_ms, kNow + kHour - 24 * kHour);
    const auto week = review_window(ReviewPeriod::Last7Days, kNow);
    EXPECT_EQ(week.until_ms, kDay0 + kDay);
    EXPECT_EQ(week.from_ms, kDay0 - 6 * kDay);
    EXPECT_EQ(review_window(ReviewPeriod::Last30Days, kNow).from_ms, kDay0 - 29 * kDay);
    EXPECT_FALSE(review_window(ReviewPeriod::All, kNow).from_ms.has_value());
    // Two hours east of UTC the local day starts at 22:00 UTC the evening before.
    const auto local = review_window(ReviewPeriod::Last7Days, kNow, 2 * kHour);
    EXPECT_EQ(local.until_ms, kDay0 + kDay - 2 * kHour);
    EXPECT_EQ(local.now_ms, kNow);
}

TEST_F(ReviewMetricsTest, AnEmptyDatabaseHasNoFiguresAndEmptyDays) {
    const ReviewMetrics m = compute_review_metrics(db_, kNow);
    EXPECT_EQ(m.decisions, 0);
    EXPECT_TRUE(m.analysts.empty());
    EXPECT_FALSE(m.precision.has_value());
    EXPECT_FALSE(m.median_to_decision_ms.has_value());
    EXPECT_EQ(m.sla_breaches(), 0);
    EXPECT_EQ(m.bucket_ms, kDay);
    ASSERT_EQ(m.labels_over_time.size(), 7u);
    EXPECT_EQ(m.labels_over_time.front().start_ms, kDay0 - 6 * kDay);
    for (const auto& b : m.labels_over_time) EXPECT_EQ(b.fraud + b.legit, 0);
    EXPECT_TRUE(compute_review_metrics(db_, review_window(ReviewPeriod::All, kNow))
                    .labels_over_time.empty());
}

TEST_F(ReviewMetricsTest, KnownAnswersOverTheLastSevenDays) {
    buildScenario();
    const ReviewMetrics m = compute_review_metrics(db_, kNow);
    // Undone and out-of-window decisions are left out; escalations are decisions.
    EXPECT_EQ(m.decisions, 7);
    ASSERT_EQ(m.analysts.size(), 3u);
    const AnalystMetrics& ada = m.analysts[0];
    EXPECT_EQ(ada.analyst, "ada");
    EXPECT_EQ(ada.decisions, 4);
    EXPECT_EQ(ada.fraud, 1);
    EXPECT_EQ(ada.legit, 1);
    EXPECT_EQ(ada.escalated, 2);
    EXPECT_EQ(ada.active_hours, 2);  // 01:00-02:00 (three) and 02:00-03:00 (one)
    EXPECT_DOUBLE_EQ(ada.per_active_hour, 2.0);
    EXPECT_EQ(ada.alerts_closed, 2);
    EXPECT_EQ(ada.closed_late, 1);
    EXPECT_EQ(ada.median_to_decision_ms, (kHour + 49 * kHour + 30 * kMinute) / 2);
    const AnalystMetrics& bob = m.analysts[1];
    EXPECT_EQ(bob.analyst, "bob");
    EXPECT_EQ(bob.decisions, 2);
    EXPECT_EQ(bob.active_hours, 2);
    EXPECT_DOUBLE_EQ(bob.per_active_hour, 1.0);
    EXPECT_EQ(bob.median_to_decision_ms, 4 * kHour);
    const AnalystMetrics& carol = m.analysts[2];
    EXPECT_EQ(carol.analyst, "carol");
    EXPECT_EQ(carol.decisions, 1);
    EXPECT_EQ(carol.alerts_closed, 0);
    EXPECT_FALSE(carol.median_to_decision_ms.has_value());

    // Closed in the window: t0, t3, t9 fraud and t1 legit; t2 is only escalated.
    EXPECT_EQ(m.closed_fraud, 3);
    EXPECT_EQ(m.closed_legit, 1);
    ASSERT_TRUE(m.precision.has_value());
    EXPECT_DOUBLE_EQ(*m.precision, 0.75);
    EXPECT_EQ(m.median_to_decision_ms, 4 * kHour);  // of 1 h, 2 h, 6 h and 49.5 h
    // t1 closed late; t4 (reopened by the undo) and t7 open past due; t2 and t8 not yet due.
    EXPECT_EQ(m.closed_late, 1);
    EXPECT_EQ(m.open_overdue, 2);
    EXPECT_EQ(m.sla_breaches(), 3);

    ASSERT_EQ(m.labels_over_time.size(), 7u);
    const LabelBucket& yesterday = m.labels_over_time[5];
    EXPECT_EQ(yesterday.start_ms, kDay0 - kDay);
    EXPECT_EQ(yesterday.fraud, 1);
    EXPECT_EQ(yesterday.legit, 0);
    const LabelBucket& today = m.labels_over_time[6];
    EXPECT_EQ(today.fraud, 2);  // t0, t9 (the escalations are not labels)
    EXPECT_EQ(today.legit, 2);  // t1, t6
    for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(m.labels_over_time[i].fraud, 0);
}

TEST_F(ReviewMetricsTest, TheLastDayIsCountedPerHour) {
    buildScenario();
    const ReviewWindow window = review_window(ReviewPeriod::Last24Hours, kNow);
    const ReviewMetrics m = compute_review_metrics(db_, window);
    EXPECT_EQ(m.bucket_ms, kHour);
    ASSERT_EQ(m.labels_over_time.size(), 24u);
    EXPECT_EQ(m.labels_over_time.back().start_ms, kNow);
    // bob's t3 at 05:00 yesterday is outside; today 01:00 t0 fraud + t1 legit, 04:00 t6
    // legit, 05:00 t9 fraud.
    const auto at = [&](std::int64_t hour) {
        return m.labels_over_time.at(
            static_cast<std::size_t>((kDay0 + hour * kHour - *window.from_ms) / kHour));
    };
    EXPECT_EQ(at(1).fraud, 1);
    EXPECT_EQ(at(1).legit, 1);
    EXPECT_EQ(at(4).legit, 1);
    EXPECT_EQ(at(5).fraud, 1);
    EXPECT_EQ(m.decisions, 6);
    EXPECT_EQ(m.closed_fraud, 2);
    EXPECT_EQ(m.closed_legit, 1);
}

TEST_F(ReviewMetricsTest, AllTimeStartsAtTheFirstDecisionAndCountsByWeekWhenLong) {
    buildScenario();
    const ReviewMetrics all = compute_review_metrics(db_, review_window(ReviewPeriod::All, kNow));
    EXPECT_EQ(all.decisions, 8);
    EXPECT_EQ(all.closed_fraud, 4);  // t5 too
    EXPECT_EQ(all.bucket_ms, kDay);  // eleven days
    ASSERT_EQ(all.labels_over_time.size(), 11u);
    EXPECT_EQ(all.labels_over_time.front().start_ms, kDay0 - 10 * kDay);
    EXPECT_EQ(all.labels_over_time.front().fraud, 1);

    decide(8, Decision::Legit, "ada", kDay0 - 200 * kDay);  // long ago
    const ReviewMetrics longer =
        compute_review_metrics(db_, review_window(ReviewPeriod::All, kNow));
    EXPECT_EQ(longer.bucket_ms, 7 * kDay);
    // Weeks start on Monday: kDay0 is a Sunday, so its week began six days before.
    EXPECT_EQ(longer.labels_over_time.back().start_ms, kDay0 - 6 * kDay);
    std::int64_t fraud = 0, legit = 0;
    for (const auto& b : longer.labels_over_time) {
        fraud += b.fraud;
        legit += b.legit;
    }
    EXPECT_EQ(fraud, 4);
    EXPECT_EQ(legit, 3);
}

TEST_F(ReviewMetricsTest, AnUndoneDecisionDoesNotCountAndTheOneBeforeItHoldsAgain) {
    alert(0, kDay0);
    decide(0, Decision::Legit, "ada", kDay0 + kHour);
    decide(0, Decision::Fraud, "ada", kDay0 + 2 * kHour);
    DecisionStore(db_).undo_last("ada", kDay0 + 3 * kHour);
    const ReviewMetrics m = compute_review_metrics(db_, kNow);
    EXPECT_EQ(m.decisions, 1);
    EXPECT_EQ(m.closed_fraud, 0);
    EXPECT_EQ(m.closed_legit, 1);
    EXPECT_EQ(m.median_to_decision_ms, kHour);
    EXPECT_EQ(m.labels_over_time.back().fraud, 0);
    EXPECT_EQ(m.labels_over_time.back().legit, 1);

    DecisionStore(db_).undo_last("ada", kDay0 + 4 * kHour);
    const ReviewMetrics none = compute_review_metrics(db_, kNow);
    EXPECT_EQ(none.decisions, 0);
    EXPECT_FALSE(none.precision.has_value());
    EXPECT_EQ(none.open_overdue, 0);  // reopened, due at midnight
}

TEST_F(ReviewMetricsTest, EscalationsAreNeitherClosedNorLabels) {
    alert(0, kDay0 - 2 * kDay);
    decide(0, Decision::Escalate, "ada", kDay0 + kHour);
    const ReviewMetrics m = compute_review_metrics(db_, kNow);
    EXPECT_EQ(m.decisions, 1);
    EXPECT_EQ(m.analysts.at(0).escalated, 1);
    EXPECT_EQ(m.closed_fraud + m.closed_legit, 0);
    EXPECT_FALSE(m.precision.has_value());
    EXPECT_FALSE(m.median_to_decision_ms.has_value());
    EXPECT_EQ(m.open_overdue, 1);  // an escalated alert past due is still a breach
    EXPECT_EQ(m.labels_over_time.back().fraud + m.labels_over_time.back().legit, 0);
}

}  // namespace
}  // namespace fd
