// The Transactions view's filter: risk at least, level, date range, card, merchant,
// country, channel, labelled or not, and an id. Edits apply after a short pause in typing.
#pragma once

#include <QTimer>
#include <QWidget>

#include "storage/transaction_query.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLineEdit;

namespace fd {

class TransactionFilterBar : public QWidget {
    Q_OBJECT

public:
    explicit TransactionFilterBar(QWidget* parent = nullptr);
    TransactionFilter filter() const;
    void clear();

signals:
    void filterChanged(const fd::TransactionFilter& filter);

private:
    QDoubleSpinBox* minRisk_;
    QComboBox* level_;
    QCheckBox* useDates_;
    QDateTimeEdit* from_;
    QDateTimeEdit* until_;
    QLineEdit* card_;
    QLineEdit* merchant_;
    QLineEdit* country_;
    QComboBox* channel_;
    QComboBox* labelled_;
    QLineEdit* text_;
    QTimer debounce_;
};

}  // namespace fd
