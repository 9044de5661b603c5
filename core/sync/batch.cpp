// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/batch.h"

#include "content/packschema.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>
#include <zstd.h>

#include <memory>

namespace kotona::sync {

namespace {

struct StmtDeleter {
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, StmtDeleter>;

Stmt prepareAll(sql::Database &db, const QString &table)
{
    const QByteArray sql = QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table).toUtf8();
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db.handle(), sql.constData(), int(sql.size()), &s, nullptr) != SQLITE_OK) {
        sqlite3_finalize(s);
        return {};
    }
    return Stmt(s);
}

QByteArray idOf(sqlite3_stmt *s)
{
    // `id` is the primary key of every record table; find its column once per row
    // (the tables have few columns).
    for (int i = 0; i < sqlite3_column_count(s); ++i) {
        if (qstrcmp(sqlite3_column_name(s, i), "id") == 0)
            return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, i)), sqlite3_column_bytes(s, i));
    }
    return {};
}

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool isMetaKeyAllowed(const QString &key)
{
    // seq and content_digest come from the header; pack_id never changes.
    return !key.isEmpty() && key != QLatin1String("seq") && key != QLatin1String("content_digest")
        && key != QLatin1String("pack_id") && key != QLatin1String("schema_version");
}

} // namespace

QJsonObject rowFromStatement(void *stmt)
{
    auto *s = static_cast<sqlite3_stmt *>(stmt);
    QJsonObject row;
    for (int i = 0; i < sqlite3_column_count(s); ++i) {
        const QString name = QString::fromUtf8(sqlite3_column_name(s, i));
        switch (sqlite3_column_type(s, i)) {
        case SQLITE_NULL:
            row.insert(name, QJsonValue::Null);
            break;
        case SQLITE_INTEGER:
            row.insert(name, qint64(sqlite3_column_int64(s, i)));
            break;
        case SQLITE_FLOAT:
            row.insert(name, sqlite3_column_double(s, i));
            break;
        case SQLITE_BLOB: {
            const QByteArray bytes(static_cast<const char *>(sqlite3_column_blob(s, i)), sqlite3_column_bytes(s, i));
            row.insert(name, QJsonObject { { QStringLiteral("base64"), QString::fromLatin1(bytes.toBase64()) } });
            break;
        }
        default:
            row.insert(name,
                       QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, i)),
                                         sqlite3_column_bytes(s, i)));
        }
    }
    return row;
}

bool diffPacks(sql::Database &from, sql::Database &to, std::vector<RecordOp> *ops, QString *error)
{
    ops->clear();
    for (const QString &table : pack::recordTables()) {
        Stmt a = prepareAll(from, table);
        Stmt b = prepareAll(to, table);
        if (!a || !b) {
            if (error)
                *error = QStringLiteral("cannot read table %1").arg(table);
            return false;
        }
        bool hasA = sqlite3_step(a.get()) == SQLITE_ROW;
        bool hasB = sqlite3_step(b.get()) == SQLITE_ROW;
        while (hasA || hasB) {
            const QByteArray idA = hasA ? idOf(a.get()) : QByteArray();
            const QByteArray idB = hasB ? idOf(b.get()) : QByteArray();
            // Both sides are ordered by id with SQLite's BINARY collation: memcmp order.
            const int cmp = !hasA ? 1 : !hasB ? -1 : qstrcmp(idA, idB);
            if (cmp < 0) {
                ops->push_back({ RecordOp::Kind::Delete, table, QString::fromUtf8(idA), {} });
                hasA = sqlite3_step(a.get()) == SQLITE_ROW;
            } else if (cmp > 0) {
                ops->push_back({ RecordOp::Kind::Upsert, table, QString::fromUtf8(idB), rowFromStatement(b.get()) });
                hasB = sqlite3_step(b.get()) == SQLITE_ROW;
            } else {
                QJsonObject rowB = rowFromStatement(b.get());
                if (rowFromStatement(a.get()) != rowB)
                    ops->push_back({ RecordOp::Kind::Upsert, table, QString::fromUtf8(idB), std::move(rowB) });
                hasA = sqlite3_step(a.get()) == SQLITE_ROW;
                hasB = sqlite3_step(b.get()) == SQLITE_ROW;
            }
        }
    }
    // Meta values other than the ones every release changes (seq, digest, built_at).
    auto metaOf = [](sql::Database &db) {
        QMap<QString, QString> m;
        if (sql::Statement *s = db.prepare(QStringLiteral("SELECT id, value FROM meta"))) {
            while (s->next())
                m.insert(s->text(0), s->text(1));
        }
        return m;
    };
    const auto metaA = metaOf(from);
    const auto metaB = metaOf(to);
    for (auto it = metaB.cbegin(); it != metaB.cend(); ++it) {
        if (isMetaKeyAllowed(it.key()) && it.key() != QLatin1String("built_at") && metaA.value(it.key()) != it.value())
            ops->push_back({ RecordOp::Kind::Meta, QStringLiteral("meta"), it.key(),
                             QJsonObject { { QStringLiteral("value"), it.value() } } });
    }
    return true;
}

