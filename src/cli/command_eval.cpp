#include <iomanip>
#include <iostream>

#include "core/engine/scorer.h"
#include "core/metrics/metrics.h"
#include "engine_support.h"
#include "storage/transaction_store.h"

namespace fd::cli {
namespace {

const CommandSpec kSpec{
    "eval",
    "eval --db DB --model MODEL.fdm [--from T] [--until T] [--json]",
    "Measures a model on the labelled transactions of a time range (features computed over\n"
    "the whole history, from the past only): ROC AUC, average precision, precision among\n"
    "the 100 riskiest, card precision among the 100 riskiest cards per day, and the\n"
    "confusion matrix at the model's alert threshold.\n\n"
    "  --db DB            database file (required)\n"
    "  --model MODEL.fdm  the model bundle (required)\n"
    "  --from T / --until T   the time range to measure (default: everything)\n"
    "  --json             print one JSON object",
    {"db", "model", "from", "until"},
    {"json"}};

int eval(const CommandSpec&, const Arguments& args) {
    if (!args.positional().empty())
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    const auto from = time_option(args, "from", kBeginningOfTime);
    const auto until = time_option(args, "until", kEndOfTime);
    try {
        const auto model = load_model_file(args.required("model"));
        Database db = open_existing(args.required("db"), OpenMode::ReadOnly, "eval");
        Scorer scorer(model);
        std::vector<double> scores;
        std::vector<std::uint8_t> labels;
        std::vector<std::int64_t> times;
        std::vector<std::string> cards;
        std::vector<Verdict> verdicts;
        TransactionStore(db).scan(kBeginningOfTime, until, 10000, [&](auto batch, auto) {
            scorer.score(batch, verdicts);
            for (std::size_t i = 0; i < batch.size(); ++i) {
                const Transaction& t = batch[i];
                if (t.timestamp_ms < from || t.label == Label::Unknown) continue;
                scores.push_back(verdicts[i].score);
                labels.push_back(t.label == Label::Fraud);
                times.push_back(t.timestamp_ms);
                cards.push_back(t.card_id);
            }
            return true;
        });
        if (scores.empty()) {
            std::cerr << "frauddesk-cli eval: no labelled transactions in the chosen range; "
                         "import ground truth or label alerts first\n";
            return kFailure;
        }
        // The threshold is on risk, which is the score capped at 100.
        const double threshold = model.alert_threshold();
        const auto auc = roc_auc(scores, labels);
        const auto ap = average_precision(scores, labels);
        const double p100 = precision_at_k(scores, labels, 100);
        const double cp100 = card_precision_at_k_per_day(scores, labels, times, cards, 100);
        const auto confusion = confusion_at(scores, labels, threshold);
        const auto as_json = [](const std::optional<double>& v) {
            return v ? nlohmann::json(*v) : nlohmann::json();
        };
        nlohmann::ordered_json out = {
            {"auc", as_json(auc)},
            {"ap", as_json(ap)},
            {"p_at_100", p100},
            {"cp_at_100_per_day", cp100},
            {"confusion",
             {{"threshold", threshold},
              {"tp", confusion.tp},
              {"fp", confusion.fp},
              {"tn", confusion.tn},
              {"fn", confusion.fn}}},
            {"labelled", scores.size()},
        };
        if (args.flag("json")) {
            std::cout << out.dump() << "\n";
        } else {
            std::cout << std::fixed << std::setprecision(4) << "labelled transactions  "
                      << scores.size() << "\nROC AUC                " << out["auc"].dump()
                      << "\naverage precision      " << out["ap"].dump()
                      << "\nprecision@100          " << p100 << "\ncard precision@100/day " << cp100
                      << "\nat risk >= " << std::setprecision(1) << threshold << ": "
                      << confusion.tp << " TP, " << confusion.fp << " FP, " << confusion.fn
                      << " FN, " << confusion.tn << " TN\n";
        }
        return kOk;
    } catch (const std::exception& error) {
        std::cerr << "frauddesk-cli eval: " << error.what() << "\n";
        return kFailure;
    }
}

}  // namespace

int run_eval(const std::vector<std::string>& args) {
    return with_usage(kSpec, args, eval);
}

}  // namespace fd::cli
