// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing of the repository's metadata files (root, latest.json, manifests): kept
// apart from publishing so that the fuzz target links only what parses.
#include "sync/minisign.h"
#include "sync/repository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kotona::sync {

namespace {

QDateTime parseDate(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

bool isHex64(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

bool readBlobRef(const QJsonValue &v, BlobRef *out)
{
    const QJsonObject o = v.toObject();
    out->sha256 = o.value(QStringLiteral("sha256")).toString();
    out->length = o.value(QStringLiteral("length")).toInteger(-1);
    return isHex64(out->sha256) && out->length > 0;
}

Error malformed(const QString &what)
{
    return fail(ErrorCode::Malformed, what);
}

} // namespace

Error parseRoot(QByteArrayView json, Root *out)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &pe);
    const QJsonObject o = doc.object();
    if (pe.error != QJsonParseError::NoError || o.value(QStringLiteral("type")).toString() != QLatin1String("root"))
        return malformed(QStringLiteral("not a root file"));
    if (o.value(QStringLiteral("spec_version")).toInteger() != kSpecVersion)
        return fail(ErrorCode::SchemaTooNew, QStringLiteral("root of another format version"));
    Root r;
    r.version = int(o.value(QStringLiteral("version")).toInteger(0));
    r.packId = o.value(QStringLiteral("pack_id")).toString();
    r.expires = parseDate(o.value(QStringLiteral("expires")));
    for (const QJsonValue &k : o.value(QStringLiteral("keys")).toArray()) {
        const QByteArray b64 = k.toString().toLatin1();
        if (!PublicKey::parse(b64))
            return malformed(QStringLiteral("root has an invalid key"));
        r.publicKeys.append(b64);
    }
    if (r.version < 1 || r.packId.isEmpty() || !r.expires.isValid() || r.publicKeys.isEmpty()
        || o.value(QStringLiteral("threshold")).toInteger() != 1)
        return malformed(QStringLiteral("invalid root"));
    r.json = json.toByteArray();
    *out = std::move(r);
    return {};
}

Error parseLatest(QByteArrayView json, Latest *out)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &pe);
    const QJsonObject o = doc.object();
    if (pe.error != QJsonParseError::NoError || o.value(QStringLiteral("type")).toString() != QLatin1String("latest"))
        return malformed(QStringLiteral("not a latest.json file"));
    if (o.value(QStringLiteral("spec_version")).toInteger() != kSpecVersion)
        return fail(ErrorCode::SchemaTooNew, QStringLiteral("latest.json of another format version"));
    Latest l;
    l.packId = o.value(QStringLiteral("pack_id")).toString();
    l.seq = o.value(QStringLiteral("seq")).toInteger(0);
    l.issuedAt = parseDate(o.value(QStringLiteral("issued_at")));
    l.expires = parseDate(o.value(QStringLiteral("expires")));
    l.rootVersion = int(o.value(QStringLiteral("root_version")).toInteger(0));
    if (l.packId.isEmpty() || l.seq < 1 || !l.issuedAt.isValid() || !l.expires.isValid() || l.rootVersion < 1
        || !readBlobRef(o.value(QStringLiteral("manifest")), &l.manifest) || l.manifest.length > kMaxMetadataBytes)
        return malformed(QStringLiteral("invalid latest.json"));
    *out = std::move(l);
    return {};
}

Error parseManifest(QByteArrayView json, Manifest *out)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &pe);
    const QJsonObject o = doc.object();
    if (pe.error != QJsonParseError::NoError || o.value(QStringLiteral("type")).toString() != QLatin1String("manifest"))
        return malformed(QStringLiteral("not a manifest"));
    if (o.value(QStringLiteral("spec_version")).toInteger() != kSpecVersion)
        return fail(ErrorCode::SchemaTooNew, QStringLiteral("manifest of another format version"));
    Manifest m;
    m.packId = o.value(QStringLiteral("pack_id")).toString();
    m.rootVersion = int(o.value(QStringLiteral("root_version")).toInteger(0));
    m.seq = o.value(QStringLiteral("seq")).toInteger(0);
    m.issuedAt = parseDate(o.value(QStringLiteral("issued_at")));
    m.expires = parseDate(o.value(QStringLiteral("expires")));
    m.schemaVersion = int(o.value(QStringLiteral("schema_version")).toInteger(0));
    m.minAppVersion = o.value(QStringLiteral("min_app_version")).toString();
    m.contentDigest = o.value(QStringLiteral("content_digest")).toString();
    m.changes = o.value(QStringLiteral("changes")).toObject();
    const QJsonObject snapshot = o.value(QStringLiteral("snapshot")).toObject();
    m.snapshotUncompressed = snapshot.value(QStringLiteral("uncompressed_length")).toInteger(0);
    if (m.packId.isEmpty() || m.seq < 1 || m.schemaVersion < 1 || !m.issuedAt.isValid() || !m.expires.isValid()
        || !isHex64(m.contentDigest) || !readBlobRef(snapshot, &m.snapshot) || m.snapshotUncompressed <= 0
        || snapshot.value(QStringLiteral("seq")).toInteger() != m.seq)
        return malformed(QStringLiteral("invalid manifest"));
    qint64 expectBase = -1;
    for (const QJsonValue &v : o.value(QStringLiteral("batches")).toArray()) {
        const QJsonObject b = v.toObject();
        BatchRef r;
        r.baseSeq = b.value(QStringLiteral("base_seq")).toInteger(-1);
        r.targetSeq = b.value(QStringLiteral("target_seq")).toInteger(-1);
        r.records = b.value(QStringLiteral("records")).toInteger(-1);
        r.summary = b.value(QStringLiteral("summary")).toString();
        if (!readBlobRef(b, &r.blob) || r.baseSeq < 1 || r.targetSeq != r.baseSeq + 1 || r.records < 0
            || (expectBase >= 0 && r.baseSeq != expectBase) || r.targetSeq > m.seq)
            return malformed(QStringLiteral("invalid batch list in the manifest"));
        expectBase = r.targetSeq;
        m.batches.append(r);
    }
    if (!m.batches.isEmpty() && m.batches.last().targetSeq != m.seq)
        return malformed(QStringLiteral("the manifest's batches do not lead to its release"));
    *out = std::move(m);
    return {};
}

} // namespace kotona::sync
