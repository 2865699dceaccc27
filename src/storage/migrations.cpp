#include "migrations.h"

#include <array>
#include <string>
#include <string_view>

#include "core/tr_mark.h"
#include "database.h"

namespace fd {
namespace {

struct Migration {
    int version;           // user_version after this step
    std::string_view sql;  // one or more statements
};

// The ladder. Append new steps at the end; never edit a step that has shipped.
constexpr std::array kLadder = {
    Migration{1, R"sql(
CREATE TABLE transactions(
    id INTEGER PRIMARY KEY,
    ext_id TEXT NOT NULL UNIQUE,
    ts_ms INTEGER NOT NULL,
    card_id TEXT NOT NULL DEFAULT '',
    customer_id TEXT NOT NULL DEFAULT '',
    merchant_id TEXT NOT NULL DEFAULT '',
    merchant_category TEXT NOT NULL DEFAULT '',
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    latitude REAL,
    longitude REAL,
    channel TEXT NOT NULL DEFAULT '',
    device_id TEXT NOT NULL DEFAULT '',
    ip TEXT NOT NULL DEFAULT '',
    label INTEGER CHECK (label IN (0, 1)),
    scenario TEXT NOT NULL DEFAULT '',
    extras TEXT,      -- JSON object name -> number, NULL when none
    attributes TEXT   -- JSON object name -> string, NULL when none
);
)sql"},
    Migration{2, R"sql(
CREATE TABLE imports(
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size_bytes INTEGER NOT NULL DEFAULT 0,
    format TEXT NOT NULL DEFAULT '',
    started_ms INTEGER NOT NULL,
    finished_ms INTEGER,
    status TEXT NOT NULL CHECK (status IN ('running', 'done', 'cancelled', 'failed')),
    rows_read INTEGER NOT NULL DEFAULT 0,
    imported INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    seconds REAL NOT NULL DEFAULT 0
);
CREATE TABLE import_rejects(
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL,
    raw TEXT NOT NULL DEFAULT ''
);
CREATE INDEX import_rejects_by_import ON import_rejects(import_id, line);
ALTER TABLE transactions ADD COLUMN import_id INTEGER REFERENCES imports(id);
)sql"},
    // transactions_by_card is also listed in bulk_indexes.cpp, which drops and rebuilds it.
    Migration{3, R"sql(
CREATE INDEX transactions_by_time ON transactions(ts_ms);
CREATE INDEX transactions_by_card ON transactions(card_id, ts_ms);
)sql"},
    Migration{4, R"sql(
CREATE TABLE models(
    id INTEGER PRIMARY KEY,            -- the model version analysts see
    kind TEXT NOT NULL,                -- ensemble, iforest, autoencoder, gbdt
    name TEXT NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL,
    header TEXT NOT NULL,              -- the bundle's JSON header: params, features, metrics
    bundle BLOB NOT NULL,              -- the whole .fdm file, validated on load
    active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
);
CREATE UNIQUE INDEX models_one_active ON models(active) WHERE active = 1;
CREATE TABLE scores(
    transaction_id INTEGER NOT NULL REFERENCES transactions(id) ON DELETE CASCADE,
    model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
    risk REAL NOT NULL CHECK (risk BETWEEN 0 AND 100),
    level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),  -- low, medium, high, critical
    model_scores TEXT NOT NULL DEFAULT '{}',  -- JSON: each model's normalised score
    reasons TEXT NOT NULL DEFAULT '[]',       -- JSON: [{"code", "text", "weight"}], best first
    scored_ms INTEGER NOT NULL,
    PRIMARY KEY (transaction_id, model_id)
) WITHOUT ROWID;
CREATE INDEX scores_by_model_risk ON scores(model_id, risk);
)sql"},
    // Alerts, analysts' decisions and the tamper-evident audit trail.
    Migration{5, R"sql(
CREATE TABLE alerts(
    id INTEGER PRIMARY KEY,
    transaction_id INTEGER NOT NULL UNIQUE REFERENCES transactions(id) ON DELETE CASCADE,
    model_id INTEGER REFERENCES models(id) ON DELETE SET NULL,
    card_id TEXT NOT NULL DEFAULT '',  -- a card's alerts within 24 h form one case
    risk REAL NOT NULL CHECK (risk BETWEEN 0 AND 100),
    priority REAL NOT NULL,            -- from risk and amount; age is added when read
    status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'in_review', 'escalated', 'closed_fraud', 'closed_legit')),
    assignee TEXT NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    due_ms INTEGER NOT NULL            -- the SLA
);
CREATE INDEX alerts_by_status_priority ON alerts(status, priority);
CREATE INDEX alerts_by_card ON alerts(card_id, created_ms);
CREATE TABLE labels(
    id INTEGER PRIMARY KEY,
    transaction_id INTEGER NOT NULL REFERENCES transactions(id) ON DELETE CASCADE,
    decision TEXT NOT NULL CHECK (decision IN ('fraud', 'legit', 'escalate')),
    analyst TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    decided_ms INTEGER NOT NULL,
    model_id INTEGER,                  -- the model and risk the analyst saw
    risk REAL,
    previous_label INTEGER,            -- the transaction's label before, for an undo
    undone_ms INTEGER                  -- set by an undo; the row itself stays
);
CREATE INDEX labels_by_transaction ON labels(transaction_id, id);
CREATE TABLE audit_log(
    id INTEGER PRIMARY KEY,
    at_ms INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,           -- the hash of the row before (64 zeros for the first)
    hash TEXT NOT NULL                 -- SHA-256 of this row's fields and prev_hash
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql"},
    // How a retrained model compared with the active one when it was trained.
    Migration{6, R"sql(
CREATE TABLE model_evaluations(
    id INTEGER PRIMARY KEY,
    model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
    against_model_id INTEGER,          -- the model active at the time, if any
    evaluated_ms INTEGER NOT NULL,
    report TEXT NOT NULL               -- JSON: the slice, both models' figures and curves
);
CREATE INDEX model_evaluations_by_model ON model_evaluations(model_id, id);
)sql"},
    // Decisions made together (a case, a bulk selection) share a batch, undone as one.
    Migration{7, R"sql(
ALTER TABLE labels ADD COLUMN batch_id INTEGER;  -- the batch's first decision's id
CREATE INDEX labels_by_batch ON labels(batch_id) WHERE batch_id IS NOT NULL;
)sql"},
    // Lines a live source could not use: which stream, where in it, why.
    Migration{8, R"sql(
CREATE TABLE feed_rejects(
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,             -- the source's URI
    origin TEXT NOT NULL,             -- the stream within it (a producer, a partition)
    line INTEGER NOT NULL,            -- 1-based line in that stream (0: not line-based)
    byte_offset INTEGER NOT NULL,     -- the line's start in that stream, or a Kafka offset
    field TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL,
    raw TEXT NOT NULL DEFAULT '',
    at_ms INTEGER NOT NULL
);
CREATE INDEX feed_rejects_by_source ON feed_rejects(source, id);
)sql"},
};

constexpr bool ladder_is_ordered() {
    for (std::size_t i = 0; i < kLadder.size(); ++i) {
        if (kLadder[i].version != static_cast<int>(i) + 1) return false;
    }
    return true;
}
static_assert(ladder_is_ordered(), "migration versions must be 1, 2, 3, ... in order");

[[noreturn]] void refuse_newer(const Database& db, int version) {
    throw StorageError(fill_text(
        FD_TR("core/Storage",
              "Database '%1' has schema version %2 but this build knows only up to %3: it was "
              "created by a newer FraudDesk; upgrade FraudDesk to open it"),
        {db.path(), std::to_string(version), std::to_string(latest_schema_version())}));
}

}  // namespace

int latest_schema_version() {
    return kLadder.back().version;
}

void migrate(Database& db, int target) {
    const int latest = latest_schema_version();
    if (target < 0) target = latest;
    if (target > latest) {
        throw StorageError(fill_text(
            FD_TR("core/Storage", "Cannot migrate '%1' to schema version %2: the latest is %3"),
            {db.path(), std::to_string(target), std::to_string(latest)}));
    }
    // Cheap check first so that opening an up-to-date database takes no write lock.
    const int before = db.user_version();
    if (before > latest) refuse_newer(db, before);
    if (before >= target) return;

    SqlTransaction transaction(db);
    const int current = db.user_version();  // another process may have migrated meanwhile
    if (current > latest) refuse_newer(db, current);
    if (current >= target) return;
    for (const Migration& step : kLadder) {
        if (step.version <= current || step.version > target) continue;
        try {
            db.exec(step.sql);
        } catch (const StorageError& error) {
            throw StorageError(fill_text(
                FD_TR("core/Storage", "Migration of '%1' to schema version %2 failed: %3"),
                {db.path(), std::to_string(step.version), error.what()}));
        }
    }
    db.exec("PRAGMA user_version = " + std::to_string(target));
    transaction.commit();
}

}  // namespace fd
