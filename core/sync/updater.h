// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/repository.h"
#include "sync/syncerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace kotona::sync {

// Where repository files come from. fetch() returns at most `maxBytes` bytes of the
// file at `path` (relative to the repository) or an error: TooLarge when there is
// more (endless data), Network when it cannot be reached, and `notFound` for a file
// that does not exist.
struct Fetched {
    Error error;
    QByteArray bytes;
    bool notFound = false;
};

class Source
{
public:
    virtual ~Source() = default;
    [[nodiscard]] virtual Fetched fetch(const QString &path, qint64 maxBytes) = 0;
    [[nodiscard]] virtual QString describe() const = 0;
    // Bytes received from the source so far (for progress and for "a resumed
    // download re-fetches nothing").
    [[nodiscard]] virtual qint64 bytesReceived() const = 0;
};

// A repository folder (a USB stick, or `kotona-pack export`).
class DirectorySource : public Source
{
public:
    explicit DirectorySource(QString dir)
        : m_dir(std::move(dir))
    { }
    Fetched fetch(const QString &path, qint64 maxBytes) override;
    QString describe() const override { return m_dir; }
    qint64 bytesReceived() const override { return m_received; }

private:
    QString m_dir;
    qint64 m_received = 0;
};

// A repository over HTTP(S). Blobs are downloaded into `cacheDir` and resumed with
// Range + If-Range after an interruption; metadata files are fetched whole. Runs a
// local event loop: call it from a worker thread in the app.
class HttpSource : public Source
{
public:
    HttpSource(QUrl base, QString cacheDir, int timeoutMs = 30000);
    Fetched fetch(const QString &path, qint64 maxBytes) override;
    QString describe() const override { return m_base.toString(); }
    qint64 bytesReceived() const override { return m_received; }

private:
    QUrl m_base;
    QString m_cacheDir;
    int m_timeoutMs;
    qint64 m_received = 0;
};

struct UpdateOptions {
    QString packPath;
    // Root to trust when the pack has none (a new install): the pinned anchor.
    std::optional<Root> trust;
    QDateTime now = QDateTime::currentDateTimeUtc();
    // When the chain of batches is bigger than this share of the snapshot, take the snapshot.
    double snapshotThreshold = 0.6;
    // Called before downloading more than `bytes`; false stops (metered connection).
    std::function<bool(qint64 bytes)> confirmDownload;
};

struct UpdateResult {
    Error error;
    bool upToDate = false;
    qint64 fromSeq = 0;
    qint64 toSeq = 0;
    bool viaSnapshot = false;
    int batchesApplied = 0;
    qint64 recordsApplied = 0;
    qint64 downloadBytes = 0; // announced size of what was needed
    QStringList changedGuides;
    QJsonObject changes; // the newest manifest's per-language summary
};

// Brings the pack at options.packPath up to the newest release of `source`:
// verifies the root chain, latest.json, the manifest and every blob (signature,
// sha256, length, pack id, no rollback, expiry), then applies the batches one
// transaction each, or installs the snapshot. On any error the installed pack is
// the old one or a complete newer release, never anything in between.
[[nodiscard]] UpdateResult update(Source &source, const UpdateOptions &options);

// The trust anchor a pack carries (meta "root"), if any.
[[nodiscard]] std::optional<Root> packRoot(const QString &packPath);

} // namespace kotona::sync
