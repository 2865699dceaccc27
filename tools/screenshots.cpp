// Makes the README's screenshots: the real window, offscreen, on the built-in demo (live
// Monitor, Transactions), the import wizard on a generated file with a few bad rows, and
// Review Metrics on a week of generated decisions by three analysts.
// Run: tools/make_screenshots.sh (it builds this program and writes docs/screenshots/);
// "review_metrics" after the seconds makes only that one (any other name, the demo set).
// FD_SCREENSHOT_THEME=dark renders them in the dark theme (the script puts those in dark/).
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QWizard>
#include <cstdio>
#include <fstream>
#include <random>

#include "core/generator.h"
#include "core/transaction_writer.h"
#include "gui/app_settings.h"
#include "gui/feed_controller.h"
#include "gui/import/import_wizard.h"
#include "gui/main_window.h"
#include "gui/models/models_view.h"
#include "gui/models/threshold_dialog.h"
#include "gui/review/review_view.h"
#include "gui/review_metrics_view.h"
#include "storage/alert_store.h"
#include "storage/decision_store.h"
#include "storage/transaction_store.h"

namespace {

void wait(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget* widget, const QString& path) {
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// A week of review: alerts arriving around the clock, three analysts on day shifts deciding
// them (a few escalated, a few late), some still open. Seeded, so the picture is stable.
void seedReviewWeek(const QString& path) {
    fd::Database db(path.toStdString());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 kHour = fd::kMsPerHour;
    std::mt19937 random(7);
    const auto uniform = [&](double a, double b) {
        return std::uniform_real_distribution<double>(a, b)(random);
    };
    constexpr int kAlerts = 420;
    std::vector<fd::Transaction> rows(kAlerts);
    std::vector<qint64> created(kAlerts);
    for (int i = 0; i < kAlerts; ++i) {
        created[std::size_t(i)] = now - static_cast<qint64>(uniform(0.0, 7.0 * 24) * double(kHour));
        fd::Transaction& t = rows[std::size_t(i)];
        t.id = "R" + std::to_string(i);
        t.timestamp_ms = created[std::size_t(i)] - 1000;
        t.card_id = "41111111" + std::to_string(10000000 + i);
        t.amount_minor = 1000 + i * 37;
        t.currency = "EUR";
    }
    fd::TransactionStore(db).insert(rows);
    fd::AlertStore alerts(db);
    for (int i = 0; i < kAlerts; ++i) {
        const std::vector<fd::NewAlert> one = {{i + 1, 0, rows[std::size_t(i)].card_id, 70, 10}};
        alerts.create(one, created[std::size_t(i)]);
    }
    const std::vector<std::string> analysts = {"ada", "bob", "carol"};
    fd::DecisionStore decisions(db);
    for (int i = 0; i < kAlerts; ++i) {
        // Most alerts get an answer within hours; nights and weekends wait longer.
        const qint64 decided =
            created[std::size_t(i)] +
            static_cast<qint64>(uniform(0.1, 1.0) * uniform(0.5, 30.0) * double(kHour));
        if (decided >= now) continue;  // still open
        const double roll = uniform(0.0, 1.0);
        const fd::Decision decision = roll < 0.08   ? fd::Decision::Escalate
                                      : roll < 0.40 ? fd::Decision::Fraud
                                                    : fd::Decision::Legit;
        const std::string& analyst = analysts[std::size_t(i) % (i % 5 == 0 ? 2 : 3)];
        decisions.decide(i + 1, decision, analyst, "", decided);
    }
}

}  // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FraudDeskScreenshots"));
    QApplication::setApplicationName(QStringLiteral("screenshots"));
    const QString out =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    const int liveSeconds = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 40;
    QStringList names;
    for (int i = 3; i < argc; ++i) names << QString::fromLocal8Bit(argv[i]);
    const auto wanted = [&](const char* name) {
        return names.isEmpty() || names.contains(QLatin1String(name));
    };
    QDir().mkpath(out);
    // Saved, because the main window applies the saved theme when it opens.
    fd::AppSettings settings = fd::AppSettings::load();
    settings.theme = qEnvironmentVariable("FD_SCREENSHOT_THEME") == QLatin1String("dark")
                         ? fd::AppSettings::Theme::Dark
                         : fd::AppSettings::Theme::System;
    settings.save();
    fd::applyTheme(settings.theme);
    QTemporaryDir dir;
    bool ok = true;

    if (wanted("review_metrics")) {
        const QString path = dir.filePath(QStringLiteral("review.db"));
        seedReviewWeek(path);
        fd::ReviewMetricsView view(path);
        view.resize(1100, 760);
        view.show();
        bool loaded = false;
        QObject::connect(&view, &fd::ReviewMetricsView::loaded, [&] { loaded = true; });
        while (!loaded) wait(50);
        wait(300);
        ok = save(&view, out + QStringLiteral("/review_metrics.png")) && ok;
    }
    if (!wanted("monitor") && !wanted("transactions") && !wanted("review") && !wanted("models") &&
        !wanted("import") && !wanted("sources"))
        return ok ? 0 : 1;

