#include "monitor_tile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fd {

MonitorTile::MonitorTile(const QString& caption, QWidget* parent)
    : QFrame(parent),
      caption_(new QLabel(caption, this)),
      value_(new QLabel(QStringLiteral("–"), this)),
      detail_(new QLabel(this)) {
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    QFont big = value_->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value_->setFont(big);
    value_->setObjectName(QStringLiteral("value"));
    detail_->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(0);
    layout->addWidget(caption_);
    layout->addWidget(value_);
    layout->addWidget(detail_);
}

void MonitorTile::setValue(const QString& value, const QString& detail) {
    value_->setText(value);
    detail_->setText(detail);
}

QString MonitorTile::value() const {
    return value_->text();
}

}  // namespace fd
