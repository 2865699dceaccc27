// View > Audit Log: the newest audit rows with an action filter, a check of the hash
// chain, and export to CSV (itself audited). Reads happen off the GUI thread.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace fd {

class AuditDialog : public QDialog {
    Q_OBJECT

public:
    explicit AuditDialog(const QString& databasePath, QWidget* parent = nullptr);
    QString exportCsv(const QString& path) const;  // an error message or empty

signals:
    void loaded(int rows);

private:
    void reload();

    QString databasePath_;
    QComboBox* action_;
    QTableWidget* table_;
    QLabel* chain_;
};

}  // namespace fd
