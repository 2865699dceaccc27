// The review loop without a window: label a transaction, list alerts, verify the audit log.
#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>

#include "audit_support.h"
#include "core/timestamp.h"
#include "engine_support.h"
#include "storage/alert_store.h"
#include "storage/audit_log.h"
#include "storage/decision_store.h"

namespace fd::cli {
namespace {

std::int64_t now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

const CommandSpec kLabelSpec{
    "label",
    "label --db DB --id TXN_ID --label fraud|legit|escalate [--analyst NAME] [--note TEXT]",
    "Records an analyst's decision on a stored transaction: fraud or legit set its label\n"
    "(which retraining learns from) and close its alert; escalate marks the alert escalated.\n"
    "The decision keeps the analyst, the time, the note and the model and risk at the time,\n"
    "and goes to the audit log.\n\n"
    "  --db DB          database file (required)\n"
    "  --id TXN_ID      the transaction's external id (required)\n"
    "  --label L        fraud, legit or escalate (required)\n"
    "  --analyst NAME   who decides (default: the operating-system user)\n"
    "  --note TEXT      why",
    {"db", "id", "label", "analyst", "note"},
    {}};

int label(const CommandSpec&, const Arguments& args) {
    if (!args.positional().empty())
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    const auto id = args.required("id");
    const auto decision = decision_from_name(args.required("label"));
    if (!decision) throw UsageError("--label must be fraud, legit or escalate");
    try {
        Database db = open_existing(args.required("db"), OpenMode::ReadWrite, "label");
        Statement find = db.prepare("SELECT id FROM transactions WHERE ext_id = ?1");
        find.bind(1, id);
        if (!find.step()) {
            std::cerr << "frauddesk-cli label: no transaction with id '" << id << "' in "
                      << db.path() << "; check the id with 'frauddesk-cli alerts'\n";
            return kFailure;
        }
        const std::int64_t row = find.column_int64(0);
        find.reset();
        DecisionStore(db).decide(row, *decision, analyst_of(args, "analyst"),
                                 args.value("note").value_or(""), now_ms());
        std::cout << id << ": " << decision_name(*decision) << " (" << analyst_of(args, "analyst")
                  << ")\n";
        return kOk;
    } catch (const std::exception& e) {
        std::cerr << "frauddesk-cli label: " << e.what() << "\n";
        return kFailure;
    }
}

const CommandSpec kAlertsSpec{
    "alerts",
    "alerts --db DB [--status S] [--limit N] [--json]",
    "Lists alerts by priority (risk, amount and age), highest first: the open ones, or those\n"
    "of one status. Each starts with its alert id, which 'report --case' takes.\n\n"
    "  --db DB       database file (required)\n"
    "  --status S    new, in_review, escalated, closed_fraud or closed_legit\n"
    "  --limit N     at most N alerts (default 100)\n"
    "  --json        one JSON object per line",
    {"db", "status", "limit"},
    {"json"}};

int alerts(const CommandSpec&, const Arguments& args) {
    if (!args.positional().empty())
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    std::optional<AlertStatus> status;
    if (const auto s = args.value("status")) {
        status = alert_status_from_name(*s);
        if (!status)
            throw UsageError(
                "--status must be new, in_review, escalated, closed_fraud or "
                "closed_legit");
    }
    const auto limit = args.integer("limit", 1, 10'000'000).value_or(100);
    try {
        Database db = open_existing(args.required("db"), OpenMode::ReadOnly, "alerts");
        const std::int64_t now = now_ms();
        for (const AlertRow& a :
             AlertStore(db).queue(now, static_cast<std::size_t>(limit), status)) {
            if (args.flag("json")) {
                nlohmann::ordered_json row = {
                    {"alert_id", a.id},  // what 'report --case' takes
                    {"transaction_id", a.ext_id},
                    {"card", mask_card(a.card_id)},
                    {"risk", a.risk},
                    {"priority", a.priority},
                    {"status", alert_status_name(a.status)},
                    {"assignee", a.assignee},
                    {"created", format_timestamp_iso(a.created_ms)},
                    {"due", format_timestamp_iso(a.due_ms)},
                    {"sla_breached", is_open(a.status) && a.due_ms < now}};
                std::cout << row.dump() << "\n";
            } else {
                std::cout << "alert " << a.id << "  " << a.ext_id << "  " << mask_card(a.card_id)
                          << "  risk " << a.risk << "  priority " << static_cast<int>(a.priority)
                          << "  " << alert_status_name(a.status)
                          << (is_open(a.status) && a.due_ms < now ? "  SLA breached" : "") << "\n";
            }
        }
        return kOk;
    } catch (const std::exception& e) {
        std::cerr << "frauddesk-cli alerts: " << e.what() << "\n";
        return kFailure;
    }
}

const CommandSpec kAuditSpec{
    "audit",
    "audit verify --db DB",
    "Checks the audit log's hash chain: every row must hold the hash of the row before it\n"
    "and a hash of its own contents. Exits 0 when the chain is intact, 1 naming the first\n"
    "bad row.\n\n"
    "  --db DB   database file (required)",
    {"db"},
    {}};

int audit(const CommandSpec&, const Arguments& args) {
    if (args.positional().size() != 1 || args.positional().front() != "verify")
        throw UsageError("the only audit subcommand is 'verify'");
    try {
        Database db = open_existing(args.required("db"), OpenMode::ReadOnly, "audit");
        const AuditVerification v = AuditLog(db).verify();
        if (v.intact) {
            std::cout << "audit log intact: " << v.rows << " rows\n";
            return kOk;
        }
        std::cerr << "frauddesk-cli audit: the audit log was tampered with at row "
                  << *v.first_bad_id << ": " << v.problem << "\n";
        return kFailure;
    } catch (const std::exception& e) {
        std::cerr << "frauddesk-cli audit: " << e.what() << "\n";
        return kFailure;
    }
}

}  // namespace

int run_label(const std::vector<std::string>& args) {
    return with_usage(kLabelSpec, args, label);
}

int run_alerts(const std::vector<std::string>& args) {
    return with_usage(kAlertsSpec, args, alerts);
}

int run_audit(const std::vector<std::string>& args) {
    return with_usage(kAuditSpec, args, audit);
}

}  // namespace fd::cli
