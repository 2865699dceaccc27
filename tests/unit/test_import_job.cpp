// ImportJob on its worker thread: every file imported in order with its signals in order, a
// bad file skipped with its reason, progress coalesced over the whole job, cancel keeping exactly
// the committed rows (a re-run adds the rest), and a running job destroyed without harm.
#include "ingest/import_job.h"

#include <gtest/gtest.h>

#include <QtCore/qtestsupport_core.h>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <fstream>

#include "core/generator.h"
#include "core/transaction_writer.h"
#include "storage/database.h"
#include "test_support.h"

namespace fd {
namespace {

constexpr int kBigRows = 200000;

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

std::string fileName(const QString& path) {
    return std::filesystem::path(path.toStdString()).filename().string();
}

// What a job said, as the GUI thread received it. Events read "progress <file index>",
// "file a.csv", "failed b.csv" and "finished 0|1".
struct Recorder {
    explicit Recorder(ImportJob& job) {
        QObject::connect(&job, &ImportJob::progress, &context, [this](const ImportJobProgress& p) {
            progress.push_back(p);
            events.push_back("progress " + std::to_string(p.file_index));
        });
        QObject::connect(&job, &ImportJob::fileFinished, &context, [this](const ImportReport& r) {
            reports.push_back(r);
            events.push_back("file " + std::filesystem::path(r.path).filename().string());
        });
        QObject::connect(&job, &ImportJob::fileFailed, &context,
                         [this](const QString& file, const QString& message) {
                             failures.emplace_back(file, message);
                             events.push_back("failed " + fileName(file));
                         });
        QObject::connect(&job, &ImportJob::finished, &context, [this](bool cancelled) {
            finished = cancelled;
            events.push_back(cancelled ? "finished 1" : "finished 0");
        });
    }

    bool waitFinished(int ms = 60000) {
        return QTest::qWaitFor([this] { return finished.has_value(); }, ms);
    }

    // The file-level events; progress is coalesced, so a file may have none.
    std::vector<std::string> order() const {
        std::vector<std::string> out;
        for (const auto& e : events)
            if (!e.starts_with("progress")) out.push_back(e);
        return out;
    }

    // Every progress event comes after the files before its own, before its file's end,
    // and before finished.
    bool progressInPlace() const {
        int filesDone = 0;
        for (const auto& e : events) {
            if (e.starts_with("progress ") && e != "progress " + std::to_string(filesDone))
                return false;
            if (e.starts_with("file ") || e.starts_with("failed ")) ++filesDone;
            if (e.starts_with("finished") && &e != &events.back()) return false;
        }
        return true;
    }

    QObject context;  // disconnects everything when the recorder goes
    std::vector<std::string> events;
    std::vector<ImportJobProgress> progress;
    std::vector<ImportReport> reports;
    std::vector<std::pair<QString, QString>> failures;
    std::optional<bool> finished;
};

class ImportJobTest : public ::testing::Test {
protected:
    // One generated file of kBigRows rows (about 30 MB) serves every test that needs an
    // import long enough to cancel.
    static void SetUpTestSuite() {
        // Queued signals need an event loop; gtest_main does not make an application.
        static int argc = 1;
        static char name[] = "test_import_job";
        static char* argv[] = {name, nullptr};
        if (!QCoreApplication::instance()) app_ = new QCoreApplication(argc, argv);
        big_dir_ = new test::ScratchDir;
        big_ = big_dir_->file("big.csv");
        std::ofstream out(big_, std::ios::binary);
        TransactionWriter writer(out, WriteFormat::Csv);
        GeneratorConfig config;
        config.seed = 7;
        Generator generator(config);
        for (int i = 0; i < kBigRows; ++i) writer.write(generator.next());
        writer.finish();
    }
    static void TearDownTestSuite() {
        delete big_dir_;
        big_dir_ = nullptr;
        delete app_;
        app_ = nullptr;
    }

    std::int64_t count(const std::string& sql = "SELECT count(*) FROM transactions") {
        Database db(db_path_.str(), OpenMode::ReadOnly);
        return db.query_int64(sql);
    }

    static constexpr const char* kHeader = "transaction_id,timestamp,card_id,merchant_id,amount\n";

