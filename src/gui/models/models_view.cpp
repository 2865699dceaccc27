#include "models_view.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>
#include <nlohmann/json.hpp>

#include "i18n/core_text.h"
#include "ingest/demo_setup.h"
#include "model_comparison_view.h"
#include "storage/database.h"
#include "storage/model_store.h"
#include "threshold_dialog.h"

namespace fd {
namespace {

enum Column { Version, Kind, Name, Created, Trained, SliceAp, Metrics, ColumnCount };

QString figureOrNa(const std::optional<double>& v) {
    return v ? QLocale().toString(*v, 'f', 3) : ModelsView::tr("n/a");
}

}  // namespace

ModelsView::ModelsView(QWidget* parent)
    : QWidget(parent),
      summary_(new QLabel(this)),
      retrainButton_(new QPushButton(tr("&Retrain"), this)),
      cancelButton_(new QPushButton(tr("Cancel"), this)),
      activateButton_(new QPushButton(tr("&Promote"), this)),
      thresholdButton_(new QPushButton(tr("Tune &Threshold…"), this)),
      progress_(new QProgressBar(this)),
      status_(new QLabel(this)),
      table_(new QTableWidget(0, ColumnCount, this)),
      comparison_(new ModelComparisonView(this)) {
    retrainButton_->setObjectName(QStringLiteral("retrainButton"));
    retrainButton_->setToolTip(
        tr("Train a challenger on every label (analysts' decisions and imported ground "
           "truth) and compare it with the active model on the latest labelled slice"));
    activateButton_->setObjectName(QStringLiteral("activateButton"));
    thresholdButton_->setObjectName(QStringLiteral("thresholdButton"));
    progress_->setRange(0, 1000);
    progress_->setVisible(false);
    cancelButton_->setVisible(false);
    status_->setObjectName(QStringLiteral("modelsStatus"));
    status_->setWordWrap(true);
    table_->setObjectName(QStringLiteral("modelsTable"));
    table_->setAccessibleName(tr("Trained models"));
    table_->setHorizontalHeaderLabels({tr("Version"), tr("Kind"), tr("Name"), tr("Created"),
                                       tr("Trained on"), tr("AP on its slice"),
                                       tr("Training metrics")});
    table_->horizontalHeaderItem(SliceAp)->setToolTip(
        tr("Average precision of the challenger and (in brackets) the model active then, on "
           "the latest labelled slice when it was retrained"));
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(retrainButton_);
    buttons->addWidget(cancelButton_);
    buttons->addWidget(progress_, 1);
    buttons->addWidget(activateButton_);
    buttons->addWidget(thresholdButton_);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(summary_);
    topLayout->addLayout(buttons);
    topLayout->addWidget(status_);
    topLayout->addWidget(table_, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(comparison_);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(retrainButton_, &QPushButton::clicked, this, &ModelsView::retrain);
    connect(cancelButton_, &QPushButton::clicked, this, &ModelsView::cancelRetrain);
    connect(activateButton_, &QPushButton::clicked, this, [this] { activateSelected(); });
    connect(thresholdButton_, &QPushButton::clicked, this, &ModelsView::tuneThreshold);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &ModelsView::showSelection);
    showSelection();
}

ModelsView::~ModelsView() {
    if (cancel_) *cancel_ = true;  // a running retrain stops at its next step
    // As in ~ReviewView: no child's last signals into this half-destroyed view.
    for (QObject* child : findChildren<QObject*>())
        QObject::disconnect(child, nullptr, this, nullptr);
}

void ModelsView::setDatabase(const QString& path) {
    cancelRetrain();
    databasePath_ = path;
    refresh();
}

QString ModelsView::statusText() const {
    return status_->text();
}

void ModelsView::refresh() {
    if (databasePath_.isEmpty()) return;
    QPointer<ModelsView> self(this);
    const QString path = databasePath_;
    QThreadPool::globalInstance()->start([self, path] {
        std::vector<Row> rows;
        QString error;
        try {
            Database db(path.toStdString(), OpenMode::ReadOnly);
            ModelStore store(db);
            const QLocale locale;
            for (const auto& r : store.list()) {
                Row row{r.id,
                        QString::fromStdString(r.kind),
                        QString::fromStdString(r.name),
                        {},
                        {},
                        r.created_ms,
                        r.active,
                        std::nullopt};
                const auto header = nlohmann::json::parse(r.header, nullptr, false);
                if (const auto it = header.find("training");
                    !header.is_discarded() && it != header.end() && it->is_object())
                    row.trained = tr("%1 rows, %2 fraud labels")
                                      .arg(locale.toString(it->value("rows", qint64{0})),
                                           locale.toString(it->value("fraud_labels", qint64{0})));
                if (const auto it = header.find("metrics");
                    !header.is_discarded() && it != header.end() && it->is_object()) {
                    QStringList parts;
                    for (const auto& [key, value] : it->items())
                        if (value.is_number())
                            parts << QStringLiteral("%1 %2").arg(
                                QString::fromStdString(key),
                                locale.toString(value.get<double>(), 'f', 3));
                    row.metrics = parts.join(QStringLiteral(", "));
                }
                if (const auto report = store.latest_evaluation(r.id)) {
                    try {
                        row.comparison = Comparison::from_json(nlohmann::json::parse(*report));
                    } catch (const nlohmann::json::exception&) {
                        // An unreadable report only loses the figures, not the model.
                    }
                }
                rows.push_back(std::move(row));
            }
        } catch (const std::exception& e) {
            error = translateCoreText(e.what());
        }
        QMetaObject::invokeMethod(self, [self, path, rows = std::move(rows), error]() mutable {
            if (!self || self->databasePath_ != path) return;
            self->showRows(std::move(rows), error);
        });
    });
}

void ModelsView::showRows(std::vector<Row> rows, const QString& error) {
    const qint64 keep = selectAfterRefresh_ ? std::exchange(selectAfterRefresh_, 0)
                        : selectedRow()     ? selectedRow()->id
                                            : 0;
    rows_ = std::move(rows);
    const QSignalBlocker block(table_);
    table_->clearSelection();
    table_->setRowCount(static_cast<int>(rows_.size()));
    const QLocale locale;
    for (int i = 0; i < static_cast<int>(rows_.size()); ++i) {
        const Row& m = rows_[std::size_t(i)];
        QString sliceAp;
        if (m.comparison) {
            sliceAp = figureOrNa(m.comparison->challenger.average_precision);
            if (m.comparison->active)
                sliceAp += QStringLiteral(" (%1)").arg(
                    figureOrNa(m.comparison->active->average_precision));
        }
        const QStringList cells = {
            m.active ? tr("%1 (active)").arg(m.id) : QString::number(m.id),
            m.kind,
            m.name,
            locale.toString(QDateTime::fromMSecsSinceEpoch(m.created), QLocale::ShortFormat),
            m.trained,
            sliceAp,
            m.metrics};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (m.active) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            table_->setItem(i, c, item);
        }
    }
    table_->resizeColumnsToContents();
    summary_->setText(
        !error.isEmpty() ? tr("Cannot read the models: %1").arg(error)
        : rows_.empty()
            ? tr("No model yet. Train one with frauddesk-cli train, or start the demo.")
            : tr("%n model(s). Scores everywhere come from the active one. Retrain learns "
                 "from the analysts' labels and imported ground truth.",
                 nullptr, static_cast<int>(rows_.size())));
    // The kept selection, else the newest model with a comparison, else the active one.
    qint64 select = keep;
    if (!select)
        for (const Row& r : rows_)
            if (r.comparison || r.active) {
                select = r.id;
                break;
            }
    selectModel(select);
    showSelection();
    emit refreshed();
}

