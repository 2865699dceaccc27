// fd_ts_check: checks Qt Linguist .ts files, for the translation tests.
//
//   fd_ts_check FILE.ts...                  every entry finished and faithful to its source
//   fd_ts_check --sync FRESH.ts FILE.ts...  the files hold exactly the texts lupdate finds now
//
// Each problem is one line "FILE:LINE: CONTEXT "SOURCE": what is wrong", so a red test says
// which entry to fix; the exit code is 1 when there is any, 2 on bad usage or unreadable XML.
#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>
#include <cstdio>

namespace {

struct Message {
    qint64 line = 0;
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;       // the translation's type attribute: "", unfinished, vanished, obsolete
    QStringList forms;  // the translation, or its numerus forms
};

struct TsFile {
    QString path;
    QString language;  // "de_DE"
    QList<Message> messages;
};

// Reads the messages; on malformed XML says where and returns false.
bool readTs(const QString& path, TsFile& out) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: cannot open: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return false;
    }
    out.path = path;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                out.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = Message{};
                m.line = xml.lineNumber();
                m.context = context;
                m.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                inMessage = true;
            } else if (inMessage && name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus)
                    m.forms << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (inMessage && name == QLatin1String("numerusform")) {
                m.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.messages << m;
            inMessage = false;
        }
    }
    if (xml.hasError()) {
        std::fprintf(stderr, "%s:%lld: not a valid .ts file: %s\n", qPrintable(path),
                     xml.lineNumber(), qPrintable(xml.errorString()));
        return false;
    }
    return true;
}

// How many plural forms Qt's rules give a language (lrelease's table, for the usual ones).
int pluralForms(const QString& language) {
    static const QMap<QString, int> forms = {
        {QStringLiteral("de"), 2}, {QStringLiteral("en"), 2}, {QStringLiteral("fr"), 2},
        {QStringLiteral("es"), 2}, {QStringLiteral("it"), 2}, {QStringLiteral("nl"), 2},
        {QStringLiteral("pt"), 2}, {QStringLiteral("sv"), 2}, {QStringLiteral("da"), 2},
        {QStringLiteral("pl"), 3}, {QStringLiteral("cs"), 3}, {QStringLiteral("ru"), 3},
        {QStringLiteral("uk"), 3}, {QStringLiteral("ja"), 1}, {QStringLiteral("zh"), 1}};
    return forms.value(language.left(2), 0);  // 0: unknown, at least one is needed
}

// %1..%99 (with or without L) and %n, as a sorted list so a lost or doubled one shows.
QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%L?([0-9]{1,2}|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << QLatin1Char('%') + it.next().captured(1);
    out.sort();
    return out;
}

