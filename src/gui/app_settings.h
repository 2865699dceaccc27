// The analyst's settings, kept in QSettings: one place that knows the keys and defaults.
#pragma once

#include <QList>
#include <QString>

namespace fd {

struct AppSettings {
    enum class AlertMode { Model, Risk, Budget };
    enum class Theme { System, Light, Dark };

    AlertMode alertMode = AlertMode::Model;  // the model's own threshold
    double alertRisk = 50.0;                 // AlertMode::Risk: alert at or above this risk
    int alertsPerDay = 200;                  // AlertMode::Budget: used when retraining
    double weightIforest = 0.4;
    double weightAutoencoder = 0.4;
    double weightRules = 0.2;
    double weightSupervisedMax = 0.9;
    QString dataDirectory;  // empty: QStandardPaths::AppDataLocation
    QString analystName;
    QString language;  // empty: the system's
    Theme theme = Theme::System;

    static AppSettings load();
    void save() const;
    // The data directory in effect (the default when none is set), created if missing.
    QString effectiveDataDirectory() const;
    // The analyst name in effect: the one set, else the operating-system user.
    QString effectiveAnalyst() const;
};

// Applies the theme to the application: the system palette, or a light or dark one.
void applyTheme(AppSettings::Theme theme);

// An interface language the app ships: its code ("de") and its name in itself ("Deutsch").
struct Language {
    QString code;
    QString name;
};
QList<Language> availableLanguages();  // English first

// Installs the translators for `language` (a code of availableLanguages(); empty or unknown:
// the system's languages, else English), replacing any installed before: FraudDesk's own
// from :/i18n and Qt's (standard buttons and dialogs) from QLibraryInfo::TranslationsPath
// when present. Returns the code of the language in effect. Widgets built before keep their
// texts, so a change shows fully after a restart.
QString installTranslators(const QString& language);

}  // namespace fd
