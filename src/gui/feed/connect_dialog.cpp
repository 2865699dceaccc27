#include "connect_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

#include "core/field_mapping.h"
#include "core/source_uri.h"
#include "gui/theme_colours.h"
#include "i18n/core_text.h"
#include "ingest/source_factory.h"

namespace fd {

namespace {

const QString kRecentKey = QStringLiteral("feed/recentUris");

// Paths keep their separators and the characters the URI parser takes literally.
QString encodePath(const QString& path) {
    return QString::fromLatin1(QUrl::toPercentEncoding(path, "/:@+,=~"));
}

QString encodeValue(const QString& value) {
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString hostPort(const QString& host, int port) {
    const QString h = host.trimmed();
    const bool v6 = h.contains(QLatin1Char(':')) && !h.startsWith(QLatin1Char('['));
    return (v6 ? QLatin1Char('[') + h + QLatin1Char(']') : h) + QLatin1Char(':') +
           QString::number(port);
}

bool everyInterface(const std::string& host) {
    return host == "0.0.0.0" || host == "::";
}

}  // namespace

ConnectDialog::ConnectDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Connect to a Live Source"));
    setObjectName(QStringLiteral("connectDialog"));

    kind_ = new QComboBox(this);
    kind_->setObjectName(QStringLiteral("sourceKind"));
    kind_->setAccessibleName(tr("Kind of source"));
    // In SourceKind's order, so the index is the kind.
    kind_->addItems({tr("File"), tr("Drop folder"), tr("TCP (connect)"), tr("Listen"), tr("Kafka"),
                     tr("Simulator")});
    if (!kafka_supported()) {
        QStandardItem* kafka =
            qobject_cast<QStandardItemModel*>(kind_->model())->item(int(SourceKind::Kafka));
        kafka->setEnabled(false);
        kafka->setToolTip(
            tr("This build has no Kafka support (librdkafka was not found when it "
               "was built)"));
    }

    pages_ = new QStackedWidget(this);
    pages_->addWidget(filePage(filePath_, false));
    pages_->addWidget(filePage(folderPath_, true));
    pages_->addWidget(hostPage(tcpHost_, tcpPort_, QString(), QStringLiteral("tcp")));
    pages_->addWidget(
        hostPage(listenHost_, listenPort_, QStringLiteral("127.0.0.1"), QStringLiteral("listen")));
    pages_->addWidget(kafkaPage());
    pages_->addWidget(simPage());

    mapping_ = new QComboBox(this);
    mapping_->setObjectName(QStringLiteral("mapping"));
    mapping_->setAccessibleName(tr("Mapping profile"));
    mapping_->setEditable(true);
    mapping_->addItem(QString());
    try {
        for (const std::string& name :
             MappingProfileStore(MappingProfileStore::default_directory()).names())
            mapping_->addItem(QString::fromStdString(name));
    } catch (const std::exception&) {
        // No profile folder yet: a profile can still be named or given as a file.
    }
    mapping_->lineEdit()->setPlaceholderText(tr("detect the columns from the data"));
    mapping_->setToolTip(tr("A saved mapping profile's name, or a profile file"));

    uri_ = new QComboBox(this);
    uri_->setObjectName(QStringLiteral("uri"));
    uri_->setAccessibleName(tr("Source URI"));
    uri_->setEditable(true);
    uri_->setInsertPolicy(QComboBox::NoInsert);
    uri_->addItems(recentUris());
    uri_->setToolTip(tr("The source as a URI; edit it directly, or pick a recent one"));
    uri_->setMinimumContentsLength(48);
    uriError_ = new QLabel(this);
    uriError_->setObjectName(QStringLiteral("uriError"));
    uriError_->setWordWrap(true);
    uriError_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = uriError_->palette();
    errorPalette.setColor(QPalette::WindowText, errorColour(errorPalette));
    uriError_->setPalette(errorPalette);
    notice_ = new QLabel(this);
    notice_->setObjectName(QStringLiteral("uriNotice"));
    notice_->setWordWrap(true);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    buttons_->button(QDialogButtonBox::Ok)->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), kind_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(pages_);
    auto* lower = new QFormLayout;
    lower->addRow(tr("&Mapping:"), mapping_);
    lower->addRow(tr("&URI:"), uri_);
    layout->addLayout(lower);
    layout->addWidget(uriError_);
    layout->addWidget(notice_);
    layout->addStretch();
    layout->addWidget(buttons_);