// HTML tag names, sorted: a translation keeps the markup of its source.
QStringList tags(const QString& text) {
    static const QRegularExpression re(QStringLiteral("</?([A-Za-z][A-Za-z0-9]*)[^<>]*>"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out << (match.captured(0).startsWith(QLatin1String("</")) ? QLatin1Char('/') : QChar()) +
                   match.captured(1).toLower();
    }
    out.sort();
    return out;
}

// A keyboard accelerator: "&" before a character, not "&&" and not an HTML entity.
bool hasMnemonic(const QString& text) {
    static const QRegularExpression re(
        QStringLiteral("(?<!&)&(?!&)(?![A-Za-z]+;)(?!#[0-9]+;)[^\\s]"));
    return re.match(text).hasMatch();
}

// CONTEXT "SOURCE", the source on one line and cut when long.
QString describe(const Message& m) {
    QString source = m.source;
    source.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    if (source.size() > 70) source = source.left(67) + QLatin1String("...");
    return QStringLiteral("%1 \"%2\"").arg(m.context, source);
}

QString where(const TsFile& f, const Message& m) {
    return QStringLiteral("%1:%2: %3").arg(f.path).arg(m.line).arg(describe(m));
}

int report(const QString& line) {
    std::printf("%s\n", qPrintable(line));
    return 1;
}

int checkFile(const TsFile& f) {
    int problems = 0;
    const int expected = pluralForms(f.language);
    for (const Message& m : f.messages) {
        const QString at = where(f, m);
        if (m.type == QLatin1String("unfinished")) {
            problems += report(at + QLatin1String(": unfinished"));
            continue;
        }
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            problems += report(at + QStringLiteral(": %1 (no longer in the sources: run "
                                                   "update_translations, which drops it)")
                                        .arg(m.type));
            continue;
        }
        if (m.numerus && expected > 0 && m.forms.size() != expected)
            problems += report(at + QStringLiteral(": %1 plural form(s), %2 needs %3")
                                        .arg(m.forms.size())
                                        .arg(f.language)
                                        .arg(expected));
        for (int i = 0; i < m.forms.size(); ++i) {
            const QString& t = m.forms[i];
            const QString form =
                m.numerus ? QStringLiteral(" (plural form %1)").arg(i + 1) : QString();
            if (t.trimmed().isEmpty()) {
                problems += report(at + QLatin1String(": empty translation") + form);
                continue;
            }
            if (placeholders(t) != placeholders(m.source))
                problems += report(at + form +
                                   QStringLiteral(": placeholders %1 in the translation, %2 in "
                                                  "the source")
                                       .arg(placeholders(t).join(QLatin1Char(' ')),
                                            placeholders(m.source).join(QLatin1Char(' '))));
            if (tags(t) != tags(m.source))
                problems += report(at + form + QLatin1String(": HTML tags differ from the source"));
            if (hasMnemonic(t) != hasMnemonic(m.source))
                problems += report(at + form +
                                   (hasMnemonic(m.source)
                                        ? QLatin1String(": the keyboard accelerator (&) is lost")
                                        : QLatin1String(": an accelerator (&) the source lacks")));
        }
        if (m.forms.isEmpty()) problems += report(at + QLatin1String(": no translation"));
    }
    return problems;
}

QString key(const Message& m) {
    return m.context + QChar(0x1f) + m.source + QChar(0x1f) + m.comment +
           (m.numerus ? QLatin1String("\x1fn") : QLatin1String(""));
}

// The texts of `fresh` (lupdate's view of the sources now) against a committed file. A file in
// the source language (English) holds only the plural entries (lupdate -pluralonly).
int checkSync(const TsFile& fresh, const TsFile& committed) {
    const bool pluralOnly = committed.language.startsWith(QLatin1String("en"));
    QMap<QString, const Message*> now, kept;
    for (const Message& m : fresh.messages)
        if (!pluralOnly || m.numerus) now.insert(key(m), &m);
    for (const Message& m : committed.messages) kept.insert(key(m), &m);
    int problems = 0;
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (!kept.contains(it.key()))
            problems += report(committed.path + QLatin1String(": ") + describe(**it) +
                               QLatin1String(": in the sources but not in this file: run "
                                             "update_translations and translate it "
                                             "(translations/README.md)"));
    for (auto it = kept.cbegin(); it != kept.cend(); ++it)
        if (!now.contains(it.key()))
            problems +=
                report(where(committed, **it) + QLatin1String(": no longer in the sources: run "
                                                              "update_translations to drop it"));
    return problems;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool sync = !args.isEmpty() && args.front() == QLatin1String("--sync");
    if (sync) args.removeFirst();
    if (args.isEmpty() || (sync && args.size() < 2)) {
        std::fprintf(stderr,
                     "usage: fd_ts_check FILE.ts...\n"
                     "       fd_ts_check --sync FRESH.ts FILE.ts...\n");
        return 2;
    }
    TsFile fresh;
    if (sync && !readTs(args.takeFirst(), fresh)) return 2;
    int problems = 0;
    int entries = 0;
    for (const QString& path : args) {
        TsFile f;
        if (!readTs(path, f)) return 2;
        entries += static_cast<int>(f.messages.size());
        problems += sync ? checkSync(fresh, f) : checkFile(f);
    }
    std::printf("%s: %d file(s), %d entries, %d problem(s)\n", sync ? "sync" : "check",
                static_cast<int>(args.size()), entries, problems);
    return problems ? 1 : 0;
}
