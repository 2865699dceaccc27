// The sources panel's table: one row per live source (name, URI, kind, state, rate, lag,
// rejects, reconnects, dropped, stored). update() takes a fresh snapshot from the feed
// controller and tells the view only what changed: rows removed, cells changed (one
// dataChanged per changed cell), rows added.
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "source_runner.h"

namespace fd {

class SourcesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Uri, Kind, State, Rate, Lag, Rejects, Reconnects, Dropped, Stored, Count };
    static constexpr int IdRole = Qt::UserRole;  // the source's id (int)

    explicit SourcesModel(QObject* parent = nullptr);

    // `sources` keeps the order of the sources already shown; new ones come last.
    void update(const std::vector<SourceInfo>& sources);
    const SourceInfo* source(int row) const;
    int rowOf(int id) const;  // -1: not shown

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SourceInfo& s, int column) const;

    std::vector<SourceInfo> rows_;
};

}  // namespace fd
