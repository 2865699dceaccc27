// frauddesk-cli label, alerts and audit verify, end to end on a real database file.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "storage/alert_store.h"
#include "storage/database.h"
#include "storage/transaction_store.h"
#include "test_support.h"

namespace fd {
namespace {

using test::cli;
using test::run_command;

class CliReview : public ::testing::Test {
protected:
    void SetUp() override {
        Database db(path_);
        std::vector<Transaction> rows;
        for (int i = 0; i < 3; ++i) {
            Transaction t;
            t.id = "tx" + std::to_string(i);
            t.timestamp_ms = 1'700'000'000'000 + i;
            t.card_id = "4111111111111111";
            t.amount_minor = 100 * (i + 1);
            t.currency = "EUR";
            rows.push_back(t);
        }
        TransactionStore(db).insert(rows);
        AlertStore(db).create(std::vector<NewAlert>{{1, 0, "4111111111111111", 70, 1},
                                                    {2, 0, "4111111111111111", 95, 2}},
                              1'700'000'000'000);
    }
    std::string db() const { return " --db " + path_; }

    test::ScratchDir dir_;
    std::string path_ = dir_.file("review.db");
};

TEST_F(CliReview, LabelsListAlertsAndVerifiesTheAuditChain) {
    auto listed = run_command(cli() + " alerts" + db() + " --json");
    ASSERT_EQ(listed.exit_code, 0);
    std::istringstream lines(listed.output);
    std::string first;
    std::getline(lines, first);
    const auto top = nlohmann::json::parse(first);
    EXPECT_EQ(top["transaction_id"], "tx1");  // risk 95 first
    EXPECT_EQ(top["alert_id"], 2);            // the second alert created
    EXPECT_EQ(top["card"], "************1111");
    EXPECT_EQ(top["status"], "new");
    EXPECT_EQ(top["sla_breached"], true);  // created in 2023, due a day later

    EXPECT_EQ(run_command(cli() + " label" + db() +
                          " --id tx1 --label fraud --analyst ada --note 'confirmed by phone'")
                  .exit_code,
              0);
    EXPECT_EQ(run_command(cli() + " label" + db() + " --id tx0 --label escalate").exit_code, 0);
    EXPECT_EQ(
        run_command(cli() + " label" + db() + " --id nope --label fraud 2>/dev/null").exit_code, 1);
    EXPECT_EQ(
        run_command(cli() + " label" + db() + " --id tx0 --label maybe 2>/dev/null").exit_code, 2);
    const auto closed = run_command(cli() + " alerts" + db() + " --status closed_fraud");
    EXPECT_NE(closed.output.find("tx1"), std::string::npos);
    EXPECT_EQ(closed.output.find("4111111111111111"), std::string::npos);
    {
        Database check(path_, OpenMode::ReadOnly);
        EXPECT_EQ(check.query_int64("SELECT label FROM transactions WHERE ext_id = 'tx1'"), 1);
        EXPECT_EQ(check.query_int64("SELECT count(*) FROM alerts WHERE status = 'escalated'"), 1);
    }
    const auto verified = run_command(cli() + " audit verify" + db());
    EXPECT_EQ(verified.exit_code, 0);
    EXPECT_NE(verified.output.find("intact: 2 rows"), std::string::npos);

    // Tampering through a tool that ignores the triggers is named.
    {
        Database raw(path_);
        raw.exec("DROP TRIGGER audit_log_no_update");
        raw.exec("UPDATE audit_log SET actor = 'eve' WHERE id = 1");
    }
    const auto tampered = run_command(cli() + " audit verify" + db() + " 2>&1");
    EXPECT_EQ(tampered.exit_code, 1);
    EXPECT_NE(tampered.output.find("at row 1"), std::string::npos);
}

}  // namespace
}  // namespace fd
