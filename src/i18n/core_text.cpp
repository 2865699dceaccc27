#include "core_text.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <algorithm>
#include <vector>

namespace fd {
namespace {

// Core contexts are named "core/…"; every other context belongs to a Qt class's tr().
constexpr QStringView kCorePrefix = u"core/";
const QRegularExpression kPlaceholder(QStringLiteral(R"(%[1-9]|\{[a-z_0-9]+\})"));

struct Template {
    QByteArray context, source;  // as lupdate stored them, for translate()
    QStringList names;           // the placeholders in order of appearance
    QList<bool> quoted;          // each placeholder: its value is quoted input, shown verbatim
    QRegularExpression match;    // the filled English text
    qsizetype literal = 0;       // characters outside placeholders: more is more specific
};

QString leadingKey(const QString& text) {
    return text.left(2);
}

class Catalog {
public:
    Catalog() {
        // Every .ts file lists every source text; the German one is embedded for this.
        QFile file(QStringLiteral(":/i18n/frauddesk_de.ts"));
        if (!file.open(QIODevice::ReadOnly)) return;
        QXmlStreamReader xml(&file);
        QString context;
        bool inCore = false;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) continue;
            if (xml.name() == u"name") {
                context = xml.readElementText();
                inCore = context.startsWith(kCorePrefix);
            } else if (inCore && xml.name() == u"source") {
                add(context, xml.readElementText());
            }
        }
        for (auto& bucket : buckets_)
            std::sort(bucket.begin(), bucket.end(),
                      [&](int a, int b) { return templates_[a].literal > templates_[b].literal; });
        std::sort(wild_.begin(), wild_.end(),
                  [&](int a, int b) { return templates_[a].literal > templates_[b].literal; });
    }

    int size() const { return static_cast<int>(templates_.size()) + exact_.size(); }

    QString translate(const QString& english, int depth) const {
        if (english.isEmpty()) return english;
        if (const auto it = exact_.constFind(english); it != exact_.cend())
            return QCoreApplication::translate(it->constData(), english.toUtf8().constData());
        const auto tryBucket = [&](const std::vector<int>& bucket, QString& out) {
            for (int i : bucket) {
                const Template& t = templates_[static_cast<std::size_t>(i)];
                const auto m = t.match.match(english);
                if (!m.hasMatch()) continue;
                out = fill(t, m, depth);
                return true;
            }
            return false;
        };
        QString out;
        if (const auto it = buckets_.constFind(leadingKey(english)); it != buckets_.cend())
            if (tryBucket(*it, out)) return out;
        if (tryBucket(wild_, out)) return out;
        return english;
    }

private:
    void add(const QString& context, const QString& source) {
        Template t;
        t.context = context.toUtf8();
        t.source = source.toUtf8();
        QString pattern = QStringLiteral("^");
        qsizetype at = 0;
        for (auto it = kPlaceholder.globalMatch(source); it.hasNext();) {
            const auto m = it.next();
            pattern += QRegularExpression::escape(source.mid(at, m.capturedStart() - at));
            t.literal += m.capturedStart() - at;
            pattern += QStringLiteral("(.*?)");
            t.names << m.captured();
            const auto before = m.capturedStart() > 0 ? source.at(m.capturedStart() - 1) : QChar();
            t.quoted << (before == QLatin1Char('\'') || before == QLatin1Char('"'));
            at = m.capturedEnd();
        }
        if (t.names.isEmpty()) {
            exact_.insert(source, t.context);
            return;
        }
        pattern += QRegularExpression::escape(source.mid(at)) + QStringLiteral("$");
        t.literal += source.size() - at;
        t.match = QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption);
        t.match.optimize();
        const int index = static_cast<int>(templates_.size());
        const bool startsLiteral =
            !source.startsWith(t.names.first()) && kPlaceholder.match(source).capturedStart() >= 2;
        templates_.push_back(std::move(t));
        if (startsLiteral)
            buckets_[leadingKey(source)].push_back(index);
        else
            wild_.push_back(index);
    }

    QString fill(const Template& t, const QRegularExpressionMatch& m, int depth) const {
        const QString translated =
            QCoreApplication::translate(t.context.constData(), t.source.constData());
        QString out;
        qsizetype at = 0;
        for (auto it = kPlaceholder.globalMatch(translated); it.hasNext();) {
            const auto p = it.next();
            out += translated.mid(at, p.capturedStart() - at);
            const auto index = t.names.indexOf(p.captured());
            const QString captured = index < 0 ? p.captured() : m.captured(int(index) + 1);
            out += index < 0 || t.quoted.at(index) ? captured : value(captured, depth);
            at = p.capturedEnd();
        }
        return out + translated.mid(at);
    }

    // A value keeps its text unless it is a core text itself or a decimal number the
    // locale writes differently ("2,340.50" -> "2.340,50"). Whole numbers stay as they are:
    // they may be ids or card digits. Quoted values are what the input said: kept verbatim.
    QString value(const QString& text, int depth) const {
        static const QRegularExpression decimal(
            QStringLiteral(R"(^-?\d{1,3}(,\d{3})*\.\d+$|^-?\d{1,3}(,\d{3})+$)"));
        if (decimal.match(text).hasMatch()) {
            QString plain = text;
            plain.remove(QLatin1Char(','));
            const auto dot = plain.indexOf(QLatin1Char('.'));
            const int decimals = dot < 0 ? 0 : static_cast<int>(plain.size() - dot - 1);
            bool ok = false;
            const double number = plain.toDouble(&ok);
            if (ok) return QLocale().toString(number, 'f', decimals);
        }
        return depth < 3 ? translate(text, depth + 1) : text;
    }

    std::vector<Template> templates_;
    QHash<QString, QByteArray> exact_;          // placeholder-free source -> its context
    QHash<QString, std::vector<int>> buckets_;  // first two characters -> templates
    std::vector<int> wild_;                     // templates starting with a placeholder
};

const Catalog& catalog() {
    static const Catalog instance;
    return instance;
}

}  // namespace

QString translateCoreText(const QString& english) {
    return catalog().translate(english, 0);
}

QString translateCoreText(std::string_view english) {
    return translateCoreText(
        QString::fromUtf8(english.data(), static_cast<qsizetype>(english.size())));
}

int coreTextTemplateCount() {
    return catalog().size();
}

}  // namespace fd
