#include "analyst_metrics_model.h"

#include <QLocale>

namespace fd {

QString formatWait(qint64 ms) {
    const qint64 seconds = ms / 1000;
    if (seconds < 60) return AnalystMetricsModel::tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60) return AnalystMetricsModel::tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return AnalystMetricsModel::tr("%1 h %2 min")
            .arg(hours)
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return AnalystMetricsModel::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

void AnalystMetricsModel::setAnalysts(std::vector<AnalystMetrics> analysts) {
    beginResetModel();
    analysts_ = std::move(analysts);
    endResetModel();
}

const AnalystMetrics* AnalystMetricsModel::analystAt(int row) const {
    if (row < 0 || row >= rowCount()) return nullptr;
    return &analysts_[static_cast<std::size_t>(row)];
}

int AnalystMetricsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(analysts_.size());
}

int AnalystMetricsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnalystMetricsModel::data(const QModelIndex& index, int role) const {
    const AnalystMetrics* a = index.isValid() ? analystAt(index.row()) : nullptr;
    if (!a) return {};
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole)
        return column == Analyst ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole) return {};
    const bool raw = role == SortRole;
    const QLocale locale;
    const auto count = [&](std::int64_t n) -> QVariant {
        return raw ? QVariant(qint64(n)) : QVariant(locale.toString(qint64(n)));
    };
    switch (column) {
        case Analyst:
            return QString::fromStdString(a->analyst);
        case Decisions:
            return count(a->decisions);
        case Fraud:
            return count(a->fraud);
        case Legit:
            return count(a->legit);
        case Escalated:
            return count(a->escalated);
        case ActiveHours:
            return count(a->active_hours);
        case PerActiveHour:
            return raw ? QVariant(a->per_active_hour)
                       : QVariant(locale.toString(a->per_active_hour, 'f', 1));
        case Closed:
            return count(a->alerts_closed);
        case ClosedLate:
            return count(a->closed_late);
        case MedianWait:
            if (!a->median_to_decision_ms) return raw ? QVariant(qint64(-1)) : QVariant(QString());
            return raw ? QVariant(qint64(*a->median_to_decision_ms))
                       : QVariant(formatWait(*a->median_to_decision_ms));
        case ColumnCount:
            break;
    }
    return {};
}

QVariant AnalystMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
            case Analyst:
                return tr("Analyst");
            case Decisions:
                return tr("Decisions");
            case Fraud:
                return tr("Fraud");
            case Legit:
                return tr("Legit");
            case Escalated:
                return tr("Escalated");
            case ActiveHours:
                return tr("Active hours");
            case PerActiveHour:
                return tr("Per active hour");
            case Closed:
                return tr("Alerts closed");
            case ClosedLate:
                return tr("Closed late");
            case MedianWait:
                return tr("Median time to decision");
            case ColumnCount:
                break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
            case Decisions:
                return tr("Decisions in the period that were not undone, escalations included");
            case ActiveHours:
            case PerActiveHour:
                return tr(
                    "An active hour is a clock hour in which the analyst made at least one "
                    "decision. Decisions per active hour is the pace while reviewing; hours "
                    "off shift, nights and days off do not dilute it.");
            case Closed:
                return tr("Alerts whose deciding fraud or legit decision this analyst made");
            case ClosedLate:
                return tr("Alerts this analyst closed after their SLA due time");
            case MedianWait:
                return tr(
                    "From the alert's creation to the decision that closed it, over the "
                    "alerts this analyst closed");
            default:
                break;
        }
    }
    return {};
}

}  // namespace fd
