#include "transaction_detail_dialog.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/transaction.h"
#include "gui/theme_colours.h"
#include "i18n/core_text.h"
#include "transactions_model.h"

namespace fd {

TransactionDetailDialog::TransactionDetailDialog(const QString& databasePath, const TxRow& row,
                                                 QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Transaction %1").arg(QString::fromStdString(row.ext_id)));
    std::vector<TxRow> history;
    std::string reasonsJson = "[]";
    std::optional<Transaction> full;
    QString error;
    try {
        // Small indexed reads (one row, 50 by the card index): fine on the GUI thread.
        Database db(databasePath.toStdString(), OpenMode::ReadOnly);
        TransactionQuery query(db);
        history = query.card_history(row.card_id, row.ts_ms, row.row_id, 50);
        reasonsJson = query.reasons(row.row_id);
    } catch (const std::exception& e) {
        error = translateCoreText(e.what());
    }

    auto* fields = new QFormLayout;
    const QList<QPair<QString, TxColumn>> shown = {
        {tr("Transaction"), TxColumn::Id},    {tr("Time"), TxColumn::Time},
        {tr("Card"), TxColumn::Card},         {tr("Merchant"), TxColumn::Merchant},
        {tr("Category"), TxColumn::Category}, {tr("Amount"), TxColumn::Amount},
        {tr("Country"), TxColumn::Country},   {tr("Channel"), TxColumn::Channel},
        {tr("Risk"), TxColumn::Risk},         {tr("Level"), TxColumn::Level},
        {tr("Label"), TxColumn::Label}};
    for (const auto& [name, column] : shown) {
        auto* value = new QLabel(transactionCellText(row, column), this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        fields->addRow(name, value);
    }

    auto* reasonList = new QListWidget(this);
    reasonList->setObjectName(QStringLiteral("reasonList"));
    reasonList->setAccessibleName(tr("Reasons"));
    reasonList->setAccessibleDescription(tr("Why the model rated this transaction as it did"));
    const auto reasons = nlohmann::json::parse(reasonsJson, nullptr, false);
    if (reasons.is_array()) {
        for (const auto& r : reasons)
            if (r.is_object() && r.contains("text") && r["text"].is_string())
                reasons_ << translateCoreText(r["text"].get<std::string>());
    }
    reasonList->addItems(reasons_.isEmpty() ? QStringList{tr("No reasons: not scored, or "
                                                             "nothing stands out.")}
                                            : reasons_);

    auto* chart = new QChart;
    chart->setTitle(tr("The card's last %n transaction(s)", nullptr, int(history.size())));
    auto* others = new QScatterSeries(chart);
    others->setName(tr("earlier"));
    others->setMarkerSize(8);
    auto* highlighted = new QScatterSeries(chart);
    highlighted->setName(tr("this transaction"));
    highlighted->setMarkerSize(16);
    highlighted->setColor(QColor(220, 40, 40));
    double top = 1.0;
    for (const TxRow& h : history) {
        const double amount =
            static_cast<double>(h.amount_minor) / std::pow(10.0, currency_exponent(h.currency));
        top = std::max(top, amount);
        (h.row_id == row.row_id ? highlighted : others)
            ->append(static_cast<qreal>(h.ts_ms), amount);
    }
    historyPoints_ = static_cast<int>(history.size());
    chart->addSeries(others);
    chart->addSeries(highlighted);
    auto* time = new QDateTimeAxis(chart);
    time->setFormat(QStringLiteral("MM-dd HH:mm"));
    auto* amounts = new QValueAxis(chart);
    amounts->setTitleText(tr("amount (%1)").arg(QString::fromStdString(row.currency)));
    amounts->setRange(0, top * 1.1);
    if (!history.empty()) {
        const auto first = history.front().ts_ms, last = history.back().ts_ms;
        const qint64 pad = std::max<qint64>((last - first) / 20, 60'000);
        time->setRange(QDateTime::fromMSecsSinceEpoch(first - pad),
                       QDateTime::fromMSecsSinceEpoch(last + pad));
    }
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(amounts, Qt::AlignLeft);
    for (auto* s : {others, highlighted}) {
        s->attachAxis(time);
        s->attachAxis(amounts);
    }
    auto* chartView = new QChartView(chart, this);
    chartView->setObjectName(QStringLiteral("cardHistoryChart"));
    chartView->setAccessibleName(tr("Card history"));
    chartView->setAccessibleDescription(
        tr("Amounts of the card's recent transactions, this one highlighted"));
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumSize(520, 300);
    followPalette(chartView);

    auto* left = new QVBoxLayout;
    left->addLayout(fields);
    left->addWidget(new QLabel(tr("Why it scored so"), this));
    left->addWidget(reasonList);
    if (!error.isEmpty()) left->addWidget(new QLabel(error, this));
    auto* body = new QHBoxLayout;
    body->addLayout(left, 2);
    body->addWidget(chartView, 3);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
}

}  // namespace fd
