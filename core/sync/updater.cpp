// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/updater.h"

#include "content/packschema.h"
#include "content/sqlite.h"
#include "search/fts5tokenizer.h"
#include "sync/applier.h"
#include "sync/batch.h"
#include "sync/minisign.h"
#include "sync/snapshot.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace kotona::sync {

namespace {

// How far the clock may be off before metadata "from the future" is a clock problem.
constexpr qint64 kClockSlackSecs = 24 * 3600;

bool looksLikeHtml(QByteArrayView bytes)
{
    const QByteArray head = bytes.first(std::min<qsizetype>(bytes.size(), 512)).toByteArray().trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head") || head.contains("<body");
}

Error setMeta(sql::Database &db, const QString &key, const QString &value)
{
    if (!setMetaValue(db, key, value))
        return fail(ErrorCode::Io, db.lastError());
    return {};
}

} // namespace

Fetched DirectorySource::fetch(const QString &path, qint64 maxBytes)
{
    Fetched f;
    QFile file(m_dir + u'/' + path);
    if (!file.exists()) {
        f.notFound = true;
        f.error = fail(ErrorCode::Network, QStringLiteral("%1 is missing in %2").arg(path, m_dir));
        return f;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        f.error = fail(ErrorCode::Io, QStringLiteral("cannot read %1").arg(file.fileName()));
        return f;
    }
    f.bytes = file.read(maxBytes + 1);
    m_received += f.bytes.size();
    if (f.bytes.size() > maxBytes)
        f.error = fail(ErrorCode::TooLarge, QStringLiteral("%1 is larger than announced").arg(path));
    return f;
}

HttpSource::HttpSource(QUrl base, QString cacheDir, int timeoutMs)
    : m_base(std::move(base))
    , m_cacheDir(std::move(cacheDir))
    , m_timeoutMs(timeoutMs)
{
    if (!m_base.path().endsWith(u'/'))
        m_base.setPath(m_base.path() + u'/');
}

Fetched HttpSource::fetch(const QString &path, qint64 maxBytes)
{
    Fetched f;
    // Blobs are immutable and named by their hash: they can be resumed.
    const bool resumable = path.startsWith(QLatin1String("blobs/")) && !m_cacheDir.isEmpty();
    const QString part = m_cacheDir + u'/' + QFileInfo(path).fileName() + QStringLiteral(".part");
    QByteArray have;
    QByteArray validator;
    if (resumable) {
        QDir().mkpath(m_cacheDir);
        QFile p(part);
        if (p.open(QIODevice::ReadOnly))
            have = p.read(maxBytes);
        QFile v(part + QStringLiteral(".validator"));
        if (v.open(QIODevice::ReadOnly))
            validator = v.readAll().trimmed();
    }

    QNetworkAccessManager nam;
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setRawHeader("Accept-Encoding", "identity");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!have.isEmpty() && have.size() < maxBytes) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(have.size()) + '-');
        if (!validator.isEmpty())
            request.setRawHeader("If-Range", validator);
    } else if (have.size() >= maxBytes && have.size() > 0) {
        f.bytes = have; // complete from an earlier run; the caller checks the hash
        return f;
    }
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(m_timeoutMs);
    QByteArray body;
    bool tooLarge = false;
    bool partial = false;
    QFile out;
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        partial = status == 206;
        if (resumable && (status == 200 || status == 206)) {
            // 200: the server ignored Range or the file changed (If-Range): start over.
            out.setFileName(part);
            if (!out.open(partial ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate))
                reply->abort();
            if (!partial)
                have.clear();
            const QByteArray etag = reply->rawHeader("ETag");
            const QByteArray lastModified = reply->rawHeader("Last-Modified");
            QFile v(part + QStringLiteral(".validator"));
            if (v.open(QIODevice::WriteOnly | QIODevice::Truncate))
                v.write(!etag.isEmpty() ? etag : lastModified);
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        idle.start();
        const QByteArray chunk = reply->readAll();
        m_received += chunk.size();
        if (have.size() + body.size() + chunk.size() > maxBytes) {
            tooLarge = true;
            reply->abort();
            return;
        }
        body += chunk;
        if (out.isOpen())
            out.write(chunk), out.flush();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] { reply->abort(); });
    idle.start();
    loop.exec();
    out.close();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const auto netError = reply->error();
    const QVariant contentLength = reply->header(QNetworkRequest::ContentLengthHeader);
    reply->deleteLater();

    if (tooLarge) {
        QFile::remove(part);
        f.error = fail(ErrorCode::TooLarge, QStringLiteral("%1: more data than announced").arg(path));
        return f;
    }
    if (status == 404 || status == 410) {
        f.notFound = true;
        f.error = fail(ErrorCode::Network, QStringLiteral("%1: not found").arg(path));
        return f;
    }
    if (status == 416) {
        // Our partial file is no longer a prefix of the file: start over next time.
        QFile::remove(part);
        f.error = fail(ErrorCode::Network, QStringLiteral("%1: range not satisfiable; starting over").arg(path));
        return f;
    }
    const QByteArray all = (partial ? have : QByteArray()) + body;
    const QVariant &announced = contentLength;
    if (announced.isValid() && body.size() < announced.toLongLong()) {
        // The connection dropped: what arrived stays in the .part file for next time.
        f.error = fail(ErrorCode::Network, QStringLiteral("%1: connection lost after %2 of %3 bytes")
                                               .arg(path).arg(body.size()).arg(announced.toLongLong()));
        return f;
    }
    if (contentType.contains("text/html") || (!path.endsWith(QLatin1String(".json")) && !path.endsWith(QLatin1String(".minisig")) && looksLikeHtml(all))
        || (path.endsWith(QLatin1String(".json")) && looksLikeHtml(all))) {
        QFile::remove(part);
        f.error = fail(ErrorCode::CaptivePortal, QStringLiteral("%1: got a web page instead of the file").arg(path));
        return f;
    }
    if (netError != QNetworkReply::NoError || (status != 200 && status != 206)) {
        f.error = fail(ErrorCode::Network, QStringLiteral("%1: %2 (HTTP %3)").arg(path).arg(int(netError)).arg(status));
        return f;
    }
    f.bytes = all;
    return f;
}