    static inline QCoreApplication* app_ = nullptr;
    static inline test::ScratchDir* big_dir_ = nullptr;
    static inline std::string big_;
    test::ScratchDir dir_;
    test::TempDbPath db_path_;
};

TEST_F(ImportJobTest, ImportsEveryFileWithItsSignalsInOrder) {
    const auto a = dir_.write("a.csv", std::string(kHeader) +
                                           "a1,2024-03-01T10:00:00Z,c1,m1,12.50\n"
                                           "a2,2024-03-01T10:01:00Z,c2,m1,3.00\n"
                                           "a3,2024-03-01T10:02:00Z,c1,m2,7.25\n");
    const auto b = dir_.write("b.csv", std::string(kHeader) +
                                           "b1,2024-03-02T10:00:00Z,c3,m1,1.00\n"
                                           "b2,not a time,c3,m1,1.00\n"
                                           "b3,2024-03-02T10:02:00Z,c4,m2,2.00\n");
    ImportJob job(q(db_path_.str()), {q(a), q(b)}, std::nullopt);
    Recorder seen(job);
    EXPECT_FALSE(job.isRunning());
    job.start();
    ASSERT_TRUE(seen.waitFinished());

    EXPECT_EQ(seen.order(), (std::vector<std::string>{"file a.csv", "file b.csv", "finished 0"}));
    EXPECT_TRUE(seen.progressInPlace());
    ASSERT_EQ(seen.reports.size(), 2u);
    EXPECT_EQ(seen.reports[0].counts.imported, 3);
    EXPECT_EQ(seen.reports[1].counts.imported, 2);
    EXPECT_EQ(seen.reports[1].counts.rejected, 1);
    ASSERT_EQ(seen.reports[1].rejects.size(), 1u);
    EXPECT_EQ(seen.reports[1].rejects[0].line, 3u);
    EXPECT_FALSE(seen.reports[0].cancelled || seen.reports[1].cancelled);
    EXPECT_TRUE(seen.failures.empty());
    EXPECT_EQ(count(), 5);

    // The first update goes out at once: here, a.csv's one and only batch.
    ASSERT_FALSE(seen.progress.empty());
    const ImportJobProgress& first = seen.progress.front();
    EXPECT_EQ(first.file_index, 0);
    EXPECT_EQ(first.file_count, 2);
    EXPECT_EQ(fileName(first.file), "a.csv");
    EXPECT_EQ(first.bytes_done, first.bytes_total);
    EXPECT_EQ(first.rows_read, 3);
    EXPECT_EQ(first.imported, 3);
    EXPECT_EQ(first.rejected, 0);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !job.isRunning(); }, 5000));
}

TEST_F(ImportJobTest, ABadFileFailsAloneAndTheNextFileStillImports) {
    const auto good =
        dir_.write("good.csv", std::string(kHeader) + "g1,2024-03-01T10:00:00Z,c1,m1,1\n");
    const auto noAmount = dir_.write("no_amount.csv", "transaction_id,timestamp\nx,2024-03-01\n");
    const auto empty = dir_.write("empty.csv", "");
    const auto after =
        dir_.write("after.csv", std::string(kHeader) + "f1,2024-03-01T11:00:00Z,c1,m1,2\n");
    const QStringList files{q(good), q(dir_.file("missing.csv")), q(noAmount), q(empty), q(after)};
    ImportJob job(q(db_path_.str()), files, std::nullopt);
    Recorder seen(job);
    job.start();
    ASSERT_TRUE(seen.waitFinished());

    EXPECT_EQ(seen.order(), (std::vector<std::string>{"file good.csv", "failed missing.csv",
                                                      "failed no_amount.csv", "failed empty.csv",
                                                      "file after.csv", "finished 0"}));
    EXPECT_TRUE(seen.progressInPlace());
    ASSERT_EQ(seen.failures.size(), 3u);
    for (const auto& [file, message] : seen.failures) {
        // The message names the file, so the report can say which one and why.
        EXPECT_TRUE(message.contains(q(fileName(file)))) << message.toStdString();
    }
    EXPECT_TRUE(seen.failures[1].second.contains(QStringLiteral("amount")))
        << seen.failures[1].second.toStdString();
    EXPECT_EQ(count(), 2);
}

