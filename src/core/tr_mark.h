// Texts made below the GUI that a user reads (reasons, parser errors, source states) are
// English templates marked FD_TR("Context", "… %1 …"). The mark costs nothing here; lupdate
// reads it as QT_TRANSLATE_NOOP (translations/translations.cmake), so the template lands in
// the .ts files, and the GUI's translateCoreText() (src/i18n/core_text.h) recognises the
// filled English text and fills the translated template instead. Core stays Qt-free.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#define FD_TR(context, source) source

namespace fd {

// Replaces %1..%9 with the arguments in order; a placeholder without an argument is kept.
std::string fill_text(std::string_view text, std::initializer_list<std::string_view> args);

}  // namespace fd