bool ModelsView::selectModel(qint64 id) {
    for (int i = 0; i < static_cast<int>(rows_.size()); ++i) {
        if (rows_[std::size_t(i)].id != id) continue;
        table_->selectRow(i);
        return true;
    }
    return false;
}

const ModelsView::Row* ModelsView::selectedRow() const {
    const auto selected = table_->selectionModel()->selectedRows();
    if (selected.isEmpty()) return nullptr;
    const auto row = static_cast<std::size_t>(selected.first().row());
    return row < rows_.size() ? &rows_[row] : nullptr;
}

void ModelsView::showSelection() {
    const Row* row = selectedRow();
    const auto active =
        std::find_if(rows_.begin(), rows_.end(), [](const Row& r) { return r.active; });
    activateButton_->setEnabled(row && !row->active && !retraining_);
    if (row && active != rows_.end() && row->id < active->id)
        activateButton_->setText(tr("&Roll Back to v%1").arg(row->id));
    else if (row && !row->active)
        activateButton_->setText(tr("&Promote v%1").arg(row->id));
    else
        activateButton_->setText(tr("&Promote"));
    retrainButton_->setEnabled(!retraining_ && !databasePath_.isEmpty());
    thresholdButton_->setEnabled(active != rows_.end());
    if (row && row->comparison)
        comparison_->setComparison(*row->comparison);
    else if (row)
        comparison_->clear(tr("Version %1 has no comparison: only retrained models are compared "
                              "with the model active when they were trained.")
                               .arg(row->id));
    else
        comparison_->clear(tr("Retrain to compare a challenger with the active model."));
}