TEST_F(ImportJobTest, AnUnusableDatabaseFailsWithItsPathAndStillFinishes) {
    const auto good =
        dir_.write("good.csv", std::string(kHeader) + "g1,2024-03-01T10:00:00Z,c1,m1,1\n");
    const QString notADatabase = q(dir_.write("not_a_db", "this is not SQLite, it is text\n"));
    ImportJob job(notADatabase, {q(good)}, std::nullopt);
    Recorder seen(job);
    job.start();
    ASSERT_TRUE(seen.waitFinished());
    ASSERT_EQ(seen.failures.size(), 1u);
    EXPECT_EQ(seen.failures[0].first, notADatabase);
    EXPECT_FALSE(seen.failures[0].second.isEmpty());
    EXPECT_EQ(seen.events.back(), "finished 0");
    EXPECT_TRUE(seen.reports.empty());
}

TEST_F(ImportJobTest, TheGivenMappingAppliesToEveryFile) {
    const std::string header = "ref,when,shop,value\n";
    const auto a = dir_.write("a.csv", header + "r1,2024-03-01T10:00:00Z,m1,12.50\n");
    const auto b = dir_.write("b.csv", header + "r2,2024-03-01T10:05:00Z,m2,3.00\n");
    MappingProfile mapping;
    mapping.column(CanonicalField::TransactionId) = "ref";
    mapping.column(CanonicalField::Timestamp) = "when";
    mapping.column(CanonicalField::MerchantId) = "shop";
    mapping.column(CanonicalField::Amount) = "value";
    ImportJob job(q(db_path_.str()), {q(a), q(b)}, mapping);
    Recorder seen(job);
    job.start();
    ASSERT_TRUE(seen.waitFinished());
    EXPECT_TRUE(seen.failures.empty());
    EXPECT_EQ(count("SELECT count(*) FROM transactions WHERE ext_id IN ('r1', 'r2')"), 2);
}

TEST_F(ImportJobTest, EveryFileIsAuditedInTheNameOfTheGivenAnalyst) {
    const auto a = dir_.write("a.csv", std::string(kHeader) + "a1,2024-03-01T10:00:00Z,c1,m1,1\n");
    const auto b = dir_.write("b.csv", std::string(kHeader) + "b1,2024-03-01T10:00:00Z,c1,m1,1\n");
    ImportJob job(q(db_path_.str()), {q(a), q(b)}, std::nullopt);
    job.setActor(QStringLiteral("ada"));
    Recorder seen(job);
    job.start();
    ASSERT_TRUE(seen.waitFinished());
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'import' AND actor = 'ada'"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE subject IN ('a.csv', 'b.csv')"), 2);
}

// Many small files finish fast: one progress signal per file would flood the GUI thread.
TEST_F(ImportJobTest, ProgressIsCoalescedAcrossManySmallFiles) {
    QStringList files;
    for (int i = 0; i < 60; ++i) {
        const std::string id = "s" + std::to_string(i);
        files << q(
            dir_.write(id + ".csv", std::string(kHeader) + id + ",2024-03-01T10:00:00Z,c1,m1,1\n"));
    }
    ImportJob job(q(db_path_.str()), files, std::nullopt);
    Recorder seen(job);
    QElapsedTimer clock;
    clock.start();
    job.start();
    ASSERT_TRUE(seen.waitFinished());
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
    EXPECT_EQ(seen.reports.size(), 60u);
    EXPECT_TRUE(seen.progressInPlace());
    EXPECT_LE(static_cast<double>(seen.progress.size()), 1.0 + 25.0 * seconds)
        << seen.progress.size() << " progress signals in " << seconds << " s";
    EXPECT_EQ(count(), 60);
}

