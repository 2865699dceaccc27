// frauddesk-cli report as a user runs it, with no display at all (DISPLAY, WAYLAND_DISPLAY
// and QT_QPA_PLATFORM unset): both formats, a case report, and the errors for a bad file
// name, a missing database, a missing alert and contradictory options.
#include <gtest/gtest.h>

#include "report_test_db.h"
#include "test_support.h"

namespace fd {
namespace {

class CliReport : public ::testing::Test {
protected:
    void SetUp() override {
        Database db(db_.str());
        test::build_report_db(db);
        alert_ = test::alert_id(db, "a1");
    }
    test::CommandResult run(const std::string& args) const {
        return test::run_command("env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM " +
                                 test::cli() + " report --db '" + db_.str() + "' " + args + " 2>'" +
                                 dir_.file("stderr") + "'");
    }
    std::string error() const { return test::read_file(dir_.file("stderr")); }
    test::TempDbPath db_;
    test::ScratchDir dir_;
    std::int64_t alert_ = 0;
};

TEST_F(CliReport, WritesPdfAndHtmlWithoutADisplay) {
    const auto pdf = run("--from 2025-06-15 --until 2025-06-17 --out '" + dir_.file("r.pdf") + "'");
    ASSERT_EQ(pdf.exit_code, 0) << error();
    EXPECT_NE(pdf.output.find("PDF, "), std::string::npos) << pdf.output;
    EXPECT_EQ(test::read_file(dir_.file("r.pdf")).rfind("%PDF-", 0), 0u);

    const auto html = run("--out '" + dir_.file("r.HTML") + "' --analyst ada");
    ASSERT_EQ(html.exit_code, 0) << error();
    const std::string text = test::read_file(dir_.file("r.HTML"));
    EXPECT_EQ(text.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(text.find("All time"), std::string::npos);
    EXPECT_EQ(text.find(test::kPan), std::string::npos);

    Database db(db_.str(), OpenMode::ReadOnly);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM audit_log WHERE action = 'report'"), 2);
    EXPECT_EQ(db.query_int64("SELECT count(*) FROM audit_log WHERE action = 'report' AND actor "
                             "= 'ada' AND subject = 'r.HTML'"),
              1);
}

TEST_F(CliReport, WritesACaseReport) {
    const auto r = run("--case " + std::to_string(alert_) + " --out '" + dir_.file("c.html") + "'");
    ASSERT_EQ(r.exit_code, 0) << error();
    const std::string text = test::read_file(dir_.file("c.html"));
    EXPECT_NE(text.find("case report: alert " + std::to_string(alert_)), std::string::npos);
    EXPECT_NE(text.find("************1111"), std::string::npos);
    EXPECT_EQ(text.find(test::kPan), std::string::npos);
}

TEST_F(CliReport, ErrorsSayWhatToDo) {
    const auto bad = run("--out '" + dir_.file("r.docx") + "'");
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_NE(error().find("name the file FILE.pdf or FILE.html"), std::string::npos) << error();

    const auto missing =
        test::run_command(test::cli() + " report --db '" + dir_.file("no.db") + "' --out '" +
                          dir_.file("r.pdf") + "' 2>'" + dir_.file("stderr") + "'");
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_NE(error().find("no.db' does not exist"), std::string::npos) << error();

    const auto noAlert = run("--case 4242 --out '" + dir_.file("c.pdf") + "'");
    EXPECT_EQ(noAlert.exit_code, 1);
    EXPECT_NE(error().find("no alert 4242"), std::string::npos) << error();

    const auto both = run("--case 1 --from 2025-06-15 --out '" + dir_.file("c.pdf") + "'");
    EXPECT_EQ(both.exit_code, 2);
    EXPECT_NE(error().find("leave out --from"), std::string::npos) << error();

    const auto backwards =
        run("--from 2025-06-16 --until 2025-06-15 --out '" + dir_.file("c.pdf") + "'");
    EXPECT_EQ(backwards.exit_code, 2);
    EXPECT_FALSE(std::filesystem::exists(dir_.file("c.pdf")));
    EXPECT_FALSE(std::filesystem::exists(dir_.file("r.pdf")));
}

}  // namespace
}  // namespace fd