void ModelsView::retrain() {
    if (retraining_ || databasePath_.isEmpty()) return;
    retraining_ = true;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    progress_->setValue(0);
    progress_->setVisible(true);
    cancelButton_->setVisible(true);
    status_->setText(tr("Retraining: reading the history…"));
    showSelection();

    RetrainOptions options;
    options.ensemble = training_.value_or(app_training_options());
    options.ensemble.weights.iforest = weights_.iforest;
    options.ensemble.weights.autoencoder = weights_.autoencoder;
    options.ensemble.weights.rules = weights_.rules;
    options.ensemble.weights.supervised_max = weights_.supervised_max;
    if (alertRisk_ >= 0.0) options.alert_risk = alertRisk_;
    options.actor = analyst_.isEmpty() ? std::string("system") : analyst_.toStdString();
    options.name = "retrained by " + options.actor;

    QPointer<ModelsView> self(this);
    const QString path = databasePath_;
    auto cancel = cancel_;
    QThreadPool::globalInstance()->start([self, path, options, cancel] {
        int lastPermille = -1;
        std::string lastStage;
        const auto progress = [&](const TrainingStep& step) {
            const int permille = static_cast<int>(step.fraction * 1000);
            if (permille != lastPermille || step.stage != lastStage) {
                lastPermille = permille;
                lastStage = step.stage;
                QMetaObject::invokeMethod(
                    self, [self, permille, stage = translateCoreText(step.stage)] {
                        if (!self || !self->retraining_) return;
                        self->progress_->setValue(permille);
                        self->status_->setText(tr("Retraining: %1…").arg(stage));
                    });
            }
            return !cancel->load();
        };
        std::optional<RetrainResult> result;
        QString error;
        try {
            Database db(path.toStdString());
            result = retrain_challenger(db, options, QDateTime::currentMSecsSinceEpoch(), progress);
        } catch (const std::exception& e) {
            error = cancel->load() ? tr("Retraining cancelled: nothing was stored.")
                                   : translateCoreText(e.what());
        }
        QMetaObject::invokeMethod(self, [self, path, result, error] {
            if (!self) return;
            self->retraining_ = false;
            self->progress_->setVisible(false);
            self->cancelButton_->setVisible(false);
            if (!result) {
                self->status_->setText(error);
                self->showSelection();
                emit self->retrainFinished(false, error);
                return;
            }
            const Comparison& c = result->comparison;
            QString text = tr("Challenger v%1 trained on %2 fraud and %3 legitimate labels. On the "
                              "latest slice its average precision is %4")
                               .arg(result->challenger_id)
                               .arg(result->summary.fraud_labels)
                               .arg(result->summary.legit_labels)
                               .arg(figureOrNa(c.challenger.average_precision));
            text += c.active ? tr(", the active v%1's %2.")
                                   .arg(c.active->model_id)
                                   .arg(figureOrNa(c.active->average_precision))
                             : tr("; no model was active.");
            text += QLatin1Char(' ') + tr("Promote it if it is better.");
            self->status_->setText(text);
            if (self->databasePath_ == path) {
                self->selectAfterRefresh_ = result->challenger_id;
                self->refresh();
            }
            emit self->retrainFinished(true, text);
        });
    });
}

void ModelsView::cancelRetrain() {
    if (cancel_) *cancel_ = true;
}

void ModelsView::activateSelected(const std::function<bool(const QString&)>& confirm) {
    const Row* row = selectedRow();
    if (!row || row->active || databasePath_.isEmpty()) return;
    const auto active =
        std::find_if(rows_.begin(), rows_.end(), [](const Row& r) { return r.active; });
    const bool rollback = active != rows_.end() && row->id < active->id;
    const qint64 id = row->id;
    const QString question =
        rollback ? tr("Roll back to version %1? New transactions are then scored by it, and "
                      "the live feed restarts on it.")
                       .arg(id)
                 : tr("Promote version %1 to the active model? New transactions are then scored "
                      "by it, and the live feed restarts on it.")
                       .arg(id);
    const bool yes =
        confirm ? confirm(question)
                : QMessageBox::question(this, tr("Activate a Model"), question) == QMessageBox::Yes;
    if (!yes) return;
    nlohmann::json details = nlohmann::json::object();
    if (row->comparison) {
        const auto& c = *row->comparison;
        if (c.challenger.average_precision)
            details["average_precision"] = *c.challenger.average_precision;
        if (c.active && c.active->average_precision)
            details["active_average_precision_then"] = *c.active->average_precision;
    }
    try {
        Database db(databasePath_.toStdString());
        ModelStore(db).promote(id, analyst_.isEmpty() ? "system" : analyst_.toStdString(),
                               rollback ? "rollback" : "promote",
                               QDateTime::currentMSecsSinceEpoch(), details.dump());
    } catch (const std::exception& e) {
        const QString message =
            tr("Version %1 was not activated: %2").arg(id).arg(translateCoreText(e.what()));
        status_->setText(message);
        return;
    }
    status_->setText(rollback ? tr("Rolled back to version %1.").arg(id)
                              : tr("Version %1 is now the active model.").arg(id));
    selectAfterRefresh_ = id;
    refresh();
    emit modelActivated(id);
}

void ModelsView::tuneThreshold() {
    if (databasePath_.isEmpty()) return;
    auto* dialog = new ThresholdDialog(databasePath_, analyst_, alertRisk_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ThresholdDialog::applied, this, [this](double risk) {
        alertRisk_ = risk;
        emit thresholdApplied(risk);
    });
    dialog->open();
}

}  // namespace fd
