// The translation context of every string in a report: ReportText::tr("...") is what lupdate
// extracts (context "fd::Report"), in the library that has no widgets to hang tr() on.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <string>
#include <string_view>

namespace fd::report {

class ReportText {
    Q_DECLARE_TR_FUNCTIONS(fd::Report)
};

// Text from the database, for HTML: card numbers inside it masked (an analyst may paste
// one into a note), invalid UTF-8 replaced, then escaped (<, >, &, ").
QString escaped(std::string_view text);
// Text the program wrote (numbers, dates, translations) escaped for HTML.
QString escaped(const QString& text);

}  // namespace fd::report

namespace fd::report {

// "2025-06-15 14:30" on the clock `utcOffsetS` ahead of UTC.
QString timeText(qint64 ms, int utcOffsetS);
// "UTC+02:00"
QString offsetText(int utcOffsetS);
// "2,340.00 EUR"
QString moneyText(std::int64_t minor, const std::string& currency);
// "45.0%"
QString percentText(double share);
// "1 h 20 min", "3 d 4 h", "45 s"
QString durationText(qint64 ms);
// "12,345"
QString countText(std::int64_t n);

}  // namespace fd::report
