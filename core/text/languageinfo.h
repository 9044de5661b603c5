// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kotona::text {

// Facts about a language from ICU's locale data (this folder is the only ICU user).
// `code` is a BCP 47 / ISO 639 code such as "fi", "ar" or "so".

// The language's own name in its own script, capitalised as that language writes
// it at the start of a list item ("suomi" -> "Suomi", "العربية"). Falls back to the code.
[[nodiscard]] QString nativeLanguageName(const QString &code);
// True when the language is written right to left (ar, fa, he, ur, ...).
[[nodiscard]] bool isRightToLeft(const QString &code);

} // namespace kotona::text
