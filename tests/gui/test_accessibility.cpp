// Accessibility of the real window on a demo database: every control a keyboard can reach
// has a name a screen reader can say, Tab walks each dialog's controls in a closed loop,
// every dialog has a default button and closes on Esc, and in the dark theme no chart or
// tile keeps a light background.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QWizard>
#include <QtTest>
#include <functional>
#include <memory>

#include "gui/app_settings.h"
#include "gui/audit_dialog.h"
#include "gui/export_dialog.h"
#include "gui/feed/connect_dialog.h"
#include "gui/feed_controller.h"
#include "gui/import/import_wizard.h"
#include "gui/main_window.h"
#include "gui/models/models_view.h"
#include "gui/models/threshold_dialog.h"
#include "gui/report_dialog.h"
#include "gui/review_metrics_view.h"
#include "gui/settings_dialog.h"
#include "gui/transactions/transaction_detail_dialog.h"
#include "storage/database.h"
#include "storage/transaction_query.h"

namespace {

// "QLineEdit 'uri' in fd::ConnectDialog 'connect' < QWidget ..." so a failure says where.
QString describe(const QWidget* w) {
    QStringList chain;
    for (const QObject* o = w; o; o = o->parent())
        chain << QStringLiteral("%1 '%2'").arg(QString::fromLatin1(o->metaObject()->className()),
                                               o->objectName());
    return chain.join(QStringLiteral(" < "));
}

// The name an assistive technology reads: the accessible name set, else what Qt derives
// (a button's text, the text of a QLabel whose buddy the widget is).
QString spokenName(QWidget* w) {
    if (!w->accessibleName().isEmpty()) return w->accessibleName();
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Parts of a compound control that take focus on its behalf and are named through it.
bool isInnerPart(const QWidget* w) {
    const QWidget* parent = w->parentWidget();
    return qobject_cast<const QAbstractSpinBox*>(parent) ||
           qobject_cast<const QComboBox*>(parent) ||
           (qobject_cast<const QTabBar*>(w) && qobject_cast<const QTabWidget*>(parent));
}

// A radio button Tab skips: an unchecked one of an exclusive group with a checked member.
bool skippedRadio(const QWidget* w) {
    const auto* radio = qobject_cast<const QRadioButton*>(w);
    if (!radio || radio->isChecked() || !radio->autoExclusive()) return false;
    for (const QRadioButton* other :
         radio->parentWidget()->findChildren<QRadioButton*>(QString(), Qt::FindDirectChildrenOnly))
        if (other->isChecked() && other->isVisible()) return true;
    return false;
}

// Every visible, enabled control under `root` that the keyboard can reach.
QList<QWidget*> focusable(QWidget* root, Qt::FocusPolicy needed = Qt::TabFocus) {
    QList<QWidget*> out;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible() || !w->isEnabled() || w->focusProxy() || isInnerPart(w)) continue;
        if ((w->focusPolicy() & needed) != needed) continue;
        out << w;
    }
    return out;
}

QStringList unnamedControls(QWidget* root) {
    QStringList missing;
    for (QWidget* w : focusable(root, Qt::ClickFocus))
        if (spokenName(w).isEmpty()) missing << describe(w);
    for (const QString& m : missing) qWarning("unnamed: %s", qPrintable(m));  // all, untruncated
    return missing;
}

// Presses Tab from the first control until focus comes back; returns what it could not
// reach (empty when the loop covers every control).
QStringList tabChainGaps(QWidget* dialog) {
    QList<QWidget*> expected;
    for (QWidget* w : focusable(dialog))
        if (!skippedRadio(w)) expected << w;
    if (expected.isEmpty()) return {QStringLiteral("no focusable control in ") + describe(dialog)};
    QWidget* start = expected.first();
    start->setFocus(Qt::TabFocusReason);
    if (QApplication::focusWidget() != start)
        return {QStringLiteral("cannot focus ") + describe(start)};
    QSet<QWidget*> seen{start};
    QStringList order{describe(start)};
    const int limit = 3 * int(expected.size()) + 10;
    bool closed = false;
    for (int i = 0; i < limit && !closed; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        if (!now)
            return {QStringLiteral("focus lost after ") + QString::number(i + 1) +
                    QStringLiteral(" Tabs")};
        while (now->focusProxy()) now = now->focusProxy();
        closed = now == start;
        seen.insert(now);
        order << describe(now);
    }
    QStringList gaps;
    if (!closed) gaps << QStringLiteral("Tab never returns to ") + describe(start);
    if (!gaps.isEmpty() || seen.size() < expected.size())
        qWarning("Tab order: %s", qPrintable(order.join(QStringLiteral("\n  -> "))));
    for (QWidget* w : expected)
        if (!seen.contains(w)) gaps << QStringLiteral("Tab never reaches ") + describe(w);
    return gaps;
}