QByteArray encodeBatch(const Batch &batch)
{
    QByteArray out;
    const BatchHeader &h = batch.header;
    out += compactJson({ { QStringLiteral("op"), QStringLiteral("batch") },
                         { QStringLiteral("pack_id"), h.packId },
                         { QStringLiteral("base_seq"), h.baseSeq },
                         { QStringLiteral("target_seq"), h.targetSeq },
                         { QStringLiteral("schema_version"), h.schemaVersion },
                         { QStringLiteral("content_digest"), h.contentDigest },
                         { QStringLiteral("records"), qint64(batch.ops.size()) } });
    out += '\n';
    for (const RecordOp &op : batch.ops) {
        QJsonObject line;
        switch (op.kind) {
        case RecordOp::Kind::Upsert:
            line = { { QStringLiteral("op"), QStringLiteral("upsert") },
                     { QStringLiteral("table"), op.table },
                     { QStringLiteral("id"), op.id },
                     { QStringLiteral("row"), op.row } };
            break;
        case RecordOp::Kind::Delete:
            line = { { QStringLiteral("op"), QStringLiteral("delete") },
                     { QStringLiteral("table"), op.table },
                     { QStringLiteral("id"), op.id } };
            break;
        case RecordOp::Kind::Meta:
            line = { { QStringLiteral("op"), QStringLiteral("meta") },
                     { QStringLiteral("key"), op.id },
                     { QStringLiteral("value"), op.row.value(QStringLiteral("value")) } };
            break;
        }
        out += compactJson(line);
        out += '\n';
    }
    out += compactJson({ { QStringLiteral("op"), QStringLiteral("end") }, { QStringLiteral("records"), qint64(batch.ops.size()) } });
    out += '\n';
    return out;
}

Error decodeBatch(QByteArrayView ndjson, Batch *out, qint64 maxRecords)
{
    *out = {};
    auto bad = [](qint64 line, const QString &why) {
        return fail(ErrorCode::Malformed, QStringLiteral("batch line %1: %2").arg(line).arg(why));
    };
    qint64 lineNo = 0;
    bool ended = false;
    qsizetype pos = 0;
    const QStringList &tables = pack::recordTables();
    while (pos < ndjson.size()) {
        qsizetype nl = ndjson.indexOf('\n', pos);
        if (nl < 0)
            return bad(lineNo + 1, QStringLiteral("the last line has no end (truncated)"));
        const QByteArrayView line = ndjson.sliced(pos, nl - pos);
        pos = nl + 1;
        ++lineNo;
        if (ended)
            return bad(lineNo, QStringLiteral("data after the end line"));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return bad(lineNo, QStringLiteral("not a JSON object"));
        const QJsonObject o = doc.object();
        const QString op = o.value(QStringLiteral("op")).toString();
        if (lineNo == 1) {
            if (op != QLatin1String("batch"))
                return bad(lineNo, QStringLiteral("the first line is not the batch header"));
            BatchHeader &h = out->header;
            h.packId = o.value(QStringLiteral("pack_id")).toString();
            h.baseSeq = o.value(QStringLiteral("base_seq")).toInteger(-1);
            h.targetSeq = o.value(QStringLiteral("target_seq")).toInteger(-1);
            h.schemaVersion = int(o.value(QStringLiteral("schema_version")).toInteger(-1));
            h.contentDigest = o.value(QStringLiteral("content_digest")).toString();
            h.records = o.value(QStringLiteral("records")).toInteger(-1);
            if (h.packId.isEmpty() || h.baseSeq < 0 || h.targetSeq <= h.baseSeq || h.schemaVersion < 1
                || h.contentDigest.size() != 64 || h.records < 0 || h.records > maxRecords)
                return bad(lineNo, QStringLiteral("invalid batch header"));
            out->ops.reserve(size_t(h.records));
            continue;
        }
        if (op == QLatin1String("end")) {
            if (o.value(QStringLiteral("records")).toInteger(-1) != qint64(out->ops.size())
                || qint64(out->ops.size()) != out->header.records)
                return bad(lineNo, QStringLiteral("the number of records does not match"));
            ended = true;
            continue;
        }
        if (qint64(out->ops.size()) >= out->header.records)
            return bad(lineNo, QStringLiteral("more records than the header announced"));
        RecordOp r;
        if (op == QLatin1String("meta")) {
            r.kind = RecordOp::Kind::Meta;
            r.table = QStringLiteral("meta");
            r.id = o.value(QStringLiteral("key")).toString();
            const QJsonValue v = o.value(QStringLiteral("value"));
            if (!isMetaKeyAllowed(r.id) || !v.isString())
                return bad(lineNo, QStringLiteral("invalid meta operation"));
            r.row.insert(QStringLiteral("value"), v);
        } else {
            if (op == QLatin1String("upsert"))
                r.kind = RecordOp::Kind::Upsert;
            else if (op == QLatin1String("delete"))
                r.kind = RecordOp::Kind::Delete;
            else
                return bad(lineNo, QStringLiteral("unknown operation"));
            r.table = o.value(QStringLiteral("table")).toString();
            r.id = o.value(QStringLiteral("id")).toString();
            if (!tables.contains(r.table))
                return bad(lineNo, QStringLiteral("unknown table"));
            if (r.id.isEmpty())
                return bad(lineNo, QStringLiteral("missing id"));
            if (r.kind == RecordOp::Kind::Upsert) {
                const QJsonValue row = o.value(QStringLiteral("row"));
                if (!row.isObject() || row.toObject().value(QStringLiteral("id")).toString() != r.id)
                    return bad(lineNo, QStringLiteral("the row is missing or has another id"));
                r.row = row.toObject();
            }
        }
        out->ops.push_back(std::move(r));
    }
    if (!ended)
        return bad(lineNo, QStringLiteral("no end line (truncated)"));
    return {};
}

