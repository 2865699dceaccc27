// The filters above the review queue: status, risk level, assignee (anyone, me, nobody or
// a named analyst), SLA breached, merchant category and country. Changing one emits
// changed(); the choices of assignee, category and country come from the alerts seen.
#pragma once

#include <QWidget>

#include "storage/alert_store.h"

class QCheckBox;
class QComboBox;

namespace fd {

class ReviewFilterBar : public QWidget {
    Q_OBJECT

public:
    explicit ReviewFilterBar(QWidget* parent = nullptr);

    // The filter as chosen; "me" is `analyst`.
    AlertFilter filter(const QString& analyst) const;
    // New choices, keeping the current ones (a chosen value no longer seen stays listed).
    void setFacets(const AlertFacets& facets);

    QComboBox* status() const { return status_; }
    QComboBox* level() const { return level_; }
    QComboBox* assignee() const { return assignee_; }
    QComboBox* category() const { return category_; }
    QComboBox* country() const { return country_; }
    QCheckBox* slaBreached() const { return sla_; }

signals:
    void changed();

private:
    QComboBox* status_;
    QComboBox* level_;
    QComboBox* assignee_;
    QComboBox* category_;
    QComboBox* country_;
    QCheckBox* sla_;
};

}  // namespace fd
