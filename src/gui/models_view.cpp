#include "models_view.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>
#include <nlohmann/json.hpp>

#include "storage/database.h"
#include "storage/model_store.h"

namespace fd {
namespace {

struct ModelRow {
    qint64 id = 0;
    QString kind, name, trained, metrics;
    qint64 created = 0;
    bool active = false;
};

// What an analyst wants to know from the header: rows and labels learnt from, AUC/AP.
ModelRow describe(const ModelRecord& r) {
    ModelRow row{r.id,
                 QString::fromStdString(r.kind),
                 QString::fromStdString(r.name),
                 {},
                 {},
                 r.created_ms,
                 r.active};
    const auto header = nlohmann::json::parse(r.header, nullptr, false);
    if (header.is_discarded()) return row;
    const QLocale locale;
    if (const auto it = header.find("training"); it != header.end() && it->is_object()) {
        row.trained = ModelsView::tr("%1 rows, %2 fraud labels")
                          .arg(locale.toString(it->value("rows", qint64{0})),
                               locale.toString(it->value("fraud_labels", qint64{0})));
    }
    if (const auto it = header.find("metrics"); it != header.end() && it->is_object()) {
        QStringList parts;
        for (const auto& [key, value] : it->items())
            if (value.is_number())
                parts << QStringLiteral("%1 %2").arg(QString::fromStdString(key),
                                                     locale.toString(value.get<double>(), 'f', 3));
        row.metrics = parts.join(QStringLiteral(", "));
    }
    return row;
}

}  // namespace

ModelsView::ModelsView(QWidget* parent)
    : QWidget(parent), summary_(new QLabel(this)), table_(new QTableWidget(0, 6, this)) {
    table_->setObjectName(QStringLiteral("modelsTable"));
    table_->setHorizontalHeaderLabels(
        {tr("Version"), tr("Kind"), tr("Name"), tr("Created"), tr("Trained on"), tr("Metrics")});
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(table_);
}

void ModelsView::setDatabase(const QString& path) {
    databasePath_ = path;
    refresh();
}

void ModelsView::refresh() {
    if (databasePath_.isEmpty()) return;
    QPointer<ModelsView> self(this);
    const QString path = databasePath_;
    QThreadPool::globalInstance()->start([self, path] {
        std::vector<ModelRow> rows;
        QString error;
        try {
            Database db(path.toStdString(), OpenMode::ReadOnly);
            for (const auto& record : ModelStore(db).list()) rows.push_back(describe(record));
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(self, [self, path, rows, error] {
            if (!self || self->databasePath_ != path) return;
            auto* table = self->table_;
            table->setRowCount(static_cast<int>(rows.size()));
            for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
                const ModelRow& m = rows[static_cast<std::size_t>(i)];
                const QString version =
                    m.active ? tr("%1 (active)").arg(m.id) : QString::number(m.id);
                const QStringList cells = {
                    version,
                    m.kind,
                    m.name,
                    QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.created), QLocale::ShortFormat),
                    m.trained,
                    m.metrics};
                for (int c = 0; c < cells.size(); ++c) {
                    auto* item = new QTableWidgetItem(cells[c]);
                    if (m.active) {
                        QFont bold = item->font();
                        bold.setBold(true);
                        item->setFont(bold);
                    }
                    table->setItem(i, c, item);
                }
            }
            table->resizeColumnsToContents();
            self->summary_->setText(
                !error.isEmpty() ? tr("Cannot read the models: %1").arg(error)
                : rows.empty()
                    ? tr("No model yet. Train one with frauddesk-cli train, or start the demo.")
                    : tr("%n model(s). Scores in the other views come from the active one; "
                         "retraining and promotion come with the review queue.",
                         nullptr, static_cast<int>(rows.size())));
            emit self->refreshed();
        });
    });
}

}  // namespace fd