QByteArray compress(QByteArrayView data, int level)
{
    std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx *)> cctx(ZSTD_createCCtx(), ZSTD_freeCCtx);
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_checksumFlag, 1);
    // Deterministic output whatever the machine: no worker threads.
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_nbWorkers, 0);
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(data.size()))), Qt::Uninitialized);
    const size_t n = ZSTD_compress2(cctx.get(), out.data(), size_t(out.size()), data.data(), size_t(data.size()));
    if (ZSTD_isError(n))
        return {};
    out.truncate(qsizetype(n));
    return out;
}

Error decompress(QByteArrayView data, qint64 maxSize, QByteArray *out)
{
    out->clear();
    std::unique_ptr<ZSTD_DCtx, size_t (*)(ZSTD_DCtx *)> dctx(ZSTD_createDCtx(), ZSTD_freeDCtx);
    // No window larger than 128 MB, whatever the frame asks for.
    ZSTD_DCtx_setParameter(dctx.get(), ZSTD_d_windowLogMax, 27);
    ZSTD_inBuffer in { data.data(), size_t(data.size()), 0 };
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    size_t last = 1;
    while (in.pos < in.size) {
        ZSTD_outBuffer o { chunk.data(), size_t(chunk.size()), 0 };
        last = ZSTD_decompressStream(dctx.get(), &o, &in);
        if (ZSTD_isError(last))
            return fail(ErrorCode::Malformed, QStringLiteral("zstd: %1").arg(QString::fromLatin1(ZSTD_getErrorName(last))));
        if (out->size() + qint64(o.pos) > maxSize)
            return fail(ErrorCode::TooLarge, QStringLiteral("more than %1 bytes after decompression").arg(maxSize));
        out->append(chunk.constData(), qsizetype(o.pos));
        if (o.pos == 0 && in.pos < in.size && last != 0)
            continue;
    }
    // Flush what the decoder still holds.
    while (last != 0) {
        ZSTD_outBuffer o { chunk.data(), size_t(chunk.size()), 0 };
        last = ZSTD_decompressStream(dctx.get(), &o, &in);
        if (ZSTD_isError(last))
            return fail(ErrorCode::Malformed, QStringLiteral("zstd: %1").arg(QString::fromLatin1(ZSTD_getErrorName(last))));
        if (o.pos == 0)
            break;
        if (out->size() + qint64(o.pos) > maxSize)
            return fail(ErrorCode::TooLarge, QStringLiteral("more than %1 bytes after decompression").arg(maxSize));
        out->append(chunk.constData(), qsizetype(o.pos));
    }
    if (last != 0)
        return fail(ErrorCode::Malformed, QStringLiteral("zstd: the data ends in the middle of a frame (truncated)"));
    return {};
}

} // namespace kotona::sync
