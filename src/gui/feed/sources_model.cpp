#include "sources_model.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QLocale>
#include <algorithm>
#include <unordered_set>

#include "gui/theme_colours.h"

namespace fd {

SourcesModel::SourcesModel(QObject* parent) : QAbstractTableModel(parent) {}

void SourcesModel::update(const std::vector<SourceInfo>& sources) {
    std::unordered_set<int> present;
    for (const SourceInfo& s : sources) present.insert(s.id);
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (present.count(rows_[std::size_t(row)].id)) continue;
        beginRemoveRows({}, row, row);
        rows_.erase(rows_.begin() + row);
        endRemoveRows();
    }
    std::vector<const SourceInfo*> added;
    for (const SourceInfo& s : sources) {
        const int row = rowOf(s.id);
        if (row < 0) {
            added.push_back(&s);
            continue;
        }
        SourceInfo& old = rows_[std::size_t(row)];
        if (old == s) continue;
        // Colour follows the phase and lagging, so the state cell also changes with them.
        const bool stateLook = old.phase != s.phase || old.lagging != s.lagging;
        std::vector<int> changed;
        for (int c = 0; c < Count; ++c)
            if (display(old, c) != display(s, c) || (c == State && stateLook)) changed.push_back(c);
        old = s;
        for (int c : changed) emit dataChanged(index(row, c), index(row, c));
    }
    if (added.empty()) return;
    beginInsertRows({}, rowCount(), rowCount() + int(added.size()) - 1);
    for (const SourceInfo* s : added) rows_.push_back(*s);
    endInsertRows();
}

const SourceInfo* SourcesModel::source(int row) const {
    return row >= 0 && row < rowCount() ? &rows_[std::size_t(row)] : nullptr;
}

int SourcesModel::rowOf(int id) const {
    const auto it =
        std::find_if(rows_.begin(), rows_.end(), [id](const SourceInfo& s) { return s.id == id; });
    return it == rows_.end() ? -1 : int(it - rows_.begin());
}

int SourcesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(rows_.size());
}

int SourcesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Count;
}

QVariant SourcesModel::display(const SourceInfo& s, int column) const {
    const QLocale locale;
    switch (column) {
        case Name:
            return s.name;
        case Uri:
            return s.uri.isEmpty() ? tr("built-in simulator") : s.uri;
        case Kind:
            return s.kind;
        case State:
            return s.state;
        case Rate:
            return tr("%1/s").arg(locale.toString(s.rate, 'f', s.rate < 10.0 ? 1 : 0));
        case Lag:
            return s.lag;
        case Rejects:
            return locale.toString(qlonglong(s.rejects));
        case Reconnects:
            return locale.toString(qlonglong(s.reconnects));
        case Dropped:
            return locale.toString(qlonglong(s.dropped));
        case Stored:
            return locale.toString(qlonglong(s.stored));
        default:
            return {};
    }
}

QVariant SourcesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceInfo& s = rows_[std::size_t(index.row())];
    switch (role) {
        case Qt::DisplayRole:
            return display(s, index.column());
        case Qt::ToolTipRole:
            if (index.column() == Name) return s.uri.isEmpty() ? s.name : s.uri;
            if (index.column() == State) return s.state;  // a failure's message may be long
            return {};
        case Qt::ForegroundRole:
            if (index.column() != State) return {};
            if (s.phase == SourceInfo::Phase::Failed)
                return QBrush(errorColour(QApplication::palette()));
            if (s.lagging) return QBrush(warningColour(QApplication::palette()));
            return {};
        case Qt::TextAlignmentRole:
            return index.column() >= Rate ? int(Qt::AlignRight | Qt::AlignVCenter)
                                          : int(Qt::AlignLeft | Qt::AlignVCenter);
        case IdRole:
            return s.id;
        default:
            return {};
    }
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Name:
            return tr("Source");
        case Uri:
            return tr("URI");
        case Kind:
            return tr("Kind");
        case State:
            return tr("State");
        case Rate:
            return tr("Rate");
        case Lag:
            return tr("Lag");
        case Rejects:
            return tr("Rejects");
        case Reconnects:
            return tr("Reconnects");
        case Dropped:
            return tr("Dropped");
        case Stored:
            return tr("Stored");
        default:
            return {};
    }
}

}  // namespace fd
