// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/applier.h"

#include "content/packschema.h"
#include "search/searchindex.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <sqlite3.h>

namespace kotona::sync {

namespace {

struct Column {
    QString name;
    QString type; // declared type, upper case
    bool notNull = false;
};

QList<Column> columnsOf(sql::Database &db, const QString &table)
{
    QList<Column> columns;
    // Table names come from recordTables(), never from input.
    if (sql::Statement *s = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (s->next())
            columns.append({ s->text(1), s->text(2).toUpper(), s->integer(3) != 0 });
    }
    return columns;
}

bool valueFits(const Column &c, const QJsonValue &v)
{
    if (v.isNull())
        return !c.notNull;
    if (c.type == QLatin1String("TEXT"))
        return v.isString();
    if (c.type == QLatin1String("INTEGER"))
        return v.isDouble() && v.toDouble() == double(v.toInteger());
    if (c.type == QLatin1String("REAL"))
        return v.isDouble();
    if (c.type == QLatin1String("BLOB")) {
        if (!v.isObject() || v.toObject().size() != 1)
            return false;
        const QJsonValue b = v.toObject().value(QStringLiteral("base64"));
        return b.isString()
            && QByteArray::fromBase64Encoding(b.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    }
    return false;
}

QVariant toSql(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QVariant();
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        if (v.toDouble() == double(v.toInteger()))
            return v.toInteger();
        return v.toDouble();
    case QJsonValue::Object:
        return QByteArray::fromBase64(v.toObject().value(QStringLiteral("base64")).toString().toLatin1());
    default:
        return QVariant();
    }
}

// The guide a record belongs to, for the "changed" marks.
QString guideOf(const QString &table, const QString &id)
{
    if (table == QLatin1String("guides"))
        return id;
    if (table == QLatin1String("guide_texts") || table == QLatin1String("sections"))
        return id.section(QLatin1Char(':'), 0, 0);
    if (table == QLatin1String("guide_links"))
        return id.section(QLatin1Char('>'), 0, 0);
    return {};
}

} // namespace

QString metaValue(sql::Database &db, const QString &key)
{
    sql::Statement *s = db.prepare(QStringLiteral("SELECT value FROM meta WHERE id = ?1"));
    if (s && s->bind(1, key).next())
        return s->text(0);
    return {};
}

bool setMetaValue(sql::Database &db, const QString &key, const QString &value)
{
    sql::Statement *s = db.prepare(QStringLiteral("INSERT INTO meta (id, value) VALUES (?1, ?2) "
                                                  "ON CONFLICT (id) DO UPDATE SET value = excluded.value"));
    return s && s->bind(1, key).bind(2, value).exec();
}

Error checkBatch(sql::Database &db, const Batch &batch)
{
    const BatchHeader &h = batch.header;
    if (metaValue(db, QStringLiteral("pack_id")) != h.packId)
        return fail(ErrorCode::WrongPack, QStringLiteral("batch for pack %1").arg(h.packId));
    const int schema = db.userVersion();
    if (h.schemaVersion > pack::kSchemaVersion)
        return fail(ErrorCode::SchemaTooNew, QStringLiteral("batch schema %1").arg(h.schemaVersion));
    if (h.schemaVersion != schema)
        return fail(ErrorCode::BaseMismatch, QStringLiteral("batch schema %1, pack schema %2").arg(h.schemaVersion).arg(schema));
    const qint64 seq = metaValue(db, QStringLiteral("seq")).toLongLong();
    if (seq >= h.targetSeq)
        return fail(ErrorCode::Rollback, QStringLiteral("pack is at seq %1, batch goes to %2").arg(seq).arg(h.targetSeq));
    if (seq != h.baseSeq)
        return fail(ErrorCode::BaseMismatch, QStringLiteral("pack is at seq %1, batch starts at %2").arg(seq).arg(h.baseSeq));

    QHash<QString, QList<Column>> schemaOf;
    QSet<QPair<QString, QString>> seen;
    for (const RecordOp &op : batch.ops) {
        if (op.kind == RecordOp::Kind::Meta)
            continue;
        if (seen.contains({ op.table, op.id }))
            return fail(ErrorCode::Malformed, QStringLiteral("%1 %2 appears twice").arg(op.table, op.id));
        seen.insert({ op.table, op.id });
        if (op.kind == RecordOp::Kind::Delete)
            continue;
        auto it = schemaOf.find(op.table);
        if (it == schemaOf.end())
            it = schemaOf.insert(op.table, columnsOf(db, op.table));
        if (it->size() != op.row.size())
            return fail(ErrorCode::Malformed, QStringLiteral("%1 %2: wrong columns").arg(op.table, op.id));
        for (const Column &c : std::as_const(*it)) {
            const auto v = op.row.constFind(c.name);
            if (v == op.row.constEnd() || !valueFits(c, *v))
                return fail(ErrorCode::Malformed, QStringLiteral("%1 %2: bad value for %3").arg(op.table, op.id, c.name));
        }
    }
    return {};
}

ApplyResult applyBatch(sql::Database &db, const Batch &batch)
{
    ApplyResult result;
    auto dbError = [&](const QString &what) {
        // Statements report their errors on the connection, not in db.lastError().
        const bool full = (sqlite3_extended_errcode(db.handle()) & 0xff) == SQLITE_FULL
            || db.lastError().contains(QLatin1String("full"), Qt::CaseInsensitive);
        result.error = fail(full ? ErrorCode::DiskFull : ErrorCode::Io,
                            what + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(db.handle())));
        return result;
    };

