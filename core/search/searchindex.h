// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/sqlite.h"

#include <QList>

namespace kotona::search {

// The pack's full-text index (derived, never a record): an FTS5 table `search`
// over the view `search_source` (columns in this order: section text, section
// heading, guide title and guide summary, each prefixed with the section's language
// marker; and the section's language, for `lang : fi` filters), kept up to
// date by triggers on `sections`, plus `search_vocab` (fts5vocab) for "did you
// mean". The connection must have the tokenizer registered. `tokenize` is the FTS5
// tokenizer: "kotona" in packs, another only for benchmarks that compare.
[[nodiscard]] bool createIndex(sql::Database &db, const QString &tokenize = QStringLiteral("kotona"));
// True when the pack has the index (a snapshot in a repository has none).
[[nodiscard]] bool hasIndex(sql::Database &db);
// Removes everything createIndex() made (for snapshots: the client rebuilds it).
[[nodiscard]] bool dropIndex(sql::Database &db);
// For changes to many sections at once (applying a batch), inside one transaction:
// unindexSections() with the sections' current values, setIndexTriggers(false),
// change the records, indexSections() with the new ones, setIndexTriggers(true).
// A guide text's title and summary are indexed with each of its sections, so a
// changed guide text means all its sections. Rowids of sections that do not exist
// are skipped.
[[nodiscard]] bool setIndexTriggers(sql::Database &db, bool on);
[[nodiscard]] bool unindexSections(sql::Database &db, const QList<qint64> &rowids);
[[nodiscard]] bool indexSections(sql::Database &db, const QList<qint64> &rowids);
// Fills the index from all sections at once (faster than the triggers).
[[nodiscard]] bool rebuildIndex(sql::Database &db);

} // namespace kotona::search
