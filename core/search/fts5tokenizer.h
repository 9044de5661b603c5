// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace kotona::search {

// Registers the FTS5 tokenizer "kotona" on a connection. Every connection that
// reads or writes the search index must call this first.
//
// Document text starts with a language marker "\x1f<lang>\x1f" (see searchindex.cpp);
// for every word the tokenizer emits its normal form, and at the same position
// "\x01<stem>" when the document language stems it differently and "\x02<folded>"
// when it has diacritics. At query time a term that starts with \x01 or \x02 is
// passed through as it is, so the query planner chooses the forms exactly.
[[nodiscard]] bool registerTokenizer(sqlite3 *db);

inline constexpr char kStemMarker = '\x01';
inline constexpr char kFoldMarker = '\x02';
inline constexpr char kLanguageMarker = '\x1f';

} // namespace kotona::search
