// Alerts, decisions and the audit chain: one alert per transaction ordered by priority and
// age; decisions set labels and alert states, undo restores, everything audited; any
// tampering with the audit log is found and named.
#include <gtest/gtest.h>

#include "storage/alert_store.h"
#include "storage/audit_log.h"
#include "storage/decision_store.h"
#include "storage/transaction_store.h"

namespace fd {
namespace {

constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kNow = 1'750'000'000'000;

class ReviewStores : public ::testing::Test {
protected:
    void SetUp() override {
        std::vector<Transaction> rows;
        for (int i = 0; i < 5; ++i) {
            Transaction t;
            t.id = "t" + std::to_string(i);
            t.timestamp_ms = kNow - 10 * kHour + i;
            t.card_id = i < 3 ? "card-a" : "card-b";
            t.amount_minor = 1000;
            t.currency = "EUR";
            rows.push_back(t);
        }
        rows[4].label = Label::Legit;  // imported ground truth
        TransactionStore(db_).insert(rows);
    }
    std::int64_t row(const std::string& ext_id) {
        Statement s = db_.prepare("SELECT id FROM transactions WHERE ext_id = ?1");
        s.bind(1, ext_id);
        s.step();
        return s.column_int64(0);
    }
    std::optional<std::int64_t> label(const std::string& ext_id) {
        Statement s = db_.prepare("SELECT label FROM transactions WHERE ext_id = ?1");
        s.bind(1, ext_id);
        s.step();
        return s.column_is_null(0) ? std::nullopt : std::optional(s.column_int64(0));
    }
    Database db_{":memory:"};
};

TEST(AlertPriority, RiskAndAmountBothCount) {
    EXPECT_GT(alert_priority(60, 1000), alert_priority(70, 5));
    EXPECT_GT(alert_priority(70, 100), alert_priority(60, 100));
    EXPECT_DOUBLE_EQ(alert_priority(50, 0), 50);
    EXPECT_DOUBLE_EQ(alert_priority(50, -3), 50);  // refunds do not lower it below risk
}

TEST_F(ReviewStores, OneAlertPerTransactionQueuedByPriorityAndAge) {
    AlertStore alerts(db_);
    const std::vector<NewAlert> batch = {{row("t0"), 0, "card-a", 90, 10},
                                         {row("t1"), 0, "card-a", 60, 10},
                                         {row("t2"), 0, "card-a", 70, 10}};
    EXPECT_EQ(alerts.create(batch, kNow - 30 * kHour), 3);
    EXPECT_EQ(alerts.create(batch, kNow), 0);  // one per transaction
    EXPECT_EQ(alerts.create(std::vector<NewAlert>{{row("t3"), 0, "card-b", 85, 10}}, kNow), 1);
    auto queue = alerts.queue(kNow, 10);
    ASSERT_EQ(queue.size(), 4u);
    // 30 hours of waiting lift t1 (60 + 30) above t3 (85, new).
    EXPECT_EQ(queue[0].ext_id, "t0");
    EXPECT_EQ(queue[1].ext_id, "t2");
    EXPECT_EQ(queue[2].ext_id, "t1");
    EXPECT_EQ(queue[3].ext_id, "t3");
    EXPECT_EQ(queue[0].due_ms, kNow - 30 * kHour + 24 * kHour);
    alerts.set_status(row("t0"), AlertStatus::ClosedFraud, kNow, "ada");
    EXPECT_EQ(alerts.count_open(), 3);
    EXPECT_EQ(alerts.queue(kNow, 10, AlertStatus::ClosedFraud).front().assignee, "ada");
}

TEST_F(ReviewStores, DecisionsLabelCloseAuditAndUndoRestores) {
    AlertStore(db_).create(std::vector<NewAlert>{{row("t1"), 0, "card-a", 75, 10}}, kNow);
    DecisionStore decisions(db_);
    decisions.decide(row("t1"), Decision::Escalate, "ada", "", kNow + 1);
    EXPECT_EQ(AlertStore(db_).for_transaction(row("t1"), kNow)->status, AlertStatus::Escalated);
    EXPECT_FALSE(label("t1"));
    decisions.decide(row("t1"), Decision::Fraud, "ada", "cardholder confirmed", kNow + 2);
    EXPECT_EQ(label("t1"), 1);
    EXPECT_EQ(AlertStore(db_).for_transaction(row("t1"), kNow)->status, AlertStatus::ClosedFraud);
    decisions.decide(row("t4"), Decision::Fraud, "bob", "", kNow + 3);
    EXPECT_EQ(label("t4"), 1);

    const auto history = decisions.history(row("t1"));
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[1].analyst, "ada");
    EXPECT_EQ(history[1].note, "cardholder confirmed");
    EXPECT_EQ(history[1].risk, 75.0);  // what the analyst saw
    EXPECT_EQ(history[1].decided_ms, kNow + 2);

