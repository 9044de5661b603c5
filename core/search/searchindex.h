// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/sqlite.h"

namespace kotona::search {

// The pack's full-text index (derived, never a record): an FTS5 table `search`
// over the view `search_source` (guide title, section heading, guide summary and
// section text, each prefixed with the section's language marker; and the
// section's language as a column of its own, for `lang : fi` filters), kept up to
// date by triggers on `sections`, plus `search_vocab` (fts5vocab) for "did you
// mean". The connection must have the tokenizer registered.
[[nodiscard]] bool createIndex(sql::Database &db);
// Fills the index from all sections at once (faster than the triggers).
[[nodiscard]] bool rebuildIndex(sql::Database &db);

} // namespace kotona::search
