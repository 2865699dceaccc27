#include "review_metrics_view.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

#include "analyst_metrics_model.h"
#include "i18n/core_text.h"
#include "monitor/monitor_tile.h"
#include "theme_colours.h"

namespace fd {
namespace {

// More bars than this and their labels stand upright so each one fits.
constexpr int kUprightLabelsAbove = 10;

QString bucketLabel(qint64 startMs, qint64 bucketMs) {
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(startMs);
    const QLocale locale;
    if (bucketMs == kMsPerHour) return locale.toString(t, QStringLiteral("HH:mm"));
    if (bucketMs == kMsPerDay) return locale.toString(t, QStringLiteral("ddd d MMM"));
    return locale.toString(t, QStringLiteral("d MMM yyyy"));
}

}  // namespace

ReviewMetricsView::ReviewMetricsView(const QString& databasePath, QWidget* parent)
    : QDialog(parent),
      databasePath_(databasePath),
      period_(new QComboBox(this)),
      status_(new QLabel(this)),
      decisions_(new MonitorTile(tr("Decisions"), this)),
      precision_(new MonitorTile(tr("Alert precision"), this)),
      median_(new MonitorTile(tr("Median time to decision"), this)),
      sla_(new MonitorTile(tr("SLA breaches"), this)),
      model_(new AnalystMetricsModel(this)),
      sorted_(new QSortFilterProxyModel(this)),
      table_(new QTableView(this)) {
    setWindowTitle(tr("Review Metrics"));
    period_->setObjectName(QStringLiteral("metricsPeriod"));
    period_->addItem(tr("Last 24 hours"), int(ReviewPeriod::Last24Hours));
    period_->addItem(tr("Last 7 days"), int(ReviewPeriod::Last7Days));
    period_->addItem(tr("Last 30 days"), int(ReviewPeriod::Last30Days));
    period_->addItem(tr("All time"), int(ReviewPeriod::All));
    period_->setCurrentIndex(1);
    status_->setObjectName(QStringLiteral("metricsStatus"));
    status_->setForegroundRole(QPalette::PlaceholderText);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QPushButton::clicked, this, &ReviewMetricsView::reload);

    decisions_->setObjectName(QStringLiteral("metricDecisions"));
    decisions_->setToolTip(
        tr("Decisions made in the period and not undone: fraud, legit and "
           "escalate"));
    precision_->setObjectName(QStringLiteral("metricPrecision"));
    precision_->setToolTip(
        tr("Of the alerts closed in the period, the share closed as fraud. "
           "Escalated alerts are not closed."));
    median_->setObjectName(QStringLiteral("metricMedianWait"));
    median_->setToolTip(
        tr("From an alert's creation to the fraud or legit decision that "
           "closed it, the median over the alerts closed in the period. An "
           "escalation does not stop the clock."));
    sla_->setObjectName(QStringLiteral("metricSla"));
    sla_->setToolTip(
        tr("Alerts closed in the period after their due time, plus alerts still "
           "open (new, in review or escalated) that are past due now"));

