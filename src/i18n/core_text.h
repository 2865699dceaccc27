// Shows a text the core made in English (core/tr_mark.h) in the user's language: finds the
// FD_TR template that produced it, translates the template (QCoreApplication::translate,
// so the installed translators decide) and fills it with the same values. Values are
// translated too when they are core texts themselves ("profile x: <a parser error>"), and
// decimal numbers follow the locale. A text no template explains is returned unchanged.
#pragma once

#include <QString>
#include <string>
#include <string_view>

namespace fd {

QString translateCoreText(const QString& english);
QString translateCoreText(std::string_view english);
inline QString translateCoreText(const std::string& english) {
    return translateCoreText(std::string_view(english));
}
inline QString translateCoreText(const char* english) {
    return translateCoreText(std::string_view(english));
}

// How many templates the catalog holds (for tests: 0 means the catalog failed to load).
int coreTextTemplateCount();

}  // namespace fd
