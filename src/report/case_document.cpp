// The case report's markup: the transaction (card masked), why it alerted, the card's
// history, the case's alerts, notes, decisions and the audit rows about them.
#include <QLocale>
#include <nlohmann/json.hpp>

#include "core/engine/risk.h"
#include "html_parts.h"
#include "i18n/core_text.h"
#include "report_charts.h"
#include "report_document.h"
#include "report_text.h"

namespace fd::report {
namespace {

using namespace html;

QString statusText(AlertStatus status) {
    switch (status) {
        case AlertStatus::New:
            return ReportText::tr("new");
        case AlertStatus::InReview:
            return ReportText::tr("in review");
        case AlertStatus::Escalated:
            return ReportText::tr("escalated");
        case AlertStatus::ClosedFraud:
            return ReportText::tr("closed as fraud");
        case AlertStatus::ClosedLegit:
            return ReportText::tr("closed as legitimate");
    }
    return {};
}

QString decisionText(Decision decision) {
    switch (decision) {
        case Decision::Fraud:
            return ReportText::tr("fraud");
        case Decision::Legit:
            return ReportText::tr("legitimate");
        case Decision::Escalate:
            return ReportText::tr("escalate");
    }
    return {};
}

QString labelText(Label label) {
    switch (label) {
        case Label::Unknown:
            return ReportText::tr("none");
        case Label::Legit:
            return ReportText::tr("legitimate");
        case Label::Fraud:
            return ReportText::tr("fraud");
    }
    return {};
}

QString levelText(RiskLevel level) {
    switch (level) {
        case RiskLevel::Low:
            return ReportText::tr("low");
        case RiskLevel::Medium:
            return ReportText::tr("medium");
        case RiskLevel::High:
            return ReportText::tr("high");
        case RiskLevel::Critical:
            return ReportText::tr("critical");
    }
    return {};
}

QString orDash(const std::string& text) {
    return text.empty() ? QStringLiteral("–") : escaped(text);
}

QString transaction(const CaseData& c, int offset) {
    const Transaction& t = c.transaction;
    const AlertRow& a = c.alert;
    const QLocale locale;
    std::vector<std::pair<QString, QString>> f;
    f.emplace_back(ReportText::tr("Transaction"), escaped(a.ext_id));
    f.emplace_back(ReportText::tr("Time"), escaped(timeText(a.ts_ms, offset)));
    f.emplace_back(ReportText::tr("Card"), escaped(mask_card(a.card_id)));
    f.emplace_back(ReportText::tr("Amount"), escaped(moneyText(a.amount_minor, a.currency)));
    f.emplace_back(ReportText::tr("Merchant"), orDash(t.merchant_id));
    f.emplace_back(ReportText::tr("Category"), orDash(t.merchant_category));
    f.emplace_back(ReportText::tr("Country / city"),
                   orDash(t.country) + QStringLiteral(" / ") + orDash(t.city));
    f.emplace_back(ReportText::tr("Channel"), orDash(t.channel));
    f.emplace_back(ReportText::tr("Risk"),
                   escaped(ReportText::tr("%1 (%2)").arg(locale.toString(a.risk, 'f', 1),
                                                         levelText(a.level))));
    f.emplace_back(ReportText::tr("Label"), escaped(labelText(t.label)));
    f.emplace_back(ReportText::tr("Alert status"), escaped(statusText(a.status)));
    f.emplace_back(ReportText::tr("Assignee"), orDash(a.assignee));
    f.emplace_back(ReportText::tr("Alert raised"), escaped(timeText(a.created_ms, offset)));
    f.emplace_back(ReportText::tr("Due"), escaped(timeText(a.due_ms, offset)));
    return facts(f);
}

QString reasons(const CaseData& c) {
    if (c.reasons.empty())
        return paragraph(escaped(ReportText::tr("No reasons stored for this alert.")),
                         QStringLiteral("empty"));
    QString out = QStringLiteral("<ol>\n");
    for (const std::string& r : c.reasons)
        out += QStringLiteral("<li>%1</li>\n").arg(escaped(translateCoreText(r)));
    return out + QStringLiteral("</ol>\n");
}

QString alerts(const CaseData& c, int offset) {
    const QLocale locale;
    std::vector<QStringList> rows;
    for (const AlertRow& a : c.alerts) {
        const bool self = a.id == c.alert.id;
        rows.push_back({QString::number(a.id) + (self ? QStringLiteral(" ●") : QString()),
                        escaped(a.ext_id), escaped(timeText(a.ts_ms, offset)),
                        escaped(moneyText(a.amount_minor, a.currency)),
                        locale.toString(a.risk, 'f', 1), escaped(statusText(a.status))});
    }
    return table({ReportText::tr("Alert"), ReportText::tr("Transaction"), ReportText::tr("Time"),
                  ReportText::tr("Amount"), ReportText::tr("Risk"), ReportText::tr("Status")},
                 rows, {3, 4});
}

// An audit row's JSON details as "key: value; ..." (strings bare), masked and escaped.
QString details(const std::string& json) {
    const auto parsed = nlohmann::json::parse(json, nullptr, false);
    if (!parsed.is_object()) return escaped(json);
    std::string out;
    for (const auto& [key, value] : parsed.items()) {
        if (!out.empty()) out += "; ";
        // Six significant digits: a risk's full precision is noise, and a long digit run
        // could pass for a card number and be masked.
        out += key + ": " +
               (value.is_string() ? value.get<std::string>()
                : value.is_number_float()
                    ? QString::number(value.get<double>(), 'g', 6).toStdString()
                    : value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
    return escaped(out);
}

QString notes(const CaseData& c, int offset) {
    std::vector<QStringList> rows;
    for (const AuditEntry& e : c.audit) {
        if (e.action != "note") continue;
        const auto parsed = nlohmann::json::parse(e.details, nullptr, false);
        const std::string text =
            parsed.is_object() && parsed.contains("note") && parsed["note"].is_string()
                ? parsed["note"].get<std::string>()
                : e.details;
        rows.push_back({escaped(timeText(e.at_ms, offset)), escaped(e.actor), escaped(e.subject),
                        escaped(text)});
    }
    for (const CaseDecision& d : c.decisions)
        if (!d.record.note.empty())
            rows.push_back({escaped(timeText(d.record.decided_ms, offset)),
                            escaped(d.record.analyst), escaped(d.ext_id), escaped(d.record.note)});
    if (rows.empty())
        return paragraph(escaped(ReportText::tr("No notes.")), QStringLiteral("empty"));
    std::stable_sort(rows.begin(), rows.end(),
                     [](const QStringList& x, const QStringList& y) { return x[0] < y[0]; });
    return table({ReportText::tr("Time"), ReportText::tr("Analyst"), ReportText::tr("Transaction"),
                  ReportText::tr("Note")},
                 rows);
}

QString decisions(const CaseData& c, int offset) {
    if (c.decisions.empty())
        return paragraph(escaped(ReportText::tr("No decisions yet.")), QStringLiteral("empty"));
    const QLocale locale;
    std::vector<QStringList> rows;
    for (const CaseDecision& d : c.decisions) {
        const DecisionRecord& r = d.record;
        rows.push_back({escaped(timeText(r.decided_ms, offset)), escaped(d.ext_id),
                        escaped(decisionText(r.decision)), escaped(r.analyst),
                        r.risk ? locale.toString(*r.risk, 'f', 1) : QStringLiteral("–"),
                        r.undone ? escaped(ReportText::tr("undone")) : QString()});
    }
    return table({ReportText::tr("Time"), ReportText::tr("Transaction"), ReportText::tr("Decision"),
                  ReportText::tr("Analyst"), ReportText::tr("Risk seen"), QString()},
                 rows, {4});
}

QString audit(const CaseData& c, int offset) {
    if (c.audit.empty())
        return paragraph(escaped(ReportText::tr("No audit entries about this case.")),
                         QStringLiteral("empty"));
    std::vector<QStringList> rows;
    for (const AuditEntry& e : c.audit)
        rows.push_back({QString::number(e.id), escaped(timeText(e.at_ms, offset)), escaped(e.actor),
                        escaped(e.action), escaped(e.subject), details(e.details)});
    return table({ReportText::tr("Entry"), ReportText::tr("Time"), ReportText::tr("Actor"),
                  ReportText::tr("Action"), ReportText::tr("Subject"), ReportText::tr("Details")},
                 rows, {0});
}

}  // namespace

ReportDocument caseDocument(const CaseData& c, const ReportContext& context) {
    const int offset = context.utcOffsetS;
    ReportDocument doc;
    doc.title = ReportText::tr("FraudDesk case report: alert %1").arg(c.alert.id);
    doc.images.push_back({QStringLiteral("history"), cardHistoryChart(c, offset)});
    QString& b = doc.body;
    b += QStringLiteral("<h1>%1</h1>\n").arg(escaped(doc.title));
    b += paragraph(escaped(c.alerts.size() > 1
                               ? ReportText::tr("A case of %n alerts on this card within 24 hours",
                                                nullptr, int(c.alerts.size()))
                               : ReportText::tr("A case of this alert alone")) +
                       QStringLiteral("<br>") + generatedLine(context),
                   QStringLiteral("meta"));
    b += heading(ReportText::tr("Transaction")) + transaction(c, offset);
    b += heading(ReportText::tr("Why it alerted")) + reasons(c);
    b += heading(ReportText::tr("The card's history")) +
         paragraph(imageTag(QStringLiteral("history"), doc.images[0].image,
                            ReportText::tr("The card's recent amounts over time")));
    b += heading(ReportText::tr("The case")) + alerts(c, offset);
    b += heading(ReportText::tr("Notes")) + notes(c, offset);
    b += heading(ReportText::tr("Decisions")) + decisions(c, offset);
    b += heading(ReportText::tr("Audit trail")) + audit(c, offset);
    b += paragraph(escaped(ReportText::tr("Times are on the %1 clock. Card numbers are masked, "
                                          "in notes too."))
                       .arg(escaped(offsetText(offset))),
                   QStringLiteral("note"));
    return doc;
}

}  // namespace fd::report
