#include "transactions_loader.h"
#include "i18n/core_text.h"

namespace fd {

void TransactionsLoader::open(const QString& path) {
    path_ = path;
    db_.reset();
}

// Opened at first use, and again after a failure: the database may not exist yet when the
// view is given its path (the demo creates it a moment later).
bool TransactionsLoader::ensureOpen() {
    if (db_) return true;
    try {
        db_ = std::make_unique<Database>(path_.toStdString(), OpenMode::ReadOnly);
        return true;
    } catch (const std::exception& e) {
        emit failed(translateCoreText(e.what()));
        return false;
    }
}

void TransactionsLoader::layout(int generation, TransactionFilter filter, TransactionSort sort,
                                int pageRows) {
    if (stale(generation) || !ensureOpen()) return;
    try {
        std::int64_t total = 0;
        auto starts = std::make_shared<std::vector<TxKey>>(TransactionQuery(*db_).page_starts(
            filter, sort, static_cast<std::size_t>(pageRows), total));
        emit layoutReady(generation, total, std::move(starts));
    } catch (const std::exception& e) {
        emit failed(translateCoreText(e.what()));
    }
}

void TransactionsLoader::load(int generation, int page, TransactionFilter filter,
                              TransactionSort sort, TxKey from, int pageRows) {
    if (!db_) return;
    try {
        auto rows = std::make_shared<std::vector<TxRow>>(
            TransactionQuery(*db_).page(filter, sort, &from, static_cast<std::size_t>(pageRows)));
        emit pageReady(generation, page, std::move(rows));
    } catch (const std::exception& e) {
        emit failed(translateCoreText(e.what()));
    }
}

}  // namespace fd
