// The period report's markup: key figures, the two charts, top reasons, merchants and
// countries, the analysts, and the active model.
#include <QLocale>

#include "html_parts.h"
#include "i18n/core_text.h"
#include "report_charts.h"
#include "report_document.h"
#include "report_text.h"

namespace fd::report {
namespace {

using namespace html;

QString amounts(const std::vector<MoneyTotal>& totals) {
    if (totals.empty()) return ReportText::tr("none");
    QStringList parts;
    constexpr std::size_t kShown = 4;
    for (std::size_t i = 0; i < std::min(totals.size(), kShown); ++i)
        parts << escaped(moneyText(totals[i].minor, totals[i].currency));
    if (totals.size() > kShown)
        parts << escaped(
            ReportText::tr("and %n more currencies", nullptr, int(totals.size() - kShown)));
    return parts.join(QStringLiteral(", "));
}

QString orNone(const std::string& key) {
    return key.empty() ? escaped(ReportText::tr("(none)")) : escaped(key);
}

QString periodLine(const PeriodData& d, int offset) {
    const Period& p = d.period;
    if (p.from_ms && p.until_ms)
        return ReportText::tr("From %1 until %2")
            .arg(timeText(*p.from_ms, offset), timeText(*p.until_ms, offset));
    if (p.from_ms) return ReportText::tr("From %1 on").arg(timeText(*p.from_ms, offset));
    if (p.until_ms) return ReportText::tr("Until %1").arg(timeText(*p.until_ms, offset));
    return ReportText::tr("All time");
}

QString summary(const PeriodData& d, int offset) {
    std::vector<std::pair<QString, QString>> f;
    f.emplace_back(ReportText::tr("Transactions"), countText(d.transactions));
    f.emplace_back(ReportText::tr("Volume"), amounts(d.volume));
    f.emplace_back(ReportText::tr("First / last"),
                   d.first_ms ? escaped(timeText(*d.first_ms, offset) + QStringLiteral(" / ") +
                                        timeText(*d.last_ms, offset))
                              : QStringLiteral("–"));
    f.emplace_back(ReportText::tr("Scored"), countText(d.scored));
    f.emplace_back(ReportText::tr("Alerts"), countText(d.alerts));
    f.emplace_back(ReportText::tr("Open / closed fraud / closed legit"),
                   QStringLiteral("%1 / %2 / %3")
                       .arg(countText(d.alerts_open), countText(d.alerts_closed_fraud),
                            countText(d.alerts_closed_legit)));
    f.emplace_back(ReportText::tr("Alert precision"),
                   d.alert_precision ? escaped(ReportText::tr("%1 of %2 labelled alerts")
                                                   .arg(percentText(*d.alert_precision),
                                                        countText(d.labelled_alerts)))
                                     : escaped(ReportText::tr("n/a (no alert is labelled)")));
    f.emplace_back(
        ReportText::tr("Alerts by level"),
        escaped(ReportText::tr("critical %1, high %2, medium %3, low %4")
                    .arg(countText(d.alerts_by_level[3]), countText(d.alerts_by_level[2]),
                         countText(d.alerts_by_level[1]), countText(d.alerts_by_level[0]))));
    f.emplace_back(ReportText::tr("Confirmed fraud"), countText(d.fraud));
    f.emplace_back(ReportText::tr("Fraud amount"), amounts(d.fraud_amount));
    f.emplace_back(ReportText::tr("Fraud that alerted"),
                   d.fraud_caught ? escaped(ReportText::tr("%1 of %2 (%3)")
                                                .arg(countText(d.fraud_alerted), countText(d.fraud),
                                                     percentText(*d.fraud_caught)))
                                  : QStringLiteral("–"));
    std::int64_t fraud = 0, legit = 0, escalated = 0;
    for (const AnalystMetrics& a : d.review.analysts) {
        fraud += a.fraud;
        legit += a.legit;
        escalated += a.escalated;
    }
    f.emplace_back(ReportText::tr("Decisions (fraud / legit / escalated)"),
                   QStringLiteral("%1 (%2 / %3 / %4)")
                       .arg(countText(d.review.decisions), countText(fraud), countText(legit),
                            countText(escalated)));
    f.emplace_back(ReportText::tr("Median time to decision"),
                   d.review.median_to_decision_ms
                       ? escaped(durationText(*d.review.median_to_decision_ms))
                       : QStringLiteral("–"));
    f.emplace_back(ReportText::tr("SLA breaches"), countText(d.review.sla_breaches()));
    return facts(f);
}

QString reasons(const PeriodData& d) {
    if (d.top_reasons.empty())
        return paragraph(escaped(ReportText::tr("No alert with stored reasons in this period.")),
                         QStringLiteral("empty"));
    std::vector<QStringList> rows;
    for (const ReasonCount& r : d.top_reasons) {
        // The sentence an analyst reads first, then what the model measured, in small print.
        QString what = escaped(r.code);
        if (r.code.rfind("rule:", 0) == 0)
            what = escaped(ReportText::tr("Rule: %1")).arg(escaped(r.code.substr(5)));
        else if (!r.sentence.empty())
            what = escaped(r.code.substr(8)) + QStringLiteral(": ") +
                   escaped(translateCoreText(r.sentence));
        rows.push_back(
            {escaped(translateCoreText(r.example)) +
                 QStringLiteral("<br><small style=\"color:#666666\">") + what +
                 QStringLiteral("</small>"),
             countText(r.alerts),
             d.alerts > 0 ? percentText(double(r.alerts) / double(d.alerts)) : QString()});
    }
    return table({ReportText::tr("Reason (the highest-risk alert's words)"),
                  ReportText::tr("Alerts"), ReportText::tr("Share")},
                 rows, {1, 2});
}

QString ranked(const std::vector<Ranked>& list, const QString& keyTitle, bool withDetail) {
    if (list.empty())
        return paragraph(escaped(ReportText::tr("No alerts in this period.")),
                         QStringLiteral("empty"));
    std::vector<QStringList> rows;
    for (const Ranked& r : list) {
        QStringList row = {orNone(r.key)};
        if (withDetail) row << escaped(r.detail);
        row << countText(r.alerts) << countText(r.fraud) << countText(r.transactions);
        rows.push_back(row);
    }
    QStringList headers = {keyTitle};
    if (withDetail) headers << ReportText::tr("Category");
    headers << ReportText::tr("Alerts") << ReportText::tr("Fraud")
            << ReportText::tr("Transactions");
    const int first = withDetail ? 2 : 1;
    return table(headers, rows, {first, first + 1, first + 2});
}

QString analysts(const PeriodData& d) {
    if (d.review.analysts.empty())
        return paragraph(escaped(ReportText::tr("No decisions in this period.")),
                         QStringLiteral("empty"));
    const QLocale locale;
    std::vector<QStringList> rows;
    for (const AnalystMetrics& a : d.review.analysts)
        rows.push_back({escaped(a.analyst), countText(a.decisions), countText(a.fraud),
                        countText(a.legit), countText(a.escalated),
                        locale.toString(a.per_active_hour, 'f', 1), countText(a.alerts_closed),
                        countText(a.closed_late),
                        a.median_to_decision_ms ? escaped(durationText(*a.median_to_decision_ms))
                                                : QStringLiteral("–")});
    return table(
        {ReportText::tr("Analyst"), ReportText::tr("Decisions"), ReportText::tr("Fraud"),
         ReportText::tr("Legit"), ReportText::tr("Escalated"), ReportText::tr("Per active hour"),
         ReportText::tr("Closed"), ReportText::tr("Late"), ReportText::tr("Median wait")},
        rows, {1, 2, 3, 4, 5, 6, 7, 8});
}

QString figure(const std::optional<double>& v) {
    return v ? QLocale().toString(*v, 'f', 3) : ReportText::tr("n/a");
}

QString model(const PeriodData& d, int offset) {
    if (!d.model)
        return paragraph(escaped(ReportText::tr("No model has scored anything yet.")),
                         QStringLiteral("empty"));
    const ModelInfo& m = *d.model;
    const QLocale locale;
    QString out;
    if (!m.active)
        out += paragraph(escaped(ReportText::tr("No model is active. The risk figures are those "
                                                "of version %1, the newest model that scored "
                                                "transactions.")
                                     .arg(m.id)),
                         QStringLiteral("note"));
    std::vector<std::pair<QString, QString>> f;
    f.emplace_back(ReportText::tr("Version"), QString::number(m.id));
    f.emplace_back(ReportText::tr("Kind"), escaped(m.kind));
    f.emplace_back(ReportText::tr("Name"), escaped(m.name));
    f.emplace_back(ReportText::tr("Created"), escaped(timeText(m.created_ms, offset)));
    f.emplace_back(ReportText::tr("Trained on"),
                   escaped(ReportText::tr("%1 rows, %2 fraud and %3 legit labels")
                               .arg(countText(m.trained_rows), countText(m.fraud_labels),
                                    countText(m.legit_labels))));
    f.emplace_back(
        ReportText::tr("Alert threshold"),
        m.alert_threshold ? locale.toString(*m.alert_threshold, 'f', 1) : QStringLiteral("–"));
    out += facts(f);
    if (!m.metrics.empty()) {
        QStringList parts;
        for (const auto& [key, value] : m.metrics)
            parts << QStringLiteral("%1 %2").arg(escaped(key), locale.toString(value, 'f', 3));
        out += paragraph(escaped(ReportText::tr("Training metrics:")) + QLatin1Char(' ') +
                         parts.join(QStringLiteral(", ")));
    }
    if (m.evaluation) {
        const Comparison& c = *m.evaluation;
        out +=
            paragraph(escaped(ReportText::tr("Compared out of sample with the model active "
                                             "then, on %1 transactions from %2 to %3 (%4 "
                                             "labelled, %5 fraud):")
                                  .arg(countText(c.slice_rows), timeText(c.slice_from_ms, offset),
                                       timeText(c.slice_until_ms, offset), countText(c.labelled),
                                       countText(c.frauds))));
        std::vector<QStringList> rows;
        const auto row = [&](const QString& who, const ModelFigures& figures) {
            rows.push_back({escaped(who), locale.toString(figures.threshold, 'f', 1),
                            figure(figures.average_precision), figure(figures.roc_auc),
                            locale.toString(figures.precision_at_k, 'f', 3),
                            locale.toString(figures.confusion.precision(), 'f', 3),
                            locale.toString(figures.confusion.recall(), 'f', 3),
                            locale.toString(figures.alerts_per_day, 'f', 1)});
        };
        row(ReportText::tr("v%1 (this model)").arg(m.id), c.challenger);
        if (c.active) row(ReportText::tr("v%1 (active then)").arg(c.active->model_id), *c.active);
        out += table(
            {ReportText::tr("Model"), ReportText::tr("Threshold"), ReportText::tr("Avg precision"),
             ReportText::tr("ROC AUC"), ReportText::tr("Precision@%1").arg(c.k),
             ReportText::tr("Precision"), ReportText::tr("Recall"), ReportText::tr("Alerts/day")},
            rows, {1, 2, 3, 4, 5, 6, 7});
    } else {
        out += paragraph(escaped(ReportText::tr("This version has no stored comparison: only "
                                                "retrained models are compared.")),
                         QStringLiteral("note"));
    }
    return out;
}

}  // namespace

ReportDocument periodDocument(const PeriodData& d, const ReportContext& context) {
    const int offset = context.utcOffsetS;
    ReportDocument doc;
    doc.title = ReportText::tr("FraudDesk period report");
    doc.images.push_back({QStringLiteral("risk"), riskOverTimeChart(d)});
    doc.images.push_back({QStringLiteral("scores"), scoreDistributionChart(d)});
    QString& b = doc.body;
    b += QStringLiteral("<h1>%1</h1>\n").arg(escaped(doc.title));
    b += paragraph(escaped(periodLine(d, offset) + QStringLiteral(" (") + offsetText(offset) +
                           QStringLiteral(")")) +
                       QStringLiteral("<br>") + generatedLine(context),
                   QStringLiteral("meta"));
    if (d.transactions == 0)
        b += paragraph(escaped(ReportText::tr("No transactions in this period.")),
                       QStringLiteral("empty"));
    b += heading(ReportText::tr("Summary")) + summary(d, offset);
    b += heading(ReportText::tr("Charts")) +
         paragraph(imageTag(QStringLiteral("risk"), doc.images[0].image,
                            ReportText::tr("Transactions, alerts and mean risk over time"))) +
         paragraph(imageTag(QStringLiteral("scores"), doc.images[1].image,
                            ReportText::tr("Transactions per risk band")));
    b += heading(ReportText::tr("Top reasons")) + reasons(d);
    b += heading(ReportText::tr("Top merchants")) +
         ranked(d.top_merchants, ReportText::tr("Merchant"), true);
    b += heading(ReportText::tr("Top countries")) +
         ranked(d.top_countries, ReportText::tr("Country"), false);
    b += heading(ReportText::tr("Analysts")) + analysts(d);
    b += heading(ReportText::tr("Model")) + model(d, offset);
    b += paragraph(
        escaped(ReportText::tr(
            "Transactions, alerts, fraud, reasons, merchants, countries and the charts count by "
            "the transaction's time; decisions and analysts by the decision's time. Alert "
            "precision: of the period's alerts whose transaction is labelled (by an analyst or "
            "imported ground truth), the share labelled fraud. Fraud that alerted: of the "
            "transactions labelled fraud, the share that raised an alert. Top reasons: alerts that "
            "give the reason among their top three (an alert gives several, so shares add up "
            "to more than 100%). Risk and reasons are the model's shown below. Card numbers are "
            "masked.")),
        QStringLiteral("note"));
    return doc;
}

}  // namespace fd::report
