// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/sqlite.h"

#include <QStringList>

namespace kotona::pack {

// The content pack's schema (docs/PACK_FORMAT.md, "The pack"). Every record table
// has a stable text `id` primary key chosen by the content source; derived tables
// (the search index) are maintained by triggers and are never records.
// Version 2 added glossary_words. A pack of an older version down to
// kOldestReadableSchemaVersion still opens read-only: what it lacks reads as empty.
inline constexpr int kSchemaVersion = 2;
inline constexpr int kOldestReadableSchemaVersion = 1;

// Record tables in the order used for the digest, diffs and batches.
[[nodiscard]] const QStringList &recordTables();

// Creates the current schema in an empty database and sets user_version.
[[nodiscard]] bool createSchema(sql::Database &db);

// Brings a pack of an older schema version up to kSchemaVersion, in one transaction.
// False (and the pack unchanged) when the version is unknown or newer than ours.
[[nodiscard]] bool migrate(sql::Database &db, QString *error);

// sha256 (hex) over the canonical serialisation of every record, sorted by
// (table, id): equal digests mean equal content however the pack was made.
[[nodiscard]] QString contentDigest(sql::Database &db);

} // namespace kotona::pack
