// What the review detail pane shows for one case, read off the GUI thread: the lead
// transaction's fields (card masked), its reasons, the decisions on it, the case's alerts,
// the card's other open alerts and earlier decisions on the card and merchant, each
// member's part of the risk, and the card's recent history.
#pragma once

#include <QString>
#include <QStringList>
#include <array>
#include <functional>
#include <optional>
#include <vector>

#include "storage/alert_store.h"

namespace fd {

struct HistoryPoint {
    qint64 rowId = 0;
    qint64 tsMs = 0;
    double amount = 0.0;   // major units
    bool fraud = false;    // labelled fraud
    bool current = false;  // the case's lead transaction
};

struct ReviewDetail {
    QString fields;         // rich text
    QStringList reasons;    // sentences, best first
    QStringList history;    // decisions on the transaction, then the card and merchant context
    QStringList caseLines;  // one per alert of the case: id, time, amount, risk
    // Risk points of iforest, autoencoder, supervised, rules; none when not scored.
    std::optional<std::array<double, 4>> points;
    QString pointsNote;              // where the points come from, or why there are none
    std::vector<HistoryPoint> card;  // oldest first, up to the case's newest alert
    QString currency;                // of the lead transaction
};

inline constexpr std::size_t kHistoryPoints = 50;

// Throws StorageError. `stale` says the pane moved on: a long recomputation stops early.
ReviewDetail readReviewDetail(const QString& databasePath, const AlertCase& c,
                              const std::function<bool()>& stale = {});

}  // namespace fd
