#include "model_store.h"

#include <nlohmann/json.hpp>

#include "audit_log.h"
#include "core/tr_mark.h"

namespace fd {
namespace {

constexpr std::string_view kColumns = "id, kind, name, created_ms, header, active";

ModelRecord read_model(const Statement& row) {
    ModelRecord r;
    r.id = row.column_int64(0);
    r.kind = row.column_text(1);
    r.name = row.column_text(2);
    r.created_ms = row.column_int64(3);
    r.header = row.column_text(4);
    r.active = row.column_int64(5) != 0;
    return r;
}

std::optional<ModelRecord> first_model(Statement query) {
    if (!query.step()) return std::nullopt;
    return read_model(query);
}

}  // namespace

ModelStore::ModelStore(Database& db) : db_(db) {}

std::int64_t ModelStore::add(const std::string& kind, const std::string& name,
                             std::int64_t created_ms, const std::string& header,
                             std::span<const std::uint8_t> bundle) {
    Statement insert = db_.prepare(
        "INSERT INTO models(kind, name, created_ms, header, bundle) VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, kind).bind(2, name).bind(3, created_ms).bind(4, header).bind_blob(5, bundle);
    insert.step();
    return db_.last_insert_rowid();
}

void ModelStore::switch_active(std::int64_t id) {
    Statement exists = db_.prepare("SELECT count(*) FROM models WHERE id = ?1");
    exists.bind(1, id);
    if (!exists.step() || exists.column_int64(0) == 0) {
        throw StorageError(
            fill_text(FD_TR("core/Storage",
                            "There is no model %1 in '%2'; list the models to see which exist"),
                      {std::to_string(id), db_.path()}));
    }
    db_.exec("UPDATE models SET active = 0 WHERE active = 1");
    Statement update = db_.prepare("UPDATE models SET active = 1 WHERE id = ?1");
    update.bind(1, id);
    update.step();
}

void ModelStore::activate(std::int64_t id) {
    SqlTransaction transaction(db_);
    switch_active(id);
    transaction.commit();
}

void ModelStore::promote(std::int64_t id, const std::string& actor, const std::string& action,
                         std::int64_t now_ms, const std::string& details) {
    auto parsed = nlohmann::json::parse(details, nullptr, false);
    if (!parsed.is_object()) parsed = nlohmann::json::object();
    SqlTransaction transaction(db_);
    const auto before = active();
    switch_active(id);
    parsed["previous"] = before ? nlohmann::json(before->id) : nlohmann::json(nullptr);
    AuditLog(db_).append(now_ms, actor, action, "model " + std::to_string(id), parsed.dump());
    transaction.commit();
}

void ModelStore::add_evaluation(std::int64_t model_id, std::optional<std::int64_t> against_model_id,
                                std::int64_t evaluated_ms, const std::string& report) {
    Statement insert = db_.prepare(
        "INSERT INTO model_evaluations(model_id, against_model_id, evaluated_ms, report) "
        "VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, model_id).bind(3, evaluated_ms).bind(4, report);
    if (against_model_id) insert.bind(2, *against_model_id);
    insert.step();
}

std::optional<std::string> ModelStore::latest_evaluation(std::int64_t model_id) {
    Statement query = db_.prepare(
        "SELECT report FROM model_evaluations WHERE model_id = ?1 ORDER BY id DESC LIMIT 1");
    query.bind(1, model_id);
    if (!query.step()) return std::nullopt;
    return query.column_text(0);
}

std::optional<ModelRecord> ModelStore::active() {
    return first_model(
        db_.prepare("SELECT " + std::string(kColumns) + " FROM models WHERE active = 1"));
}

std::optional<ModelRecord> ModelStore::find(std::int64_t id) {
    Statement query = db_.prepare("SELECT " + std::string(kColumns) + " FROM models WHERE id = ?1");
    query.bind(1, id);
    return first_model(std::move(query));
}

std::vector<ModelRecord> ModelStore::list() {
    Statement query =
        db_.prepare("SELECT " + std::string(kColumns) + " FROM models ORDER BY id DESC");
    std::vector<ModelRecord> models;
    while (query.step()) models.push_back(read_model(query));
    return models;
}

std::vector<std::uint8_t> ModelStore::bundle(std::int64_t id) {
    Statement query = db_.prepare("SELECT bundle FROM models WHERE id = ?1");
    query.bind(1, id);
    return query.step() ? query.column_blob(0) : std::vector<std::uint8_t>{};
}

}  // namespace fd