    sql::Transaction tx(db, true);
    if (!tx.ok())
        return dbError(QStringLiteral("cannot begin"));
    // Checked inside the write transaction: no other writer can move seq meanwhile.
    if ((result.error = checkBatch(db, batch)))
        return result;

    const bool indexed = search::hasIndex(db);
    QSet<QString> sectionIds, textIds, guides;
    for (const RecordOp &op : batch.ops) {
        if (op.table == QLatin1String("sections"))
            sectionIds.insert(op.id);
        else if (op.table == QLatin1String("guide_texts"))
            textIds.insert(op.id);
        const QString g = guideOf(op.table, op.id);
        if (!g.isEmpty())
            guides.insert(g);
    }
    auto affectedRowids = [&]() {
        QList<qint64> rowids;
        sql::Statement *byId = db.prepare(QStringLiteral("SELECT rowid FROM sections WHERE id = ?1"));
        sql::Statement *byText = db.prepare(QStringLiteral("SELECT rowid FROM sections WHERE text_id = ?1"));
        if (!byId || !byText)
            return rowids;
        for (const QString &id : std::as_const(sectionIds)) {
            byId->bind(1, id);
            while (byId->next())
                rowids.append(byId->integer(0));
            byId->reset();
        }
        for (const QString &id : std::as_const(textIds)) {
            byText->bind(1, id);
            while (byText->next())
                rowids.append(byText->integer(0));
            byText->reset();
        }
        std::sort(rowids.begin(), rowids.end());
        rowids.erase(std::unique(rowids.begin(), rowids.end()), rowids.end());
        return rowids;
    };
    if (indexed && !(search::unindexSections(db, affectedRowids()) && search::setIndexTriggers(db, false)))
        return dbError(QStringLiteral("cannot prepare the search index"));

    // Per table: its columns and its upsert statement, made once.
    struct Upsert {
        QList<Column> columns;
        QString sql;
    };
    QHash<QString, Upsert> upserts;
    auto upsertFor = [&](const QString &table) -> const Upsert & {
        auto it = upserts.find(table);
        if (it != upserts.end())
            return *it;
        Upsert u { columnsOf(db, table), {} };
        QStringList names, params, updates;
        for (qsizetype i = 0; i < u.columns.size(); ++i) {
            names << u.columns.at(i).name;
            params << QStringLiteral("?%1").arg(i + 1);
            if (u.columns.at(i).name != QLatin1String("id"))
                updates << QStringLiteral("%1 = excluded.%1").arg(u.columns.at(i).name);
        }
        // An upsert that updates in place keeps the rowid (and fires no delete).
        u.sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
                    .arg(table, names.join(QLatin1Char(',')), params.join(QLatin1Char(',')), updates.join(QLatin1Char(',')));
        return *upserts.insert(table, std::move(u));
    };
    for (const RecordOp &op : batch.ops) {
        if (op.kind == RecordOp::Kind::Meta) {
            if (!setMetaValue(db, op.id, op.row.value(QStringLiteral("value")).toString()))
                return dbError(QStringLiteral("meta %1").arg(op.id));
            continue;
        }
        if (op.kind == RecordOp::Kind::Delete) {
            sql::Statement *s = db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(op.table));
            if (!s || !s->bind(1, op.id).exec())
                return dbError(QStringLiteral("delete %1 %2").arg(op.table, op.id));
            continue;
        }
        const Upsert &u = upsertFor(op.table);
        sql::Statement *s = db.prepare(u.sql);
        if (!s)
            return dbError(QStringLiteral("upsert %1").arg(op.table));
        for (qsizetype i = 0; i < u.columns.size(); ++i)
            s->bind(int(i + 1), toSql(op.row.value(u.columns.at(i).name)));
        if (!s->exec())
            return dbError(QStringLiteral("upsert %1 %2").arg(op.table, op.id));
    }

    if (indexed && !(search::indexSections(db, affectedRowids()) && search::setIndexTriggers(db, true)))
        return dbError(QStringLiteral("cannot update the search index"));

    const QString digest = pack::contentDigest(db);
    if (digest != batch.header.contentDigest) {
        result.error = fail(ErrorCode::DigestMismatch,
                            QStringLiteral("content digest %1 after the batch, %2 expected").arg(digest, batch.header.contentDigest));
        return result; // the transaction rolls back
    }
    if (!setMetaValue(db, QStringLiteral("seq"), QString::number(batch.header.targetSeq))
        || !setMetaValue(db, QStringLiteral("content_digest"), digest))
        return dbError(QStringLiteral("cannot set seq"));
    if (!tx.commit())
        return dbError(QStringLiteral("cannot commit"));
    result.records = qint64(batch.ops.size());
    result.changedGuides = QStringList(guides.begin(), guides.end());
    result.changedGuides.sort();
    return result;
}

} // namespace kotona::sync
