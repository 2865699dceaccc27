#include "storage/model_store.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "storage/audit_log.h"
#include "storage/score_store.h"

namespace fd {
namespace {

std::vector<std::uint8_t> bytes(std::string_view text) {
    return {text.begin(), text.end()};
}

TEST(ModelStore, AddsListsAndReadsBundlesBack) {
    Database db(":memory:");
    ModelStore models(db);
    const auto first = models.add("iforest", "first", 10, R"({"kind":"iforest"})", bytes("one"));
    const auto second = models.add("ensemble", "second", 20, "{}", bytes(std::string("t\0w", 3)));
    EXPECT_LT(first, second);
    const auto all = models.list();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].id, second);  // newest first
    EXPECT_EQ(all[1].kind, "iforest");
    EXPECT_EQ(all[1].header, R"({"kind":"iforest"})");
    EXPECT_EQ(models.bundle(second), bytes(std::string("t\0w", 3)));  // binary safe
    EXPECT_TRUE(models.bundle(999).empty());
    EXPECT_FALSE(models.active());
}

TEST(ModelStore, ExactlyOneModelIsActive) {
    Database db(":memory:");
    ModelStore models(db);
    const auto a = models.add("iforest", "a", 1, "{}", bytes("a"));
    const auto b = models.add("iforest", "b", 2, "{}", bytes("b"));
    models.activate(a);
    ASSERT_TRUE(models.active());
    EXPECT_EQ(models.active()->id, a);
    models.activate(b);
    EXPECT_EQ(models.active()->id, b);
    EXPECT_FALSE(models.find(a)->active);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM models WHERE active = 1"), 1);
    // Rolling back is activating the older one again.
    models.activate(a);
    EXPECT_EQ(models.active()->id, a);
}

TEST(ModelStore, ActivatingAMissingModelFailsAndKeepsTheActiveOne) {
    Database db(":memory:");
    ModelStore models(db);
    const auto a = models.add("iforest", "a", 1, "{}", bytes("a"));
    models.activate(a);
    EXPECT_THROW(models.activate(a + 100), StorageError);
    EXPECT_EQ(models.active()->id, a);
}

TEST(ModelStore, PromotionAndRollbackAreAuditedWithTheModelBefore) {
    Database db(":memory:");
    ModelStore models(db);
    const auto a = models.add("ensemble", "a", 1, "{}", bytes("a"));
    const auto b = models.add("ensemble", "b", 2, "{}", bytes("b"));
    models.activate(a);
    models.promote(b, "ana", "promote", 100, R"({"challenger_ap":0.8})");
    EXPECT_EQ(models.active()->id, b);
    models.promote(a, "ben", "rollback", 200);
    EXPECT_EQ(models.active()->id, a);
    const auto log = AuditLog(db).recent(10);
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[1].action, "promote");
    EXPECT_EQ(log[1].actor, "ana");
    EXPECT_EQ(log[1].subject, "model " + std::to_string(b));
    const auto details = nlohmann::json::parse(log[1].details);
    EXPECT_EQ(details["previous"], a);
    EXPECT_DOUBLE_EQ(details["challenger_ap"].get<double>(), 0.8);
    EXPECT_EQ(log[0].action, "rollback");
    EXPECT_EQ(nlohmann::json::parse(log[0].details)["previous"], b);
    EXPECT_TRUE(AuditLog(db).verify().intact);
    // A missing model changes nothing and logs nothing.
    EXPECT_THROW(models.promote(b + 100, "ana", "promote", 300), StorageError);
    EXPECT_EQ(models.active()->id, a);
    EXPECT_EQ(AuditLog(db).recent(10).size(), 2u);
}

TEST(ModelStore, KeepsEachModelsNewestEvaluation) {
    Database db(":memory:");
    ModelStore models(db);
    const auto a = models.add("ensemble", "a", 1, "{}", bytes("a"));
    const auto b = models.add("ensemble", "b", 2, "{}", bytes("b"));
    EXPECT_FALSE(models.latest_evaluation(b));
    models.add_evaluation(b, a, 10, R"({"n":1})");
    models.add_evaluation(b, std::nullopt, 20, R"({"n":2})");
    EXPECT_EQ(models.latest_evaluation(b), R"({"n":2})");
    EXPECT_FALSE(models.latest_evaluation(a));
}

TEST(ScoreStore, UpsertsScoresPerTransactionAndModel) {
    Database db(":memory:");
    db.exec(
        "INSERT INTO transactions(ext_id, ts_ms, amount_minor, currency) VALUES ('x', 1, 100, "
        "'EUR'), ('y', 2, 200, 'EUR')");
    ModelStore models(db);
    const auto model = models.add("ensemble", "m", 1, "{}", bytes("m"));
    ScoreStore scores(db);
    const std::vector<ScoreRow> rows = {{1, 12.5, 0, R"({"iforest":0.1})", "[]"},
                                        {2, 91.0, 3, "", R"([{"code":"rule"}])"}};
    scores.upsert(model, rows, 1000);
    EXPECT_EQ(scores.count(model), 2);
    const auto second = scores.find(2, model);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->risk, 91.0);
    EXPECT_EQ(second->level, 3);
    EXPECT_EQ(second->model_scores, "{}");  // empty means none
    scores.upsert(model, std::vector<ScoreRow>{{2, 40.0, 1, "{}", "[]"}}, 2000);
    EXPECT_EQ(scores.count(model), 2);
    EXPECT_EQ(scores.find(2, model)->risk, 40.0);
    EXPECT_FALSE(scores.find(1, model + 1));
}

TEST(ScoreStore, RefusesRiskOutsideZeroToHundred) {
    Database db(":memory:");
    db.exec(
        "INSERT INTO transactions(ext_id, ts_ms, amount_minor, currency) VALUES ('x', 1, 1, "
        "'EUR')");
    ModelStore models(db);
    const auto model = models.add("ensemble", "m", 1, "{}", bytes("m"));
    ScoreStore scores(db);
    EXPECT_THROW(scores.upsert(model, std::vector<ScoreRow>{{1, 100.5, 3, "{}", "[]"}}, 1),
                 StorageError);
}

}  // namespace
}  // namespace fd
