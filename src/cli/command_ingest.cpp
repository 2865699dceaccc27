// frauddesk-cli ingest: runs one source (file, folder, tcp, listen, kafka, sim) through the
// same pipeline as the app's live feed: features, scores, alerts, one SQLite transaction
// per batch.
#include <unistd.h>

#include <QCoreApplication>
#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "arguments.h"
#include "core/engine/model_bundle.h"
#include "ingest/active_model.h"
#include "ingest/pipeline.h"
#include "ingest/source_factory.h"
#include "storage/database.h"
#include "storage/model_store.h"

namespace fd::cli {
namespace {

const CommandSpec kSpec{
    "ingest",
    "ingest SOURCE --db DB [--model MODEL.fdm] [--duration SECONDS | --count N] [--json]",
    "Reads transactions from SOURCE, scores them and stores them with their alerts in DB\n"
    "(created if missing), a batch per SQLite transaction, so a crash loses nothing that was\n"
    "committed and rows read again are counted as duplicates. SOURCE is a URI:\n"
    "  file:///path/batch.csv          a file in any supported format (ends with the file)\n"
    "  folder:///path/inbox            a drop folder: each complete file is imported once,\n"
    "                                  then moved to processed/ (or failed/ with the reason)\n"
    "  tcp://host:port, listen://host:port, kafka://broker/topic?group=NAME, sim://?rate=N\n"
    "Any source takes ?mapping=NAME|FILE (a saved mapping profile); files and folders take\n"
    "?format=csv|json|ndjson. A status line goes to stderr every second; Ctrl+C stops\n"
    "cleanly after the batch in hand.\n"
    "\n"
    "  --db DB            database file (required)\n"
    "  --model MODEL.fdm  score with this model bundle (added to the registry when new);\n"
    "                     default: the database's active model, else rows are stored\n"
    "                     unscored\n"
    "  --duration SECONDS stop after this long\n"
    "  --count N          stop once N new rows are committed (the batch in hand is\n"
    "                     finished, so a few more may be)\n"
    "  --json             print the summary as one JSON object\n"
    "\n"
    "Exit codes: 0 done; 3 some rows rejected, the good ones stored; 1 the source or the\n"
    "database failed; 2 usage error (a bad SOURCE says what is wrong).",
    {"db", "model", "duration", "count"},
    {"json"}};

std::atomic<bool> g_stop{false};
extern "C" void on_stop_signal(int) {
    g_stop = true;
}

// The registry id of a bundle file's model, adding it when the database lacks it (scores
// and alerts refer to it).
std::int64_t model_id_of(Database& db, const std::string& path, const ModelBundle& bundle) {
    ModelStore store(db);
    const std::string header = bundle.header.dump();
    const auto records = store.list();
    const auto same = std::find_if(records.begin(), records.end(),
                                   [&](const ModelRecord& r) { return r.header == header; });
    if (same != records.end()) return same->id;
    return store.add(bundle.header.value("kind", "ensemble"), path,
                     bundle.header.value("created_ms", std::int64_t{0}), header,
                     write_bundle(bundle));
}

struct Totals {
    std::int64_t stored = 0;
    std::int64_t duplicates = 0;
    std::int64_t alerts = 0;
};

std::string status_line(const Pipeline& pipeline, std::int64_t stored, double rate) {
    const SourceStatus s = pipeline.sourceStatus();
    std::ostringstream line;
    line << stored << " rows stored (" << std::fixed << std::setprecision(0) << rate << "/s), "
         << pipeline.duplicateRows() << " duplicates, " << s.rejects << " rejects";
    if (pipeline.droppedRows() > 0) line << ", " << pipeline.droppedRows() << " dropped";
    line << "; " << pipeline.sourceName().toStdString() << ": " << s.state;
    return line.str();
}

int ingest(const CommandSpec&, const Arguments& args) {
    if (args.positional().size() != 1) throw UsageError("name one SOURCE");
    const std::string db_path = args.required("db");
    const auto duration = args.number("duration", 0.001, 1e9);
    const auto count = args.integer("count", 1, std::numeric_limits<int>::max());
    if (duration && count) throw UsageError("give --duration or --count, not both");
    const bool json = args.flag("json");
    SourceUri uri;
    try {
        uri = parse_source_uri(args.positional().front());
    } catch (const SourceUriError& e) {
        throw UsageError(e.what());
    }

    std::shared_ptr<const EnsembleModel> model;
    std::int64_t model_id = 0;
    std::unique_ptr<Source> source;
    try {
        source = open_source(uri);  // first: a source that cannot open leaves no database
        {
            Database db(db_path);
            if (const auto path = args.value("model")) {
                const auto bundle = load_bundle_file(*path);
                model = std::make_shared<const EnsembleModel>(EnsembleModel::from_bundle(bundle));
                model_id = model_id_of(db, *path, bundle);
            } else if (auto active = load_active_model(db)) {
                model = std::move(active->model);
                model_id = active->id;
            } else {
                std::cerr << "frauddesk-cli ingest: " << db_path
                          << " has no active model; rows are stored unscored\n";
            }
        }
    } catch (const SourceUriError& e) {
        throw UsageError(e.what());
    } catch (const std::exception& e) {
        std::cerr << "frauddesk-cli ingest: " << e.what() << "\n";
        return kFailure;
    }

    // The pipeline's signals are delivered through the event queue of this thread.
    static int argc = 1;
    static char arg0[] = "frauddesk-cli";
    static char* argv[] = {arg0, nullptr};
    QCoreApplication app(argc, argv);
    std::string failure;
    Pipeline pipeline(QString::fromStdString(db_path), model, model_id);
    QObject::connect(&pipeline, &Pipeline::failed,
                     [&](const QString& message) { failure = message.toStdString(); });
    PipelineOptions options;
    if (count) options.max_batch_rows = std::min<std::size_t>(options.max_batch_rows, *count);
    std::signal(SIGINT, on_stop_signal);
    std::signal(SIGTERM, on_stop_signal);

    using Clock = std::chrono::steady_clock;
    const auto started = Clock::now();
    auto last_status = started;
    std::int64_t stored_at_last_status = 0;
    const bool tty = isatty(STDERR_FILENO);
    Totals totals;
    auto take = [&] {
        for (const auto& batch : pipeline.takeBatches()) {
            totals.stored += static_cast<std::int64_t>(batch.rows.size());
            totals.duplicates += batch.duplicates;
            for (const auto& row : batch.rows) totals.alerts += row.alert ? 1 : 0;
        }
    };
    pipeline.start(std::move(source), options);
    bool stopping = false;
    for (;;) {
        QCoreApplication::processEvents();
        take();
        const auto state = pipeline.state();
        if (state == Pipeline::State::Finished || state == Pipeline::State::Failed) break;
        const auto now = Clock::now();
        const bool timed_out =
            duration && std::chrono::duration<double>(now - started).count() >= *duration;
        if (!stopping && (g_stop || timed_out || (count && pipeline.committedRows() >= *count))) {
            pipeline.stop();  // finishes the batch in hand
            stopping = true;
        }
        if (now - last_status >= std::chrono::seconds(1)) {
            const double seconds = std::chrono::duration<double>(now - last_status).count();
            const std::string line =
                status_line(pipeline, totals.stored,
                            static_cast<double>(totals.stored - stored_at_last_status) / seconds);
            std::cerr << (tty ? "\r\033[K" : "") << line << (tty ? "" : "\n") << std::flush;
            stored_at_last_status = totals.stored;
            last_status = now;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    pipeline.wait();
    QCoreApplication::processEvents();  // the failed() signal, if any
    take();
    if (tty) std::cerr << "\r\033[K";
    if (!failure.empty()) std::cerr << "frauddesk-cli ingest: " << failure << "\n";

    const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    const SourceStatus status = pipeline.sourceStatus();
    const std::int64_t rejects = std::max<std::int64_t>(status.rejects, pipeline.rejectedRows());
    if (json) {
        nlohmann::ordered_json out = {{"source", uri.text},
                                      {"stored", totals.stored},
                                      {"duplicates", totals.duplicates},
                                      {"rejects", rejects},
                                      {"dropped", pipeline.droppedRows()},
                                      {"alerts", totals.alerts},
                                      {"scored", model != nullptr},
                                      {"seconds", seconds},
                                      {"stopped", stopping},
                                      {"state", status.state}};
        if (!failure.empty()) out["error"] = failure;
        std::cout << out.dump() << "\n";
    } else {
        std::cout << uri.text << ": " << totals.stored << " stored, " << totals.duplicates
                  << " duplicates, " << rejects << " rejects, " << totals.alerts << " alerts in "
                  << std::fixed << std::setprecision(1) << seconds << " s\n";
        if (rejects > 0)
            std::cout << "Rejected lines are stored with their line and reason (feed_rejects; "
                         "a file's also in import_rejects).\n";
    }
    if (!failure.empty()) return kFailure;
    return rejects > 0 ? kPartial : kOk;
}

}  // namespace

int run_ingest(const std::vector<std::string>& args) {
    return with_usage(kSpec, args, ingest);
}

}  // namespace fd::cli
