// The sources panel and the controller behind it: several sources at once, each with its own
// pipeline; the table model under QAbstractItemModelTester; per-source pause, resume, stop,
// start again and remove acting on the right pipeline while another keeps running.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <condition_variable>
#include <mutex>

#include "core/generator.h"
#include "gui/feed/sources_model.h"
#include "gui/feed/sources_panel.h"
#include "gui/feed_controller.h"
#include "gui/main_window.h"
#include "storage/database.h"

namespace {

using namespace std::chrono_literals;

// A live source at a steady pace that says what a connected socket would: its state, a
// backlog in bytes, reconnects so far.
class PacedSource : public fd::Source {
public:
    PacedSource(std::string name, std::uint64_t seed) : name_(std::move(name)) {
        fd::GeneratorConfig config;
        config.seed = seed;
        config.rows_per_day = 20000;
        generator_.emplace(config);
    }
    std::string name() const override { return name_; }
    bool next(std::vector<fd::Transaction>& out, std::vector<fd::Arrival>& arrivals,
              std::size_t max_rows, std::chrono::milliseconds max_wait) override {
        std::unique_lock lock(mutex_);
        wake_.wait_for(lock, std::min<std::chrono::milliseconds>(max_wait, 10ms),
                       [&] { return stopping_; });
        if (stopping_) return false;
        for (std::size_t i = 0; i < std::min<std::size_t>(max_rows, 4); ++i) {
            out.push_back(generator_->next());
            out.back().id.insert(0, name_ + "-");
            arrivals.push_back({std::chrono::steady_clock::now()});
        }
        read_ += 4;
        return true;
    }
    bool durable() const override { return false; }
    void stop() override {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        wake_.notify_all();
    }
    fd::SourceStatus status() const override {
        fd::SourceStatus s;
        s.state = "connected";
        s.rows_read = read_.load();
        s.backlog = 42;
        s.backlog_unit = "bytes";
        s.reconnects = 2;
        return s;
    }

private:
    std::string name_;
    std::optional<fd::Generator> generator_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    std::atomic<std::int64_t> read_{0};
};

fd::SourceOpener paced(const std::string& name, std::uint64_t seed) {
    // A new generator each start: ids repeat, and the pipeline stores each only once, so
    // the seed moves on with every start.
    auto starts = std::make_shared<std::atomic<std::uint64_t>>(0);
    return [name, seed, starts](fd::Database&) {
        const std::uint64_t start = starts->fetch_add(1);
        return std::make_unique<PacedSource>(name + std::to_string(start), seed + 1000 * start);
    };
}

// Adds a paced source named `name` (URI test://name), stopped.
int addPaced(fd::FeedController& feed, const QString& name, std::uint64_t seed) {
    return feed.addSource(name, QStringLiteral("test://") + name, QStringLiteral("test"),
                          paced(name.toStdString(), seed));
}

// A controller on a new database with the panel over it, its model under the tester.
struct Rig {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("feed.db"));
    fd::FeedController feed;
    fd::SourcesPanel panel{&feed};
    QAbstractItemModelTester tester{panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest};
    Rig() { feed.setDatabase(path); }
    std::int64_t storedInDatabase() const {
        fd::Database db(path.toStdString(), fd::OpenMode::ReadOnly);
        return db.query_int64("SELECT count(*) FROM transactions");
    }
};

fd::SourceInfo info(int id, const QString& name, std::int64_t stored) {
    fd::SourceInfo s;
    s.id = id;
    s.name = name;
    s.uri = QStringLiteral("tcp://example:") + QString::number(9000 + id);
    s.kind = QStringLiteral("tcp");
    s.phase = fd::SourceInfo::Phase::Running;
    s.state = QStringLiteral("connected");
    s.lag = QStringLiteral("–");
    s.stored = stored;
    return s;
}

const fd::SourceInfo* shown(fd::SourcesPanel& panel, int id) {
    return panel.model()->source(panel.model()->rowOf(id));
}

QString cell(fd::SourcesPanel& panel, int id, int column) {
    return panel.model()->index(panel.model()->rowOf(id), column).data().toString();
}

