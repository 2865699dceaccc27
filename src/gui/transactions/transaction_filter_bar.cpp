#include "transaction_filter_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fd {

TransactionFilterBar::TransactionFilterBar(QWidget* parent)
    : QWidget(parent),
      minRisk_(new QDoubleSpinBox(this)),
      level_(new QComboBox(this)),
      useDates_(new QCheckBox(tr("From"), this)),
      from_(new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this)),
      until_(new QDateTimeEdit(QDateTime::currentDateTime().addDays(1), this)),
      card_(new QLineEdit(this)),
      merchant_(new QLineEdit(this)),
      country_(new QLineEdit(this)),
      channel_(new QComboBox(this)),
      labelled_(new QComboBox(this)),
      text_(new QLineEdit(this)) {
    minRisk_->setObjectName(QStringLiteral("filterMinRisk"));
    minRisk_->setAccessibleName(tr("Minimum risk"));
    minRisk_->setRange(0, 100);
    minRisk_->setDecimals(0);
    minRisk_->setSpecialValueText(tr("any"));
    level_->setObjectName(QStringLiteral("filterLevel"));
    level_->setAccessibleName(tr("Risk level"));
    level_->addItems(
        {tr("any level"), tr("medium and above"), tr("high and above"), tr("critical")});
    useDates_->setObjectName(QStringLiteral("filterUseDates"));
    from_->setObjectName(QStringLiteral("filterFrom"));
    from_->setAccessibleName(tr("From date"));
    until_->setObjectName(QStringLiteral("filterUntil"));
    until_->setAccessibleName(tr("Until date"));
    for (auto* edit : {from_, until_}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setEnabled(false);
    }
    card_->setObjectName(QStringLiteral("filterCard"));
    card_->setAccessibleName(tr("Card"));
    card_->setAccessibleDescription(tr("Show only transactions of cards matching this text"));
    card_->setPlaceholderText(tr("card"));
    merchant_->setObjectName(QStringLiteral("filterMerchant"));
    merchant_->setAccessibleName(tr("Merchant"));
    merchant_->setAccessibleDescription(
        tr("Show only transactions of merchants matching this text"));
    merchant_->setPlaceholderText(tr("merchant"));
    country_->setObjectName(QStringLiteral("filterCountry"));
    country_->setAccessibleName(tr("Country"));
    country_->setPlaceholderText(tr("country"));
    country_->setMaximumWidth(80);
    channel_->setObjectName(QStringLiteral("filterChannel"));
    channel_->setAccessibleName(tr("Channel"));
    channel_->setEditable(true);
    channel_->addItems({QString(), QStringLiteral("pos"), QStringLiteral("online"),
                        QStringLiteral("contactless"), QStringLiteral("atm")});
    channel_->lineEdit()->setPlaceholderText(tr("channel"));
    labelled_->setObjectName(QStringLiteral("filterLabelled"));
    labelled_->setAccessibleName(tr("Label"));
    labelled_->setAccessibleDescription(tr("Show all, labelled or unlabelled transactions"));
    labelled_->addItems({tr("labelled or not"), tr("labelled"), tr("not labelled")});
    text_->setObjectName(QStringLiteral("filterText"));
    text_->setAccessibleName(tr("Search"));
    text_->setAccessibleDescription(tr("Find transactions containing this text"));
    text_->setPlaceholderText(tr("transaction, card, merchant or customer id"));
    text_->setClearButtonEnabled(true);
    auto* reset = new QPushButton(tr("Clear"), this);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Risk at least"), this), 0, 0);
    grid->addWidget(minRisk_, 0, 1);
    grid->addWidget(level_, 0, 2);
    grid->addWidget(useDates_, 0, 3);
    grid->addWidget(from_, 0, 4);
    grid->addWidget(new QLabel(tr("until"), this), 0, 5);
    grid->addWidget(until_, 0, 6);
    grid->addWidget(labelled_, 0, 7);
    grid->addWidget(text_, 1, 0, 1, 3);
    grid->addWidget(card_, 1, 3, 1, 2);
    grid->addWidget(merchant_, 1, 5, 1, 2);
    auto* small = new QHBoxLayout;
    small->addWidget(country_);
    small->addWidget(channel_);
    small->addWidget(reset);
    grid->addLayout(small, 1, 7);

    debounce_.setSingleShot(true);
    debounce_.setInterval(300);
    connect(&debounce_, &QTimer::timeout, this, [this] { emit filterChanged(filter()); });
    const auto changed = [this] { debounce_.start(); };
    connect(minRisk_, &QDoubleSpinBox::valueChanged, this, changed);
    connect(level_, &QComboBox::currentIndexChanged, this, changed);
    connect(labelled_, &QComboBox::currentIndexChanged, this, changed);
    connect(useDates_, &QCheckBox::toggled, this, [this, changed](bool on) {
        from_->setEnabled(on);
        until_->setEnabled(on);
        changed();
    });
    connect(from_, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(until_, &QDateTimeEdit::dateTimeChanged, this, changed);
    for (auto* edit : {card_, merchant_, country_, text_})
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(channel_, &QComboBox::currentTextChanged, this, changed);
    connect(reset, &QPushButton::clicked, this, &TransactionFilterBar::clear);
}

TransactionFilter TransactionFilterBar::filter() const {
    TransactionFilter f;
    if (minRisk_->value() > 0) f.min_risk = minRisk_->value();
    if (level_->currentIndex() > 0) f.min_level = level_->currentIndex();
    if (useDates_->isChecked()) {
        f.from_ms = from_->dateTime().toMSecsSinceEpoch();
        f.until_ms = until_->dateTime().toMSecsSinceEpoch();
    }
    f.card = card_->text().trimmed().toStdString();
    f.merchant = merchant_->text().trimmed().toStdString();
    f.country = country_->text().trimmed().toStdString();
    f.channel = channel_->currentText().trimmed().toStdString();
    f.labelled = static_cast<TransactionFilter::Labelled>(labelled_->currentIndex());
    f.text = text_->text().trimmed().toStdString();
    return f;
}

void TransactionFilterBar::clear() {
    minRisk_->setValue(0);
    level_->setCurrentIndex(0);
    useDates_->setChecked(false);
    for (auto* edit : {card_, merchant_, country_, text_}) edit->clear();
    channel_->setCurrentIndex(0);
    labelled_->setCurrentIndex(0);
}

}  // namespace fd
