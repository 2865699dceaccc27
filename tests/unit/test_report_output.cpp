// Reports as files: HTML is one self-contained file (no http or file references, charts as
// data: URIs that decode to PNG images), hostile text is escaped, no full card number
// appears anywhere; a PDF starts with %PDF and has as many pages as it says; an empty
// period still makes a valid "no data" report; every published report has its audit row;
// a bad file name or a missing database fails clearly and writes nothing.
#include <gtest/gtest.h>

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QRegularExpression>

#include "report/chart_painter.h"
#include "report/report_charts.h"
#include "report/report_job.h"
#include "report_test_db.h"
#include "storage/audit_log.h"
#include "test_support.h"

namespace fd::report {
namespace {

using test::kDay0;
using test::kHourMs;

class ReportOutput : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "test_report_output";
        static char* argv[] = {name, nullptr};
        static QGuiApplication app(argc, argv);
    }
    void SetUp() override {
        Database db(path_.str());
        test::build_report_db(db);
    }
    ReportRequest request(const std::string& file) const {
        ReportRequest r;
        r.databasePath = QString::fromStdString(path_.str());
        r.outputPath = QString::fromStdString(dir_.file(file));
        r.period.from_ms = kDay0;
        r.period.until_ms = kDay0 + 48 * kHourMs;
        r.period.now_ms = test::kReportNow;
        r.analyst = QString::fromStdString(test::kEvilAnalyst);
        return r;
    }
    std::optional<AuditEntry> lastReportRow() {
        Database db(path_.str(), OpenMode::ReadOnly);
        const auto rows = AuditLog(db).recent(1, "report");
        return rows.empty() ? std::nullopt : std::optional<AuditEntry>(rows.front());
    }
    test::TempDbPath path_;
    test::ScratchDir dir_;
};

// Every <img src> is a data: URI decoding to a PNG; returns how many.
int checkImages(const std::string& html) {
    const QString text = QString::fromStdString(html);
    const QRegularExpression src(QStringLiteral("src=\"([^\"]*)\""));
    int images = 0;
    for (auto it = src.globalMatch(text); it.hasNext();) {
        const QString value = it.next().captured(1);
        EXPECT_TRUE(value.startsWith(QLatin1String("data:image/png;base64,")))
            << value.left(40).toStdString();
        const QByteArray png = QByteArray::fromBase64(value.mid(22).toLatin1());
        EXPECT_TRUE(png.startsWith("\x89PNG"));
        QImage image;
        EXPECT_TRUE(image.loadFromData(png, "PNG"));
        EXPECT_GT(image.width(), 600);
        ++images;
    }
    return images;
}

void expectSelfContainedAndSafe(const std::string& html) {
    for (const char* reference :
         {"http:", "https:", "file:", "fdreport:", "<link", "@import", "url("})
        EXPECT_EQ(html.find(reference), std::string::npos) << reference;
    // Hostile text is shown as text, never as markup.
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<b>"), std::string::npos);
    EXPECT_EQ(html.find(test::kPan), std::string::npos);
    EXPECT_EQ(html.find("4111 1111 1111 1111"), std::string::npos);
}

TEST_F(ReportOutput, PeriodHtmlIsSelfContainedEscapedAndMasked) {
    const ReportRequest r = request("period.html");
    const ReportResult result = generateReport(r);
    EXPECT_EQ(result.format, ReportFormat::Html);
    const std::string html = test::read_file(r.outputPath.toStdString());
    EXPECT_EQ(result.bytes, static_cast<qint64>(html.size()));
    expectSelfContainedAndSafe(html);
    EXPECT_EQ(checkImages(html), 2);  // risk over time, score distribution
    EXPECT_NE(html.find("Evil &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"),
              std::string::npos);
    EXPECT_NE(html.find("carol &quot;&lt;b&gt;&quot; &amp; co"), std::string::npos);
    EXPECT_NE(html.find("66.7%"), std::string::npos);       // alert precision
    EXPECT_NE(html.find("365.00 EUR"), std::string::npos);  // fraud amount
}

TEST_F(ReportOutput, CaseHtmlMasksTheCardAndTheNoteAndKeepsTheAuditTrail) {
    Database db(path_.str(), OpenMode::ReadOnly);
    ReportRequest r = request("case.html");
    r.caseAlertId = test::alert_id(db, "a0");
    generateReport(r);
    const std::string html = test::read_file(r.outputPath.toStdString());
    expectSelfContainedAndSafe(html);
    EXPECT_EQ(checkImages(html), 1);                              // the card's history
    EXPECT_NE(html.find("************1111"), std::string::npos);  // the card, masked
    EXPECT_NE(html.find("customer read card ************1111 to me"), std::string::npos);
    EXPECT_NE(html.find(">note<"), std::string::npos);  // the audit row of the note
}