    connect(kind_, &QComboBox::currentIndexChanged, pages_, &QStackedWidget::setCurrentIndex);
    connect(kind_, &QComboBox::currentIndexChanged, this, &ConnectDialog::fieldsChanged);
    connect(mapping_, &QComboBox::editTextChanged, this, &ConnectDialog::fieldsChanged);
    connect(uri_->lineEdit(), &QLineEdit::textEdited, this, &ConnectDialog::uriEdited);
    connect(uri_, &QComboBox::textActivated, this, &ConnectDialog::uriEdited);
    connect(uri_, &QComboBox::editTextChanged, this, &ConnectDialog::validate);
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] {
        if (!valid_ || busy_) return;
        if (!isSignalConnected(QMetaMethod::fromSignal(&ConnectDialog::connectRequested))) {
            connected();
            return;
        }
        setBusy(true);
        emit connectRequested(uri());
    });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The last source connected is the likeliest next one.
    if (uri_->count() > 0) {
        uri_->setCurrentIndex(0);
        uriEdited();
    } else {
        kind_->setCurrentIndex(int(SourceKind::File));
        fieldsChanged();
    }
    kind_->setFocus();
}

QWidget* ConnectDialog::filePage(QLineEdit*& path, bool folder) {
    auto* page = new QWidget(this);
    path = new QLineEdit(page);
    path->setObjectName(folder ? QStringLiteral("folderPath") : QStringLiteral("filePath"));
    path->setAccessibleName(folder ? tr("Drop folder") : tr("File"));
    path->setPlaceholderText(folder ? tr("a folder where files arrive")
                                    : tr("a CSV, JSON or NDJSON file"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(folder ? QStringLiteral("browseFolder") : QStringLiteral("browseFile"));
    browse->setAccessibleName(folder ? tr("Browse for a folder") : tr("Browse for a file"));
    QLineEdit* edit = path;
    connect(browse, &QPushButton::clicked, this, [this, edit, folder] {
        const QString chosen =
            folder ? QFileDialog::getExistingDirectory(this, tr("Drop Folder"), edit->text())
                   : QFileDialog::getOpenFileName(this, tr("Source File"), edit->text(),
                                                  tr("Transactions (*.csv *.json *.ndjson "
                                                     "*.jsonl);;All files (*)"));
        if (!chosen.isEmpty()) edit->setText(chosen);
    });
    connect(path, &QLineEdit::textChanged, this, &ConnectDialog::fieldsChanged);
    auto* row = new QHBoxLayout;
    row->addWidget(path);
    row->addWidget(browse);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(folder ? tr("&Folder:") : tr("&File:"), row);
    return page;
}

QWidget* ConnectDialog::hostPage(QLineEdit*& host, QSpinBox*& port, const QString& defaultHost,
                                 const QString& name) {
    auto* page = new QWidget(this);
    host = new QLineEdit(defaultHost, page);
    host->setObjectName(name + QStringLiteral("Host"));
    host->setAccessibleName(tr("Host"));
    host->setPlaceholderText(name == QStringLiteral("listen") ? tr("the address to listen on")
                                                              : tr("the producer's host name"));
    port = new QSpinBox(page);
    port->setObjectName(name + QStringLiteral("Port"));
    port->setAccessibleName(tr("Port"));
    port->setRange(1, 65535);
    port->setValue(9000);
    connect(host, &QLineEdit::textChanged, this, &ConnectDialog::fieldsChanged);
    connect(port, &QSpinBox::valueChanged, this, &ConnectDialog::fieldsChanged);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Host:"), host);
    form->addRow(tr("&Port:"), port);
    return page;
}

QWidget* ConnectDialog::kafkaPage() {
    auto* page = new QWidget(this);
    brokers_ = new QLineEdit(QStringLiteral("localhost:9092"), page);
    brokers_->setObjectName(QStringLiteral("kafkaBrokers"));
    brokers_->setAccessibleName(tr("Brokers"));
    brokers_->setToolTip(tr("host:port of one or more brokers, separated by commas"));
    topic_ = new QLineEdit(page);
    topic_->setObjectName(QStringLiteral("kafkaTopic"));
    topic_->setAccessibleName(tr("Topic"));
    group_ = new QLineEdit(QStringLiteral("frauddesk"), page);
    group_->setObjectName(QStringLiteral("kafkaGroup"));
    group_->setAccessibleName(tr("Consumer group"));
    for (QLineEdit* e : {brokers_, topic_, group_})
        connect(e, &QLineEdit::textChanged, this, &ConnectDialog::fieldsChanged);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Brokers:"), brokers_);
    form->addRow(tr("&Topic:"), topic_);
    form->addRow(tr("&Group:"), group_);
    return page;
}

QWidget* ConnectDialog::simPage() {
    auto* page = new QWidget(this);
    rate_ = new QDoubleSpinBox(page);
    rate_->setObjectName(QStringLiteral("simRate"));
    rate_->setAccessibleName(tr("Rows per second"));
    rate_->setRange(0.1, 10'000'000.0);
    rate_->setDecimals(1);
    rate_->setValue(200.0);
    rate_->setSuffix(tr(" /s"));
    seed_ = new QSpinBox(page);
    seed_->setObjectName(QStringLiteral("simSeed"));
    seed_->setAccessibleName(tr("Seed"));
    seed_->setRange(0, std::numeric_limits<int>::max());
    seed_->setValue(1);
    fraudRate_ = new QDoubleSpinBox(page);
    fraudRate_->setObjectName(QStringLiteral("simFraudRate"));
    fraudRate_->setAccessibleName(tr("Fraud rate"));
    fraudRate_->setRange(0.0, 0.5);
    fraudRate_->setDecimals(4);
    fraudRate_->setSingleStep(0.001);
    fraudRate_->setValue(0.005);
    connect(rate_, &QDoubleSpinBox::valueChanged, this, &ConnectDialog::fieldsChanged);
    connect(seed_, &QSpinBox::valueChanged, this, &ConnectDialog::fieldsChanged);
    connect(fraudRate_, &QDoubleSpinBox::valueChanged, this, &ConnectDialog::fieldsChanged);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Rate:"), rate_);
    form->addRow(tr("&Seed:"), seed_);
    form->addRow(tr("F&raud rate:"), fraudRate_);
    return page;
}

QString ConnectDialog::buildUri() const {
    QString base;
    QStringList query;
    switch (static_cast<SourceKind>(kind_->currentIndex())) {
        case SourceKind::File:
            base = QStringLiteral("file://") + encodePath(filePath_->text().trimmed());
            break;
        case SourceKind::Folder:
            base = QStringLiteral("folder://") + encodePath(folderPath_->text().trimmed());
            break;
        case SourceKind::Tcp:
            base = QStringLiteral("tcp://") + hostPort(tcpHost_->text(), tcpPort_->value());
            break;
        case SourceKind::Listen:
            base =
                QStringLiteral("listen://") + hostPort(listenHost_->text(), listenPort_->value());
            break;
        case SourceKind::Kafka: {
            QStringList brokers = brokers_->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString& b : brokers) b = b.trimmed();
            base = QStringLiteral("kafka://") + brokers.join(QLatin1Char(',')) + QLatin1Char('/') +
                   encodeValue(topic_->text().trimmed());
            query << QStringLiteral("group=") + encodeValue(group_->text().trimmed());
            break;
        }
        case SourceKind::Sim:
            base = QStringLiteral("sim://");
            query << QStringLiteral("rate=") + QString::number(rate_->value())
                  << QStringLiteral("seed=") + QString::number(seed_->value())
                  << QStringLiteral("fraud-rate=") + QString::number(fraudRate_->value());
            break;
    }
    if (const QString mapping = mapping_->currentText().trimmed(); !mapping.isEmpty())
        query << QStringLiteral("mapping=") + encodeValue(mapping);
    return query.isEmpty() ? base : base + QLatin1Char('?') + query.join(QLatin1Char('&'));
}

void ConnectDialog::fieldsChanged() {
    if (syncing_) return;
    uri_->setEditText(buildUri());
    validate();
}

void ConnectDialog::uriEdited() {
    try {
        setFields(parse_source_uri(uri().toStdString()));
    } catch (const SourceUriError&) {
        // validate() says what is wrong; the fields keep what they had.
    }
    validate();
}

void ConnectDialog::setFields(const SourceUri& uri) {
    syncing_ = true;
    kind_->setCurrentIndex(int(uri.kind));
    pages_->setCurrentIndex(int(uri.kind));
    const QString host = QString::fromStdString(uri.host);
    switch (uri.kind) {
        case SourceKind::File:
            filePath_->setText(QString::fromStdString(uri.path));
            break;
        case SourceKind::Folder:
            folderPath_->setText(QString::fromStdString(uri.path));
            break;
        case SourceKind::Tcp:
            tcpHost_->setText(host);
            tcpPort_->setValue(uri.port);
            break;
        case SourceKind::Listen:
            listenHost_->setText(host);
            listenPort_->setValue(uri.port);
            break;
        case SourceKind::Kafka: {
            QStringList brokers;
            for (const auto& b : uri.brokers) brokers << QString::fromStdString(b);
            brokers_->setText(brokers.join(QLatin1Char(',')));
            topic_->setText(QString::fromStdString(uri.topic));
            group_->setText(QString::fromStdString(uri.param("group")));
            break;
        }
        case SourceKind::Sim:
            rate_->setValue(uri.number("rate", 200.0, 0.001, 1e7));
            seed_->setValue(int(std::min(uri.number("seed", 1.0, 0.0, 9e15),
                                         double(std::numeric_limits<int>::max()))));
            fraudRate_->setValue(uri.number("fraud-rate", 0.005, 0.0, 0.5));
            break;
    }
    mapping_->setEditText(QString::fromStdString(uri.param("mapping")));
    syncing_ = false;
}

void ConnectDialog::validate() {
    QString error;
    QString notice;
    try {
        const SourceUri parsed = parse_source_uri(uri().toStdString());
        if (parsed.kind == SourceKind::Kafka && !kafka_supported())
            error =
                tr("This build has no Kafka support (librdkafka was not found when it was "
                   "built).");
        if (parsed.kind == SourceKind::Listen && everyInterface(parsed.host))
            notice =
                tr("Listening on every network interface: any machine that can reach this "
                   "one can send transactions. Use 127.0.0.1 unless producers run "
                   "elsewhere.");
    } catch (const SourceUriError& e) {
        error = translateCoreText(e.what());
    }
    valid_ = error.isEmpty();
    uriError_->setText(error);
    uriError_->setVisible(!error.isEmpty());
    if (!busy_) {
        notice_->setText(notice);
        notice_->setVisible(!notice.isEmpty());
    }
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(valid_ && !busy_);
}

void ConnectDialog::setBusy(bool busy) {
    busy_ = busy;
    for (QWidget* w : {static_cast<QWidget*>(kind_), static_cast<QWidget*>(pages_),
                       static_cast<QWidget*>(mapping_), static_cast<QWidget*>(uri_)})
        w->setEnabled(!busy);
    if (busy) {
        notice_->setText(tr("Connecting…"));
        notice_->setVisible(true);
    }
    validate();
}

QString ConnectDialog::uri() const {
    return uri_->currentText().trimmed();
}

void ConnectDialog::showOpenError(const QString& message) {
    setBusy(false);
    uriError_->setText(message);
    uriError_->setVisible(true);
    uri_->setFocus();
}

void ConnectDialog::connected() {
    rememberUri(uri());
    setBusy(false);
    accept();
}

QStringList ConnectDialog::recentUris() {
    return QSettings().value(kRecentKey).toStringList();
}

void ConnectDialog::rememberUri(const QString& uri) {
    if (uri.isEmpty()) return;
    QStringList recent = recentUris();
    recent.removeAll(uri);
    recent.prepend(uri);
    while (recent.size() > kRecentUris) recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
}

}  // namespace fd