    // Undo goes back one decision at a time, per analyst.
    EXPECT_EQ(decisions.undo_last("ada", kNow + 4), row("t1"));
    EXPECT_FALSE(label("t1"));
    EXPECT_EQ(AlertStore(db_).for_transaction(row("t1"), kNow)->status, AlertStatus::Escalated);
    EXPECT_EQ(decisions.undo_last("ada", kNow + 5), row("t1"));
    EXPECT_EQ(AlertStore(db_).for_transaction(row("t1"), kNow)->status, AlertStatus::New);
    EXPECT_FALSE(decisions.undo_last("ada", kNow + 6));
    EXPECT_EQ(decisions.history(row("t1")).size(), 2u);  // kept, marked undone
    EXPECT_TRUE(decisions.history(row("t1"))[1].undone);
    // Bob's undo brings back the imported ground truth it had replaced.
    EXPECT_EQ(decisions.undo_last("bob", kNow + 7), row("t4"));
    EXPECT_EQ(label("t4"), 0);

    decisions.add_note(row("t2"), "ada", "called the merchant", kNow + 8);
    AuditLog audit(db_);
    const auto entries = audit.recent(100);
    ASSERT_EQ(entries.size(), 7u);  // 3 labels, 3 undos, 1 note
    EXPECT_EQ(entries.front().action, "note");
    EXPECT_EQ(entries.back().action, "label");
    EXPECT_EQ(entries.back().subject, "t1");
    EXPECT_TRUE(audit.verify().intact);
    EXPECT_THROW(decisions.decide(999, Decision::Fraud, "ada", "", kNow), StorageError);
}

TEST_F(ReviewStores, TheAuditChainNamesTheFirstTamperedRow) {
    AuditLog audit(db_);
    for (int i = 0; i < 5; ++i) audit.append(kNow + i, "ada", "label", "t" + std::to_string(i));
    auto v = audit.verify();
    EXPECT_TRUE(v.intact);
    EXPECT_EQ(v.rows, 5);
    // The triggers refuse ordinary edits...
    EXPECT_THROW(db_.exec("UPDATE audit_log SET actor = 'eve' WHERE id = 3"), StorageError);
    EXPECT_THROW(db_.exec("DELETE FROM audit_log WHERE id = 3"), StorageError);
    // ...and the chain catches edits that go around them.
    db_.exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete");
    db_.exec("UPDATE audit_log SET actor = 'eve' WHERE id = 3");
    v = audit.verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.first_bad_id, 3);
    EXPECT_NE(v.problem.find("changed"), std::string::npos);
    db_.exec("UPDATE audit_log SET actor = 'ada' WHERE id = 3");
    EXPECT_TRUE(audit.verify().intact);
    // Recomputing a changed row's hash breaks the next row's link instead.
    AuditEntry e = audit.recent(5)[2];  // id 3
    e.actor = "eve";
    Statement forge = db_.prepare("UPDATE audit_log SET actor = 'eve', hash = ?1 WHERE id = 3");
    const std::string forged = AuditLog::hash_of(e);  // bound without a copy: keep it alive
    forge.bind(1, forged);
    forge.step();
    v = audit.verify();
    EXPECT_EQ(v.first_bad_id, 4);
    db_.exec("DELETE FROM audit_log WHERE id = 3");
    EXPECT_EQ(audit.verify().first_bad_id, 4);  // row 3 is missing
}

}  // namespace
}  // namespace fd
