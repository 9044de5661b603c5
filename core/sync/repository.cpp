// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/repository.h"

#include "content/packschema.h"
#include "content/sqlite.h"
#include "search/fts5tokenizer.h"
#include "sync/applier.h"
#include "sync/batch.h"
#include "sync/minisign.h"
#include "sync/snapshot.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace kotona::sync {

namespace {

QString isoDate(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonObject blobJson(const BlobRef &b)
{
    return { { QStringLiteral("sha256"), b.sha256 }, { QStringLiteral("length"), b.length } };
}

QByteArray jsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Error readFile(const QString &path, qint64 maxBytes, QByteArray *out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("cannot read %1").arg(path));
    if (f.size() > maxBytes)
        return fail(ErrorCode::TooLarge, QStringLiteral("%1 is larger than %2 bytes").arg(path).arg(maxBytes));
    *out = f.readAll();
    return {};
}

Error signInto(const SecretKey &key, const QString &path, const QByteArray &data, const QString &comment)
{
    auto sig = sign(key, data, comment.toUtf8());
    if (!sig)
        return fail(ErrorCode::Io, sig.error().message);
    return writeFileAtomically(path, sig.value());
}

// A repository file and its signature, verified with `root`.
Error readSigned(const QString &repoDir, const QString &path, const Root &root, QByteArray *out,
                 const QString &sigSuffix = QStringLiteral(".minisig"))
{
    QByteArray sig;
    if (Error e = readFile(repoDir + u'/' + path, kMaxMetadataBytes, out))
        return e;
    if (Error e = readFile(repoDir + u'/' + path + sigSuffix, kMaxSignatureFileBytes, &sig))
        return e;
    return verifyWithRoot(root, *out, sig);
}

QString packIdOf(sql::Database &db)
{
    return metaValue(db, QStringLiteral("pack_id"));
}

// Per language: the titles of guides added, updated and removed by `ops`.
QJsonObject changesOf(const std::vector<RecordOp> &ops, sql::Database *previous)
{
    QMap<QString, QMap<QString, QStringList>> byLang;
    for (const RecordOp &op : ops) {
        if (op.table != QLatin1String("guide_texts") || op.id.section(u':', 2) != QLatin1String("standard"))
            continue;
        const QString lang = op.id.section(u':', 1, 1);
        QString oldTitle;
        if (previous) {
            if (sql::Statement *s = previous->prepare(QStringLiteral("SELECT title FROM guide_texts WHERE id = ?1"));
                s && s->bind(1, op.id).next())
                oldTitle = s->text(0);
        }
        if (op.kind == RecordOp::Kind::Delete)
            byLang[lang][QStringLiteral("removed")] << oldTitle;
        else
            byLang[lang][oldTitle.isEmpty() ? QStringLiteral("added") : QStringLiteral("updated")]
                << op.row.value(QStringLiteral("title")).toString();
    }
    QJsonObject changes;
    for (auto it = byLang.cbegin(); it != byLang.cend(); ++it) {
        QJsonObject o;
        for (auto k = it->cbegin(); k != it->cend(); ++k) {
            QStringList titles = k.value();
            titles.sort();
            o.insert(k.key(), QJsonArray::fromStringList(titles));
        }
        changes.insert(it.key(), o);
    }
    return changes;
}

QString summaryOf(const std::vector<RecordOp> &ops)
{
    qint64 up = 0, del = 0;
    for (const RecordOp &op : ops)
        (op.kind == RecordOp::Kind::Delete ? del : up)++;
    return QStringLiteral("%1 records changed or added, %2 removed").arg(up).arg(del);
}

Error writeRoot(const QString &repoDir, const Root &root, const SecretKey &signer, const SecretKey &self)
{
    QJsonArray keys;
    for (const QByteArray &k : root.publicKeys)
        keys.append(QString::fromLatin1(k));
    const QByteArray json = jsonBytes({ { QStringLiteral("type"), QStringLiteral("root") },
                                        { QStringLiteral("spec_version"), kSpecVersion },
                                        { QStringLiteral("version"), root.version },
                                        { QStringLiteral("pack_id"), root.packId },
                                        { QStringLiteral("keys"), keys },
                                        { QStringLiteral("threshold"), 1 },
                                        { QStringLiteral("expires"), isoDate(root.expires) } });
    const QString path = repoDir + u'/' + rootPath(root.version);
    const QString comment = QStringLiteral("kotona root %1 of %2").arg(root.version).arg(root.packId);
    if (Error e = signInto(signer, path + QStringLiteral(".minisig"), json, comment))
        return e;
    if (Error e = signInto(self, path + QStringLiteral(".self.minisig"), json, comment))
        return e;
    return writeFileAtomically(path, json);
}

} // namespace

