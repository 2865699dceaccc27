#include <unistd.h>

#include <chrono>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "core/engine/model_bundle.h"
#include "engine_support.h"
#include "storage/model_store.h"

namespace fd::cli {
namespace {

const CommandSpec kSpec{
    "train",
    "train --db DB --kind iforest|autoencoder|gbdt|ensemble [--features a,b,...] [--trees N]\n"
    "      [--sample-size N] [--seed S] [--train-from T] [--train-until T] --out MODEL.fdm\n"
    "      [--activate]",
    "Trains a model on the stored transactions in time order and writes a model bundle.\n"
    "The model is also kept in the database's model registry; --activate makes it the one\n"
    "the app scores with. gbdt needs labels (imported ground truth or analyst decisions);\n"
    "ensemble adds the supervised model when there are enough of them.\n\n"
    "  --db DB            database file (required)\n"
    "  --kind K           iforest, autoencoder, gbdt or ensemble (required)\n"
    "  --features LIST    comma-separated feature names (default: all)\n"
    "  --trees N          Isolation Forest trees (default 100)\n"
    "  --sample-size N    Isolation Forest sample size (default 256)\n"
    "  --seed S           random seed (default 1)\n"
    "  --train-from T     first timestamp to train on\n"
    "  --train-until T    train on transactions before this time\n"
    "  --out MODEL.fdm    the bundle to write (required)\n"
    "  --activate         make it the active model of the database",
    {"db", "kind", "features", "trees", "sample-size", "seed", "train-from", "train-until", "out"},
    {"activate"}};

std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> items;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        if (item.empty()) throw UsageError("--features has an empty name");
        items.push_back(item);
    }
    return items;
}

int train(const CommandSpec&, const Arguments& args) {
    if (!args.positional().empty())
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    const auto db_path = args.required("db");
    const auto out_path = args.required("out");
    const auto kind = model_kind_from_name(args.required("kind"));
    if (!kind) throw UsageError("--kind must be iforest, autoencoder, gbdt or ensemble");
    EnsembleOptions options;
    options.kind = *kind;
    if (const auto list = args.value("features")) options.feature_subset = split_list(*list);
    if (const auto n = args.integer("trees", 1, 10000))
        options.iforest.trees = static_cast<int>(*n);
    if (const auto n = args.integer("sample-size", 2, 1 << 20))
        options.iforest.sample_size = static_cast<int>(*n);
    if (const auto n = args.integer("seed", 0, std::numeric_limits<long long>::max())) {
        const auto seed = static_cast<std::uint64_t>(*n);
        options.iforest.seed = seed;
        options.autoencoder.seed = seed;
        options.gbdt.seed = seed;
    }
    const auto from = time_option(args, "train-from", kBeginningOfTime);
    const auto until = time_option(args, "train-until", kEndOfTime);
    try {
        Database db = open_existing(db_path, OpenMode::ReadWrite, "train");
        const auto history = load_history(db, from, until);
        if (history.empty()) {
            std::cerr << "frauddesk-cli train: no transactions in the chosen time range of "
                      << db_path << "\n";
            return kFailure;
        }
        const bool show = isatty(STDERR_FILENO);
        std::string last_stage;
        const auto model = EnsembleModel::train(history, options, [&](const TrainingStep& step) {
            if (show && step.stage != last_stage) {
                std::cerr << "\r\033[K" << step.stage << "..." << std::flush;
                last_stage = step.stage;
            }
            return true;
        });
        if (show) std::cerr << "\r\033[K";
        const auto bundle = model.to_bundle();
        save_bundle_file(bundle, out_path);
        const auto bytes = write_bundle(bundle);
        ModelStore store(db);
        const auto id = store.add(std::string(model_kind_name(model.kind())), out_path,
                                  bundle.header.value("created_ms", std::int64_t{0}),
                                  bundle.header.dump(), bytes);
        if (args.flag("activate")) store.activate(id);
        const auto& s = model.summary();
        std::cout << "model " << id << " (" << model_kind_name(model.kind()) << ") written to "
                  << out_path << (args.flag("activate") ? ", active" : "") << "\n"
                  << "trained on " << s.rows << " transactions, " << s.fraud_labels << " fraud and "
                  << s.legit_labels << " legitimate labels, in " << std::fixed
                  << std::setprecision(1) << s.seconds << " s\n"
                  << "weights " << model.effective_weights().dump() << "\n"
                  << "alert threshold: risk " << std::setprecision(1) << model.alert_threshold()
                  << " (top 1% of the training history)\n";
        if (!model.metrics().empty()) std::cout << "metrics " << model.metrics().dump() << "\n";
        return kOk;
    } catch (const std::exception& error) {
        std::cerr << "frauddesk-cli train: " << error.what() << "\n";
        return kFailure;
    }
}

}  // namespace

int run_train(const std::vector<std::string>& args) {
    return with_usage(kSpec, args, train);
}

}  // namespace fd::cli
