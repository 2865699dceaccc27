// The import wizard, offscreen: preview, editing the mapping, profiles, the run and the
// report with its rejects (masked) saved as CSV; the rejects model under the model tester.
#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>

#include "core/generator.h"
#include "core/transaction_writer.h"
#include "gui/import/import_run_pages.h"
#include "gui/import/import_wizard.h"
#include "storage/database.h"

using namespace fd;

class TestImportWizard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    QString write(const QString& name, const QByteArray& text) {
        const QString path = dir_.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(text);
        return path;
    }

    // Headers the detector does not know ("ref", "when") and one it maps wrongly on purpose
    // is fixed through the combos.
    QString batch() {
        return write(QStringLiteral("batch.csv"),
                     "ref,when,card_number,shop,value,note\n"
                     "r1,2024-03-01T10:00:00Z,4111111111111111,m1,12.50,ok\n"
                     "r2,2024-03-01T10:05:00Z,5500000000000004,m2,99.00,ok\n"
                     "r3,not a time,4111111111111111,m1,5.00,bad time 4111111111111111\n"
                     "r4,2024-03-01T11:00:00Z,4111111111111111,m3,abc,bad amount\n");
    }

    static QComboBox* comboFor(ImportMappingPage* page, const QString& column) {
        auto* table = page->findChild<QTableWidget*>(QStringLiteral("mappingTable"));
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == column)
                return qobject_cast<QComboBox*>(table->cellWidget(r, 1));
        return nullptr;
    }

    static void mapTo(ImportMappingPage* page, const QString& column, const char* field) {
        auto* combo = comboFor(page, column);
        QVERIFY(combo);
        const int index = combo->findText(QString::fromLatin1(field));
        QVERIFY(index > 0);
        combo->setCurrentIndex(index);
    }

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void walksFromPreviewToReport() {
        const QString db = dir_.filePath(QStringLiteral("w.db"));
        ImportWizard wizard(db, {batch()});
        wizard.mappingPage()->setProfileDirectory(dir_.filePath(QStringLiteral("profiles")));
        QSignalSpy loaded(wizard.mappingPage(), &ImportMappingPage::previewLoaded);
        wizard.show();
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        auto* page = wizard.mappingPage();
        auto* preview = page->findChild<QTableWidget*>(QStringLiteral("previewTable"));
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(preview->columnCount(), 6);
        // The card column shows masked even in the preview.
        QCOMPARE(preview->item(0, 2)->text(), QStringLiteral("************1111"));
        QVERIFY(!preview->item(2, 5)->text().contains(QStringLiteral("4111111111111111")));

        // Unknown headers: amount and timestamp are not mapped, so Next is blocked.
        mapTo(page, QStringLiteral("value"), "amount");
        mapTo(page, QStringLiteral("when"), "timestamp");
        mapTo(page, QStringLiteral("ref"), "transaction_id");
        mapTo(page, QStringLiteral("shop"), "merchant_id");
        QVERIFY(page->isComplete());
        QVERIFY2(page->checkText().startsWith(QStringLiteral("2 of 4 preview rows map cleanly")),
                 qPrintable(page->checkText()));
        const MappingProfile mapping = page->mapping();
        QCOMPARE(mapping.column(CanonicalField::Amount), std::string("value"));
        QCOMPARE(mapping.column(CanonicalField::CardId), std::string("card_number"));

        // A saved profile comes back after the mapping was changed.
        QVERIFY(page->saveProfile(QStringLiteral("acquirer-x")));
        mapTo(page, QStringLiteral("value"), "label");
        QVERIFY(page->loadProfile(QStringLiteral("acquirer-x")));
        QCOMPARE(page->mapping().column(CanonicalField::Amount), std::string("value"));

        QAbstractItemModelTester tester(wizard.runPage()->rejects(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy finished(&wizard, &ImportWizard::importsFinished);
        wizard.next();
        QVERIFY(finished.count() > 0 || finished.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ReportPage), 5000);
        const QString summary = wizard.findChild<QLabel*>(QStringLiteral("importSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("2 imported, 0 duplicates, 2 rejected")),
                 qPrintable(summary));
        RejectsModel* rejects = wizard.runPage()->rejects();
        QCOMPARE(rejects->rowCount(), 2);
        QCOMPARE(rejects->data(rejects->index(0, 1)).toULongLong(), 4ull);  // file line
        QCOMPARE(rejects->data(rejects->index(0, 2)).toString(), QStringLiteral("when"));
        QCOMPARE(rejects->data(rejects->index(1, 1)).toULongLong(), 5ull);
        QCOMPARE(rejects->data(rejects->index(1, 2)).toString(), QStringLiteral("value"));
        for (int r = 0; r < 2; ++r)
            QVERIFY(!rejects->data(rejects->index(r, 4))
                         .toString()
                         .contains(QStringLiteral("4111111111111111")));

        const QString csv = dir_.filePath(QStringLiteral("rejects.csv"));
        QCOMPARE(wizard.reportPage()->saveRejects(csv), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.at(0), QByteArray("file,line,field,reason,raw"));
        QVERIFY(lines.at(1).startsWith("batch.csv,4,when,"));
        QVERIFY(!lines.at(1).contains("4111111111111111"));
        QVERIFY(lines.at(1).contains("\"r3,not a time,************1111,"));  // quoted raw
        Database check(db.toStdString(), OpenMode::ReadOnly);
        QCOMPARE(check.query_int64("SELECT count(*) FROM transactions"), qint64(2));

        const QString shots = qEnvironmentVariable("FD_SCREENSHOT_DIR");
        if (!shots.isEmpty()) QVERIFY(wizard.grab().save(shots + QStringLiteral("/report.png")));
    }

    void aBadFileSaysWhyAndBlocksNext() {
        ImportWizard wizard(dir_.filePath(QStringLiteral("b.db")),
                            {write(QStringLiteral("empty.csv"), "")});
        QSignalSpy loaded(wizard.mappingPage(), &ImportMappingPage::previewLoaded);
        wizard.show();
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        QVERIFY(!wizard.mappingPage()->isComplete());
        const QString status =
            wizard.mappingPage()->findChild<QLabel*>(QStringLiteral("previewStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("empty.csv")), qPrintable(status));
    }

    void aBadDroppedFileCanBeTakenOutWithBack() {
        const QString bad = write(QStringLiteral("dropped_empty.csv"), "");
        ImportWizard wizard(dir_.filePath(QStringLiteral("d.db")), {bad, batch()});
        QSignalSpy loaded(wizard.mappingPage(), &ImportMappingPage::previewLoaded);
        wizard.show();
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        QVERIFY(!wizard.mappingPage()->isComplete());
        QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());

        wizard.back();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilesPage));
        auto* list = wizard.filesPage()->findChild<QListWidget*>(QStringLiteral("fileList"));
        list->item(0)->setSelected(true);
        wizard.filesPage()->findChild<QPushButton*>(QStringLiteral("removeFiles"))->click();
        QCOMPARE(wizard.filesPage()->files(),
                 QStringList{dir_.filePath(QStringLiteral("batch.csv"))});
        loaded.clear();
        wizard.next();
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        QCOMPARE(wizard.mappingPage()
                     ->findChild<QTableWidget*>(QStringLiteral("previewTable"))
                     ->rowCount(),
                 4);
    }

    void aFixedFileIsReadAgain() {
        const QString file = write(QStringLiteral("fixed_later.csv"), "");
        ImportWizard wizard(dir_.filePath(QStringLiteral("f.db")), {file});
        QSignalSpy loaded(wizard.mappingPage(), &ImportMappingPage::previewLoaded);
        wizard.show();
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        QVERIFY(!wizard.mappingPage()->isComplete());
        wizard.back();
        write(QStringLiteral("fixed_later.csv"),
              "transaction_id,timestamp,amount\nt1,2024-03-01T10:00:00Z,1.00\n");
        loaded.clear();
        wizard.next();
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        QVERIFY(wizard.mappingPage()->isComplete());
    }

    void twoColumnsForOneFieldBlockNext() {
        ImportWizard wizard(dir_.filePath(QStringLiteral("t.db")), {batch()});
        QSignalSpy loaded(wizard.mappingPage(), &ImportMappingPage::previewLoaded);
        wizard.show();
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        auto* page = wizard.mappingPage();
        mapTo(page, QStringLiteral("value"), "amount");
        mapTo(page, QStringLiteral("when"), "timestamp");
        QVERIFY(page->isComplete());
        mapTo(page, QStringLiteral("ref"), "amount");
        QVERIFY(!page->isComplete());
        QVERIFY2(page->checkText().contains(QStringLiteral("ref, value")) &&
                     page->checkText().contains(QStringLiteral("amount")),
                 qPrintable(page->checkText()));
        mapTo(page, QStringLiteral("ref"), "transaction_id");
        QVERIFY(page->isComplete());
    }

    // Back from the run page and Next again would import the files a second time.
    void noWayBackOnceTheImportStarts() {
        ImportWizard wizard(dir_.filePath(QStringLiteral("n.db")), {batch()});
        QSignalSpy loaded(wizard.mappingPage(), &ImportMappingPage::previewLoaded);
        wizard.show();
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        mapTo(wizard.mappingPage(), QStringLiteral("value"), "amount");
        mapTo(wizard.mappingPage(), QStringLiteral("when"), "timestamp");
        QVERIFY(wizard.button(QWizard::CommitButton)->isVisible());
        QCOMPARE(wizard.button(QWizard::CommitButton)->text(), QStringLiteral("&Import"));
        QSignalSpy finished(&wizard, &ImportWizard::importsFinished);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
        QVERIFY(finished.count() > 0 || finished.wait(30000));
    }

    // The wizard's own Cancel stops the job without a question; the report says what was
    // kept and which file never ran, and the database holds the committed rows.
    void cancelKeepsTheCommittedRowsAndSaysSo() {
        const QString big = dir_.filePath(QStringLiteral("big.csv"));
        {
            std::ofstream out(big.toStdString(), std::ios::binary);
            TransactionWriter writer(out, WriteFormat::Csv);
            Generator generator(GeneratorConfig{});
            for (int i = 0; i < 200000; ++i) writer.write(generator.next());
        }
        const QString db = dir_.filePath(QStringLiteral("c.db"));
        ImportWizard wizard(db, {big, batch()});
        QSignalSpy loaded(wizard.mappingPage(), &ImportMappingPage::previewLoaded);
        wizard.show();
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        QVERIFY(wizard.mappingPage()->isComplete());
        QSignalSpy finished(&wizard, &ImportWizard::importsFinished);
        wizard.next();
        auto* bar = wizard.findChild<QProgressBar*>(QStringLiteral("importProgress"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, 30000);
        wizard.reject();
        QVERIFY(wizard.isVisible());
        QVERIFY(finished.count() > 0 || finished.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ReportPage), 5000);
        QVERIFY(wizard.runPage()->wasCancelled());
        const QString summary = wizard.findChild<QLabel*>(QStringLiteral("importSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("big.csv: ")) &&
                     summary.contains(QStringLiteral("the rows imported so far were kept")) &&
                     summary.contains(
                         QStringLiteral("batch.csv: not imported: cancelled before this file.")),
                 qPrintable(summary));
        Database check(db.toStdString(), OpenMode::ReadOnly);
        const qint64 kept = check.query_int64("SELECT count(*) FROM transactions");
        QVERIFY(kept > 0 && kept < 200000);
        QVERIFY2(summary.contains(QLocale().toString(kept) + QStringLiteral(" imported")),
                 qPrintable(summary));
    }

    void theRejectsModelPassesTheTester() {
        RejectsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.add(QStringLiteral("/x/a.csv"),
                  {{3, "amount", "not a number", "a,4111111111111111,x"},
                   {9, "", "expected 3 fields", "b"}});
        model.add(QStringLiteral("/x/b.csv"), {});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("a.csv"));
        QCOMPARE(model.data(model.index(0, 4)).toString(), QStringLiteral("a,************1111,x"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestImportWizard)
#include "test_import_wizard.moc"
