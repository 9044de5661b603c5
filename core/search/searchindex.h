// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/sqlite.h"

namespace kotona::search {

// The pack's full-text index (derived, never a record): an FTS5 table `search`
// over the view `search_source` (columns in this order: section text, section
// heading, guide title and guide summary, each prefixed with the section's language
// marker; and the section's language, for `lang : fi` filters), kept up to
// date by triggers on `sections`, plus `search_vocab` (fts5vocab) for "did you
// mean". The connection must have the tokenizer registered. `tokenize` is the FTS5
// tokenizer: "kotona" in packs, another only for benchmarks that compare.
[[nodiscard]] bool createIndex(sql::Database &db, const QString &tokenize = QStringLiteral("kotona"));
// Fills the index from all sections at once (faster than the triggers).
[[nodiscard]] bool rebuildIndex(sql::Database &db);

} // namespace kotona::search
