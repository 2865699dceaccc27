#include "review_queue_model.h"

#include <QApplication>
#include <QBrush>
#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <map>

#include "core/transaction.h"
#include "gui/money_text.h"
#include "gui/theme_colours.h"

namespace fd {
namespace {

bool breached(const AlertCase& c, qint64 nowMs) {
    return std::any_of(c.alerts.begin(), c.alerts.end(),
                       [&](const AlertRow& a) { return a.sla_breached(nowMs); });
}

qint64 earliestDue(const AlertCase& c) {
    qint64 due = c.lead.due_ms;
    for (const AlertRow& a : c.alerts) due = std::min<qint64>(due, a.due_ms);
    return due;
}

}  // namespace

void ReviewQueueModel::setCases(std::vector<AlertCase> cases, qint64 nowMs) {
    beginResetModel();
    cases_ = std::move(cases);
    nowMs_ = nowMs;
    endResetModel();
}

void ReviewQueueModel::removeRowAt(int row) {
    if (row < 0 || row >= rowCount()) return;
    beginRemoveRows({}, row, row);
    cases_.erase(cases_.begin() + row);
    endRemoveRows();
}

const AlertCase* ReviewQueueModel::caseAt(int row) const {
    return row >= 0 && row < rowCount() ? &cases_[static_cast<std::size_t>(row)] : nullptr;
}

const AlertRow* ReviewQueueModel::alertAt(int row) const {
    const AlertCase* c = caseAt(row);
    return c ? &c->lead : nullptr;
}

int ReviewQueueModel::rowOf(qint64 transactionId) const {
    for (std::size_t i = 0; i < cases_.size(); ++i) {
        if (cases_[i].lead.transaction_id == transactionId) return static_cast<int>(i);
        for (const AlertRow& a : cases_[i].alerts)
            if (a.transaction_id == transactionId) return static_cast<int>(i);
    }
    return -1;
}

int ReviewQueueModel::alertCount() const {
    std::size_t n = 0;
    for (const AlertCase& c : cases_) n += c.alerts.size();
    return static_cast<int>(n);
}

QString ReviewQueueModel::totalAmount(const AlertCase& c) {
    std::map<std::string, std::int64_t> totals;  // currency -> minor units
    for (const AlertRow& a : c.alerts) totals[a.currency] += a.amount_minor;
    QStringList parts;
    for (const auto& [currency, minor] : totals) parts << moneyText(minor, currency);
    return parts.join(QStringLiteral(" + "));
}

QString ReviewQueueModel::levelName(RiskLevel level) {
    switch (level) {
        case RiskLevel::Low:
            return tr("low");
        case RiskLevel::Medium:
            return tr("medium");
        case RiskLevel::High:
            return tr("high");
        case RiskLevel::Critical:
            return tr("critical");
    }
    return {};
}

QString ReviewQueueModel::statusName(AlertStatus status) {
    switch (status) {
        case AlertStatus::New:
            return tr("new");
        case AlertStatus::InReview:
            return tr("in review");
        case AlertStatus::Escalated:
            return tr("escalated");
        case AlertStatus::ClosedFraud:
            return tr("closed: fraud");
        case AlertStatus::ClosedLegit:
            return tr("closed: legit");
    }
    return {};
}

QString ReviewQueueModel::decisionName(Decision decision) {
    switch (decision) {
        case Decision::Fraud:
            return tr("fraud", "decision");
        case Decision::Legit:
            return tr("legit", "decision");
        case Decision::Escalate:
            return tr("escalate", "decision");
    }
    return {};
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(cases_.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const {
    const AlertCase* c = index.isValid() ? caseAt(index.row()) : nullptr;
    if (!c || index.column() >= ColumnCount) return {};
    const AlertRow& a = c->lead;
    const bool late = breached(*c, nowMs_);
    if (role == Qt::ForegroundRole && index.column() == Due && late)
        return QBrush(errorColour(QApplication::palette()));
    if (role == Qt::TextAlignmentRole) {
        const bool number =
            index.column() <= Risk || index.column() == Amount || index.column() == Case;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role == Qt::ToolTipRole && index.column() == Case && c->alerts.size() > 1)
        return tr("This card's open alerts within 24 hours: decided together as one case");
    if (role != Qt::DisplayRole) return {};
    const QLocale locale;
    switch (index.column()) {
        case Priority:
            return locale.toString(a.priority, 'f', 0);
        case Risk:
            return locale.toString(a.risk, 'f', 1);
        case Level:
            return levelName(a.level);
        case Transaction:
            return QString::fromStdString(a.ext_id);
        case Card:
            return QString::fromStdString(mask_card(a.card_id));
        case Case:
            return c->alerts.size() > 1
                       ? tr("%n alerts", nullptr, static_cast<int>(c->alerts.size()))
                       : QString();
        case Amount:
            return totalAmount(*c);
        case Status:
            return statusName(a.status);
        case Due:
            return late ? tr("SLA breached")
                        : locale.toString(QDateTime::fromMSecsSinceEpoch(earliestDue(*c)),
                                          QStringLiteral("d MMM HH:mm"));
    }
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Priority:
            return tr("Priority");
        case Risk:
            return tr("Risk");
        case Level:
            return tr("Level");
        case Transaction:
            return tr("Transaction");
        case Card:
            return tr("Card");
        case Case:
            return tr("Case");
        case Amount:
            return tr("Amount");
        case Status:
            return tr("Status");
        case Due:
            return tr("Due");
    }
    return {};
}

}  // namespace fd