qint64 committed(fd::FeedController& feed, int id) {
    return feed.runner(id)->pipeline() ? feed.runner(id)->pipeline()->committedRows() : -1;
}

void trigger(fd::SourcesPanel& panel, const char* name) {
    auto* action = panel.findChild<QAction*>(QString::fromLatin1(name));
    QVERIFY(action);
    QVERIFY2(action->isEnabled(), name);
    action->trigger();
}

}  // namespace

class TestSourcesPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FraudDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_sources_panel"));
    }

    void theModelStaysConsistentAsSourcesComeChangeAndGo() {
        fd::SourcesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update({info(1, QStringLiteral("a"), 0), info(2, QStringLiteral("b"), 0)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, fd::SourcesModel::Name).data().toString(), QStringLiteral("b"));
        QCOMPARE(model.index(0, fd::SourcesModel::Lag).data().toString(), QStringLiteral("–"));

        // One figure changes: one dataChanged, for that cell only.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.update({info(1, QStringLiteral("a"), 0), info(2, QStringLiteral("b"), 1500)});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, fd::SourcesModel::Stored));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, fd::SourcesModel::Stored));
        QCOMPARE(model.index(1, fd::SourcesModel::Stored).data().toString(),
                 QLocale().toString(1500));
        // Nothing changes: nothing is said.
        model.update({info(1, QStringLiteral("a"), 0), info(2, QStringLiteral("b"), 1500)});
        QCOMPARE(changed.count(), 1);

        // A failure recolours the state cell.
        auto failed = info(1, QStringLiteral("a"), 0);
        failed.phase = fd::SourceInfo::Phase::Failed;
        failed.state = QStringLiteral("failed: port 9000 is in use");
        model.update({failed, info(2, QStringLiteral("b"), 1500), info(3, QStringLiteral("c"), 0)});
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.index(0, fd::SourcesModel::State).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(1, fd::SourcesModel::State).data(Qt::ForegroundRole).isValid());

        // The middle one goes; the others keep their rows and ids.
        model.update({failed, info(3, QStringLiteral("c"), 7)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 0).data(fd::SourcesModel::IdRole).toInt(), 3);
        QCOMPARE(model.rowOf(2), -1);
        QCOMPARE(model.index(1, fd::SourcesModel::Stored).data().toString(), QStringLiteral("7"));
        model.update({});
        QCOMPARE(model.rowCount(), 0);
    }

    void aSourceShowsWhatItStoredAndItsState() {
        Rig rig;
        auto& feed = rig.feed;
        auto& panel = rig.panel;
        const int id = addPaced(feed, QStringLiteral("alpha"), 1);
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(cell(panel, id, fd::SourcesModel::State), QStringLiteral("stopped"));
        QCOMPARE(panel.selectedId(), id);  // the newest source is selected
        trigger(panel, "sourceStart");
        QTRY_VERIFY_WITH_TIMEOUT(shown(panel, id)->stored >= 100, 30000);
        QCOMPARE(cell(panel, id, fd::SourcesModel::State), QStringLiteral("connected"));
        QCOMPARE(cell(panel, id, fd::SourcesModel::Lag), QStringLiteral("42 bytes"));
        QCOMPARE(cell(panel, id, fd::SourcesModel::Reconnects), QStringLiteral("2"));
        QCOMPARE(cell(panel, id, fd::SourcesModel::Kind), QStringLiteral("test"));
        QTRY_VERIFY_WITH_TIMEOUT(shown(panel, id)->rate > 0.0, 30000);
        QVERIFY(feed.stats().transactions() > 0);  // its batches reach the monitor's figures
        feed.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!feed.isActive(), 30000);
        panel.refresh();
        QCOMPARE(cell(panel, id, fd::SourcesModel::State), QStringLiteral("stopped"));
        QCOMPARE(cell(panel, id, fd::SourcesModel::Lag), QStringLiteral("–"));
        const auto stored = rig.storedInDatabase();
        QCOMPARE(shown(panel, id)->stored, stored);
        // The last batches reach the monitor's figures through the event loop, after the
        // source has stopped; on a slow run (sanitizers) they may still be queued here.
        QTRY_COMPARE_WITH_TIMEOUT(feed.stats().transactions(), stored, 15000);
    }

    void eachSourceIsPausedResumedAndStoppedOnItsOwn() {
        Rig rig;
        auto& feed = rig.feed;
        auto& panel = rig.panel;
        const int a = addPaced(feed, QStringLiteral("alpha"), 1);
        const int b = addPaced(feed, QStringLiteral("beta"), 2);
        feed.startSource(a);
        feed.startSource(b);
        QTRY_VERIFY_WITH_TIMEOUT(committed(feed, a) > 0 && committed(feed, b) > 0, 30000);

        panel.selectSource(a);
        trigger(panel, "sourcePause");
        QTRY_VERIFY_WITH_TIMEOUT(feed.runner(a)->pipeline()->state() == fd::Pipeline::State::Paused,
                                 30000);
        panel.refresh();
        QCOMPARE(cell(panel, a, fd::SourcesModel::State), QStringLiteral("paused"));
        auto* pauseResume = panel.findChild<QAction*>(QStringLiteral("sourcePause"));
        QCOMPARE(pauseResume->text(), QStringLiteral("&Resume"));
        QVERIFY(!panel.findChild<QAction*>(QStringLiteral("sourceStart"))->isEnabled());
        QVERIFY(panel.findChild<QAction*>(QStringLiteral("sourceStop"))->isEnabled());
        const qint64 pausedAt = committed(feed, a);
        const qint64 bBefore = committed(feed, b);
        QTRY_VERIFY_WITH_TIMEOUT(committed(feed, b) >= bBefore + 200, 30000);
        QCOMPARE(committed(feed, a), pausedAt);  // paused: nothing more from alpha
        QCOMPARE(feed.runner(b)->pipeline()->state(), fd::Pipeline::State::Running);

        trigger(panel, "sourcePause");  // now "Resume"
        QTRY_VERIFY_WITH_TIMEOUT(committed(feed, a) > pausedAt, 30000);
        QCOMPARE(pauseResume->text(), QStringLiteral("&Pause"));

        trigger(panel, "sourceStop");
        QTRY_VERIFY_WITH_TIMEOUT(!feed.runner(a)->isActive(), 30000);
        panel.refresh();
        QCOMPARE(cell(panel, a, fd::SourcesModel::State), QStringLiteral("stopped"));
        QVERIFY(feed.runner(b)->isActive());
        const qint64 bAfterStop = committed(feed, b);
        QTRY_VERIFY_WITH_TIMEOUT(committed(feed, b) > bAfterStop, 30000);
        QVERIFY(panel.findChild<QAction*>(QStringLiteral("sourceStart"))->isEnabled());
        QVERIFY(!panel.findChild<QAction*>(QStringLiteral("sourceStop"))->isEnabled());

        // Start again: the source is opened anew and its count carries on.
        const std::int64_t firstRun = shown(panel, a)->stored;
        trigger(panel, "sourceStart");
        QTRY_VERIFY_WITH_TIMEOUT(committed(feed, a) > 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(shown(panel, a)->stored > firstRun, 30000);

        // Remove beta while it runs: its row goes at once, its pipeline ends.
        panel.selectSource(b);
        QSignalSpy stopped(&feed, &fd::FeedController::stopped);
        trigger(panel, "sourceRemove");
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.model()->rowOf(b), -1);
        QVERIFY(!feed.runner(b));
        QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 30000);
        QVERIFY(feed.runner(a)->isActive());

        feed.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!feed.isActive(), 30000);
        // Every batch of both reached the one set of monitor figures (through the event
        // loop: the last ones may still be queued when the sources have stopped).
        QTRY_COMPARE_WITH_TIMEOUT(feed.stats().transactions(), rig.storedInDatabase(), 15000);
    }

    void aSourceThatCannotOpenShowsWhyInItsRow() {
        Rig rig;
        auto& feed = rig.feed;
        auto& panel = rig.panel;
        QSignalSpy errors(&feed, &fd::FeedController::error);
        QSignalSpy failed(&feed, &fd::FeedController::sourceOpenFailed);
        const int id =
            feed.addSource({}, QStringLiteral("listen://127.0.0.1:9000"), QStringLiteral("listen"),
                           [](fd::Database&) -> std::unique_ptr<fd::Source> {
                               throw std::runtime_error("port 9000 is in use");
                           });
        QCOMPARE(cell(panel, id, fd::SourcesModel::Name),
                 QStringLiteral("listen://127.0.0.1:9000"));
        feed.startSource(id);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QCOMPARE(failed.at(0).at(0).toInt(), id);
        QCOMPARE(cell(panel, id, fd::SourcesModel::State),
                 QStringLiteral("failed: port 9000 is in use"));
        QCOMPARE(shown(panel, id)->phase, fd::SourceInfo::Phase::Failed);
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("port 9000 is in use")));
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("listen://127.0.0.1:9000")));
        QVERIFY(!feed.isActive());
        // It can be tried again.
        QVERIFY(panel.findChild<QAction*>(QStringLiteral("sourceStart"))->isEnabled());
        QCOMPARE(feed.stateText(), QStringLiteral("Feed: failed"));
    }

    // The main window: the panel is a dock that appears with a source other than the demo.
    void theWindowShowsTwoSourcesInItsPanel() {
        QTemporaryDir dir;
        fd::MainWindow window;
        window.resize(1280, 820);
        window.show();
        window.openDatabase(dir.filePath(QStringLiteral("feed.db")));
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("sourcesDock"));
        QVERIFY(dock);
        QVERIFY(dock->isHidden());
        auto* feed = window.feed();
        const int a = addPaced(*feed, QStringLiteral("gateway-eu"), 1);
        QVERIFY(dock->isVisible());
        const int b = addPaced(*feed, QStringLiteral("gateway-us"), 2);
        feed->startSource(a);
        feed->startSource(b);
        fd::SourcesPanel* panel = window.sourcesPanel();
        QTRY_VERIFY_WITH_TIMEOUT(shown(*panel, a)->stored > 0 && shown(*panel, b)->stored > 0,
                                 30000);
        feed->pauseSource(b);
        QTRY_VERIFY_WITH_TIMEOUT(shown(*panel, b)->state == QStringLiteral("paused"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(shown(*panel, a)->rate > 0.0, 30000);
        auto* status = window.findChild<QLabel*>(QStringLiteral("feedStatus"));
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Feed: 2 sources, 1 paused"),
                                  5000);
        const QString shots = qEnvironmentVariable("FD_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTest::qWait(3000);
            QVERIFY(window.grab().save(shots + QStringLiteral("/sources_panel.png")));
        }
        // The View menu's toggle hides and shows it.
        auto* toggle = window.findChild<QAction*>(QStringLiteral("actionShowSources"));
        QVERIFY(toggle);
        toggle->trigger();
        QVERIFY(dock->isHidden());
        toggle->trigger();
        QVERIFY(dock->isVisible());
        feed->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!feed->isActive(), 30000);
    }

    // The window goes while sources run (and one is paused): they stop and join, quietly.
    void theWindowCanGoWhileSourcesRun() {
        QTemporaryDir dir;
        auto window = std::make_unique<fd::MainWindow>();
        window->show();
        window->openDatabase(dir.filePath(QStringLiteral("feed.db")));
        auto* feed = window->feed();
        const int a = addPaced(*feed, QStringLiteral("a"), 1);
        const int b = addPaced(*feed, QStringLiteral("b"), 2);
        feed->startSource(a);
        feed->startSource(b);
        QTRY_VERIFY_WITH_TIMEOUT(committed(*feed, a) > 0 && committed(*feed, b) > 0, 30000);
        feed->pauseSource(b);
        window.reset();
        fd::Database db(dir.filePath(QStringLiteral("feed.db")).toStdString(),
                        fd::OpenMode::ReadOnly);
        QVERIFY(db.query_int64("SELECT count(*) FROM transactions") > 0);
    }
};

QTEST_MAIN(TestSourcesPanel)
#include "test_sources_panel.moc"
