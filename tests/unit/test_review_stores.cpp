// Alerts, decisions and the audit chain: one alert per transaction ordered by priority and
// age; the queue's filters and cases against a brute force over random alerts; decisions
// set labels and alert states, a batch is undone whole, undo restores, everything
// audited; any tampering with the audit log is found and named.
#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <random>
#include <set>

#include "storage/alert_store.h"
#include "storage/audit_log.h"
#include "storage/decision_store.h"
#include "storage/score_store.h"
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
    // The amount breaks near ties (1,000 EUR at risk 65 before 5 EUR at risk 70) but does not
    // outweigh a clear difference in risk (60 against 70), which filled the queue with
    // large ordinary purchases.
    EXPECT_GT(alert_priority(65, 1000), alert_priority(70, 5));
    EXPECT_LT(alert_priority(60, 1000), alert_priority(70, 5));
    EXPECT_GT(alert_priority(70, 100), alert_priority(60, 100));
    EXPECT_DOUBLE_EQ(alert_priority(50, 0), 50);
    EXPECT_DOUBLE_EQ(alert_priority(50, -3), 50);  // refunds do not lower it below risk
}

TEST(ScoreRows, KeepEachMembersRiskPointsForTheReviewChart) {
    Verdict v;
    v.contributions = {31.5, 12.25, 0.0, 5.0};
    v.supervised = std::numeric_limits<double>::quiet_NaN();
    const ScoreRow row = make_score_row(7, v);
    EXPECT_EQ(stored_risk_points(row.model_scores), v.contributions);
    EXPECT_FALSE(stored_risk_points("{}"));  // scored before they were kept
    EXPECT_FALSE(stored_risk_points(R"({"iforest": 0.4})"));
    EXPECT_FALSE(stored_risk_points(R"({"risk_points": [1, 2]})"));
    EXPECT_FALSE(stored_risk_points("not json"));
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

TEST_F(ReviewStores, ACaseDecidedTogetherIsUndoneAsOneStep) {
    AlertStore(db_).create(std::vector<NewAlert>{{row("t0"), 0, "card-a", 90, 10},
                                                 {row("t1"), 0, "card-a", 80, 10},
                                                 {row("t2"), 0, "card-a", 70, 10},
                                                 {row("t3"), 0, "card-b", 60, 10}},
                           kNow);
    DecisionStore decisions(db_);
    decisions.decide(row("t3"), Decision::Legit, "ada", "", kNow + 1);
    const std::vector<std::int64_t> episode = {row("t1"), row("t0"), row("t2"), row("t0")};
    const std::int64_t batch = decisions.decide_all(episode, Decision::Fraud, "ada", "", kNow + 2);
    EXPECT_GT(batch, 0);
    EXPECT_EQ(db_.query_int64("SELECT count(*) FROM labels"), 4);  // t0 counted once
    for (const char* t : {"t0", "t1", "t2"}) {
        EXPECT_EQ(label(t), 1) << t;
        EXPECT_EQ(AlertStore(db_).for_transaction(row(t), kNow)->status, AlertStatus::ClosedFraud);
        EXPECT_EQ(decisions.history(row(t)).back().batch_id, batch) << t;
    }
    EXPECT_EQ(decisions.history(row("t1")).front().id, batch);  // named after its first
    EXPECT_FALSE(decisions.history(row("t3")).front().batch_id);

    // Another analyst's decision in between does not split ada's batch.
    decisions.decide(row("t4"), Decision::Fraud, "bob", "", kNow + 3);
    std::vector<std::int64_t> undone;
    EXPECT_EQ(decisions.undo_last("ada", kNow + 4, &undone), row("t1"));
    EXPECT_EQ(undone, (std::vector<std::int64_t>{row("t1"), row("t0"), row("t2")}));
    for (const char* t : {"t0", "t1", "t2"}) {
        EXPECT_FALSE(label(t)) << t;
        EXPECT_EQ(AlertStore(db_).for_transaction(row(t), kNow)->status, AlertStatus::New);
    }
    EXPECT_EQ(AlertStore(db_).for_transaction(row("t3"), kNow)->status, AlertStatus::ClosedLegit);
    EXPECT_EQ(db_.query_int64("SELECT count(*) FROM audit_log WHERE action = 'undo' AND "
                              "details LIKE '%\"batch\":" +
                              std::to_string(batch) + "%'"),
              3);
    EXPECT_EQ(decisions.undo_last("ada", kNow + 5, &undone), row("t3"));
    EXPECT_EQ(undone, std::vector<std::int64_t>{row("t3")});
    EXPECT_FALSE(decisions.undo_last("ada", kNow + 6, &undone));
    EXPECT_TRUE(undone.empty());
    EXPECT_TRUE(AuditLog(db_).verify().intact);

    // All or nothing: an unknown transaction in the batch writes none of it.
    const std::vector<std::int64_t> bad = {row("t0"), 999};
    EXPECT_THROW(decisions.decide_all(bad, Decision::Fraud, "ada", "", kNow + 7), StorageError);
    EXPECT_FALSE(label("t0"));
    EXPECT_EQ(decisions.decide_all({}, Decision::Fraud, "ada", "", kNow + 8), 0);
}

// The queue's filters and cases against a brute force over random alerts on a few cards:
// levels from stored scores (or the default levels for alerts without one), assignees,
// SLA, merchant category and country (any case), and 24-hour cases of open alerts.
class QueueFilters : public ::testing::Test {
protected:
    struct Truth {
        AlertRow row;
        bool has_score = false;
        int level = 0;
        std::string category, country;
    };

    void SetUp() override {
        std::mt19937 rng(7);
        const auto pick = [&](auto const& options) {
            return options[std::uniform_int_distribution<std::size_t>(0, options.size() - 1)(rng)];
        };
        const std::vector<std::string> cards = {"c1", "c2", "c3", "c4", "c5", ""};
        const std::vector<std::string> categories = {"5411", "5812", "7995", ""};
        const std::vector<std::string> countries = {"FR", "DE", "us", "US", ""};
        const std::vector<std::string> assignees = {"", "", "ada", "bob"};
        std::vector<Transaction> rows;
        for (int i = 0; i < 160; ++i) {
            Transaction t;
            t.id = "x" + std::to_string(i);
            // Cases go by transaction time: spread the payments over 80 hours.
            t.timestamp_ms = kNow - std::uniform_int_distribution<std::int64_t>(0, 80 * kHour)(rng);
            t.card_id = pick(cards);
            t.merchant_category = pick(categories);
            t.country = pick(countries);
            t.amount_minor = std::uniform_int_distribution<std::int64_t>(100, 500000)(rng);
            t.currency = "EUR";
            rows.push_back(t);
        }
        TransactionStore(db_).insert(rows);
        db_.exec(
            "INSERT INTO models(id, kind, created_ms, header, bundle) VALUES (1, 'ensemble', 0, "
            "'{}', x'00')");
        AlertStore alerts(db_);
        for (int i = 0; i < 160; ++i) {
            if (i % 8 == 7) continue;  // some transactions never alerted
            const Transaction& t = rows[static_cast<std::size_t>(i)];
            const std::int64_t id = i + 1;
            const double risk = std::uniform_real_distribution<double>(0, 100)(rng);
            const bool scored = i % 3 != 0;
            const std::int64_t created =
                t.timestamp_ms + std::uniform_int_distribution<std::int64_t>(0, 2 * kHour)(rng);
            const std::int64_t sla =
                std::uniform_int_distribution<std::int64_t>(1, 60)(rng) * kHour;
            alerts.create(std::vector<NewAlert>{{id, scored ? 1 : 0, t.card_id, risk, t.amount()}},
                          created, sla);
            Truth truth;
            truth.row.transaction_id = id;
            truth.row.card_id = t.card_id;
            truth.row.risk = risk;
            truth.row.created_ms = created;
            truth.row.ts_ms = t.timestamp_ms;
            truth.row.due_ms = created + sla;
            truth.row.status = pick(std::vector<AlertStatus>{
                AlertStatus::New, AlertStatus::New, AlertStatus::InReview, AlertStatus::Escalated,
                AlertStatus::ClosedFraud, AlertStatus::ClosedLegit});
            truth.row.assignee = pick(assignees);
            truth.row.priority =
                alert_priority(risk, t.amount()) +
                (is_open(truth.row.status) ? (kNow - created) / 3600000.0 * kPriorityPerHour : 0.0);
            truth.has_score = scored;
            truth.level = scored ? static_cast<int>(rng() % 4)  // unrelated to the risk on purpose
                                 : static_cast<int>(RiskLevels{}.level_for(risk));
            truth.category = t.merchant_category;
            truth.country = t.country;
            Statement update = db_.prepare(
                "UPDATE alerts SET status = ?2, assignee = ?3 WHERE transaction_id = ?1");
            const std::string status(alert_status_name(truth.row.status));
            update.bind(1, id).bind(2, status).bind(3, truth.row.assignee);
            update.step();
            if (scored) {
                Statement score = db_.prepare(
                    "INSERT INTO scores(transaction_id, model_id, risk, level, scored_ms) VALUES "
                    "(?1, 1, ?2, ?3, 0)");
                score.bind(1, id).bind(2, risk).bind(3, truth.level);
                score.step();
            }
            truth_.push_back(truth);
        }
    }

    static bool upper_equal(const std::string& a, const std::string& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
            return std::toupper(static_cast<unsigned char>(x)) ==
                   std::toupper(static_cast<unsigned char>(y));
        });
    }
    bool matches(const Truth& t, const AlertFilter& f) const {
        const AlertStatus s = t.row.status;
        if (f.status ? s != *f.status : !is_open(s)) return false;
        if (f.level && t.level != static_cast<int>(*f.level)) return false;
        if (f.assignee && t.row.assignee != *f.assignee) return false;
        if (f.sla_breached && !(is_open(s) && t.row.due_ms < kNow)) return false;
        if (!f.category.empty() && t.category != f.category) return false;
        if (!f.country.empty() && !upper_equal(t.country, f.country)) return false;
        return true;
    }
    static bool first(const Truth* a, const Truth* b) {
        return a->row.priority != b->row.priority ? a->row.priority > b->row.priority
                                                  : a->row.transaction_id < b->row.transaction_id;
    }
    // Expected queue: transaction ids in order.
    std::vector<std::int64_t> expected_queue(const AlertFilter& f) const {
        std::vector<const Truth*> hits;
        for (const Truth& t : truth_)
            if (matches(t, f)) hits.push_back(&t);
        std::sort(hits.begin(), hits.end(), first);
        std::vector<std::int64_t> out;
        for (const Truth* t : hits) out.push_back(t->row.transaction_id);
        return out;
    }
    // Expected cases: each as the lead's id followed by all its ids in time order.
    std::vector<std::vector<std::int64_t>> expected_cases(const AlertFilter& f) const {
        std::vector<std::vector<const Truth*>> groups;
        if (f.status && !is_open(*f.status)) {
            for (const Truth& t : truth_)
                if (matches(t, f)) groups.push_back({&t});
        } else {
            std::vector<const Truth*> open;
            for (const Truth& t : truth_)
                if (is_open(t.row.status)) open.push_back(&t);
            std::sort(open.begin(), open.end(), [](const Truth* a, const Truth* b) {
                return std::tie(a->row.card_id, a->row.ts_ms, a->row.transaction_id) <
                       std::tie(b->row.card_id, b->row.ts_ms, b->row.transaction_id);
            });
            for (const Truth* t : open) {
                if (!groups.empty() && !t->row.card_id.empty() &&
                    groups.back().front()->row.card_id == t->row.card_id &&
                    t->row.ts_ms - groups.back().front()->row.ts_ms <= 24 * kHour) {
                    groups.back().push_back(t);
                } else {
                    groups.push_back({t});
                }
            }
        }
        std::vector<std::pair<const Truth*, std::vector<std::int64_t>>> kept;
        for (const auto& g : groups) {
            const Truth* lead = nullptr;
            for (const Truth* t : g)
                if (matches(*t, f) && (!lead || first(t, lead))) lead = t;
            if (!lead) continue;
            std::vector<std::int64_t> ids = {lead->row.transaction_id};
            for (const Truth* t : g) ids.push_back(t->row.transaction_id);
            kept.emplace_back(lead, ids);
        }
        std::sort(kept.begin(), kept.end(),
                  [](const auto& a, const auto& b) { return first(a.first, b.first); });
        std::vector<std::vector<std::int64_t>> out;
        for (auto& k : kept) out.push_back(std::move(k.second));
        return out;
    }

    Database db_{":memory:"};
    std::vector<Truth> truth_;
};

