// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncerror.h"

#include <QByteArray>
#include <QString>

namespace kotona::sync {

// A snapshot is a whole pack without its derived search index, vacuumed and
// zstd-compressed (docs/PACK_FORMAT.md): what a client downloads when it has no
// pack or is too far behind for batches.
[[nodiscard]] Error makeSnapshot(const QString &packPath, QByteArray *zstdBytes);

struct SnapshotExpectation {
    QString packId;
    qint64 seq = 0;
    QString contentDigest;
    qint64 maxUncompressed = qint64(4) << 30; // never more than this on disk
};

// Installs a snapshot as the pack at `target`, replacing it atomically: decompressed
// into `<target>.incoming`, checked (integrity, schema, pack id, seq, content digest),
// its search index built, synced to disk, then renamed over `target`. On any
// error the temporary file is removed and `target` is untouched.
[[nodiscard]] Error installSnapshot(QByteArrayView zstdBytes, const QString &target, const SnapshotExpectation &expect);

// Writes `bytes` to `path` through `<path>.tmp`, fsync and rename (and fsync of the folder).
[[nodiscard]] Error writeFileAtomically(const QString &path, QByteArrayView bytes);
// Rolls back what an interrupted transaction left in `path` (a hot journal), as the
// next reader would; true when the pack has no journal afterwards.
bool recoverPack(const QString &path);

} // namespace kotona::sync
