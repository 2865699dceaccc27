#include <iomanip>
#include <iostream>

#include "core/engine/scorer.h"
#include "core/timestamp.h"
#include "engine_support.h"
#include "storage/transaction_store.h"

namespace fd::cli {
namespace {

const CommandSpec kSpec{
    "explain",
    "explain --db DB --model MODEL.fdm --id TXN_ID [--json]",
    "Explains one stored transaction's score: its risk and level, the reasons an analyst\n"
    "reads, and each model's raw score and share of the risk. The features are computed\n"
    "from the transaction's past, exactly as when it was scored.\n\n"
    "  --db DB            database file (required)\n"
    "  --model MODEL.fdm  the model bundle (required)\n"
    "  --id TXN_ID        the transaction's external id (required)\n"
    "  --json             print one JSON object",
    {"db", "model", "id"},
    {"json"}};

int explain(const CommandSpec&, const Arguments& args) {
    if (!args.positional().empty())
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    const auto id = args.required("id");
    try {
        const auto model = load_model_file(args.required("model"));
        Database db = open_existing(args.required("db"), OpenMode::ReadOnly, "explain");
        TransactionStore store(db);
        const auto target = store.find(id);
        if (!target) {
            std::cerr << "frauddesk-cli explain: no transaction with id '" << id << "' in "
                      << db.path() << "\n";
            return kFailure;
        }
        // Replay the past up to the transaction, then score it alone.
        Scorer scorer(model);
        store.scan(kBeginningOfTime, target->timestamp_ms + 1, 10000, [&](auto batch, auto) {
            for (const auto& t : batch)
                if (t.id != id) scorer.observe(std::span<const Transaction>(&t, 1));
            return true;
        });
        std::vector<Verdict> verdicts;
        FeatureMatrix features;
        scorer.score(std::span<const Transaction>(&*target, 1), verdicts, &features,
                     /*exact_contributions=*/true);
        const Verdict& v = verdicts.front();
        const char* members[] = {"iforest", "autoencoder", "supervised", "rules"};
        const double raw[] = {v.iforest, v.autoencoder, v.supervised, v.rules};
        const auto weights = model.effective_weights();
        if (args.flag("json")) {
            nlohmann::ordered_json out = {{"transaction_id", id},
                                          {"card", mask_card(target->card_id)},
                                          {"risk", v.risk},
                                          {"score", v.score},
                                          {"level", risk_level_name(v.level)},
                                          {"always_alert", v.always_alert}};
            for (const auto& r : v.reasons)
                out["reasons"].push_back(
                    {{"code", r.code}, {"text", r.text}, {"weight", r.weight}});
            for (std::size_t i = 0; i < 4; ++i) {
                out["models"][members[i]] = {
                    {"raw_score",
                     std::isfinite(raw[i]) ? nlohmann::json(raw[i]) : nlohmann::json()},
                    {"weight", weights[members[i]]},
                    {"risk_points", v.contributions[i]}};
            }
            for (std::size_t c = 0; c < features.cols; ++c)
                out["features"][features.names[c]] = features.at(0, c);
            std::cout << out.dump(2) << "\n";
            return kOk;
        }
        std::cout << "transaction " << id << "  card " << mask_card(target->card_id) << "  "
                  << format_timestamp_iso(target->timestamp_ms) << "\n"
                  << "risk " << std::fixed << std::setprecision(1) << v.risk << " ("
                  << risk_level_name(v.level) << ")" << (v.always_alert ? ", always alert" : "")
                  << "\n\nreasons:\n";
        if (v.reasons.empty()) std::cout << "  (nothing stands out)\n";
        for (const auto& r : v.reasons) std::cout << "  - " << r.text << "\n";
        std::cout << "\nmodels:        raw score   weight   risk points\n";
        for (std::size_t i = 0; i < 4; ++i) {
            std::cout << "  " << std::left << std::setw(12) << members[i] << std::right
                      << std::setw(10) << std::setprecision(4) << raw[i] << std::setw(9)
                      << std::setprecision(2) << weights[members[i]].get<double>() << std::setw(14)
                      << std::setprecision(1) << v.contributions[i] << "\n";
        }
        return kOk;
    } catch (const std::exception& error) {
        std::cerr << "frauddesk-cli explain: " << error.what() << "\n";
        return kFailure;
    }
}

}  // namespace

int run_explain(const std::vector<std::string>& args) {
    return with_usage(kSpec, args, explain);
}

}  // namespace fd::cli