    fd::MainWindow window;
    window.resize(1280, 820);
    window.show();
    window.openDatabase(dir.filePath(QStringLiteral("demo.db")));
    bool ready = false;
    QObject::connect(&window, &fd::MainWindow::demoReady, [&] { ready = true; });
    window.startDemo(true);
    while (!ready) wait(100);
    wait(liveSeconds * 1000);
    ok = save(&window, out + QStringLiteral("/monitor.png")) && ok;
    std::printf("live: %lld transactions, %lld alerts (%.2f%%)\n",
                static_cast<long long>(window.feed()->stats().transactions()),
                static_cast<long long>(window.feed()->stats().alerts()),
                100.0 * window.feed()->stats().alert_rate());

    window.findChild<QTabWidget*>(QStringLiteral("views"))->setCurrentIndex(1);
    wait(3500);  // the table re-counts every few seconds while the feed runs
    ok = save(&window, out + QStringLiteral("/transactions.png")) && ok;
    window.findChild<QTabWidget*>(QStringLiteral("views"))->setCurrentIndex(2);
    wait(3500);
    // Show a case of several alerts on one card when the demo made one.
    auto* review = window.findChild<fd::ReviewView*>();
    for (int row = 0; row < review->model()->rowCount(); ++row) {
        if (review->model()->caseAt(row)->alerts.size() > 1) {
            review->queue()->setCurrentIndex(review->model()->index(row, 0));
            wait(1500);
            break;
        }
    }
    ok = save(&window, out + QStringLiteral("/review.png")) && ok;

    // Live sources beside the demo: the simulator, a listener nobody feeds yet and a drop
    // folder; the Sources panel appears with the first of them.
    if (wanted("sources")) {
        window.findChild<QTabWidget*>(QStringLiteral("views"))->setCurrentIndex(0);
        const QString inbox = dir.filePath(QStringLiteral("inbox"));
        QDir().mkpath(inbox);
        window.feed()->connectSource(QStringLiteral("sim://?rate=300&seed=5"));
        window.feed()->connectSource(QStringLiteral("listen://127.0.0.1:39517"));
        window.feed()->connectSource(QStringLiteral("folder://") + inbox);
        wait(8000);
        ok = save(&window, out + QStringLiteral("/sources.png")) && ok;
    }
    window.feed()->stop();

    // Retrain on the demo's labels and compare with the active model, then the threshold.
    auto* models = window.findChild<fd::ModelsView*>();
    window.findChild<QTabWidget*>(QStringLiteral("views"))->setCurrentIndex(3);
    bool retrained = false;
    QObject::connect(models, &fd::ModelsView::retrainFinished, [&](bool done, const QString& m) {
        retrained = true;
        std::printf("retrain: %s\n", qPrintable(m));
        ok = ok && done;
    });
    models->retrain();
    while (!retrained) wait(100);
    wait(1500);
    ok = save(&window, out + QStringLiteral("/models.png")) && ok;
    if (!wanted("threshold") && !wanted("import")) return ok ? 0 : 1;
    models->tuneThreshold();
    auto* threshold = models->findChild<fd::ThresholdDialog*>();
    while (!threshold->isLoaded()) wait(100);
    threshold->setReviewCost(5.0);
    wait(300);
    ok = save(threshold, out + QStringLiteral("/threshold.png")) && ok;
    threshold->close();

    // A batch file with a few rejects: an unparsable amount and a missing timestamp.
    const QString csv = dir.filePath(QStringLiteral("chargebacks.csv"));
    {
        std::ofstream file(csv.toStdString());
        file << "txn_ref,event_time,pan,merchant,mcc,amt,ccy,country,is_fraud\n";
        fd::GeneratorConfig config;
        config.seed = 99;
        fd::Generator generator(config);
        for (int i = 0; i < 2000; ++i) {
            const auto t = generator.next();
            file << "B" << i << ',' << t.timestamp_ms << ",4111111111" << (100000 + i) << ','
                 << t.merchant_id << ',' << t.merchant_category << ','
                 << (i == 17 ? std::string("12,5O") : fd::format_amount(t.amount_minor, t.currency))
                 << ',' << t.currency << ',' << t.country << ','
                 << (t.label == fd::Label::Fraud ? 1 : 0) << '\n';
        }
        file << "B9999,,4111111111999999,m1,5411,10.00,EUR,FR,0\n";
    }
    auto* wizard = new fd::ImportWizard(window.databasePath(), {csv}, &window);
    wizard->show();
    while (!wizard->mappingPage()->isComplete()) wait(100);
    wait(300);
    ok = save(wizard, out + QStringLiteral("/import_mapping.png")) && ok;
    wizard->next();
    while (wizard->currentId() != fd::ImportWizard::ReportPage) wait(100);
    wait(300);
    ok = save(wizard, out + QStringLiteral("/import_report.png")) && ok;
    return ok ? 0 : 1;
}
