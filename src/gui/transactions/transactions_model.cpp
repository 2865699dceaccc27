#include "transactions_model.h"

#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QPalette>
#include <algorithm>
#include <cmath>

#include "core/card_mask.h"
#include "core/transaction.h"
#include "gui/money_text.h"
#include "transactions_loader.h"

namespace fd {
namespace {

// Level colours blended into the palette's base, so they read in light and dark themes.
QColor levelColour(int level) {
    static const QColor kLevels[] = {QColor(), QColor(240, 200, 40), QColor(240, 120, 30),
                                     QColor(220, 40, 40)};
    if (level <= 0 || level > 3) return {};
    const QColor base = QApplication::palette().color(QPalette::Base);
    const QColor tint = kLevels[level];
    const double a = 0.15 + 0.12 * level;
    return QColor::fromRgbF(static_cast<float>(base.redF() * (1 - a) + tint.redF() * a),
                            static_cast<float>(base.greenF() * (1 - a) + tint.greenF() * a),
                            static_cast<float>(base.blueF() * (1 - a) + tint.blueF() * a));
}

QVariant sortValue(const TxRow& r, TxColumn column) {
    const TxKey key = key_of(r, column);
    return std::visit(
        [](const auto& v) -> QVariant {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::string>)
                return QString::fromStdString(v);
            else
                return QVariant::fromValue(v);
        },
        key.value);
}

}  // namespace

QString riskLevelName(int level) {
    switch (level) {
        case 0:
            return TransactionsModel::tr("low");
        case 1:
            return TransactionsModel::tr("medium");
        case 2:
            return TransactionsModel::tr("high");
        case 3:
            return TransactionsModel::tr("critical");
    }
    return {};
}

QString transactionCellText(const TxRow& r, TxColumn column) {
    switch (column) {
        case TxColumn::Time:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.ts_ms).toLocalTime(),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case TxColumn::Id:
            return QString::fromStdString(r.ext_id);
        case TxColumn::Card:
            return QString::fromStdString(mask_card(r.card_id));
        case TxColumn::Merchant:
            return QString::fromStdString(r.merchant_id);
        case TxColumn::Category:
            return QString::fromStdString(r.category);
        case TxColumn::Amount:
            return moneyText(r.amount_minor, r.currency);
        case TxColumn::Country:
            return QString::fromStdString(r.country);
        case TxColumn::Channel:
            return QString::fromStdString(r.channel);
        case TxColumn::Risk:
            return r.risk ? QLocale().toString(*r.risk, 'f', 1) : QString();
        case TxColumn::Level:
            return riskLevelName(r.level);
        case TxColumn::Label:
            return !r.label   ? QString()
                   : *r.label ? TransactionsModel::tr("fraud")
                              : TransactionsModel::tr("legit");
    }
    return {};
}

TransactionsModel::TransactionsModel(QObject* parent)
    : QAbstractTableModel(parent), latest_(std::make_shared<std::atomic<int>>(0)) {
    loader_ = new TransactionsLoader(latest_);
    loaderOwner_.reset(loader_);
    loader_->moveToThread(&thread_);
    connect(loader_, &TransactionsLoader::layoutReady, this, &TransactionsModel::applyLayout);
    connect(loader_, &TransactionsLoader::pageReady, this, &TransactionsModel::applyPage);
    connect(loader_, &TransactionsLoader::failed, this, &TransactionsModel::loadFailed);
    thread_.setObjectName(QStringLiteral("transactions loader"));
    thread_.start();
}

TransactionsModel::~TransactionsModel() {
    *latest_ = INT32_MAX;  // queued work returns at once
    thread_.quit();
    thread_.wait();
    loaderOwner_.reset();  // after its thread ended, so no queued call can still reach it
}

void TransactionsModel::setDatabase(const QString& path) {
    QMetaObject::invokeMethod(loader_, [loader = loader_, path] { loader->open(path); });
    requestLayout();
}

void TransactionsModel::setFilter(const TransactionFilter& filter) {
    if (filter == filter_) return;
    filter_ = filter;
    requestLayout();
}

void TransactionsModel::refresh() {
    requestLayout();
}

void TransactionsModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= kTxColumnCount) return;
    const TransactionSort sort{static_cast<TxColumn>(column), order == Qt::DescendingOrder};
    if (sort == sort_) return;
    sort_ = sort;
    requestLayout();
}

void TransactionsModel::requestLayout() {
    const int generation = ++requested_;
    *latest_ = generation;
    QMetaObject::invokeMethod(loader_, [loader = loader_, generation, f = filter_, s = sort_] {
        loader->layout(generation, f, s, kPageRows);
    });
}

void TransactionsModel::applyLayout(int generation, qint64 total,
                                    std::shared_ptr<const std::vector<TxKey>> starts) {
    if (generation != requested_) return;  // a newer request is on its way
    beginResetModel();
    shown_ = generation;
    total_ = total;
    starts_ = std::move(starts);
    pages_.clear();
    recent_.clear();
    pending_.clear();
    endResetModel();
    emit layoutLoaded(total);
}

void TransactionsModel::applyPage(int generation, int page,
                                  std::shared_ptr<const std::vector<TxRow>> rows) {
    if (generation != shown_) return;
    pending_.remove(page);
    pages_.insert(page, std::move(rows));
    recent_.push_front(page);
    while (static_cast<int>(pages_.size()) > kCachedPages && !recent_.empty()) {
        pages_.remove(recent_.back());
        recent_.pop_back();
    }
    const int first = page * kPageRows;
    const int last = std::min<qint64>(total_, qint64(first) + kPageRows) - 1;
    if (last >= first) emit dataChanged(index(first, 0), index(last, kTxColumnCount - 1));
}

const std::vector<TxRow>* TransactionsModel::pageFor(int page) const {
    if (const auto it = pages_.constFind(page); it != pages_.constEnd()) {
        if (recent_.front() != page) {
            recent_.remove(page);
            recent_.push_front(page);
        }
        return it->get();
    }
    if (!starts_ || page >= static_cast<int>(starts_->size()) || pending_.contains(page))
        return nullptr;
    pending_.insert(page);
    QMetaObject::invokeMethod(loader_, [loader = loader_, g = shown_, page, f = filter_, s = sort_,
                                        key = (*starts_)[static_cast<std::size_t>(page)]] {
        loader->load(g, page, f, s, key, kPageRows);
    });
    return nullptr;
}

const TxRow* TransactionsModel::rowAt(int row) const {
    if (row < 0 || row >= total_) return nullptr;
    const auto* page = pageFor(row / kPageRows);
    const auto offset = static_cast<std::size_t>(row % kPageRows);
    return page && offset < page->size() ? &(*page)[offset] : nullptr;
}

int TransactionsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(std::min<qint64>(total_, INT32_MAX));
}

int TransactionsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kTxColumnCount;
}

QVariant TransactionsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= kTxColumnCount)
        return {};
    const auto column = static_cast<TxColumn>(index.column());
    if (role == Qt::TextAlignmentRole) {
        const bool number = column == TxColumn::Amount || column == TxColumn::Risk;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    const TxRow* r = rowAt(index.row());
    if (!r) return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    switch (role) {
        case Qt::DisplayRole:
            return transactionCellText(*r, column);
        case Qt::BackgroundRole: {
            const QColor c = levelColour(r->level);
            return c.isValid() ? QVariant(c) : QVariant();
        }
        case SortRole:
            return sortValue(*r, column);
        case RowIdRole:
            return QVariant::fromValue<qint64>(r->row_id);
        default:
            return {};
    }
}

QVariant TransactionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    static const char* const kNames[] = {
        QT_TR_NOOP("Time"),     QT_TR_NOOP("Transaction"), QT_TR_NOOP("Card"),
        QT_TR_NOOP("Merchant"), QT_TR_NOOP("Category"),    QT_TR_NOOP("Amount"),
        QT_TR_NOOP("Country"),  QT_TR_NOOP("Channel"),     QT_TR_NOOP("Risk"),
        QT_TR_NOOP("Level"),    QT_TR_NOOP("Label")};
    if (section < 0 || section >= kTxColumnCount) return {};
    return tr(kNames[section]);
}

}  // namespace fd
