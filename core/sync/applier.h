// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/sqlite.h"
#include "sync/batch.h"
#include "sync/syncerror.h"

#include <QStringList>

namespace kotona::sync {

// Applies a batch to an installed pack, all or nothing (docs/PACK_FORMAT.md, "Apply").
// `db` is the pack opened read-write with the search tokenizer registered.
// Every operation is checked against the pack's schema before anything is written;
// then one BEGIN IMMEDIATE transaction requires meta.seq == base_seq, applies the
// operations, keeps the search index in step, sets seq and content_digest and
// commits only if the digest of the result equals the batch's. A crash at any
// instant leaves the old pack or the new one.
struct ApplyResult {
    Error error;
    qint64 records = 0;
    // Guides whose texts, sections or links changed (for "updated" marks on bookmarks).
    QStringList changedGuides;
};

[[nodiscard]] ApplyResult applyBatch(sql::Database &db, const Batch &batch);

// Checks a batch against a pack without changing it (pack id, schema, seq, every row).
[[nodiscard]] Error checkBatch(sql::Database &db, const Batch &batch);

// meta values of a pack ("" when missing).
[[nodiscard]] QString metaValue(sql::Database &db, const QString &key);
// Sets (inserts or replaces) a meta value; false on a database error (see the connection).
[[nodiscard]] bool setMetaValue(sql::Database &db, const QString &key, const QString &value);

} // namespace kotona::sync
