#include "sources_panel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "gui/feed_controller.h"
#include "sources_model.h"

namespace fd {

SourcesPanel::SourcesPanel(FeedController* feed, QWidget* parent)
    : QWidget(parent), feed_(feed), model_(new SourcesModel(this)), table_(new QTableView(this)) {
    table_->setObjectName(QStringLiteral("sourcesTable"));
    table_->setAccessibleName(tr("Live sources"));
    table_->setAccessibleName(tr("Live sources"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    // The URI takes what room there is; the figures keep to their width.
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(SourcesModel::Uri, QHeaderView::Stretch);
    // A failure's message can be long: the cell elides it, its tooltip has it whole.
    table_->horizontalHeader()->setSectionResizeMode(SourcesModel::State, QHeaderView::Interactive);
    table_->setColumnWidth(SourcesModel::State, 200);
    table_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table_, &QWidget::customContextMenuRequested, this, &SourcesPanel::showContextMenu);

    const auto action = [this](const QString& text, const QString& name, const QString& tip) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        return a;
    };
    connect_ = action(tr("&Connect…"), QStringLiteral("sourceConnect"),
                      tr("Add a live source: a file, a drop folder, a socket, Kafka or the "
                         "simulator"));
    start_ = action(tr("S&tart"), QStringLiteral("sourceStart"),
                    tr("Start the selected source (it opens its URI again)"));
    pauseResume_ = action(tr("&Pause"), QStringLiteral("sourcePause"),
                          tr("Pause or resume the selected source"));
    stop_ = action(tr("St&op"), QStringLiteral("sourceStop"),
                   tr("Stop the selected source; what it delivered stays stored"));
    remove_ = action(tr("&Remove"), QStringLiteral("sourceRemove"),
                     tr("Stop the selected source and take it off the list"));
    remove_->setShortcut(QKeySequence::Delete);
    remove_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(remove_);

    connect(connect_, &QAction::triggered, this, &SourcesPanel::connectRequested);
    connect(start_, &QAction::triggered, this, [this] { feed_->startSource(selectedId()); });
    connect(pauseResume_, &QAction::triggered, this, [this] {
        const SourceInfo* s = model_->source(model_->rowOf(selectedId()));
        if (s && s->canResume())
            feed_->resumeSource(s->id);
        else if (s)
            feed_->pauseSource(s->id);
    });
    connect(stop_, &QAction::triggered, this, [this] { feed_->stopSource(selectedId()); });
    connect(remove_, &QAction::triggered, this, [this] { feed_->removeSource(selectedId()); });
    for (QAction* a : {start_, pauseResume_, stop_, remove_})
        connect(a, &QAction::triggered, this, &SourcesPanel::refresh);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QAction* a : {connect_, start_, pauseResume_, stop_, remove_})
        buttons->addWidget(button(a));
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(table_);

    // The newest source is the one the user is about to act on.
    connect(model_, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int, int last) { table_->selectRow(last); });
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SourcesPanel::updateActions);
    connect(model_, &QAbstractItemModel::dataChanged, this, &SourcesPanel::updateActions);
    connect(model_, &QAbstractItemModel::rowsRemoved, this, &SourcesPanel::updateActions);
    connect(feed_, &FeedController::sourceAdded, this, &SourcesPanel::refresh);
    connect(feed_, &FeedController::sourceRemoved, this, &SourcesPanel::refresh);
    connect(feed_, &FeedController::stateChanged, this, &SourcesPanel::refresh);
    timer_.setInterval(kRefreshMs);
    connect(&timer_, &QTimer::timeout, this, &SourcesPanel::refresh);
    refresh();
}

QToolButton* SourcesPanel::button(QAction* action) {
    auto* b = new QToolButton(this);
    b->setDefaultAction(action);
    b->setObjectName(action->objectName() + QStringLiteral("Button"));
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setFocusPolicy(Qt::StrongFocus);  // reachable with Tab, not only the mouse
    b->setAccessibleName(QString(action->text()).remove(QLatin1Char('&')));
    b->setAccessibleDescription(action->toolTip());
    return b;
}

void SourcesPanel::refresh() {
    model_->update(feed_->sources());
    // Counts move only while there are sources.
    if (model_->rowCount() > 0 && !timer_.isActive())
        timer_.start();
    else if (model_->rowCount() == 0)
        timer_.stop();
    updateActions();
}

int SourcesPanel::selectedId() const {
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    if (rows.isEmpty()) return -1;
    return rows.front().data(SourcesModel::IdRole).toInt();
}

void SourcesPanel::selectSource(int id) {
    const int row = model_->rowOf(id);
    if (row >= 0) table_->selectRow(row);
}

void SourcesPanel::updateActions() {
    const SourceInfo* s = model_->source(model_->rowOf(selectedId()));
    start_->setEnabled(s && s->canStart());
    pauseResume_->setEnabled(s && (s->canPause() || s->canResume()));
    const bool resume = s && s->canResume();
    pauseResume_->setText(resume ? tr("&Resume") : tr("&Pause"));
    if (auto* b = findChild<QToolButton*>(QStringLiteral("sourcePauseButton")))
        b->setAccessibleName(resume ? tr("Resume") : tr("Pause"));
    stop_->setEnabled(s && s->canStop());
    remove_->setEnabled(s != nullptr);
}

void SourcesPanel::showContextMenu(const QPoint& position) {
    const QModelIndex index = table_->indexAt(position);
    if (index.isValid()) table_->selectRow(index.row());
    updateActions();
    QMenu menu(this);
    menu.addActions({start_, pauseResume_, stop_});
    menu.addSeparator();
    menu.addAction(remove_);
    menu.addSeparator();
    menu.addAction(connect_);
    menu.exec(table_->viewport()->mapToGlobal(position));
}

}  // namespace fd
