// The core's English texts shown in the user's language (src/i18n/core_text.h): every
// FD_TR template of the .ts files is recognised again once filled and comes back as its
// German or French translation, filled with the same values; English stays as it was;
// decimals follow the locale; nested core texts are translated at each level.
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>
#include <map>

#include "core/amount.h"
#include "core/engine/reasons.h"
#include "core/tr_mark.h"
#include "gui/app_settings.h"
#include "i18n/core_text.h"

namespace {

struct Entry {
    QString context, source, translation;
};

// The core/ messages of one committed .ts file with their translations.
std::vector<Entry> coreEntries(const QString& language) {
    QFile file(QStringLiteral(FD_TS_DIR "/frauddesk_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly)) return {};
    QXmlStreamReader xml(&file);
    std::vector<Entry> out;
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            entry = {context, xml.readElementText(), {}};
        } else if (xml.name() == u"translation" && context.startsWith(u"core/")) {
            entry.translation = xml.readElementText();
            out.push_back(entry);
        }
    }
    return out;
}

// Fills %n and {name} placeholders with values no template contains: "‹1›", "‹name›".
QString fillSample(const QString& text) {
    static const QRegularExpression placeholder(QStringLiteral(R"(%([1-9])|\{([a-z_0-9]+)\})"));
    QString out = text;
    out.replace(placeholder, QStringLiteral("‹\\1\\2›"));
    return out;
}

}  // namespace

class TestCoreText : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(fd::coreTextTemplateCount() > 50); }

    void cleanup() { fd::installTranslators(QStringLiteral("en")); }

    void englishStaysAsItWas() {
        fd::installTranslators(QStringLiteral("en"));
        for (const Entry& e : coreEntries(QStringLiteral("de"))) {
            const QString english = fillSample(e.source);
            QCOMPARE(fd::translateCoreText(english.toStdString()), english);
        }
    }

    void everyTemplateComesBackTranslated_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void everyTemplateComesBackTranslated() {
        QFETCH(QString, language);
        fd::installTranslators(language);
        const auto entries = coreEntries(language);
        QVERIFY(entries.size() > 50);
        for (const Entry& e : entries) {
            QVERIFY2(!e.translation.isEmpty(), qPrintable(e.source));
            const QString shown = fd::translateCoreText(fillSample(e.source).toStdString());
            // A mismatch means another template claims this text, or the source has none.
            QVERIFY2(shown == fillSample(e.translation),
                     qPrintable(e.context + QStringLiteral(": ") + e.source +
                                QStringLiteral("\n  shown:    ") + shown +
                                QStringLiteral("\n  expected: ") + fillSample(e.translation)));
        }
    }

    void aReasonFromTheEngineInGerman() {
        fd::installTranslators(QStringLiteral("de"));  // German numbers too
        fd::Transaction t;
        t.amount_minor = 234050;
        t.currency = "EUR";
        const auto* amount = fd::feature_reason("amount_log");
        QVERIFY(amount);
        const std::string english = fd::format_reason(amount->text, t, 7.8);
        QCOMPARE(QString::fromStdString(english), QStringLiteral("Large amount: 2,340.50 EUR"));
        const QString shown = fd::translateCoreText(english);
        QVERIFY2(shown.contains(QStringLiteral("2.340,50 EUR")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("Large amount")), qPrintable(shown));
        // Whole numbers are left alone: they may be ids or a card's last digits.
        const auto* first = fd::feature_reason("first_merchant_for_card");
        t.merchant_id = "1234";
        const QString merchant = fd::translateCoreText(fd::format_reason(first->text, t, 1));
        QVERIFY2(merchant.contains(QStringLiteral("1234")), qPrintable(merchant));
    }

    void quotedInputIsShownAsItWas() {
        fd::installTranslators(QStringLiteral("de"));  // German numbers: 1.234,5
        std::string error;
        QVERIFY(!fd::parse_amount_minor("1,234.5", 2, &error));
        const QString shown = fd::translateCoreText(error);
        QVERIFY2(shown != QString::fromStdString(error), qPrintable(shown));  // translated
        // The value quoted from the file is what the file says, not a German number.
        QVERIFY2(shown.contains(QStringLiteral("'1,234.5'")), qPrintable(shown));
    }

    void nestedTextsAreTranslatedAtEachLevel() {
        fd::installTranslators(QStringLiteral("de"));
        const std::string inner =
            fd::fill_text(FD_TR("core/Sources", "connecting to %1"), {"tcp://127.0.0.1:9000"});
        const std::string outer = fd::fill_text(FD_TR("core/Sources", "failed: %1"), {inner});
        const QString shown = fd::translateCoreText(outer);
        const QString innerShown = fd::translateCoreText(inner);
        QVERIFY(innerShown != QString::fromStdString(inner));
        QVERIFY2(shown.contains(innerShown), qPrintable(shown));
        QVERIFY2(!shown.startsWith(QStringLiteral("failed")), qPrintable(shown));
    }

    void unknownTextIsReturnedUnchanged() {
        fd::installTranslators(QStringLiteral("de"));
        const QString odd = QStringLiteral("something no template says, 12.5");
        QCOMPARE(fd::translateCoreText(odd), odd);
        QCOMPARE(fd::translateCoreText(std::string_view()), QString());
    }
};

QTEST_GUILESS_MAIN(TestCoreText)
#include "test_core_text.moc"
