#include "threshold_dialog.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScatterSeries>
#include <QSlider>
#include <QSpinBox>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>
#include <nlohmann/json.hpp>

#include "gui/theme_colours.h"
#include "i18n/core_text.h"
#include "ingest/active_model.h"
#include "ingest/model_comparison.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/transaction_store.h"

namespace fd {
namespace {

constexpr int kSliderSteps = 1000;  // risk 0..100 in steps of 0.1
constexpr std::size_t kChartPoints = 400;

struct Loaded {
    qint64 modelId = 0;
    double modelThreshold = -1;
    std::vector<double> risks, amounts;
    std::vector<std::int64_t> times;
    std::vector<std::uint8_t> labels;
};

// The active model's risk for every stored transaction, scored in time order.
Loaded load(const QString& path) {
    Database db(path.toStdString(), OpenMode::ReadOnly);
    const auto active = load_active_model(db);
    if (!active)
        throw std::runtime_error(
            ThresholdDialog::tr("No model is active: train one or start the demo.").toStdString());
    std::vector<Transaction> history;
    TransactionStore(db).scan(std::numeric_limits<std::int64_t>::min(),
                              std::numeric_limits<std::int64_t>::max(), 10000,
                              [&](std::span<const Transaction> batch, auto) {
                                  history.insert(history.end(), batch.begin(), batch.end());
                                  return true;
                              });
    if (history.empty())
        throw std::runtime_error(
            ThresholdDialog::tr("The database holds no transactions yet.").toStdString());
    Loaded out;
    out.modelId = active->id;
    out.modelThreshold = active->model->alert_threshold();
    auto scored = score_history(*active->model, history);
    // Always-alert rows alert at any threshold: they count as risk 100 here.
    for (std::size_t i = 0; i < history.size(); ++i)
        if (scored.always_alert[i]) scored.risk[i] = 100.0;
    out.risks = std::move(scored.risk);
    for (const auto& t : history) {
        out.times.push_back(t.timestamp_ms);
        out.labels.push_back(t.label == Label::Unknown ? 2 : t.label == Label::Fraud ? 1 : 0);
        out.amounts.push_back(t.amount());
    }
    return out;
}

}  // namespace

ThresholdDialog::ThresholdDialog(const QString& databasePath, const QString& analyst,
                                 double currentRisk, QWidget* parent)
    : QDialog(parent),
      databasePath_(databasePath),
      analyst_(analyst),
      startRisk_(currentRisk),
      summary_(new QLabel(tr("Scoring the stored history with the active model…"), this)),
      risk_(new QDoubleSpinBox(this)),
      slider_(new QSlider(Qt::Horizontal, this)),
      perDay_(new QSpinBox(this)),
      reviewCost_(new QDoubleSpinBox(this)),
      effect_(new QLabel(this)),
      chart_(new QChartView(new QChart, this)),
      costSeries_(new QLineSeries(chart_->chart())),
      minimum_(new QScatterSeries(chart_->chart())),
      current_(new QLineSeries(chart_->chart())),
      cheapestButton_(new QPushButton(tr("Use the &Cheapest"), this)),
      applyButton_(new QPushButton(tr("&Apply"), this)) {
    setWindowTitle(tr("Tune the Alert Threshold"));
    summary_->setWordWrap(true);
    risk_->setRange(0.0, 100.0);
    risk_->setDecimals(1);
    risk_->setSingleStep(0.5);
    risk_->setObjectName(QStringLiteral("thresholdRisk"));
    risk_->setAccessibleName(tr("Alert threshold"));
    slider_->setRange(0, kSliderSteps);
    slider_->setAccessibleName(tr("Alert threshold slider"));
    perDay_->setRange(1, 1'000'000);
    perDay_->setObjectName(QStringLiteral("alertsPerDay"));
    reviewCost_->setRange(0.0, 1'000'000.0);
    reviewCost_->setDecimals(2);
    reviewCost_->setValue(5.0);
    reviewCost_->setObjectName(QStringLiteral("reviewCost"));
    reviewCost_->setToolTip(tr("What one analyst review costs, in the transactions' currency"));
    effect_->setObjectName(QStringLiteral("thresholdEffect"));
    effect_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QChart* chart = chart_->chart();
    chart->setTitle(tr("Cost on labelled history: missed fraud + reviews"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    costSeries_->setName(tr("cost"));
    minimum_->setName(tr("minimum"));
    minimum_->setMarkerSize(12);
    minimum_->setColor(QColor(30, 150, 60));
    current_->setName(tr("chosen threshold"));
    current_->setPen(QPen(QColor(220, 40, 40), 2, Qt::DashLine));
    for (auto* s : std::initializer_list<QAbstractSeries*>{costSeries_, minimum_, current_})
        chart->addSeries(s);
    auto* x = new QValueAxis(chart);
    x->setRange(0, 100);
    x->setTitleText(tr("alert at risk"));
    x->setLabelFormat(QStringLiteral("%d"));
    auto* y = new QValueAxis(chart);
    y->setTitleText(tr("cost"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTickCount(5);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    followPalette(chart_);
    for (auto* s : std::initializer_list<QAbstractSeries*>{costSeries_, minimum_, current_}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart_->setRenderHint(QPainter::Antialiasing);
    chart_->setMinimumSize(560, 300);
    chart_->setObjectName(QStringLiteral("costChart"));
    chart_->setAccessibleName(tr("Cost curve"));
    chart_->setAccessibleDescription(
        tr("Missed fraud plus review cost for each threshold on labelled history"));

    auto* form = new QFormLayout;
    auto* riskRow = new QHBoxLayout;
    riskRow->addWidget(risk_);
    riskRow->addWidget(slider_, 1);
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("Alert at &risk ≥"), risk_), riskRow);
    form->addRow(label(tr("or an alert &budget per day"), perDay_), perDay_);
    form->addRow(label(tr("Cost of one re&view"), reviewCost_), reviewCost_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(cheapestButton_, QDialogButtonBox::ActionRole);
    buttons->addButton(applyButton_, QDialogButtonBox::ApplyRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addLayout(form);
    layout->addWidget(effect_);
    layout->addWidget(chart_, 1);
    layout->addWidget(buttons);
    for (QWidget* w : std::initializer_list<QWidget*>{risk_, slider_, perDay_, reviewCost_,
                                                      cheapestButton_, applyButton_})
        w->setEnabled(false);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(risk_, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (updating_) return;
        setThreshold(v);
    });
    connect(slider_, &QSlider::valueChanged, this, [this](int v) {
        if (updating_) return;
        setThreshold(100.0 * v / kSliderSteps);
    });
    connect(perDay_, &QSpinBox::valueChanged, this, [this](int v) {
        if (updating_) return;
        setAlertsPerDay(v);
    });
    connect(reviewCost_, &QDoubleSpinBox::valueChanged, this, [this] {
        updateCostCurve();
        updateEffect();
    });
    connect(cheapestButton_, &QPushButton::clicked, this, [this] {
        if (const auto best = cheapest()) setThreshold(*best);
    });
    connect(applyButton_, &QPushButton::clicked, this, [this] {
        if (apply()) accept();
    });
    resize(720, 620);

    QPointer<ThresholdDialog> self(this);
    const QString path = databasePath_;
    QThreadPool::globalInstance()->start([self, path] {
        auto loadedData = std::make_shared<Loaded>();
        QString error;
        try {
            *loadedData = load(path);
        } catch (const std::exception& e) {
            error = translateCoreText(e.what());
        }
        QMetaObject::invokeMethod(self, [self, data = loadedData, error] {
            if (!self) return;
            self->modelId_ = data->modelId;
            self->modelThreshold_ = data->modelThreshold;
            self->risks_ = std::move(data->risks);
            self->times_ = std::move(data->times);
            self->labels_ = std::move(data->labels);
            self->amounts_ = std::move(data->amounts);
            self->showData(error);
        });
    });
}

void ThresholdDialog::showData(const QString& error) {
    if (!error.isEmpty()) {
        summary_->setText(tr("Cannot tune the threshold: %1").arg(error));
        emit loaded();
        return;
    }
    const QLocale locale;
    const auto labelled =
        std::count_if(labels_.begin(), labels_.end(), [](auto l) { return l < 2; });
    const auto frauds = std::count(labels_.begin(), labels_.end(), std::uint8_t{1});
    summary_->setText(
        tr("Active model v%1 (its own threshold: risk %2) on %3 stored transactions, %4 of "
           "them labelled (%5 fraud). Precision, recall and cost come from the labelled ones.")
            .arg(modelId_)
            .arg(locale.toString(modelThreshold_, 'f', 1), locale.toString(qint64(risks_.size())),
                 locale.toString(qint64(labelled)), locale.toString(qint64(frauds))));
    loaded_ = true;
    for (QWidget* w : std::initializer_list<QWidget*>{risk_, slider_, perDay_, reviewCost_,
                                                      cheapestButton_, applyButton_})
        w->setEnabled(true);
    updateCostCurve();
    setThreshold(startRisk_ >= 0.0 ? startRisk_ : modelThreshold_);
    emit loaded();
}

double ThresholdDialog::threshold() const {
    return risk_->value();
}

void ThresholdDialog::setThreshold(double risk) {
    updating_ = true;
    risk_->setValue(std::clamp(risk, 0.0, 100.0));
    slider_->setValue(static_cast<int>(std::lround(risk_->value() / 100.0 * kSliderSteps)));
    updating_ = false;
    updateEffect();
}

void ThresholdDialog::setAlertsPerDay(int alertsPerDay) {
    if (risks_.empty()) return;
    const double risk = threshold_for_alerts_per_day(risks_, times_, alertsPerDay);
    updating_ = true;
    perDay_->setValue(alertsPerDay);
    updating_ = false;
    setThreshold(risk);
}

void ThresholdDialog::setReviewCost(double cost) {
    reviewCost_->setValue(cost);
}

ThresholdEffect ThresholdDialog::effect() const {
    return threshold_effect({risks_, times_, labels_, amounts_}, threshold(), reviewCost_->value());
}

std::optional<double> ThresholdDialog::cheapest() const {
    if (!curve_) return std::nullopt;
    const double best = curve_->points[curve_->best].threshold;
    return std::isfinite(best) ? std::optional(best) : std::nullopt;
}

void ThresholdDialog::updateEffect() {
    if (!loaded_) return;
    const ThresholdEffect e = effect();
    const QLocale locale;
    const auto pct = [&](const std::optional<double>& v) {
        return v ? locale.toString(100.0 * *v, 'f', 1) + QLatin1Char('%') : tr("n/a");
    };
    updating_ = true;
    perDay_->setValue(static_cast<int>(std::clamp(std::lround(e.alerts_per_day), 1L, 1'000'000L)));
    updating_ = false;
    effect_->setText(
        tr("Expected <b>%1</b> alerts a day. On labelled history: precision <b>%2</b>, "
           "recall <b>%3</b>, fraud missed %4, cost %5.")
            .arg(locale.toString(e.alerts_per_day, 'f', 1), pct(e.precision), pct(e.recall),
                 locale.toString(e.missed_amount, 'f', 2), locale.toString(e.cost, 'f', 2)));
    current_->clear();
    if (auto* y = qobject_cast<QValueAxis*>(chart_->chart()->axes(Qt::Vertical).value(0))) {
        current_->append(e.threshold, y->min());
        current_->append(e.threshold, y->max());
    }
}

void ThresholdDialog::updateCostCurve() {
    if (!loaded_) return;
    std::vector<double> scores, amounts;
    std::vector<std::uint8_t> labels;
    for (std::size_t i = 0; i < risks_.size(); ++i) {
        if (labels_[i] > 1) continue;
        scores.push_back(risks_[i]);
        labels.push_back(labels_[i]);
        amounts.push_back(amounts_[i]);
    }
    curve_ = cost_curve(scores, labels, amounts, reviewCost_->value());
    costSeries_->clear();
    minimum_->clear();
    cheapestButton_->setEnabled(curve_.has_value());
    if (!curve_) {
        chart_->chart()->setTitle(tr("No fraud labels yet: no cost curve. Label alerts first."));
        return;
    }
    chart_->chart()->setTitle(tr("Cost on labelled history: missed fraud + reviews"));
    // Points run from the highest threshold down: plot them left to right, at most one per
    // quarter of a risk point (the minimum always), so sparse high risks keep their shape.
    const auto& points = curve_->points;
    QList<QPointF> line;
    double top = points.front().cost;  // alerting nothing: every fraud missed
    double lastX = -1.0;
    for (std::size_t i = points.size(); i-- > 0;) {
        const double x = points[i].threshold;
        if (!std::isfinite(x)) continue;
        if (x - lastX < 100.0 / kChartPoints && i != curve_->best && i != 1) continue;
        line.append({x, points[i].cost});
        lastX = x;
        top = std::max(top, points[i].cost);
    }
    costSeries_->replace(line);
    if (const auto best = cheapest()) minimum_->append(*best, points[curve_->best].cost);
    if (auto* y = qobject_cast<QValueAxis*>(chart_->chart()->axes(Qt::Vertical).value(0)))
        y->setRange(0, top * 1.05 + 1);
}

bool ThresholdDialog::apply() {
    if (!loaded_) return false;
    const ThresholdEffect e = effect();
    const auto optional = [](const std::optional<double>& v) {
        return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
    };
    nlohmann::json details = {
        {"from", startRisk_ >= 0.0 ? nlohmann::json(startRisk_) : nlohmann::json("model")},
        {"to", e.threshold},
        {"model", modelId_},
        {"alerts_per_day", e.alerts_per_day},
        {"precision", optional(e.precision)},
        {"recall", optional(e.recall)},
        {"review_cost", reviewCost_->value()}};
    try {
        Database db(databasePath_.toStdString());
        SqlTransaction tx(db);
        AuditLog(db).append(QDateTime::currentMSecsSinceEpoch(), analyst_.toStdString(),
                            "threshold", "alert threshold", details.dump());
        tx.commit();
    } catch (const std::exception& error) {
        QMessageBox::warning(
            this, windowTitle(),
            tr("The threshold was not applied: %1").arg(translateCoreText(error.what())));
        return false;
    }
    emit applied(e.threshold);
    return true;
}

}  // namespace fd