bool hasDefaultButton(QWidget* dialog) {
    for (QPushButton* b : dialog->findChildren<QPushButton*>())
        if (b->isVisible() && b->isDefault()) return true;  // may wait for valid input
    return false;
}

double luminance(QColor c) {
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

}  // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<fd::MainWindow> window_;

    QTabWidget* views() const { return window_->findChild<QTabWidget*>(QStringLiteral("views")); }

    // Shows `dialog` active, then checks names, the Tab loop, the default button and Esc.
    void checkDialog(QDialog* dialog) {
        dialog->show();
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::qWait(50);
        const QStringList unnamed = unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("unnamed controls:\n") +
                                               unnamed.join(QLatin1Char('\n'))));
        const QStringList gaps = tabChainGaps(dialog);
        QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(QLatin1Char('\n'))));
        QVERIFY2(hasDefaultButton(dialog), qPrintable(describe(dialog)));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY2(!dialog->isVisible(), qPrintable(describe(dialog)));
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FraudDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_accessibility"));
        fd::AppSettings{}.save();
        window_ = std::make_unique<fd::MainWindow>();
        fd::DemoConfig small;
        small.history_rows = 6000;
        small.customers = 1500;
        small.feed_rows_per_second = 400;
        window_->setDemoConfig(small);
        window_->resize(1280, 820);
        window_->show();
        window_->openDatabase(dir_.filePath(QStringLiteral("demo.db")));
        QSignalSpy ready(window_.get(), &fd::MainWindow::demoReady);
        window_->startDemo(true);
        QVERIFY(ready.wait(120000));
        QTRY_VERIFY_WITH_TIMEOUT(window_->feed()->stats().alerts() >= 5, 60000);
        window_->feed()->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!window_->feed()->isActive(), 10000);
        window_->refreshViews();
        QTest::qWait(1500);
    }

    void cleanupTestCase() {
        window_.reset();
        fd::applyTheme(fd::AppSettings::Theme::System);
    }

    void everyViewControlHasAName_data() {
        QTest::addColumn<int>("view");
        for (int i = 0; i < 4; ++i) QTest::newRow(qPrintable(QString::number(i))) << i;
    }
    void everyViewControlHasAName() {
        QFETCH(int, view);
        views()->setCurrentIndex(view);
        QTest::qWait(500);
        const QStringList unnamed = unnamedControls(window_.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("unnamed controls:\n") +
                                               unnamed.join(QLatin1Char('\n'))));
    }

    // Full keyboard navigation: in each view Tab reaches every control and comes back.
    void everyViewIsWalkedByTab_data() { everyViewControlHasAName_data(); }
    void everyViewIsWalkedByTab() {
        QFETCH(int, view);
        views()->setCurrentIndex(view);
        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
        QTest::qWait(500);
        const QStringList gaps = tabChainGaps(views()->currentWidget());
        QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(QLatin1Char('\n'))));
    }

    void reviewMetricsWindow() {
        fd::ReviewMetricsView view(window_->databasePath());
        QSignalSpy loaded(&view, &fd::ReviewMetricsView::loaded);
        view.show();
        QVERIFY(loaded.wait(30000));
        const QStringList unnamed = unnamedControls(&view);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void settingsDialog() {
        fd::SettingsDialog dialog(fd::AppSettings::load(), window_.get());
        checkDialog(&dialog);
    }
    void connectDialog() {
        fd::ConnectDialog dialog(window_.get());
        checkDialog(&dialog);
    }
    void exportDialog() {
        fd::ExportDialog dialog(window_->databasePath(), QStringLiteral("ada"), window_.get());
        checkDialog(&dialog);
    }
    void reportDialog() {
        fd::ReportDialog dialog(window_->databasePath(), QStringLiteral("ada"), std::nullopt,
                                window_.get());
        checkDialog(&dialog);
    }
    void importWizardFirstPage() {
        fd::ImportWizard wizard(window_->databasePath(), {}, window_.get());
        checkDialog(&wizard);
    }
    void thresholdDialog() {
        fd::ThresholdDialog dialog(window_->databasePath(), QStringLiteral("ada"), -1.0,
                                   window_.get());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 30000);
        checkDialog(&dialog);
    }
    void transactionDetailDialog() {
        // The riskiest stored payment, so the dialog shows reasons and a history chart.
        fd::Database db(window_->databasePath().toStdString(), fd::OpenMode::ReadOnly);
        fd::TransactionFilter filter;
        filter.min_level = 1;
        const auto rows =
            fd::TransactionQuery(db).page(filter, {fd::TxColumn::Risk, true}, nullptr, 1);
        QVERIFY(!rows.empty());
        fd::TransactionDetailDialog dialog(window_->databasePath(), rows.front(), window_.get());
        QVERIFY(!dialog.reasons().isEmpty());
        checkDialog(&dialog);
    }
    void auditDialog() {
        fd::AuditDialog dialog(window_->databasePath(), window_.get());
        checkDialog(&dialog);
    }

    // A chart or tile keeping a light background in the dark theme is a white box on a dark
    // window; sample its corners and middle after grabbing each view.
    void darkThemeKeepsChartsAndTilesDark() {
        fd::applyTheme(fd::AppSettings::Theme::Dark);
        QTest::qWait(200);
        const double window = luminance(window_->palette().color(QPalette::Window));
        QVERIFY(window < 0.3);
        int checked = 0;
        for (int view = 0; view < 4; ++view) {
            views()->setCurrentIndex(view);
            QTest::qWait(400);
            QList<QWidget*> painted;
            for (QChartView* chart : window_->findChildren<QChartView*>()) painted << chart;
            for (QWidget* w : window_->findChildren<QWidget*>())
                if (w->objectName().startsWith(QLatin1String("tile"))) painted << w;
            for (QWidget* w : painted) {
                if (!w->isVisible() || w->width() < 20 || w->height() < 20) continue;
                // A 9x9 grid over the widget: lines and text are light, the background is
                // most of it (bars may fill a third), so over half the samples being light means a
                // light background.
                const QImage image = w->grab().toImage();
                int light = 0;
                for (int i = 1; i <= 9; ++i)
                    for (int j = 1; j <= 9; ++j)
                        if (luminance(image.pixelColor(image.width() * i / 10,
                                                       image.height() * j / 10)) > window + 0.1)
                            ++light;
                QVERIFY2(light <= 40, qPrintable(QStringLiteral("%1 of 81 samples light in %2")
                                                     .arg(light)
                                                     .arg(describe(w))));
                ++checked;
            }
        }
        QVERIFY(checked >= 6);  // the monitor's charts and tiles, the models' curves
        fd::ThresholdDialog threshold(window_->databasePath(), QStringLiteral("ada"), -1.0,
                                      window_.get());
        threshold.show();
        QTRY_VERIFY_WITH_TIMEOUT(threshold.isLoaded(), 30000);
        const QImage cost = threshold.costChart()->grab().toImage();
        QVERIFY2(luminance(cost.pixelColor(cost.width() / 2, cost.height() / 2)) <= window + 0.1,
                 "the cost chart is light");
        fd::ReviewMetricsView metrics(window_->databasePath());
        QSignalSpy loaded(&metrics, &fd::ReviewMetricsView::loaded);
        metrics.show();
        QVERIFY(loaded.wait(30000));
        const QImage labels = metrics.chart()->grab().toImage();
        QVERIFY2(luminance(labels.pixelColor(5, labels.height() / 2)) <= window + 0.1,
                 "the labels chart is light");
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
