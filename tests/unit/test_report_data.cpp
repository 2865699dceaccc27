// The report's figures against a hand-built database with known answers (report_test_db.h):
// volume per currency, alerts by status and level, alert precision, confirmed fraud and how
// much of it alerted, top reasons in order with their example, top merchants and countries,
// hourly buckets, the score histogram, the analysts, the model (and the fallback when none
// is active), and the case of an alert as the review queue groups it.
#include <gtest/gtest.h>

#include <numeric>

#include "report/case_data.h"
#include "report/report_data.h"
#include "report_test_db.h"
#include "test_support.h"

namespace fd::report {
namespace {

using test::kDay0;
using test::kHourMs;

class ReportData : public ::testing::Test {
protected:
    void SetUp() override { test::build_report_db(db_); }
    Period period() const {
        Period p;
        p.from_ms = kDay0;
        p.until_ms = kDay0 + 48 * kHourMs;
        p.now_ms = test::kReportNow;
        return p;
    }
    test::TempDbPath path_;
    Database db_{path_.str()};
};

TEST_F(ReportData, VolumeAlertsAndFraud) {
    const PeriodData d = gather_period(db_, period());
    EXPECT_EQ(d.transactions, 6);  // b0 and b1 lie outside
    ASSERT_EQ(d.volume.size(), 2u);
    EXPECT_EQ(d.volume[0].currency, "EUR");  // most transactions first
    EXPECT_EQ(d.volume[0].count, 4);
    EXPECT_EQ(d.volume[0].minor, 10000 + 25000 + 4000 + 1500);
    EXPECT_EQ(d.volume[1].currency, "USD");
    EXPECT_EQ(d.volume[1].minor, 5000 + 700);
    EXPECT_EQ(d.first_ms, kDay0 + kHourMs);
    EXPECT_EQ(d.last_ms, kDay0 + 30 * kHourMs);

    EXPECT_EQ(d.alerts, 4);
    EXPECT_EQ(d.alerts_open, 2);  // a1 new, a2 escalated
    EXPECT_EQ(d.alerts_closed_fraud, 1);
    EXPECT_EQ(d.alerts_closed_legit, 1);
    EXPECT_EQ(d.alerts_by_level, (std::array<std::int64_t, 4>{0, 0, 2, 2}));
    // Labelled alerts: a0 fraud, a1 fraud (imported), a3 legit; a2 has no label.
    EXPECT_EQ(d.labelled_alerts, 3);
    EXPECT_EQ(d.labelled_alerts_fraud, 2);
    ASSERT_TRUE(d.alert_precision);
    EXPECT_DOUBLE_EQ(*d.alert_precision, 2.0 / 3.0);

    EXPECT_EQ(d.fraud, 3);  // a0, a1, a5
    ASSERT_EQ(d.fraud_amount.size(), 1u);
    EXPECT_EQ(d.fraud_amount[0].minor, 10000 + 25000 + 1500);
    EXPECT_EQ(d.fraud_alerted, 2);  // a5 raised no alert
    EXPECT_DOUBLE_EQ(*d.fraud_caught, 2.0 / 3.0);
}

TEST_F(ReportData, TopReasonsInOrderWithTheHighestRiskExample) {
    const PeriodData d = gather_period(db_, period());
    ASSERT_EQ(d.top_reasons.size(), 3u);  // a3's unreadable reasons are skipped
    EXPECT_EQ(d.top_reasons[0].code, "feature:card_amount_ratio_30d");
    EXPECT_EQ(d.top_reasons[0].alerts, 3);
    EXPECT_EQ(d.top_reasons[0].example, "Amount 250.00 EUR is 9x this card's 30-day average");
    EXPECT_FALSE(d.top_reasons[0].sentence.empty());  // the registry's sentence
    EXPECT_EQ(d.top_reasons[1].code, "feature:card_count_10m");
    EXPECT_EQ(d.top_reasons[1].alerts, 2);
    EXPECT_EQ(d.top_reasons[2].code, "rule:night_online");
    EXPECT_TRUE(d.top_reasons[2].sentence.empty());
}

TEST_F(ReportData, TopMerchantsAndCountriesByAlertsThenFraud) {
    const PeriodData d = gather_period(db_, period());
    ASSERT_EQ(d.top_merchants.size(), 2u);  // M3 raised no alert
    EXPECT_EQ(d.top_merchants[0].key, test::kEvilMerchant);
    EXPECT_EQ(d.top_merchants[0].alerts, 2);
    EXPECT_EQ(d.top_merchants[0].fraud, 2);
    EXPECT_EQ(d.top_merchants[0].detail, "5411");
    EXPECT_EQ(d.top_merchants[1].key, "M2");
    EXPECT_EQ(d.top_merchants[1].fraud, 0);
    EXPECT_EQ(d.top_merchants[1].transactions, 2);
    ASSERT_EQ(d.top_countries.size(), 2u);
    EXPECT_EQ(d.top_countries[0].key, "DE");
    EXPECT_EQ(d.top_countries[1].key, "FR");
}

TEST_F(ReportData, HourlyBucketsAndHistogram) {
    const PeriodData d = gather_period(db_, period());
    EXPECT_EQ(d.bucket_ms, kHourMs);
    ASSERT_EQ(d.over_time.size(), 48u);  // every hour of the period, empty ones too
    EXPECT_EQ(d.over_time[0].start_ms, kDay0);
    const auto sum = [&](auto member) {
        return std::accumulate(d.over_time.begin(), d.over_time.end(), std::int64_t{0},
                               [&](std::int64_t s, const TimeBucket& b) { return s + b.*member; });
    };
    EXPECT_EQ(sum(&TimeBucket::transactions), 6);
    EXPECT_EQ(sum(&TimeBucket::alerts), 4);
    EXPECT_EQ(sum(&TimeBucket::scored), 5);
    EXPECT_EQ(d.over_time[1].transactions, 1);  // a0 at +1 h
    EXPECT_DOUBLE_EQ(d.over_time[1].mean_risk, 80.0);
    EXPECT_EQ(d.over_time[30].scored, 0);  // a5 has no score

    EXPECT_EQ(d.scored, 5);
    for (const auto& [bin, expected] :
         std::vector<std::pair<int, int>>{{40, 1}, {45, 1}, {30, 1}, {27, 1}, {5, 1}, {0, 0}})
        EXPECT_EQ(d.risk_histogram[std::size_t(bin)], expected) << "bin " << bin;
}

TEST_F(ReportData, AnalystsAndModel) {
    const PeriodData d = gather_period(db_, period());
    EXPECT_EQ(d.review.decisions, 3);
    ASSERT_EQ(d.review.analysts.size(), 2u);
    EXPECT_EQ(d.review.analysts[0].analyst, "bob");  // most decisions first
    EXPECT_EQ(d.review.analysts[0].legit, 1);
    EXPECT_EQ(d.review.analysts[0].escalated, 1);
    EXPECT_EQ(d.review.analysts[1].analyst, "ada");
    EXPECT_EQ(d.review.open_overdue, 2);  // due a day after +6 h, open at +47 h

    ASSERT_TRUE(d.model);
    EXPECT_TRUE(d.model->active);
    EXPECT_EQ(d.model->name, "test model");
    EXPECT_EQ(d.model->alert_threshold, 50.0);
    EXPECT_EQ(d.model->fraud_labels, 10);
    EXPECT_EQ(d.model->metrics.at("training_ap"), 0.5);
    EXPECT_FALSE(d.model->evaluation);
}

TEST_F(ReportData, WithoutAnActiveModelTheNewestScoringOneServes) {
    db_.exec("UPDATE models SET active = 0");
    const PeriodData d = gather_period(db_, period());
    ASSERT_TRUE(d.model);
    EXPECT_FALSE(d.model->active);
    EXPECT_EQ(d.scored, 5);
}

TEST_F(ReportData, OpenPeriodReachesFromFirstToLastTransaction) {
    Period p;
    p.now_ms = test::kReportNow;
    const PeriodData d = gather_period(db_, p);
    EXPECT_EQ(d.transactions, 8);
    EXPECT_EQ(d.first_ms, kDay0 - kHourMs);
    EXPECT_EQ(d.over_time.front().start_ms, kDay0 - kHourMs);
    EXPECT_EQ(d.over_time.back().start_ms, kDay0 + 48 * kHourMs);
}

TEST_F(ReportData, EmptyPeriodGivesZerosNotErrors) {
    Period p = period();
    p.from_ms = kDay0 + 100 * kHourMs;
    p.until_ms = kDay0 + 101 * kHourMs;
    const PeriodData d = gather_period(db_, p);
    EXPECT_EQ(d.transactions, 0);
    EXPECT_TRUE(d.volume.empty());
    EXPECT_FALSE(d.alert_precision);
    EXPECT_FALSE(d.first_ms);
    EXPECT_TRUE(d.over_time.empty());
    EXPECT_TRUE(d.top_reasons.empty());
    EXPECT_EQ(d.scored, 0);
}

TEST(BucketSize, HoursDaysWeeks) {
    EXPECT_EQ(bucket_size_for(72 * kHourMs), kHourMs);
    EXPECT_EQ(bucket_size_for(73 * kHourMs), kMsPerDay);
    EXPECT_EQ(bucket_size_for(120 * kMsPerDay), kMsPerDay);
    EXPECT_EQ(bucket_size_for(121 * kMsPerDay), 7 * kMsPerDay);
}

TEST_F(ReportData, AnOpenAlertsCaseIsTheCardsOpenAlertsWithin24Hours) {
    const CaseData c = gather_case(db_, test::alert_id(db_, "a1"), test::kReportNow);
    EXPECT_EQ(c.alert.ext_id, "a1");
    ASSERT_EQ(c.alerts.size(), 2u);  // a0 is closed: not part of it
    EXPECT_EQ(c.alerts[0].ext_id, "a1");
    EXPECT_EQ(c.alerts[1].ext_id, "a2");
    EXPECT_EQ(c.transaction.merchant_id, test::kEvilMerchant);
    ASSERT_EQ(c.reasons.size(), 2u);
    EXPECT_EQ(c.reasons[0], "Amount 250.00 EUR is 9x this card's 30-day average");
    // The card's history up to the case's newest alert, a1 the current one.
    ASSERT_EQ(c.history.size(), 3u);
    EXPECT_TRUE(c.history[1].current);
    EXPECT_TRUE(c.history[1].in_case && c.history[2].in_case && !c.history[0].in_case);
    EXPECT_TRUE(c.history[0].fraud);
    // Decisions and audit rows of the case's transactions: bob's escalation of a2.
    ASSERT_EQ(c.decisions.size(), 1u);
    EXPECT_EQ(c.decisions[0].ext_id, "a2");
    EXPECT_EQ(c.decisions[0].record.decision, Decision::Escalate);
    ASSERT_EQ(c.audit.size(), 1u);
    EXPECT_EQ(c.audit[0].action, "label");
    EXPECT_EQ(c.audit[0].subject, "a2");
}

TEST_F(ReportData, AClosedAlertIsACaseOfItsOwnWithItsNotes) {
    const CaseData c = gather_case(db_, test::alert_id(db_, "a0"), test::kReportNow);
    ASSERT_EQ(c.alerts.size(), 1u);
    EXPECT_EQ(c.alert.status, AlertStatus::ClosedFraud);
    ASSERT_EQ(c.audit.size(), 2u);  // ada's decision, then the note
    EXPECT_EQ(c.audit[1].action, "note");
    EXPECT_EQ(c.audit[1].actor, test::kEvilAnalyst);
    EXPECT_EQ(c.model_id, std::optional<std::int64_t>(1));
}

TEST_F(ReportData, NoSuchAlertSaysWhichAndWhatToDo) {
    try {
        gather_case(db_, 999, test::kReportNow);
        FAIL() << "no error";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("no alert 999"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("frauddesk-cli alerts"), std::string::npos);
    }
}

}  // namespace
}  // namespace fd::report
