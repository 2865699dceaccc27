// One figure of the monitor: a caption and a large value.
#pragma once

#include <QFrame>

class QLabel;

namespace fd {

class MonitorTile : public QFrame {
    Q_OBJECT

public:
    MonitorTile(const QString& caption, QWidget* parent = nullptr);
    void setValue(const QString& value, const QString& detail = {});
    QString value() const;

private:
    QLabel* caption_;
    QLabel* value_;
    QLabel* detail_;
};

}  // namespace fd
