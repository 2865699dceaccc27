#include "app_settings.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace fd {

AppSettings AppSettings::load() {
    QSettings s;
    AppSettings a;
    a.alertMode =
        static_cast<AlertMode>(std::clamp(s.value(QStringLiteral("alerts/mode"), 0).toInt(), 0, 2));
    a.alertRisk =
        std::clamp(s.value(QStringLiteral("alerts/risk"), a.alertRisk).toDouble(), 0.0, 100.0);
    a.alertsPerDay = std::max(1, s.value(QStringLiteral("alerts/perDay"), a.alertsPerDay).toInt());
    a.weightIforest = s.value(QStringLiteral("weights/iforest"), a.weightIforest).toDouble();
    a.weightAutoencoder =
        s.value(QStringLiteral("weights/autoencoder"), a.weightAutoencoder).toDouble();
    a.weightRules = s.value(QStringLiteral("weights/rules"), a.weightRules).toDouble();
    a.weightSupervisedMax =
        s.value(QStringLiteral("weights/supervisedMax"), a.weightSupervisedMax).toDouble();
    a.dataDirectory = s.value(QStringLiteral("data/directory")).toString();
    a.analystName = s.value(QStringLiteral("analyst/name")).toString();
    a.language = s.value(QStringLiteral("ui/language")).toString();
    a.theme = static_cast<Theme>(std::clamp(s.value(QStringLiteral("ui/theme"), 0).toInt(), 0, 2));
    return a;
}

void AppSettings::save() const {
    QSettings s;
    s.setValue(QStringLiteral("alerts/mode"), static_cast<int>(alertMode));
    s.setValue(QStringLiteral("alerts/risk"), alertRisk);
    s.setValue(QStringLiteral("alerts/perDay"), alertsPerDay);
    s.setValue(QStringLiteral("weights/iforest"), weightIforest);
    s.setValue(QStringLiteral("weights/autoencoder"), weightAutoencoder);
    s.setValue(QStringLiteral("weights/rules"), weightRules);
    s.setValue(QStringLiteral("weights/supervisedMax"), weightSupervisedMax);
    s.setValue(QStringLiteral("data/directory"), dataDirectory);
    s.setValue(QStringLiteral("analyst/name"), analystName);
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("ui/theme"), static_cast<int>(theme));
}

QString AppSettings::effectiveDataDirectory() const {
    const QString dir = dataDirectory.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : dataDirectory;
    QDir().mkpath(dir);
    return dir;
}

QString AppSettings::effectiveAnalyst() const {
    if (!analystName.isEmpty()) return analystName;
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty()) return value;
    }
    return QStringLiteral("analyst");
}

void applyTheme(AppSettings::Theme theme) {
    // Fusion draws a given palette faithfully on every platform; the system theme keeps
    // the platform style and palette (light or dark as the desktop is).
    if (theme == AppSettings::Theme::System) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = QApplication::style()->standardPalette();
    if (theme == AppSettings::Theme::Dark) {
        // Fusion derives its bevels from Light..Shadow and dims disabled text from the
        // Disabled group, so both are set; links and tooltips stay readable on dark.
        const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230);
        const QColor dimmed(130, 130, 135);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, QColor(38, 38, 41));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, QColor(53, 53, 57));
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, QColor(255, 120, 120));
        p.setColor(QPalette::Light, QColor(75, 75, 80));
        p.setColor(QPalette::Midlight, QColor(62, 62, 66));
        p.setColor(QPalette::Mid, QColor(38, 38, 40));
        p.setColor(QPalette::Dark, QColor(25, 25, 27));
        p.setColor(QPalette::Shadow, QColor(10, 10, 10));
        p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::Highlight, QColor(42, 130, 218));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(110, 170, 255));
        p.setColor(QPalette::LinkVisited, QColor(190, 150, 255));
        p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                QPalette::PlaceholderText})
            p.setColor(QPalette::Disabled, role, dimmed);
        p.setColor(QPalette::Disabled, QPalette::Base, window);
        p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(70, 70, 75));
        p.setColor(QPalette::Disabled, QPalette::HighlightedText, dimmed);
    }
    QApplication::setPalette(p);
}

QList<Language> availableLanguages() {
    // Each name in its own language, so anyone can find theirs whatever is shown now.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString installTranslators(const QString& language) {
    // Owned by the application and replaced on every call, so a second call never stacks.
    static QPointer<QTranslator> own;
    static QPointer<QTranslator> qt;
    for (QPointer<QTranslator>* t : {&own, &qt}) {
        delete t->data();  // ~QTranslator uninstalls it
        *t = new QTranslator(QCoreApplication::instance());
    }
    bool known = false;
    for (const Language& l : availableLanguages()) known = known || l.code == language;
    // QTranslator::load(QLocale, ...) walks the locale's UI languages (de_AT, de, ...).
    QLocale locale = known ? QLocale(language) : QLocale::system();
    // The English catalogue holds only the plural forms ("1 alert", "2 alerts"), and is the
    // fallback when the system's language is not one FraudDesk ships; Qt's texts follow, so
    // a dialog never mixes two languages.
    if (!own->load(locale, QStringLiteral("frauddesk"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        locale = QLocale(QLocale::English);
        (void)own->load(QStringLiteral(":/i18n/frauddesk_en"));
    }
    QCoreApplication::installTranslator(own);
    // Numbers and dates follow a language chosen in Settings; "system" keeps the system's.
    QLocale::setDefault(known ? QLocale(language) : QLocale::system());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    const QString loaded = own->language();  // "de_DE" as the .ts file says
    return loaded.isEmpty() ? QStringLiteral("en") : loaded.left(2);
}

}  // namespace fd
