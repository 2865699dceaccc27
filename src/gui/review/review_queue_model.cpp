#include "review_queue_model.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>

#include "core/transaction.h"

namespace fd {

void ReviewQueueModel::setAlerts(std::vector<AlertRow> alerts, qint64 nowMs) {
    beginResetModel();
    alerts_ = std::move(alerts);
    nowMs_ = nowMs;
    endResetModel();
}

void ReviewQueueModel::removeRowAt(int row) {
    if (row < 0 || row >= rowCount()) return;
    beginRemoveRows({}, row, row);
    alerts_.erase(alerts_.begin() + row);
    endRemoveRows();
}

const AlertRow* ReviewQueueModel::alertAt(int row) const {
    return row >= 0 && row < rowCount() ? &alerts_[static_cast<std::size_t>(row)] : nullptr;
}

int ReviewQueueModel::rowOf(qint64 transactionId) const {
    for (std::size_t i = 0; i < alerts_.size(); ++i)
        if (alerts_[i].transaction_id == transactionId) return static_cast<int>(i);
    return -1;
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(alerts_.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const {
    const AlertRow* a = index.isValid() ? alertAt(index.row()) : nullptr;
    if (!a || index.column() >= ColumnCount) return {};
    const bool breached = is_open(a->status) && a->due_ms < nowMs_;
    if (role == Qt::ForegroundRole && index.column() == Due && breached)
        return QBrush(QColor(200, 30, 30));
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (index.column() <= Risk ? Qt::AlignRight : Qt::AlignLeft));
    if (role != Qt::DisplayRole) return {};
    const QLocale locale;
    switch (index.column()) {
        case Priority:
            return locale.toString(a->priority, 'f', 0);
        case Risk:
            return locale.toString(a->risk, 'f', 1);
        case Transaction:
            return QString::fromStdString(a->ext_id);
        case Card:
            return QString::fromStdString(mask_card(a->card_id));
        case Status:
            return QString::fromUtf8(alert_status_name(a->status).data());
        case Due:
            return breached ? tr("SLA breached")
                            : locale.toString(QDateTime::fromMSecsSinceEpoch(a->due_ms),
                                              QLocale::ShortFormat);
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
        case Transaction:
            return tr("Transaction");
        case Card:
            return tr("Card");
        case Status:
            return tr("Status");
        case Due:
            return tr("Due");
    }
    return {};
}

}  // namespace fd
