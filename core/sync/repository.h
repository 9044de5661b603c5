// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kotona::sync {

class SecretKey;
struct PublicKey;

// The signed repository (docs/PACK_FORMAT.md, "The repository"): static files that
// are the same over HTTP, in a folder or on a USB stick.
//
//   root/<N>.root.json        + .minisig (by a key of root N-1; for N = 1 by its own key)
//                             + .self.minisig (by a key of root N: proves the new key)
//   latest.json               + .minisig   the only file that changes
//   manifests/<seq>.json      + .minisig   one per release, never changed
//   blobs/sha256/<hex>                     snapshots and batches, never changed
inline constexpr int kSpecVersion = 1;
inline constexpr qint64 kMaxMetadataBytes = 4 << 20; // root, latest and manifest files

struct BlobRef {
    QString sha256;
    qint64 length = 0;
};

struct Root {
    int version = 0;
    QString packId;
    QList<QByteArray> publicKeys; // base64 minisign public keys ("Ed" + key id + key)
    QDateTime expires;
    QByteArray json; // the exact bytes that were signed
};

struct BatchRef {
    qint64 baseSeq = 0;
    qint64 targetSeq = 0;
    BlobRef blob;
    qint64 records = 0;
    QString summary;
};

struct Manifest {
    QString packId;
    int rootVersion = 0;
    qint64 seq = 0;
    QDateTime issuedAt;
    QDateTime expires;
    int schemaVersion = 0;
    QString minAppVersion;
    BlobRef snapshot;
    qint64 snapshotUncompressed = 0;
    QList<BatchRef> batches; // every release's batch, oldest first
    QString contentDigest;
    QJsonObject changes; // per language: {"added": [titles], "updated": […], "removed": […]}
};

struct Latest {
    QString packId;
    qint64 seq = 0;
    BlobRef manifest;
    QDateTime issuedAt;
    QDateTime expires;
    int rootVersion = 0;
};

[[nodiscard]] Error parseRoot(QByteArrayView json, Root *out);
[[nodiscard]] Error parseManifest(QByteArrayView json, Manifest *out);
[[nodiscard]] Error parseLatest(QByteArrayView json, Latest *out);

[[nodiscard]] QString sha256Hex(QByteArrayView data);
[[nodiscard]] QString blobPath(const QString &sha256);
[[nodiscard]] QString manifestPath(qint64 seq);
[[nodiscard]] QString rootPath(int version);

// Publisher side (kotona-pack publish / rotate-root / export).
struct PublishOptions {
    QDateTime now = QDateTime::currentDateTimeUtc();
    int latestValidDays = 30; // a client refuses an older latest.json (freeze attack)
    int manifestValidDays = 3650;
    int rootValidDays = 3650;
    QString minAppVersion = QStringLiteral("0.1.0");
};

struct PublishResult {
    Error error;
    qint64 seq = 0;
    bool unchanged = false; // same content as the last release: only latest.json was re-signed
    qint64 records = 0; // in the new batch
    qint64 batchBytes = 0;
    qint64 snapshotBytes = 0;
    qint64 packBytes = 0;
};

// Writes the next release of the pack at `packPath` into the repository `repoDir`
// (created with root 1 for `key` when empty). `key` must be a key of the newest root.
[[nodiscard]] PublishResult publish(const QString &packPath, const QString &repoDir, const SecretKey &key,
                                    const PublishOptions &options = {});

// Root N+1 listing `newKey`, signed by `oldKey` (a key of root N) and by `newKey`.
[[nodiscard]] Error rotateRoot(const QString &repoDir, const SecretKey &oldKey, const SecretKey &newKey,
                               const PublishOptions &options = {});

// The newest root of a repository folder, verified along the chain from root 1 (for
// kotona-pack and tests; clients start from the root they trust).
// `everyKey`, if given, receives the keys of every root of the chain.
[[nodiscard]] Error newestRoot(const QString &repoDir, Root *out, QList<QByteArray> *everyKey = nullptr);

// Copies a repository (for a USB stick): immutable files first, latest.json last.
[[nodiscard]] Error exportRepository(const QString &repoDir, const QString &toDir);

// Checks that the signature file `sig` over `data` is by one of `root`'s keys.
[[nodiscard]] Error verifyWithRoot(const Root &root, QByteArrayView data, QByteArrayView sig);

} // namespace kotona::sync
