#include "review_filter_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

#include "review_queue_model.h"

namespace fd {
namespace {

// Assignee choices: the kind in Qt::UserRole, a named analyst's name in Qt::UserRole + 1.
enum AssigneeKind { AnyAssignee, Me, Unassigned, Named };

QComboBox* combo(const QString& name, const QString& tip, QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->setToolTip(tip);
    box->setAccessibleName(tip);  // the filter bar has no labels; the tip says what it filters
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

// Refills `box` after its fixed first `keep` items with `values`, keeping the choice.
void refill(QComboBox* box, int keep, const std::vector<std::string>& values, int role) {
    const QString chosen =
        box->currentIndex() >= keep ? box->currentData(role).toString() : QString();
    const QSignalBlocker blocker(box);
    while (box->count() > keep) box->removeItem(keep);
    QStringList items;
    for (const std::string& v : values) items << QString::fromStdString(v);
    if (!chosen.isEmpty() && !items.contains(chosen)) items << chosen;
    for (const QString& item : items) {
        box->addItem(item);
        box->setItemData(box->count() - 1, item, role);
    }
    if (!chosen.isEmpty()) box->setCurrentIndex(box->findData(chosen, role));
}

}  // namespace

ReviewFilterBar::ReviewFilterBar(QWidget* parent)
    : QWidget(parent),
      status_(combo(QStringLiteral("reviewStatus"), tr("Which alerts"), this)),
      level_(combo(QStringLiteral("reviewLevel"), tr("Risk level"), this)),
      assignee_(combo(QStringLiteral("reviewAssignee"), tr("Assigned to"), this)),
      category_(combo(QStringLiteral("reviewCategory"), tr("Merchant category"), this)),
      country_(combo(QStringLiteral("reviewCountry"), tr("Country of the transaction"), this)),
      sla_(new QCheckBox(tr("SLA breached"), this)) {
    status_->addItem(tr("Open alerts"), QString());
    for (AlertStatus s : {AlertStatus::New, AlertStatus::InReview, AlertStatus::Escalated,
                          AlertStatus::ClosedFraud, AlertStatus::ClosedLegit})
        status_->addItem(ReviewQueueModel::statusName(s),
                         QString::fromUtf8(alert_status_name(s).data()));
    level_->addItem(tr("Any level"), -1);
    for (int l = 0; l < 4; ++l)
        level_->addItem(ReviewQueueModel::levelName(static_cast<RiskLevel>(l)), l);
    assignee_->addItem(tr("Anyone"), AnyAssignee);
    assignee_->addItem(tr("Me"), Me);
    assignee_->addItem(tr("Unassigned"), Unassigned);
    category_->addItem(tr("Any category"), QString());
    country_->addItem(tr("Any country"), QString());
    sla_->setObjectName(QStringLiteral("reviewSlaBreached"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QComboBox* box : {status_, level_, assignee_, category_, country_}) {
        layout->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &ReviewFilterBar::changed);
    }
    layout->addWidget(sla_);
    layout->addStretch(1);
    connect(sla_, &QCheckBox::toggled, this, &ReviewFilterBar::changed);
}

AlertFilter ReviewFilterBar::filter(const QString& analyst) const {
    AlertFilter f;
    if (const QString s = status_->currentData().toString(); !s.isEmpty())
        f.status = alert_status_from_name(s.toStdString());
    if (const int l = level_->currentData().toInt(); l >= 0) f.level = static_cast<RiskLevel>(l);
    switch (assignee_->currentData().toInt()) {
        case Me:
            f.assignee = analyst.toStdString();
            break;
        case Unassigned:
            f.assignee = std::string();
            break;
        case Named:
            f.assignee = assignee_->currentData(Qt::UserRole + 1).toString().toStdString();
            break;
        default:
            break;
    }
    f.sla_breached = sla_->isChecked();
    f.category = category_->currentData().toString().toStdString();
    f.country = country_->currentData().toString().toStdString();
    return f;
}

void ReviewFilterBar::setFacets(const AlertFacets& facets) {
    refill(assignee_, 3, facets.assignees, Qt::UserRole + 1);
    for (int i = 3; i < assignee_->count(); ++i) assignee_->setItemData(i, Named, Qt::UserRole);
    refill(category_, 1, facets.categories, Qt::UserRole);
    refill(country_, 1, facets.countries, Qt::UserRole);
}

}  // namespace fd
