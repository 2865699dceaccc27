// Feed > Connect…: the URI each kind's fields build, the live check of an edited URI, open
// errors shown in the dialog, and the recent URIs kept in the settings.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include "core/source_uri.h"
#include "gui/feed/connect_dialog.h"
#include "gui/feed/sources_model.h"
#include "gui/feed/sources_panel.h"
#include "gui/feed_controller.h"
#include "gui/main_window.h"
#include "ingest/source_factory.h"

namespace {

template <typename T>
T* child(QObject& parent, const char* name) {
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found) qFatal("no child %s", name);
    return found;
}

void setKind(fd::ConnectDialog& d, fd::SourceKind kind) {
    child<QComboBox>(d, "sourceKind")->setCurrentIndex(int(kind));
}

// Types into the URI line as a user would (replacing what is there).
void typeUri(fd::ConnectDialog& d, const QString& text) {
    QLineEdit* line = child<QComboBox>(d, "uri")->lineEdit();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, text);
}

QPushButton* okButton(fd::ConnectDialog& d) {
    return d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

// The URI parses back to what the fields said.
fd::SourceUri parsed(const fd::ConnectDialog& d) {
    return fd::parse_source_uri(d.uri().toStdString());
}

}  // namespace

class TestConnectDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FraudDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_connect_dialog"));
    }

    void init() { QSettings().clear(); }

    void eachKindBuildsItsUri() {
        fd::ConnectDialog d;
        // No recent URI: a file to choose; the empty path is the first thing to fix.
        QCOMPARE(d.uri(), QStringLiteral("file://"));
        QVERIFY(!okButton(d)->isEnabled());

        child<QLineEdit>(d, "filePath")->setText(QStringLiteral("/data/in box/a%b.csv"));
        QCOMPARE(d.uri(), QStringLiteral("file:///data/in%20box/a%25b.csv"));
        QCOMPARE(parsed(d).path, std::string("/data/in box/a%b.csv"));
        QVERIFY(okButton(d)->isEnabled());

        setKind(d, fd::SourceKind::Folder);
        child<QLineEdit>(d, "folderPath")->setText(QStringLiteral("/srv/inbox"));
        QCOMPARE(d.uri(), QStringLiteral("folder:///srv/inbox"));

        setKind(d, fd::SourceKind::Tcp);
        child<QLineEdit>(d, "tcpHost")->setText(QStringLiteral("feed.example.com"));
        child<QSpinBox>(d, "tcpPort")->setValue(9100);
        QCOMPARE(d.uri(), QStringLiteral("tcp://feed.example.com:9100"));
        QCOMPARE(parsed(d).port, 9100);

        // Listen: loopback unless changed; every interface is allowed with a warning.
        setKind(d, fd::SourceKind::Listen);
        QCOMPARE(d.uri(), QStringLiteral("listen://127.0.0.1:9000"));
        auto* notice = child<QLabel>(d, "uriNotice");
        QVERIFY(notice->isHidden());
        child<QLineEdit>(d, "listenHost")->setText(QStringLiteral("0.0.0.0"));
        QCOMPARE(d.uri(), QStringLiteral("listen://0.0.0.0:9000"));
        QVERIFY(!notice->isHidden());
        QVERIFY(notice->text().contains(QStringLiteral("every network interface")));
        QVERIFY(okButton(d)->isEnabled());
        if (const QString shots = qEnvironmentVariable("FD_SCREENSHOT_DIR"); !shots.isEmpty()) {
            d.show();
            QVERIFY(d.grab().save(shots + QStringLiteral("/connect_dialog.png")));
        }
        child<QLineEdit>(d, "listenHost")->setText(QStringLiteral("::1"));
        QCOMPARE(d.uri(), QStringLiteral("listen://[::1]:9000"));
        QCOMPARE(parsed(d).host, std::string("::1"));
        QVERIFY(notice->isHidden());

        setKind(d, fd::SourceKind::Kafka);
        child<QLineEdit>(d, "kafkaBrokers")->setText(QStringLiteral("k1:9092, k2:9093"));
        child<QLineEdit>(d, "kafkaTopic")->setText(QStringLiteral("card payments"));
        child<QLineEdit>(d, "kafkaGroup")->setText(QStringLiteral("fd"));
        QCOMPARE(d.uri(), QStringLiteral("kafka://k1:9092,k2:9093/card%20payments?group=fd"));
        QCOMPARE(parsed(d).topic, std::string("card payments"));
        QCOMPARE(parsed(d).brokers.size(), std::size_t(2));
        // Without Kafka in the build the kind cannot be chosen, and a typed kafka URI is
        // refused with the reason.
        auto* kinds = qobject_cast<QStandardItemModel*>(child<QComboBox>(d, "sourceKind")->model());
        QStandardItem* kafka = kinds->item(int(fd::SourceKind::Kafka));
        QCOMPARE(kafka->isEnabled(), fd::kafka_supported());
        QCOMPARE(d.isUriValid(), fd::kafka_supported());
        if (!fd::kafka_supported()) {
            QVERIFY(kafka->toolTip().contains(QStringLiteral("Kafka")));
            QVERIFY(child<QLabel>(d, "uriError")->text().contains(QStringLiteral("Kafka")));
            QVERIFY(!okButton(d)->isEnabled());
        }

        setKind(d, fd::SourceKind::Sim);
        child<QDoubleSpinBox>(d, "simRate")->setValue(500);
        child<QSpinBox>(d, "simSeed")->setValue(7);
        child<QDoubleSpinBox>(d, "simFraudRate")->setValue(0.01);
        QCOMPARE(d.uri(), QStringLiteral("sim://?rate=500&seed=7&fraud-rate=0.01"));
        QVERIFY(okButton(d)->isEnabled());

        // A mapping profile applies to any kind.
        setKind(d, fd::SourceKind::Tcp);
        child<QComboBox>(d, "mapping")->setEditText(QStringLiteral("my profile"));
        QCOMPARE(d.uri(), QStringLiteral("tcp://feed.example.com:9100?mapping=my%20profile"));
        QCOMPARE(parsed(d).param("mapping"), std::string("my profile"));
    }

    void anEditedUriIsCheckedAsItIsTyped() {
        fd::ConnectDialog d;
        auto* error = child<QLabel>(d, "uriError");
        typeUri(d, QStringLiteral("tcp://collector"));
        QVERIFY(!d.isUriValid());
        QVERIFY(!okButton(d)->isEnabled());
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("give a host and a port")),
                 qPrintable(error->text()));
        // Fixed: the error goes, Connect comes back, and the fields follow the URI.
        typeUri(d, QStringLiteral("tcp://collector:7001"));
        QVERIFY(d.isUriValid());
        QVERIFY(okButton(d)->isEnabled());
        QVERIFY(error->isHidden());
        QCOMPARE(child<QComboBox>(d, "sourceKind")->currentIndex(), int(fd::SourceKind::Tcp));
        QCOMPARE(child<QLineEdit>(d, "tcpHost")->text(), QStringLiteral("collector"));
        QCOMPARE(child<QSpinBox>(d, "tcpPort")->value(), 7001);
        // A URI typed whole is kept as typed (fields cannot show every parameter).
        typeUri(d, QStringLiteral("sim://?rate=50&bogus=1"));
        QVERIFY(error->text().contains(QStringLiteral("unknown parameter 'bogus'")));
        QCOMPARE(d.uri(), QStringLiteral("sim://?rate=50&bogus=1"));
        typeUri(d, QStringLiteral("gopher://x"));
        QVERIFY(error->text().contains(QStringLiteral("unknown kind 'gopher'")));
        QVERIFY(!okButton(d)->isEnabled());
    }

    void anOpenErrorKeepsTheDialogOpenWithTheReason() {
        fd::ConnectDialog d;
        d.show();
        QString asked;
        connect(&d, &fd::ConnectDialog::connectRequested, &d, [&](const QString& uri) {
            asked = uri;
            QVERIFY(!okButton(d)->isEnabled());  // busy while the source opens
            d.showOpenError(QStringLiteral("port 9000 is in use"));
        });
        typeUri(d, QStringLiteral("listen://127.0.0.1:9000"));
        QTest::mouseClick(okButton(d), Qt::LeftButton);
        QCOMPARE(asked, QStringLiteral("listen://127.0.0.1:9000"));
        QVERIFY(d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QCOMPARE(child<QLabel>(d, "uriError")->text(), QStringLiteral("port 9000 is in use"));
        QVERIFY(okButton(d)->isEnabled());
        QVERIFY(fd::ConnectDialog::recentUris().isEmpty());  // only what opened is kept
    }

    // The whole path: Feed > Connect…, a source that cannot open, the reason in the dialog
    // and the status bar, no row left behind.
    void theWindowsConnectShowsWhyASourceCannotOpen() {
        QTemporaryDir dir;
        fd::MainWindow window;
        window.show();
        auto* action = window.findChild<QAction*>(QStringLiteral("actionConnect"));
        QVERIFY(!action->isEnabled());  // no database yet
        window.openDatabase(dir.filePath(QStringLiteral("feed.db")));
        QVERIFY(action->isEnabled());
        action->trigger();
        auto* d = window.findChild<fd::ConnectDialog*>();
        QVERIFY(d);
        QTRY_VERIFY(d->isVisible());
        const QString uri = QStringLiteral("file:///nonexistent-fd-dir/missing.csv");
        typeUri(*d, uri);
        QVERIFY(d->isUriValid());
        QTest::mouseClick(okButton(*d), Qt::LeftButton);
        auto* error = child<QLabel>(*d, "uriError");
        QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 30000);
        QVERIFY2(error->text().contains(QStringLiteral("missing.csv")), qPrintable(error->text()));
        QVERIFY(d->isVisible());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("missing.csv")));
        QCOMPARE(window.sourcesPanel()->model()->rowCount(), 0);  // nothing half-added
        QCOMPARE(window.feed()->sourceId(uri), -1);
        QVERIFY(!fd::ConnectDialog::recentUris().contains(uri));
        d->reject();
    }

    void recentUrisAreRememberedMostRecentFirst() {
        fd::ConnectDialog::rememberUri(QStringLiteral("tcp://a:1"));
        fd::ConnectDialog::rememberUri(QStringLiteral("sim://?rate=5"));
        fd::ConnectDialog::rememberUri(QStringLiteral("tcp://a:1"));
        QCOMPARE(fd::ConnectDialog::recentUris(),
                 (QStringList{QStringLiteral("tcp://a:1"), QStringLiteral("sim://?rate=5")}));
        for (int i = 0; i < 15; ++i)
            fd::ConnectDialog::rememberUri(QStringLiteral("tcp://h:%1").arg(1000 + i));
        QCOMPARE(fd::ConnectDialog::recentUris().size(), fd::ConnectDialog::kRecentUris);
        QCOMPARE(fd::ConnectDialog::recentUris().first(), QStringLiteral("tcp://h:1014"));

        // A new dialog offers them and starts from the latest, its fields filled in.
        fd::ConnectDialog d;
        auto* uris = child<QComboBox>(d, "uri");
        QCOMPARE(uris->count(), fd::ConnectDialog::kRecentUris);
        QCOMPARE(d.uri(), QStringLiteral("tcp://h:1014"));
        QCOMPARE(child<QComboBox>(d, "sourceKind")->currentIndex(), int(fd::SourceKind::Tcp));
        QCOMPARE(child<QSpinBox>(d, "tcpPort")->value(), 1014);
        // A connected URI joins the list (kept in the settings, so across sessions).
        typeUri(d, QStringLiteral("listen://127.0.0.1:9555"));
        QTest::mouseClick(okButton(d), Qt::LeftButton);  // no receiver: accepted as is
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(QSettings().value(QStringLiteral("feed/recentUris")).toStringList().first(),
                 QStringLiteral("listen://127.0.0.1:9555"));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "test_connect_dialog.moc"
