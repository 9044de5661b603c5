// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace kotona::text {

// Transliteration of one normalised word (lower case, as Analyzer::words() gives it)
// between the Cyrillic and the Latin script, for names that readers type in the
// other script: Finnish loan names typed in Cyrillic ("кела" -> "kela", "мігрі" ->
// "migri") and Russian or Ukrainian words typed in Latin letters ("posobie" ->
// "пособие"). The result is a guess, never a translation: the search keeps only the
// candidates that its index knows.

// Latin spellings of a Cyrillic word, most likely first and without duplicates:
// Finnish-style (х -> h, й -> j, я -> ja), English-style (х -> kh, я -> ya) and, for
// Ukrainian г, h. Empty when the word has a letter that is neither Cyrillic nor
// a digit, or no Cyrillic letter at all.
[[nodiscard]] QList<QByteArray> cyrillicToLatin(const QByteArray &normal);

// The Cyrillic spelling of a Latin word in the reader's language `lang` ("ru" or
// "uk": Ukrainian writes i as і, y as и, h as г). Empty when the word has a letter
// outside a-z and digits, or for another language.
[[nodiscard]] QByteArray latinToCyrillic(const QByteArray &normal, const QByteArray &lang);

} // namespace kotona::text