TEST_F(QueueFilters, EveryFilterNarrowsTheQueueAndItsCasesAsTheBruteForceSays) {
    AlertStore alerts(db_);
    std::vector<std::optional<AlertStatus>> statuses = {std::nullopt};
    for (int s = 0; s < 5; ++s) statuses.push_back(static_cast<AlertStatus>(s));
    std::vector<std::optional<RiskLevel>> levels = {std::nullopt};
    for (int l = 0; l < 4; ++l) levels.push_back(static_cast<RiskLevel>(l));
    const std::vector<std::optional<std::string>> assignees = {std::nullopt, "", "ada"};
    int filters = 0, nonEmpty = 0, multiAlertCases = 0;
    for (const auto& status : statuses)
        for (const auto& level : levels)
            for (const auto& assignee : assignees)
                for (const bool sla : {false, true})
                    for (const char* category : {"", "5411"})
                        for (const char* country : {"", "us"}) {
                            const AlertFilter f{status, level, assignee, sla, category, country};
                            const std::string what =
                                "status " +
                                (status ? std::string(alert_status_name(*status)) : "open") +
                                " level " + (level ? std::to_string(int(*level)) : "any") +
                                " assignee " + assignee.value_or("any") + " sla " +
                                std::to_string(sla) + " category " + category + " country " +
                                country;
                            std::vector<std::int64_t> got;
                            for (const AlertRow& a : alerts.queue(kNow, 1000, f)) {
                                got.push_back(a.transaction_id);
                                EXPECT_EQ(a.sla_breached(kNow) || !sla, true) << what;
                            }
                            const auto want = expected_queue(f);
                            ASSERT_EQ(got, want) << what;
                            std::vector<std::vector<std::int64_t>> cases;
                            for (const AlertCase& c : alerts.cases(kNow, 1000, f)) {
                                std::vector<std::int64_t> ids = {c.lead.transaction_id};
                                for (const AlertRow& a : c.alerts) ids.push_back(a.transaction_id);
                                multiAlertCases += c.alerts.size() > 1;
                                cases.push_back(ids);
                            }
                            ASSERT_EQ(cases, expected_cases(f)) << what;
                            ++filters;
                            nonEmpty += !want.empty();
                        }
    EXPECT_EQ(filters, 6 * 5 * 3 * 2 * 2 * 2);
    EXPECT_GT(nonEmpty, 100);        // the data exercises the filters
    EXPECT_GT(multiAlertCases, 50);  // and the cases
    // The limit counts cases, highest first.
    const auto all = alerts.cases(kNow, 1000, {});
    const auto top = alerts.cases(kNow, 3, {});
    ASSERT_EQ(top.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(top[i].lead.id, all[i].lead.id);
}

TEST_F(QueueFilters, TheRowsCarryLevelCategoryCountryAndTheFacetsListThem) {
    AlertStore alerts(db_);
    for (const AlertRow& a : alerts.queue(kNow, 1000, AlertFilter{})) {
        const auto t = std::find_if(truth_.begin(), truth_.end(), [&](const Truth& candidate) {
            return candidate.row.transaction_id == a.transaction_id;
        });
        ASSERT_NE(t, truth_.end());
        EXPECT_EQ(static_cast<int>(a.level), t->level);
        EXPECT_EQ(a.category, t->category);
        EXPECT_EQ(a.country, t->country);
        EXPECT_EQ(a.ts_ms, t->row.ts_ms);
    }
    const AlertFacets f = alerts.facets();
    EXPECT_EQ(f.assignees, (std::vector<std::string>{"ada", "bob"}));
    EXPECT_EQ(f.categories, (std::vector<std::string>{"5411", "5812", "7995"}));
    EXPECT_EQ(f.countries, (std::vector<std::string>{"DE", "FR", "US"}));
    // A case lists the lead's transaction first.
    for (const AlertCase& c : alerts.cases(kNow, 1000, {})) {
        const auto ids = c.transaction_ids();
        ASSERT_EQ(ids.size(), c.alerts.size());
        EXPECT_EQ(ids.front(), c.lead.transaction_id);
        EXPECT_EQ(std::set<std::int64_t>(ids.begin(), ids.end()).size(), ids.size());
    }
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
