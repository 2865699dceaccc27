#include "report_text.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include "core/card_mask.h"
#include "core/engine/reasons.h"

namespace fd::report {

QString escaped(std::string_view text) {
    // fromStdString replaces invalid UTF-8; control characters have no place in a report.
    QString out = QString::fromStdString(mask_card_numbers(text));
    for (QChar& c : out)
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            c = QChar::ReplacementCharacter;
    return out.toHtmlEscaped();
}

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

QString timeText(qint64 ms, int utcOffsetS) {
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(utcOffsetS))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString offsetText(int utcOffsetS) {
    const int minutes = std::abs(utcOffsetS) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(utcOffsetS < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString moneyText(std::int64_t minor, const std::string& currency) {
    return QString::fromStdString(format_money(minor, currency)) + QLatin1Char(' ') +
           QString::fromStdString(currency);
}

QString percentText(double share) {
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString durationText(qint64 ms) {
    const qint64 s = ms / 1000, m = s / 60, h = m / 60, d = h / 24;
    if (d > 0) return ReportText::tr("%1 d %2 h").arg(d).arg(h % 24);
    if (h > 0) return ReportText::tr("%1 h %2 min").arg(h).arg(m % 60);
    if (m > 0) return ReportText::tr("%1 min").arg(m);
    return ReportText::tr("%1 s").arg(s);
}

QString countText(std::int64_t n) {
    return QLocale().toString(static_cast<qlonglong>(n));
}

}  // namespace fd::report