QString sha256Hex(QByteArrayView data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString blobPath(const QString &sha256)
{
    return QStringLiteral("blobs/sha256/") + sha256;
}

QString manifestPath(qint64 seq)
{
    return QStringLiteral("manifests/%1.json").arg(seq);
}

QString rootPath(int version)
{
    return QStringLiteral("root/%1.root.json").arg(version);
}

Error verifyWithRoot(const Root &root, QByteArrayView data, QByteArrayView sig)
{
    std::vector<PublicKey> keys;
    for (const QByteArray &b64 : root.publicKeys) {
        auto k = PublicKey::parse(b64);
        if (k)
            keys.push_back(k.value());
    }
    auto v = verify(keys, data, sig);
    if (v)
        return {};
    return fail(v.error().code == MinisignErrorCode::UnknownKey ? ErrorCode::UnknownKey : ErrorCode::BadSignature,
                v.error().message);
}

Error newestRoot(const QString &repoDir, Root *out, QList<QByteArray> *everyKey)
{
    QByteArray json, sig;
    if (Error e = readFile(repoDir + u'/' + rootPath(1), kMaxMetadataBytes, &json))
        return e;
    Root root;
    if (Error e = parseRoot(json, &root))
        return e;
    // Root 1 is trusted on first use by the publisher; clients get it from their pack.
    if (Error e = readFile(repoDir + u'/' + rootPath(1) + QStringLiteral(".minisig"), kMaxSignatureFileBytes, &sig))
        return e;
    if (Error e = verifyWithRoot(root, json, sig))
        return e;
    for (int v = 2; QFileInfo::exists(repoDir + u'/' + rootPath(v)); ++v) {
        QByteArray next, self;
        if (Error e = readSigned(repoDir, rootPath(v), root, &next))
            return e;
        Root candidate;
        if (Error e = parseRoot(next, &candidate))
            return e;
        if (Error e = readFile(repoDir + u'/' + rootPath(v) + QStringLiteral(".self.minisig"), kMaxSignatureFileBytes, &self))
            return e;
        if (Error e = verifyWithRoot(candidate, next, self))
            return e;
        if (candidate.version != v || candidate.packId != root.packId)
            return fail(ErrorCode::Malformed, QStringLiteral("root %1 does not follow root %2").arg(v).arg(v - 1));
        if (everyKey)
            everyKey->append(root.publicKeys);
        root = std::move(candidate);
    }
    if (everyKey)
        everyKey->append(root.publicKeys);
    *out = std::move(root);
    return {};
}

Error rotateRoot(const QString &repoDir, const SecretKey &oldKey, const SecretKey &newKey, const PublishOptions &options)
{
    Root current;
    if (Error e = newestRoot(repoDir, &current))
        return e;
    if (!current.publicKeys.contains(oldKey.publicKey().toBase64()))
        return fail(ErrorCode::UnknownKey, QStringLiteral("the old key is not a key of root %1").arg(current.version));
    Root next;
    next.version = current.version + 1;
    next.packId = current.packId;
    next.publicKeys = { newKey.publicKey().toBase64() };
    next.expires = options.now.addDays(options.rootValidDays);
    if (Error e = writeRoot(repoDir, next, oldKey, newKey))
        return e;
    // Clients that follow the chain trust only the new key from now on: the current
    // release's metadata is signed again with it.
    if (!QFileInfo::exists(repoDir + QStringLiteral("/latest.json")))
        return {};
    QByteArray latestJson, manifestJson;
    Latest latest;
    if (Error e = readSigned(repoDir, QStringLiteral("latest.json"), current, &latestJson))
        return e;
    if (Error e = parseLatest(latestJson, &latest))
        return e;
    if (Error e = readSigned(repoDir, manifestPath(latest.seq), current, &manifestJson))
        return e;
    const QString manifestFile = repoDir + u'/' + manifestPath(latest.seq);
    if (Error e = signInto(newKey, manifestFile + QStringLiteral(".minisig"), manifestJson,
                           QStringLiteral("kotona manifest %1 seq %2").arg(latest.packId).arg(latest.seq)))
        return e;
    return signInto(newKey, repoDir + QStringLiteral("/latest.json.minisig"), latestJson,
                    QStringLiteral("kotona latest %1 seq %2 issued %3").arg(latest.packId).arg(latest.seq).arg(isoDate(latest.issuedAt)));
}

PublishResult publish(const QString &packPath, const QString &repoDir, const SecretKey &key, const PublishOptions &options)
{
    PublishResult result;
    QDir repo(repoDir);
    for (const char *dir : { "root", "manifests", "blobs/sha256" }) {
        if (!repo.mkpath(QString::fromLatin1(dir))) {
            result.error = fail(ErrorCode::Io, QStringLiteral("cannot create %1 in %2").arg(QLatin1String(dir), repoDir));
            return result;
        }
    }
    QTemporaryDir work(repoDir + QStringLiteral("/.publishing-XXXXXX"));
    const QString newPack = work.filePath(QStringLiteral("new.sqlite"));
    if (!work.isValid() || !QFile::copy(packPath, newPack)) {
        result.error = fail(ErrorCode::Io, QStringLiteral("cannot copy %1").arg(packPath));
        return result;
    }
    sql::Database db;
    if (!db.open(newPack, sql::Database::Mode::ReadWrite) || !search::registerTokenizer(db.handle())) {
        result.error = fail(ErrorCode::Malformed, QStringLiteral("%1 is not a pack").arg(packPath));
        return result;
    }
    const QString packId = packIdOf(db);
    if (packId.isEmpty() || db.userVersion() != pack::kSchemaVersion) {
        result.error = fail(ErrorCode::Malformed, QStringLiteral("%1 is not a pack of schema %2").arg(packPath).arg(pack::kSchemaVersion));
        return result;
    }

    // The root: created for this key on the first release.
    Root root;
    if (!QFileInfo::exists(repoDir + u'/' + rootPath(1))) {
        root.version = 1;
        root.packId = packId;
        root.publicKeys = { key.publicKey().toBase64() };
        root.expires = options.now.addDays(options.rootValidDays);
        if ((result.error = writeRoot(repoDir, root, key, key)))
            return result;
    }
    QList<QByteArray> everyKey;
    if ((result.error = newestRoot(repoDir, &root, &everyKey)))
        return result;
    // The previous release may have been signed before a rotation.
    Root history = root;
    history.publicKeys = everyKey;
    if (!root.publicKeys.contains(key.publicKey().toBase64())) {
        result.error = fail(ErrorCode::UnknownKey, QStringLiteral("this key is not in root %1 of the repository").arg(root.version));
        return result;
    }
    if (root.packId != packId) {
        result.error = fail(ErrorCode::WrongPack, QStringLiteral("the repository holds pack %1, not %2").arg(root.packId, packId));
        return result;
    }

    // The previous release, if any.
    Manifest previous;
    bool hasPrevious = false;
    const QString prevPack = work.filePath(QStringLiteral("previous.sqlite"));
    if (QFileInfo::exists(repoDir + QStringLiteral("/latest.json"))) {
        QByteArray latestJson, manifestJson, snapshot, raw;
        Latest latest;
        if ((result.error = readSigned(repoDir, QStringLiteral("latest.json"), history, &latestJson))
            || (result.error = parseLatest(latestJson, &latest))
            || (result.error = readSigned(repoDir, manifestPath(latest.seq), history, &manifestJson))
            || (result.error = parseManifest(manifestJson, &previous))
            || (result.error = readFile(repoDir + u'/' + blobPath(previous.snapshot.sha256), previous.snapshot.length, &snapshot))
            || (result.error = decompress(snapshot, previous.snapshotUncompressed, &raw)))
            return result;
        QFile f(prevPack);
        if (!f.open(QIODevice::WriteOnly) || f.write(raw) != raw.size()) {
            result.error = fail(ErrorCode::Io, QStringLiteral("cannot write %1").arg(prevPack));
            return result;
        }
        hasPrevious = true;
    }
    const qint64 seq = hasPrevious ? previous.seq + 1 : 1;
    const QString digest = pack::contentDigest(db);

    auto writeLatest = [&](qint64 latestSeq, const QByteArray &manifestJson) -> Error {
        const QByteArray json
            = jsonBytes({ { QStringLiteral("type"), QStringLiteral("latest") },
                          { QStringLiteral("spec_version"), kSpecVersion },
                          { QStringLiteral("pack_id"), packId },
                          { QStringLiteral("seq"), latestSeq },
                          { QStringLiteral("root_version"), root.version },
                          { QStringLiteral("manifest"), blobJson({ sha256Hex(manifestJson), qint64(manifestJson.size()) }) },
                          { QStringLiteral("issued_at"), isoDate(options.now) },
                          { QStringLiteral("expires"), isoDate(options.now.addDays(options.latestValidDays)) } });
        const QString path = repoDir + QStringLiteral("/latest.json");
        if (Error e = signInto(key, path + QStringLiteral(".minisig"), json,
                               QStringLiteral("kotona latest %1 seq %2 issued %3").arg(packId).arg(latestSeq).arg(isoDate(options.now))))
            return e;
        return writeFileAtomically(path, json);
    };

    if (hasPrevious && digest == previous.contentDigest) {
        // Nothing new: refresh latest.json so clients know the repository is alive.
        QByteArray manifestJson;
        if (!(result.error = readFile(repoDir + u'/' + manifestPath(previous.seq), kMaxMetadataBytes, &manifestJson)))
            result.error = writeLatest(previous.seq, manifestJson);
        result.seq = previous.seq;
        result.unchanged = true;
        return result;
    }

    // The release: its seq and digest in the pack itself.
    if (!setMetaValue(db, QStringLiteral("seq"), QString::number(seq))
        || !setMetaValue(db, QStringLiteral("content_digest"), digest)) {
        result.error = fail(ErrorCode::Io, db.lastError());
        return result;
    }

    auto writeBlob = [&](const QByteArray &bytes, BlobRef *ref) -> Error {
        ref->sha256 = sha256Hex(bytes);
        ref->length = bytes.size();
        const QString path = repoDir + u'/' + blobPath(ref->sha256);
        if (QFileInfo(path).size() == ref->length)
            return {};
        return writeFileAtomically(path, bytes);
    };

    QList<BatchRef> batches = previous.batches;
    if (hasPrevious) {
        sql::Database prev;
        if (!prev.open(prevPack, sql::Database::Mode::ReadOnly)) {
            result.error = fail(ErrorCode::Malformed, QStringLiteral("the previous snapshot is not a pack"));
            return result;
        }
        Batch batch;
        QString why;
        if (!diffPacks(prev, db, &batch.ops, &why)) {
            result.error = fail(ErrorCode::Io, why);
            return result;
        }
        batch.header = { packId, previous.seq, seq, pack::kSchemaVersion, digest, qint64(batch.ops.size()) };
        const QByteArray bytes = compress(encodeBatch(batch));
        BatchRef ref { previous.seq, seq, {}, qint64(batch.ops.size()), summaryOf(batch.ops) };
        if ((result.error = writeBlob(bytes, &ref.blob)))
            return result;
        batches.append(ref);
        result.records = ref.records;
        result.batchBytes = ref.blob.length;
        previous.changes = changesOf(batch.ops, &prev);
    } else {
        previous.changes = {};
    }
    db.close();

    QByteArray snapshot;
    if ((result.error = makeSnapshot(newPack, &snapshot)))
        return result;
    BlobRef snapshotRef;
    if ((result.error = writeBlob(snapshot, &snapshotRef)))
        return result;
    // The uncompressed size caps decompression on the client.
    QByteArray raw;
    if ((result.error = decompress(snapshot, qint64(8) << 30, &raw)))
        return result;

    QJsonArray batchList;
    for (const BatchRef &b : std::as_const(batches)) {
        QJsonObject o = blobJson(b.blob);
        o.insert(QStringLiteral("base_seq"), b.baseSeq);
        o.insert(QStringLiteral("target_seq"), b.targetSeq);
        o.insert(QStringLiteral("records"), b.records);
        o.insert(QStringLiteral("summary"), b.summary);
        batchList.append(o);
    }
    QJsonObject snapshotJson = blobJson(snapshotRef);
    snapshotJson.insert(QStringLiteral("seq"), seq);
    snapshotJson.insert(QStringLiteral("uncompressed_length"), qint64(raw.size()));
    const QByteArray manifestJson
        = jsonBytes({ { QStringLiteral("type"), QStringLiteral("manifest") },
                      { QStringLiteral("spec_version"), kSpecVersion },
                      { QStringLiteral("pack_id"), packId },
                      { QStringLiteral("root_version"), root.version },
                      { QStringLiteral("seq"), seq },
                      { QStringLiteral("issued_at"), isoDate(options.now) },
                      { QStringLiteral("expires"), isoDate(options.now.addDays(options.manifestValidDays)) },
                      { QStringLiteral("schema_version"), pack::kSchemaVersion },
                      { QStringLiteral("min_app_version"), options.minAppVersion },
                      { QStringLiteral("snapshot"), snapshotJson },
                      { QStringLiteral("batches"), batchList },
                      { QStringLiteral("content_digest"), digest },
                      { QStringLiteral("changes"), previous.changes } });
    const QString manifestFile = repoDir + u'/' + manifestPath(seq);
    if ((result.error = signInto(key, manifestFile + QStringLiteral(".minisig"), manifestJson,
                                 QStringLiteral("kotona manifest %1 seq %2").arg(packId).arg(seq)))
        || (result.error = writeFileAtomically(manifestFile, manifestJson)) || (result.error = writeLatest(seq, manifestJson)))
        return result;
    result.seq = seq;
    result.snapshotBytes = snapshotRef.length;
    result.packBytes = QFileInfo(packPath).size();
    return result;
}

Error exportRepository(const QString &repoDir, const QString &toDir)
{
    Root root;
    if (Error e = newestRoot(repoDir, &root))
        return e;
    QStringList files;
    QDirIterator it(repoDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = QDir(repoDir).relativeFilePath(it.next());
        if (!rel.startsWith(u'.') && !rel.startsWith(QLatin1String("latest.json")))
            files << rel;
    }
    files.sort();
    // latest.json last: a copy interrupted half-way still holds the previous release whole.
    files << QStringLiteral("latest.json.minisig") << QStringLiteral("latest.json");
    for (const QString &rel : std::as_const(files)) {
        const QString target = toDir + u'/' + rel;
        if (!rel.startsWith(QLatin1String("latest.json")) && QFileInfo(target).size() == QFileInfo(repoDir + u'/' + rel).size()
            && rel.startsWith(QLatin1String("blobs/")))
            continue;
        QByteArray bytes;
        if (Error e = readFile(repoDir + u'/' + rel, qint64(8) << 30, &bytes))
            return e;
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return fail(ErrorCode::Io, QStringLiteral("cannot create %1").arg(QFileInfo(target).absolutePath()));
        if (Error e = writeFileAtomically(target, bytes))
            return e;
    }
    return {};
}

} // namespace kotona::sync
