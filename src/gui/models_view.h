// The model registry at a glance: every stored model with its kind, training summary and
// metrics, the active one marked. Loaded off the GUI thread.
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace fd {

class ModelsView : public QWidget {
    Q_OBJECT

public:
    explicit ModelsView(QWidget* parent = nullptr);
    void setDatabase(const QString& path);
    void refresh();

signals:
    void refreshed();

private:
    QString databasePath_;
    QLabel* summary_;
    QTableWidget* table_;
};

}  // namespace fd
