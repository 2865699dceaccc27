#include "model_comparison_view.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include "gui/theme_colours.h"

namespace fd {
namespace {

const QColor kActiveColour(70, 110, 190);
const QColor kChallengerColour(230, 120, 20);

QString percent(double v) {
    return QLocale().toString(100.0 * v, 'f', 1) + QLatin1Char('%');
}

QString optionalFigure(const std::optional<double>& v) {
    return v ? QLocale().toString(*v, 'f', 3) : ModelComparisonView::tr("n/a");
}

QChartView* makeChart(const QString& title, const QString& x, const QString& y, QWidget* parent) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* xAxis = new QValueAxis(chart);
    xAxis->setRange(0, 1);
    xAxis->setTitleText(x);
    xAxis->setLabelFormat(QStringLiteral("%.1f"));
    auto* yAxis = new QValueAxis(chart);
    yAxis->setRange(0, 1);
    yAxis->setTitleText(y);
    yAxis->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 220);
    followPalette(view);
    return view;
}

void setCurves(QChartView* view,
               const std::vector<std::pair<QString, const std::vector<CurvePoint>*>>& curves,
               const std::vector<QColor>& colours) {
    QChart* chart = view->chart();
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (std::size_t i = 0; i < curves.size(); ++i) {
        auto* series = new QLineSeries(chart);
        series->setName(curves[i].first);
        for (const CurvePoint& p : *curves[i].second) series->append(p.x, p.y);
        QPen pen(colours[i]);
        pen.setWidthF(2.0);
        series->setPen(pen);
        chart->addSeries(series);
        for (auto* axis : axes) series->attachAxis(axis);
    }
}

}  // namespace

ModelComparisonView::ModelComparisonView(QWidget* parent)
    : QWidget(parent),
      header_(new QLabel(this)),
      figures_(new QTableWidget(0, 2, this)),
      roc_(makeChart(tr("ROC curve"), tr("false positive rate"), tr("true positive rate"), this)),
      pr_(makeChart(tr("Precision-recall curve"), tr("recall"), tr("precision"), this)) {
    header_->setWordWrap(true);
    header_->setObjectName(QStringLiteral("comparisonHeader"));
    figures_->setObjectName(QStringLiteral("comparisonFigures"));
    figures_->setAccessibleName(tr("Model comparison figures"));
    figures_->setAccessibleDescription(
        tr("Active model and challenger side by side on a later time slice"));
    figures_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    figures_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    figures_->setMinimumWidth(400);
    figures_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    roc_->setObjectName(QStringLiteral("rocChart"));
    roc_->setAccessibleName(tr("ROC curves"));
    pr_->setObjectName(QStringLiteral("prChart"));
    pr_->setAccessibleName(tr("Precision-recall curves"));
    auto* row = new QHBoxLayout;
    row->addWidget(figures_);
    row->addWidget(roc_, 1);
    row->addWidget(pr_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header_);
    layout->addLayout(row, 1);
    clear(tr("Retrain to compare a challenger with the active model."));
}

void ModelComparisonView::clear(const QString& message) {
    header_->setText(message);
    figures_->setRowCount(0);
    roc_->chart()->removeAllSeries();
    pr_->chart()->removeAllSeries();
}

void ModelComparisonView::setComparison(const Comparison& c) {
    const QLocale locale;
    const auto when = [&](std::int64_t ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
    };
    QString text =
        tr("On the latest labelled slice, %1 to %2: %3 transactions, %4 labelled, %5 fraud. "
           "The challenger was measured by a twin trained without the slice's labels; the "
           "stored challenger then learnt them too.")
            .arg(when(c.slice_from_ms), when(c.slice_until_ms), locale.toString(c.slice_rows),
                 locale.toString(c.labelled), locale.toString(c.frauds));
    if (c.active && c.active->in_sample)
        text += QLatin1Char(' ') + tr("The active model was trained on labels inside this slice: "
                                      "its figures are flattered.");
    header_->setText(text);

    const ModelFigures* models[2] = {c.active ? &*c.active : nullptr, &c.challenger};
    figures_->setHorizontalHeaderLabels(
        {c.active ? tr("Active (v%1)").arg(c.active->model_id) : tr("Active (none)"),
         tr("Challenger (v%1)").arg(c.challenger.model_id)});
    using Getter = QString (*)(const ModelFigures&, const Comparison&);
    const std::vector<std::pair<QString, Getter>> rows = {
        {tr("Average precision"),
         [](const ModelFigures& f, const Comparison&) {
             return optionalFigure(f.average_precision);
         }},
        {tr("ROC AUC"),
         [](const ModelFigures& f, const Comparison&) { return optionalFigure(f.roc_auc); }},
        {tr("Precision@%1").arg(c.k),
         [](const ModelFigures& f, const Comparison&) { return percent(f.precision_at_k); }},
        {tr("Card precision@%1 per day").arg(c.k),
         [](const ModelFigures& f, const Comparison&) { return percent(f.card_precision_at_k); }},
        {tr("Alert threshold (risk)"),
         [](const ModelFigures& f, const Comparison&) {
             return QLocale().toString(f.threshold, 'f', 1);
         }},
        {tr("Alerts per day"),
         [](const ModelFigures& f, const Comparison&) {
             return QLocale().toString(f.alerts_per_day, 'f', 1);
         }},
        {tr("Fraud alerted (TP)"),
         [](const ModelFigures& f, const Comparison&) {
             return QLocale().toString(f.confusion.tp);
         }},
        {tr("Legitimate alerted (FP)"),
         [](const ModelFigures& f, const Comparison&) {
             return QLocale().toString(f.confusion.fp);
         }},
        {tr("Fraud missed (FN)"),
         [](const ModelFigures& f, const Comparison&) {
             return QLocale().toString(f.confusion.fn);
         }},
        {tr("Legitimate passed (TN)"),
         [](const ModelFigures& f, const Comparison&) {
             return QLocale().toString(f.confusion.tn);
         }},
        {tr("Precision at threshold"),
         [](const ModelFigures& f, const Comparison&) { return percent(f.confusion.precision()); }},
        {tr("Recall at threshold"),
         [](const ModelFigures& f, const Comparison&) { return percent(f.confusion.recall()); }},
    };
    figures_->setRowCount(static_cast<int>(rows.size()));
    QStringList names;
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        names << rows[std::size_t(r)].first;
        for (int m = 0; m < 2; ++m) {
            const QString value =
                models[m] ? rows[std::size_t(r)].second(*models[m], c) : QString();
            auto* item = new QTableWidgetItem(value);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            figures_->setItem(r, m, item);
        }
    }
    figures_->setVerticalHeaderLabels(names);

    std::vector<std::pair<QString, const std::vector<CurvePoint>*>> roc, pr;
    std::vector<QColor> colours;
    if (c.active) {
        roc.emplace_back(tr("active v%1").arg(c.active->model_id), &c.active->roc);
        pr.emplace_back(tr("active v%1").arg(c.active->model_id), &c.active->pr);
        colours.push_back(kActiveColour);
    }
    roc.emplace_back(tr("challenger v%1").arg(c.challenger.model_id), &c.challenger.roc);
    pr.emplace_back(tr("challenger v%1").arg(c.challenger.model_id), &c.challenger.pr);
    colours.push_back(kChallengerColour);
    setCurves(roc_, roc, colours);
    setCurves(pr_, pr, colours);
}

}  // namespace fd
