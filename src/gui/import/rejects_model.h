// The rejected rows of an import run: file, line, field, reason and the raw text with
// card numbers masked. Saved as CSV from the wizard's report.
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "core/record.h"

namespace fd {

class RejectsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void add(const QString& file, const std::vector<RowError>& rejects);
    void clear();
    // Writes the rejects as CSV (RFC 4180 quoting). Returns an error message or empty.
    QString saveCsv(const QString& path) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString file;
        qulonglong line;
        QString field, reason, raw;  // raw already masked
    };
    std::vector<Row> rows_;
};

}  // namespace fd