    sorted_->setSourceModel(model_);
    sorted_->setSortRole(AnalystMetricsModel::SortRole);
    table_->setObjectName(QStringLiteral("analystTable"));
    table_->setAccessibleName(tr("Decisions per analyst"));
    table_->setAccessibleDescription(
        tr("Each analyst's decisions, their mix and how long the alerts waited"));
    table_->setModel(sorted_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(AnalystMetricsModel::Decisions, Qt::DescendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(AnalystMetricsModel::Analyst,
                                                     QHeaderView::Stretch);

    auto* chart = new QChart;
    chart->setTitle(tr("Fraud and legit labels over time"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    series_ = new QStackedBarSeries(chart);
    series_->setBarWidth(0.8);
    chart->addSeries(series_);
    timeAxis_ = new QBarCategoryAxis(chart);
    countAxis_ = new QValueAxis(chart);
    countAxis_->setLabelFormat(QStringLiteral("%d"));
    countAxis_->setTitleText(tr("decisions"));
    chart->addAxis(timeAxis_, Qt::AlignBottom);
    chart->addAxis(countAxis_, Qt::AlignLeft);
    series_->attachAxis(timeAxis_);
    series_->attachAxis(countAxis_);
    chartView_ = new QChartView(chart, this);
    chartView_->setObjectName(QStringLiteral("labelsChart"));
    chartView_->setAccessibleName(tr("Labels over time"));
    chartView_->setRenderHint(QPainter::Antialiasing);
    chartView_->setMinimumHeight(240);
    followPalette(chartView_);

    auto* top = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(period_);
    top->addWidget(periodLabel);
    top->addWidget(period_);
    top->addSpacing(12);
    top->addWidget(status_, 1);
    top->addWidget(refresh);
    auto* tiles = new QHBoxLayout;
    for (MonitorTile* tile : {decisions_, precision_, median_, sla_}) tiles->addWidget(tile, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(chartView_);
    split->addWidget(table_);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({440, 220});
    split->setChildrenCollapsible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(tiles);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(period_, &QComboBox::currentIndexChanged, this, &ReviewMetricsView::reload);
    resize(980, 720);
    reload();
}

ReviewPeriod ReviewMetricsView::period() const {
    return static_cast<ReviewPeriod>(period_->currentData().toInt());
}

void ReviewMetricsView::setPeriod(ReviewPeriod period) {
    const int index = period_->findData(int(period));
    if (index == period_->currentIndex())
        reload();
    else
        period_->setCurrentIndex(index);
}

void ReviewMetricsView::reload() {
    status_->setText(tr("Loading…"));
    const quint64 request = ++request_;
    QPointer<ReviewMetricsView> self(this);
    const std::string path = databasePath_.toStdString();
    const QDateTime now = QDateTime::currentDateTime();
    const ReviewWindow window =
        review_window(period(), now.toMSecsSinceEpoch(), qint64(now.offsetFromUtc()) * 1000);
    QThreadPool::globalInstance()->start([self, request, path, window] {
        ReviewMetrics metrics;
        QString error;
        try {
            Database db(path, OpenMode::ReadOnly);
            metrics = compute_review_metrics(db, window);
        } catch (const std::exception& e) {
            error = translateCoreText(e.what());
        }
        QMetaObject::invokeMethod(self, [self, request, metrics, error] {
            if (!self || request != self->request_) return;
            if (!error.isEmpty()) {
                self->status_->setText(tr("Cannot read the metrics: %1").arg(error));
                return;
            }
            self->display(metrics);
            emit self->loaded();
        });
    });
}

void ReviewMetricsView::display(const ReviewMetrics& m) {
    metrics_ = m;
    const QLocale locale;
    decisions_->setValue(locale.toString(qint64(m.decisions)),
                         tr("by %n analyst(s)", nullptr, int(m.analysts.size())));
    const qint64 closed = m.closed_fraud + m.closed_legit;
    if (m.precision) {
        precision_->setValue(locale.toString(*m.precision * 100.0, 'f', 1) + QStringLiteral(" %"),
                             tr("%1 fraud of %n closed", nullptr, int(closed))
                                 .arg(locale.toString(qint64(m.closed_fraud))));
    } else {
        precision_->setValue(QStringLiteral("–"), tr("no alert closed"));
    }
    median_->setValue(
        m.median_to_decision_ms ? formatWait(*m.median_to_decision_ms) : QStringLiteral("–"),
        tr("over %n closed alert(s)", nullptr, int(closed)));
    sla_->setValue(
        locale.toString(qint64(m.sla_breaches())),
        tr("%1 closed late, %2 open past due")
            .arg(locale.toString(qint64(m.closed_late)), locale.toString(qint64(m.open_overdue))));
    model_->setAnalysts(m.analysts);
    showChart(m);
    status_->setText(
        tr("As of %1").arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void ReviewMetricsView::showChart(const ReviewMetrics& m) {
    series_->clear();
    auto* fraud = new QBarSet(tr("Fraud"));
    auto* legit = new QBarSet(tr("Legit"));
    fraud->setColor(QColor(0xd6, 0x45, 0x41));
    legit->setColor(QColor(0x3a, 0x9d, 0x5d));
    QStringList categories;
    qint64 most = 0;
    for (const LabelBucket& b : m.labels_over_time) {
        categories << bucketLabel(b.start_ms, m.bucket_ms);
        *fraud << static_cast<qreal>(b.fraud);
        *legit << static_cast<qreal>(b.legit);
        most = std::max<qint64>(most, b.fraud + b.legit);
    }
    series_->append(fraud);
    series_->append(legit);
    timeAxis_->setCategories(categories);
    timeAxis_->setLabelsAngle(categories.size() > kUprightLabelsAbove ? -90 : 0);
    // Whole, round steps on the axis (1, 2, 5, 10, 20, 50, ...), four or five of them.
    qint64 step = 1;
    for (qint64 scale = 1;; scale *= 10) {
        const qint64 candidates[] = {scale, 2 * scale, 5 * scale};
        const auto fits = std::find_if(std::begin(candidates), std::end(candidates),
                                       [&](qint64 s) { return s * 4 >= most; });
        if (fits != std::end(candidates)) {
            step = *fits;
            break;
        }
    }
    const qint64 steps = std::max<qint64>(1, (most + step - 1) / step);
    countAxis_->setRange(0, static_cast<qreal>(steps * step));
    countAxis_->setTickCount(static_cast<int>(steps) + 1);
    timeAxis_->setTitleText(m.bucket_ms == kMsPerHour  ? tr("per hour")
                            : m.bucket_ms == kMsPerDay ? tr("per day")
                                                       : tr("per week (from Monday)"));
}

}  // namespace fd
