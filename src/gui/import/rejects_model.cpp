#include "rejects_model.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "core/card_mask.h"
#include "core/export_safety.h"
#include "i18n/core_text.h"

namespace fd {
namespace {

// The shared rule (core/export_safety.h): quoted, and formulas neutralised.
QString csvField(const QString& text) {
    return QString::fromStdString(csv_field(text.toStdString()));
}

}  // namespace

void RejectsModel::add(const QString& file, const std::vector<RowError>& rejects) {
    if (rejects.empty()) return;
    const int first = static_cast<int>(rows_.size());
    beginInsertRows({}, first, first + static_cast<int>(rejects.size()) - 1);
    for (const RowError& e : rejects)
        rows_.push_back({QFileInfo(file).fileName(), e.line, QString::fromStdString(e.field),
                         translateCoreText(e.reason),
                         QString::fromStdString(mask_card_numbers(e.raw))});
    endInsertRows();
}

void RejectsModel::clear() {
    beginResetModel();
    rows_.clear();
    endResetModel();
}

QString RejectsModel::saveCsv(const QString& path) const {
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, out.errorString());
    QByteArray text = "file,line,field,reason,raw\n";
    for (const Row& r : rows_) {
        text += (QStringList{csvField(r.file), QString::number(r.line), csvField(r.field),
                             csvField(r.reason), csvField(r.raw)}
                     .join(QLatin1Char(',')) +
                 QLatin1Char('\n'))
                    .toUtf8();
    }
    out.write(text);
    if (!out.commit()) return tr("Cannot write %1: %2").arg(path, out.errorString());
    return {};
}

int RejectsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int RejectsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 5;
}

QVariant RejectsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= 5) return {};
    const Row& r = rows_[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
            case 0:
                return r.file;
            case 1:
                return r.line;
            case 2:
                return r.field;
            case 3:
                return r.reason;
            case 4:
                return r.raw;
        }
    }
    return {};
}

QVariant RejectsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case 0:
            return tr("File");
        case 1:
            return tr("Line");
        case 2:
            return tr("Field");
        case 3:
            return tr("Reason");
        case 4:
            return tr("Raw text");
    }
    return {};
}

}  // namespace fd