std::optional<Root> packRoot(const QString &packPath)
{
    sql::Database db;
    if (!QFileInfo::exists(packPath) || !db.open(packPath, sql::Database::Mode::ReadOnly))
        return std::nullopt;
    Root root;
    if (parseRoot(metaValue(db, QStringLiteral("root")).toUtf8(), &root))
        return std::nullopt;
    return root;
}

UpdateResult update(Source &source, const UpdateOptions &options)
{
    UpdateResult result;
    auto stop = [&result](Error e) {
        result.error = std::move(e);
        return result;
    };
    // `bytes` (already fetched from `path`) with the signature next to it, checked.
    auto verifyFetched = [&](const QString &path, const QByteArray &bytes, const Root &root) -> Error {
        Fetched sig = source.fetch(path + QStringLiteral(".minisig"), kMaxSignatureFileBytes);
        if (sig.error)
            return sig.notFound ? fail(ErrorCode::BadSignature, QStringLiteral("%1 has no signature").arg(path)) : sig.error;
        if (looksLikeHtml(bytes) || looksLikeHtml(sig.bytes))
            return fail(ErrorCode::CaptivePortal, QStringLiteral("%1: got a web page instead of the file").arg(path));
        return verifyWithRoot(root, bytes, sig.bytes);
    };
    auto fetchSigned = [&](const QString &path, qint64 maxBytes, const Root &root, QByteArray *out) -> Error {
        Fetched file = source.fetch(path, maxBytes);
        if (file.error)
            return file.error;
        if (Error e = verifyFetched(path, file.bytes, root))
            return e;
        *out = std::move(file.bytes);
        return {};
    };
    auto fetchBlob = [&](const BlobRef &ref, QByteArray *out) -> Error {
        Fetched file = source.fetch(blobPath(ref.sha256), ref.length);
        if (file.error)
            return file.error;
        if (file.bytes.size() < ref.length)
            return fail(ErrorCode::Network, QStringLiteral("blob %1: only %2 of %3 bytes arrived").arg(ref.sha256).arg(file.bytes.size()).arg(ref.length));
        if (file.bytes.size() != ref.length)
            return fail(ErrorCode::LengthMismatch, QStringLiteral("blob %1: %2 bytes, %3 announced").arg(ref.sha256).arg(file.bytes.size()).arg(ref.length));
        if (sha256Hex(file.bytes) != ref.sha256)
            return fail(ErrorCode::HashMismatch, QStringLiteral("blob %1 has another hash").arg(ref.sha256));
        *out = std::move(file.bytes);
        return {};
    };

    // 1. What is installed, and the root it trusts.
    const bool havePack = QFileInfo::exists(options.packPath);
    std::optional<Root> trusted = havePack ? packRoot(options.packPath) : std::nullopt;
    if (!trusted)
        trusted = options.trust;
    if (!trusted)
        return stop(fail(ErrorCode::UnknownKey, QStringLiteral("no trusted root: the pack has none and none was given")));
    Root root = *trusted;
    QString packId = root.packId;
    qint64 installedSeq = 0;
    QDateTime lastIssued;
    if (havePack) {
        if (!recoverPack(options.packPath))
            return stop(fail(ErrorCode::Io, QStringLiteral("cannot open %1").arg(options.packPath)));
        sql::Database db;
        if (!db.open(options.packPath, sql::Database::Mode::ReadOnly))
            return stop(fail(ErrorCode::Io, QStringLiteral("cannot open %1").arg(options.packPath)));
        installedSeq = metaValue(db, QStringLiteral("seq")).toLongLong();
        lastIssued = QDateTime::fromString(metaValue(db, QStringLiteral("latest_issued_at")), Qt::ISODate);
        if (metaValue(db, QStringLiteral("pack_id")) != packId)
            return stop(fail(ErrorCode::WrongPack, QStringLiteral("the pack and its root name different packs")));
    }
    result.fromSeq = result.toSeq = installedSeq;

    // 2. Follow the root chain: root N+1 must be signed by root N and by itself.
    for (int hops = 0; hops < 1000; ++hops) {
        const QString path = rootPath(root.version + 1);
        Fetched probe = source.fetch(path, kMaxMetadataBytes);
        if (probe.notFound)
            break;
        if (probe.error)
            return stop(probe.error);
        if (Error e = verifyFetched(path, probe.bytes, root))
            return stop(e);
        const QByteArray json = std::move(probe.bytes);
        Root next;
        if (Error e = parseRoot(json, &next))
            return stop(e);
        Fetched selfSig = source.fetch(path + QStringLiteral(".self.minisig"), kMaxSignatureFileBytes);
        if (selfSig.error)
            return stop(selfSig.notFound ? fail(ErrorCode::BadSignature, QStringLiteral("%1 is not signed by its own key").arg(path)) : selfSig.error);
        if (Error e = verifyWithRoot(next, json, selfSig.bytes))
            return stop(e);
        if (next.version != root.version + 1 || next.packId != root.packId)
            return stop(fail(ErrorCode::Malformed, QStringLiteral("%1 does not follow root %2").arg(path).arg(root.version)));
        root = std::move(next);
    }
    if (options.now > root.expires)
        return stop(fail(ErrorCode::Expired, QStringLiteral("root %1 expired on %2").arg(root.version).arg(root.expires.toString(Qt::ISODate))));

    // 3. latest.json: signed, ours, not older than what we have, not expired.
    QByteArray latestJson;
    if (Error e = fetchSigned(QStringLiteral("latest.json"), 64 * 1024, root, &latestJson))
        return stop(e);
    Latest latest;
    if (Error e = parseLatest(latestJson, &latest))
        return stop(e);
    if (latest.packId != packId)
        return stop(fail(ErrorCode::WrongPack, QStringLiteral("the source holds pack %1").arg(latest.packId)));
    if (latest.issuedAt.secsTo(options.now) < -kClockSlackSecs)
        return stop(fail(ErrorCode::ClockOff, QStringLiteral("latest.json issued %1, in the future").arg(latest.issuedAt.toString(Qt::ISODate))));
    if (options.now > latest.expires)
        return stop(fail(ErrorCode::Expired, QStringLiteral("latest.json expired on %1").arg(latest.expires.toString(Qt::ISODate))));
    if (latest.seq < installedSeq || (lastIssued.isValid() && latest.issuedAt < lastIssued))
        return stop(fail(ErrorCode::Rollback, QStringLiteral("the source offers release %1 issued %2; release %3 is installed")
                                                 .arg(latest.seq).arg(latest.issuedAt.toString(Qt::ISODate)).arg(installedSeq)));
    auto remember = [&](const QString &path) -> Error {
        // The newest root and the time of the newest latest.json we have seen: a
        // replayed older one is refused next time.
        sql::Database db;
        if (!db.open(path, sql::Database::Mode::ReadWrite))
            return fail(ErrorCode::Io, db.lastError());
        sql::Transaction tx(db, true);
        if (Error e = setMeta(db, QStringLiteral("root"), QString::fromUtf8(root.json)))
            return e;
        if (Error e = setMeta(db, QStringLiteral("latest_issued_at"), latest.issuedAt.toString(Qt::ISODate)))
            return e;
        if (!tx.commit())
            return fail(ErrorCode::Io, db.lastError());
        return {};
    };
    if (latest.seq == installedSeq && havePack) {
        result.upToDate = true;
        result.error = remember(options.packPath);
        return result;
    }

    // 4. The manifest: its hash and length are in latest.json.
    Fetched manifestFile = source.fetch(manifestPath(latest.seq), latest.manifest.length);
    if (manifestFile.error)
        return stop(manifestFile.error);
    if (manifestFile.bytes.size() != latest.manifest.length || sha256Hex(manifestFile.bytes) != latest.manifest.sha256)
        return stop(fail(ErrorCode::HashMismatch, QStringLiteral("the manifest differs from latest.json")));
    Fetched manifestSig = source.fetch(manifestPath(latest.seq) + QStringLiteral(".minisig"), kMaxSignatureFileBytes);
    if (manifestSig.error)
        return stop(manifestSig.notFound ? fail(ErrorCode::BadSignature, QStringLiteral("the manifest has no signature"))
                                         : manifestSig.error);
    if (Error e = verifyWithRoot(root, manifestFile.bytes, manifestSig.bytes))
        return stop(e);
    const QByteArray manifestJson = std::move(manifestFile.bytes);
    Manifest manifest;
    if (Error e = parseManifest(manifestJson, &manifest))
        return stop(e);
    if (manifest.packId != packId || manifest.seq != latest.seq)
        return stop(fail(ErrorCode::Malformed, QStringLiteral("the manifest does not match latest.json")));
    if (manifest.schemaVersion > pack::kSchemaVersion)
        return stop(fail(ErrorCode::SchemaTooNew, QStringLiteral("release %1 needs schema %2").arg(manifest.seq).arg(manifest.schemaVersion)));
    if (options.now > manifest.expires)
        return stop(fail(ErrorCode::Expired, QStringLiteral("the manifest expired")));
    result.changes = manifest.changes;

    // 5. Batches from our seq, or the snapshot.
    QList<BatchRef> chain;
    qint64 chainBytes = 0;
    if (havePack) {
        for (const BatchRef &b : std::as_const(manifest.batches)) {
            if (b.baseSeq >= installedSeq) {
                chain.append(b);
                chainBytes += b.blob.length;
            }
        }
    }
    const bool useBatches = havePack && !chain.isEmpty() && chain.first().baseSeq == installedSeq
        && manifest.schemaVersion == pack::kSchemaVersion
        && double(chainBytes) <= options.snapshotThreshold * double(manifest.snapshot.length);
    result.downloadBytes = useBatches ? chainBytes : manifest.snapshot.length;
    if (options.confirmDownload && !options.confirmDownload(result.downloadBytes))
        return stop(fail(ErrorCode::Network, QStringLiteral("download of %1 bytes not confirmed").arg(result.downloadBytes)));

    if (useBatches) {
        // Download and check every batch before applying any.
        std::vector<Batch> batches;
        for (const BatchRef &ref : std::as_const(chain)) {
            QByteArray zstd, raw;
            if (Error e = fetchBlob(ref.blob, &zstd))
                return stop(e);
            if (Error e = decompress(zstd, qint64(64) << 20 > ref.blob.length * 1000 ? qint64(64) << 20 : ref.blob.length * 1000, &raw))
                return stop(e);
            Batch batch;
            if (Error e = decodeBatch(raw, &batch, ref.records))
                return stop(e);
            if (batch.header.packId != packId || batch.header.baseSeq != ref.baseSeq || batch.header.targetSeq != ref.targetSeq
                || batch.header.records != ref.records)
                return stop(fail(ErrorCode::Malformed, QStringLiteral("batch %1 does not match the manifest").arg(ref.targetSeq)));
            batches.push_back(std::move(batch));
        }
        if (!batches.empty() && batches.back().header.contentDigest != manifest.contentDigest)
            return stop(fail(ErrorCode::Malformed, QStringLiteral("the last batch does not lead to the manifest's content")));
        sql::Database db;
        if (!db.open(options.packPath, sql::Database::Mode::ReadWrite) || !search::registerTokenizer(db.handle()))
            return stop(fail(ErrorCode::Io, QStringLiteral("cannot open %1 for writing").arg(options.packPath)));
        QSet<QString> changed;
        for (const Batch &batch : batches) {
            ApplyResult applied = applyBatch(db, batch);
            if (applied.error)
                return stop(applied.error);
            result.toSeq = batch.header.targetSeq;
            ++result.batchesApplied;
            result.recordsApplied += applied.records;
            for (const QString &g : std::as_const(applied.changedGuides))
                changed.insert(g);
        }
        result.changedGuides = QStringList(changed.begin(), changed.end());
        result.changedGuides.sort();
    } else {
        QByteArray zstd;
        if (Error e = fetchBlob(manifest.snapshot, &zstd))
            return stop(e);
        SnapshotExpectation expect { packId, manifest.seq, manifest.contentDigest, manifest.snapshotUncompressed };
        if (Error e = installSnapshot(zstd, options.packPath, expect))
            return stop(e);
        result.viaSnapshot = true;
        result.toSeq = manifest.seq;
    }
    if (Error e = remember(options.packPath))
        return stop(e);
    return result;
}

} // namespace kotona::sync