TEST_F(ReportOutput, PdfHasItsPagesAndAnAuditRow) {
    const ReportRequest r = request("period.pdf");
    const ReportResult result = generateReport(r);
    const std::string pdf = test::read_file(r.outputPath.toStdString());
    ASSERT_GT(pdf.size(), 10000u);
    EXPECT_EQ(pdf.rfind("%PDF-", 0), 0u);
    EXPECT_NE(pdf.find("%%EOF", pdf.size() - 16), std::string::npos);
    EXPECT_GE(result.pages, 2);
    // Qt writes one "/Type /Page" object per page (and one "/Type /Pages").
    const QString text = QString::fromLatin1(pdf.data(), static_cast<int>(pdf.size()));
    EXPECT_EQ(text.count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))), result.pages);
    const auto row = lastReportRow();
    ASSERT_TRUE(row);
    EXPECT_EQ(row->subject, "period.pdf");
    EXPECT_EQ(row->actor, test::kEvilAnalyst);
    const auto details = nlohmann::json::parse(row->details);
    EXPECT_EQ(details["format"], "pdf");
    EXPECT_EQ(details["kind"], "period");
    EXPECT_EQ(details["pages"], result.pages);
    EXPECT_EQ(details["from"], "2025-06-15T00:00:00.000Z");
    Database db(path_.str(), OpenMode::ReadOnly);
    EXPECT_TRUE(AuditLog(db).verify().intact);
}

TEST_F(ReportOutput, AnEmptyPeriodMakesANoDataReport) {
    ReportRequest html = request("empty.html");
    html.period.from_ms = kDay0 + 500 * kHourMs;
    html.period.until_ms = kDay0 + 501 * kHourMs;
    generateReport(html);
    const std::string text = test::read_file(html.outputPath.toStdString());
    EXPECT_NE(text.find("No transactions in this period."), std::string::npos);
    EXPECT_EQ(checkImages(text), 2);  // the charts say so too
    ReportRequest pdf = html;
    pdf.outputPath = QString::fromStdString(dir_.file("empty.pdf"));
    const ReportResult result = generateReport(pdf);
    EXPECT_GE(result.pages, 1);
    EXPECT_EQ(test::read_file(pdf.outputPath.toStdString()).rfind("%PDF-", 0), 0u);
}

TEST_F(ReportOutput, BadNamesAndMissingDatabasesFailClearlyAndWriteNothing) {
    const auto message = [](const ReportRequest& r) {
        try {
            generateReport(r);
        } catch (const std::runtime_error& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    ReportRequest txt = request("report.txt");
    EXPECT_NE(message(txt).find(".pdf or "), std::string::npos) << message(txt);
    ReportRequest missing = request("report.pdf");
    missing.databasePath = QString::fromStdString(dir_.file("nope.sqlite"));
    EXPECT_NE(message(missing).find("nope.sqlite' does not exist"), std::string::npos);
    ReportRequest nowhere = request("no/such/folder/report.html");
    EXPECT_NE(message(nowhere).find("Cannot write"), std::string::npos) << message(nowhere);
    ReportRequest noAlert = request("case.pdf");
    noAlert.caseAlertId = 12345;
    EXPECT_NE(message(noAlert).find("no alert 12345"), std::string::npos);
    for (const char* f : {"report.txt", "report.pdf", "case.pdf"})
        EXPECT_FALSE(QFile::exists(QString::fromStdString(dir_.file(f)))) << f;
    EXPECT_FALSE(lastReportRow());  // nothing published, nothing logged
}

TEST_F(ReportOutput, ChartsAreDrawnAtTwiceTheirSize) {
    Database db(path_.str(), OpenMode::ReadOnly);
    Period p;
    p.from_ms = kDay0;
    p.until_ms = kDay0 + 48 * kHourMs;
    const PeriodData d = gather_period(db, p);
    const QImage risk = riskOverTimeChart(d, {680, 320});
    EXPECT_EQ(risk.size(), QSize(1360, 640));
    // The alerts lane has bars in the alert colour; the histogram the critical colour.
    const auto has = [](const QImage& image, const QColor& colour) {
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixelColor(x, y) == colour) return true;
        return false;
    };
    EXPECT_TRUE(has(risk, palette::kAlert));
    EXPECT_TRUE(has(scoreDistributionChart(d), palette::kLevels[3]));
}

TEST(ChartTicks, RoundValues) {
    EXPECT_EQ(niceTicks(0, 100, 5), (std::vector<double>{0, 20, 40, 60, 80, 100}));
    EXPECT_EQ(niceTicks(0, 7, 3), (std::vector<double>{0, 5}));
    EXPECT_DOUBLE_EQ(niceCeiling(7), 10);
    EXPECT_DOUBLE_EQ(niceCeiling(130), 200);
    EXPECT_DOUBLE_EQ(niceCeiling(2000), 2000);
}

TEST(ChartTicks, TimeTicksFallOnLocalMidnightsAndHours) {
    // Two days in hours at most 8 ticks: every 6 h, labels on the local clock (UTC+2).
    const TimeTicks t = timeTicks(kDay0, kDay0 + 48 * kHourMs, 8, 2 * 3600);
    ASSERT_FALSE(t.at.empty());
    for (const qint64 at : t.at) EXPECT_EQ((at + 2 * kHourMs) % (6 * kHourMs), 0);
    EXPECT_EQ(t.labels.front(), QStringLiteral("15 Jun 06:00"));  // the first shows its date
    EXPECT_TRUE(t.labels.contains(QStringLiteral("16 Jun 00:00")));
    EXPECT_TRUE(t.labels.contains(QStringLiteral("12:00")));
    // A year in months.
    const TimeTicks y = timeTicks(kDay0, kDay0 + 365 * 24 * kHourMs, 8, 0);
    EXPECT_EQ(y.labels.front(), QStringLiteral("Jul 2025"));
}

}  // namespace
}  // namespace fd::report