TEST_F(ImportJobTest, CancelKeepsExactlyTheCommittedRowsAndARerunAddsTheRest) {
    const auto after =
        dir_.write("after.csv", std::string(kHeader) + "z1,2024-03-01T10:00:00Z,c1,m1,1\n");
    {
        ImportJob job(q(db_path_.str()), {q(big_), q(after)}, std::nullopt);
        Recorder seen(job);
        // Cancels on the worker thread at the first progress, so at least one batch is
        // committed and the file is far from done, however fast the machine.
        std::atomic<bool> cancelledMidway{false};
        QObject::connect(
            &job, &ImportJob::progress, &job,
            [&](const ImportJobProgress& p) {
                if (!cancelledMidway && p.bytes_done < p.bytes_total) {
                    cancelledMidway = true;
                    job.cancel();
                }
            },
            Qt::DirectConnection);
        job.start();
        ASSERT_TRUE(seen.waitFinished(120000));
        ASSERT_TRUE(cancelledMidway);
        EXPECT_EQ(seen.order(), (std::vector<std::string>{"file big.csv", "finished 1"}))
            << "the file after the cancelled one does not run";
        EXPECT_TRUE(seen.progressInPlace());
        ASSERT_EQ(seen.reports.size(), 1u);
        const ImportReport& report = seen.reports[0];
        EXPECT_TRUE(report.cancelled);
        EXPECT_GT(report.counts.imported, 0);
        EXPECT_LT(report.counts.imported, kBigRows);
        EXPECT_EQ(count(), report.counts.imported);
    }
    const std::int64_t kept = count();

    ImportJob rerun(q(db_path_.str()), {q(big_)}, std::nullopt);
    Recorder seen(rerun);
    rerun.start();
    ASSERT_TRUE(seen.waitFinished(120000));
    EXPECT_EQ(seen.events.back(), "finished 0");
    ASSERT_EQ(seen.reports.size(), 1u);
    const ImportReport& report = seen.reports[0];
    EXPECT_FALSE(report.cancelled);
    EXPECT_EQ(report.counts.duplicates, kept);
    EXPECT_EQ(report.counts.imported + report.counts.duplicates, kBigRows);
    EXPECT_EQ(count(), kBigRows);
    ASSERT_FALSE(seen.progress.empty());
    for (const ImportJobProgress& p : seen.progress) {
        EXPECT_GT(p.rows_per_second, 0.0);
        // Every update follows a committed batch, so only indexing leaves the ETA unknown.
        if (p.indexing)
            EXPECT_EQ(p.eta_seconds, -1.0);
        else
            EXPECT_GE(p.eta_seconds, 0.0);
    }
}

TEST_F(ImportJobTest, ACancelAfterTheLastFileCutsNothing) {
    const auto a = dir_.write("a.csv", std::string(kHeader) + "a1,2024-03-01T10:00:00Z,c1,m1,1\n");
    ImportJob job(q(db_path_.str()), {q(a)}, std::nullopt);
    Recorder seen(job);
    QObject::connect(
        &job, &ImportJob::fileFinished, &job, [&](const ImportReport&) { job.cancel(); },
        Qt::DirectConnection);
    job.start();
    ASSERT_TRUE(seen.waitFinished());
    EXPECT_EQ(seen.order(), (std::vector<std::string>{"file a.csv", "finished 0"}));
    EXPECT_EQ(count(), 1);
}

TEST_F(ImportJobTest, DestroyingARunningJobJoinsAndLeavesAHealthyDatabase) {
    std::atomic<bool> committed{false};
    std::optional<bool> finishedWith;
    QObject receiver;
    auto job = std::make_unique<ImportJob>(q(db_path_.str()), QStringList{q(big_)}, std::nullopt);
    QObject::connect(
        job.get(), &ImportJob::progress, job.get(),
        [&](const ImportJobProgress&) { committed = true; }, Qt::DirectConnection);
    QObject::connect(job.get(), &ImportJob::finished, &receiver,
                     [&](bool cancelled) { finishedWith = cancelled; });
    job->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return committed.load(); }, 60000));
    QElapsedTimer clock;
    clock.start();
    job.reset();  // cancels and joins
    EXPECT_LT(clock.elapsed(), 30000);
    // A receiver that outlives the job may still get its last word, which says cancelled.
    QTest::qWait(100);
    EXPECT_TRUE(finishedWith.value_or(true));

    Database db(db_path_.str());
    EXPECT_EQ(db.integrity_check(), "ok");
    const auto kept = db.query_int64("SELECT count(*) FROM transactions");
    EXPECT_GT(kept, 0);
    EXPECT_LT(kept, kBigRows);
}

TEST_F(ImportJobTest, AJobCanRunAgainAfterItFinished) {
    const auto a = dir_.write("a.csv", std::string(kHeader) + "a1,2024-03-01T10:00:00Z,c1,m1,1\n");
    ImportJob job(q(db_path_.str()), {q(a)}, std::nullopt);
    for (int run = 0; run < 2; ++run) {
        Recorder seen(job);
        job.start();
        ASSERT_TRUE(seen.waitFinished());
        ASSERT_EQ(seen.reports.size(), 1u);
        EXPECT_EQ(seen.reports[0].counts.imported, run == 0 ? 1 : 0);
        EXPECT_EQ(seen.reports[0].counts.duplicates, run == 0 ? 0 : 1);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !job.isRunning(); }, 5000));
    }
}

}  // namespace
}  // namespace fd
