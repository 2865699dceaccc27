#include <algorithm>
#include <iostream>
#include <numeric>

#include "audit_support.h"
#include "core/engine/model_bundle.h"
#include "core/engine/scorer.h"
#include "engine_support.h"
#include "ingest/file_importer.h"
#include "ingest/transaction_file_reader.h"
#include "storage/model_store.h"
#include "storage/score_store.h"
#include "storage/transaction_store.h"

namespace fd::cli {
namespace {

const CommandSpec kSpec{
    "score",
    "score (INPUT.csv | --db DB [--from T] [--until T]) --model MODEL.fdm --out SCORED.csv\n"
    "      [--store] [--analyst NAME]",
    "Scores transactions with a model bundle and writes one row per transaction:\n"
    "transaction_id,score,risk,level,reasons,iforest,autoencoder,supervised,rules.\n"
    "score is the unbounded risk (higher is more suspicious, full precision), risk the same\n"
    "capped to 0..100, level low/medium/high/critical, reasons the top three sentences, then\n"
    "each member's raw score. A file's features are computed over the file in time order;\n"
    "a database's over its whole history, writing rows from --from to --until; a report\n"
    "from a database is written to its audit log with the row count, range and model.\n\n"
    "  INPUT              a CSV, JSON or NDJSON file (or use --db)\n"
    "  --db DB            score stored transactions\n"
    "  --from T / --until T   the time range to write (with --db)\n"
    "  --model MODEL.fdm  the model bundle (required)\n"
    "  --out SCORED.csv   output file, written atomically (required)\n"
    "  --store            with --db: also store the scores in the database under the model\n"
    "                     (added to its registry when new)\n"
    "  --analyst NAME     with --db: who exports, for the audit log (default: the\n"
    "                     operating-system user)",
    {"db", "from", "until", "model", "out", "analyst"},
    {"store"}};

constexpr std::size_t kBatch = 10000;

void write_header(std::ostream& csv) {
    csv << "transaction_id,score,risk,level,reasons,iforest,autoencoder,supervised,rules\n";
}

void write_row(std::ostream& csv, const Transaction& t, const Verdict& v) {
    csv << csv_field(t.id) << ',' << csv_number(v.score) << ',' << csv_number(v.risk) << ','
        << risk_level_name(v.level) << ',' << csv_field(join_reasons(v.reasons)) << ','
        << csv_number(v.iforest) << ',' << csv_number(v.autoencoder) << ','
        << csv_number(v.supervised) << ',' << csv_number(v.rules) << '\n';
}

// The registry id of this bundle, adding it when the database does not hold it yet.
std::int64_t registry_id(Database& db, const std::string& path, const ModelBundle& bundle) {
    ModelStore store(db);
    const std::string header = bundle.header.dump();
    for (const auto& record : store.list())
        if (record.header == header) return record.id;
    return store.add(bundle.header.value("kind", "ensemble"), path,
                     bundle.header.value("created_ms", std::int64_t{0}), header,
                     write_bundle(bundle));
}

int score_file(const std::string& input, const EnsembleModel& model, AtomicOutput& out) {
    const auto prepared = prepare_import(input, {});
    std::vector<RowError> rejects;
    const auto rows = read_transaction_file(prepared, rejects);
    for (const auto& r : rejects)
        std::cerr << input << ":" << r.line << ": " << (r.field.empty() ? "" : r.field + ": ")
                  << r.reason << " (row skipped)\n";
    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return rows[a].timestamp_ms < rows[b].timestamp_ms;
    });
    Scorer scorer(model);
    std::vector<Verdict> verdicts(rows.size()), batch_verdicts;
    std::vector<Transaction> batch;
    for (std::size_t first = 0; first < order.size(); first += kBatch) {
        const std::size_t last = std::min(order.size(), first + kBatch);
        batch.clear();
        for (std::size_t i = first; i < last; ++i) batch.push_back(rows[order[i]]);
        scorer.score(batch, batch_verdicts);
        for (std::size_t i = first; i < last; ++i)
            verdicts[order[i]] = std::move(batch_verdicts[i - first]);
    }
    write_header(out.stream());
    for (std::size_t i = 0; i < rows.size(); ++i) write_row(out.stream(), rows[i], verdicts[i]);
    out.commit();
    std::cerr << "frauddesk-cli score: " << rows.size() << " transactions scored"
              << (rejects.empty() ? "" : ", " + std::to_string(rejects.size()) + " rows rejected")
              << "\n";
    return rejects.empty() ? kOk : kPartial;
}

int score(const CommandSpec&, const Arguments& args) {
    const auto model_path = args.required("model");
    const auto out_path = args.required("out");
    const auto db_path = args.value("db");
    if (db_path.has_value() == !args.positional().empty() || args.positional().size() > 1)
        throw UsageError("give either one INPUT file or --db DB");
    if (!db_path &&
        (args.value("from") || args.value("until") || args.flag("store") || args.value("analyst")))
        throw UsageError("--from, --until, --store and --analyst need --db");
    const auto from = time_option(args, "from", kBeginningOfTime);
    const auto until = time_option(args, "until", kEndOfTime);
    try {
        const auto bundle = load_bundle_file(model_path);
        const auto model = EnsembleModel::from_bundle(bundle);
        AtomicOutput out(out_path);
        if (!db_path) return score_file(args.positional().front(), model, out);

        Database db = open_existing(
            *db_path, args.flag("store") ? OpenMode::ReadWrite : OpenMode::ReadOnly, "score");
        const std::int64_t model_id = args.flag("store") ? registry_id(db, model_path, bundle) : 0;
        Scorer scorer(model);
        TransactionStore transactions(db);
        transactions.scan(kBeginningOfTime, from, kBatch, [&](auto batch, auto) {
            scorer.observe(batch);
            return true;
        });
        write_header(out.stream());
        std::vector<Verdict> verdicts;
        std::vector<ScoreRow> rows;
        std::int64_t scored = 0;
        // Reading and writing the same database: the scan runs on its own connection.
        Database reader(*db_path, OpenMode::ReadOnly);
        TransactionStore(reader).scan(from, until, kBatch, [&](auto batch, auto ids) {
            scorer.score(batch, verdicts);
            for (std::size_t i = 0; i < batch.size(); ++i)
                write_row(out.stream(), batch[i], verdicts[i]);
            if (model_id) {
                rows.clear();
                for (std::size_t i = 0; i < batch.size(); ++i)
                    rows.push_back(make_score_row(ids[i], verdicts[i]));
                SqlTransaction tx(db);
                ScoreStore(db).upsert(model_id, rows,
                                      std::chrono::duration_cast<std::chrono::milliseconds>(
                                          std::chrono::system_clock::now().time_since_epoch())
                                          .count());
                tx.commit();
            }
            scored += static_cast<std::int64_t>(batch.size());
            return true;
        });
        commit_audited_export(*db_path, out, analyst_of(args, "system"), out_path, scored,
                              {{"command", "score"},
                               {"from", time_detail(from)},
                               {"until", time_detail(until)},
                               {"model", model_path},
                               {"stored", model_id != 0}});
        std::cerr << "frauddesk-cli score: " << scored << " transactions scored"
                  << (model_id ? ", stored under model " + std::to_string(model_id) : "") << "\n";
        return kOk;
    } catch (const std::exception& error) {
        std::cerr << "frauddesk-cli score: " << error.what() << "\n";
        return kFailure;
    }
}

}  // namespace

int run_score(const std::vector<std::string>& args) {
    return with_usage(kSpec, args, score);
}

}  // namespace fd::cli
