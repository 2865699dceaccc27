// Helpers for the file and folder source tests: generated rows with distinct ids, files
// written from them, and running a pipeline while the test waits for a condition.
#pragma once

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <chrono>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "core/generator.h"
#include "core/transaction_writer.h"
#include "ingest/pipeline.h"
#include "ingest/source_factory.h"

namespace fd::test {

// `n` generated rows whose ids start with `prefix`, so files never share ids by accident.
inline std::vector<Transaction> generated_rows(std::size_t n, std::uint64_t seed,
                                               const std::string& prefix) {
    GeneratorConfig config;
    config.seed = seed;
    config.rows_per_day = 5000;
    Generator generator(config);
    std::vector<Transaction> rows;
    for (std::size_t i = 0; i < n; ++i) {
        rows.push_back(generator.next());
        rows.back().id.insert(0, prefix);
    }
    return rows;
}

// The rows as file text in `format`.
inline std::string file_text(const std::vector<Transaction>& rows, WriteFormat format) {
    std::ostringstream out;
    TransactionWriter writer(out, format);
    for (const auto& row : rows) writer.write(row);
    writer.finish();
    return out.str();
}

// Processes the pipeline's events until `done` holds; false after `ms`.
inline bool wait_for(const std::function<bool()>& done, int ms = 30000) {
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired()) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

inline bool ended(const Pipeline& pipeline) {
    return pipeline.state() == Pipeline::State::Finished ||
           pipeline.state() == Pipeline::State::Failed;
}

// Starts a pipeline without a model on `uri`, reporting a failure as a test failure.
inline void start(Pipeline& pipeline, const std::string& uri, PipelineOptions options = {}) {
    QObject::connect(&pipeline, &Pipeline::failed,
                     [](const QString& message) { ADD_FAILURE() << message.toStdString(); });
    pipeline.start(open_source(parse_source_uri(uri)), options);
}

// The tests' main(): the pipeline's signals need a QCoreApplication.
inline int run_all_tests(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

}  // namespace fd::test
