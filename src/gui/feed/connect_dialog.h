// Feed > Connect…: choose a kind of live source and fill its fields, or edit the source URI
// directly. The URI line shows what the fields build and is checked as it changes
// (parse_source_uri): the error shows under it and Connect stays disabled while it is
// invalid. Connecting itself is the caller's (connectRequested); an error from opening the
// source comes back through showOpenError() and the dialog stays open to fix it.
#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace fd {

struct SourceUri;

class ConnectDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    QString uri() const;  // as shown in the URI line, trimmed
    bool isUriValid() const { return valid_; }
    // Opening the source failed: says why and lets the user fix the URI.
    void showOpenError(const QString& message);
    // The source opened: remembers its URI and closes the dialog.
    void connected();

    // The most recent first; at most kRecentUris.
    static QStringList recentUris();
    static void rememberUri(const QString& uri);
    static constexpr int kRecentUris = 10;

signals:
    // Connect was pressed on a valid URI. Without a receiver the dialog just accepts.
    void connectRequested(const QString& uri);

private:
    QWidget* filePage(QLineEdit*& path, bool folder);
    QWidget* hostPage(QLineEdit*& host, QSpinBox*& port, const QString& defaultHost,
                      const QString& name);
    QWidget* kafkaPage();
    QWidget* simPage();
    QString buildUri() const;
    void fieldsChanged();  // a field changed: the URI follows
    void uriEdited();      // the URI was typed or picked: the fields follow
    void setFields(const SourceUri& uri);
    void validate();
    void setBusy(bool busy);

    QComboBox* kind_;
    QStackedWidget* pages_;
    QLineEdit* filePath_;
    QLineEdit* folderPath_;
    QLineEdit* tcpHost_;
    QSpinBox* tcpPort_;
    QLineEdit* listenHost_;
    QSpinBox* listenPort_;
    QLineEdit* brokers_;
    QLineEdit* topic_;
    QLineEdit* group_;
    QDoubleSpinBox* rate_;
    QSpinBox* seed_;
    QDoubleSpinBox* fraudRate_;
    QComboBox* mapping_;
    QComboBox* uri_;
    QLabel* uriError_;
    QLabel* notice_;  // listening on every interface; connecting
    QDialogButtonBox* buttons_;
    bool syncing_ = false;  // fields being set from the URI: they must not rebuild it
    bool valid_ = false;
    bool busy_ = false;
};

}  // namespace fd
