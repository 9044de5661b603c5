// SPDX-License-Identifier: GPL-3.0-or-later
#include "pack/packinspector.h"

#include "content/packschema.h"
#include "content/sqlite.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace kotona::pack {

namespace {

bool openPack(sql::Database &db, const QString &path, QString &error)
{
    if (!db.open(path, sql::Database::Mode::ReadOnly)) {
        error = QStringLiteral("%1 is not a readable pack: %2").arg(path, db.lastError());
        return false;
    }
    const int version = db.userVersion();
    if (version != kSchemaVersion) {
        error = QStringLiteral("%1 has schema version %2; this tool reads version %3")
                    .arg(path)
                    .arg(version)
                    .arg(kSchemaVersion);
        return false;
    }
    return true;
}

// id -> sha256 of the row, for one table.
QMap<QString, QByteArray> rowHashes(sql::Database &db, const QString &table)
{
    QMap<QString, QByteArray> out;
    sql::Statement *s = db.prepare(QStringLiteral("SELECT * FROM %1").arg(table));
    while (s && s->next()) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (int i = 0; i < s->columnCount(); ++i) {
            h.addData(s->columnName(i).toUtf8());
            h.addData(s->isNull(i) ? QByteArray("\x01null") : s->value(i).toString().toUtf8());
            h.addData(QByteArrayView("\0", 1));
        }
        out.insert(s->text(0), h.result());
    }
    return out;
}

} // namespace

QString toString(TranslationState state)
{
    switch (state) {
    case TranslationState::Original:
        return QStringLiteral("original");
    case TranslationState::Reviewed:
        return QStringLiteral("reviewed");
    case TranslationState::Machine:
        return QStringLiteral("machine");
    case TranslationState::Outdated:
        return QStringLiteral("outdated");
    case TranslationState::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

PackReport PackInspector::inspect(const QString &packPath)
{
    PackReport r;
    sql::Database db;
    if (!openPack(db, packPath, r.error))
        return r;
    for (sql::Statement *s = db.prepare(QStringLiteral("SELECT id, value FROM meta ORDER BY id")); s && s->next();)
        r.meta.insert(s->text(0), s->text(1));
    for (const QString &table : recordTables()) {
        sql::Statement *s = db.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (s && s->next())
            r.tableCounts.insert(table, s->integer(0));
    }
    const QStringList perLanguage = { QStringLiteral("guide_texts"), QStringLiteral("sections"),
                                      QStringLiteral("glossary_entries"), QStringLiteral("checklist_texts") };
    for (const QString &table : perLanguage) {
        sql::Statement *s = db.prepare(QStringLiteral("SELECT lang, count(*) FROM %1 GROUP BY lang").arg(table));
        while (s && s->next())
            r.countsByLanguage[table].insert(s->text(0), s->integer(1));
    }
    for (sql::Statement *s = db.prepare(QStringLiteral("SELECT id FROM languages ORDER BY sort_order"));
         s && s->next();)
        r.languages.append(s->text(0));

    sql::Statement *guides = db.prepare(QStringLiteral("SELECT id, revision FROM guides ORDER BY id"));
    QMap<QString, qint64> revisions;
    while (guides && guides->next()) {
        revisions.insert(guides->text(0), guides->integer(1));
        for (const QString &lang : std::as_const(r.languages))
            r.matrix[guides->text(0)].insert(lang, TranslationState::Missing);
    }
    sql::Statement *texts = db.prepare(QStringLiteral(
        "SELECT guide_id, lang, translation, translated_from_revision FROM guide_texts WHERE variant = 'standard'"));
    while (texts && texts->next()) {
        const QString t = texts->text(2);
        TranslationState state = t == QLatin1String("original") ? TranslationState::Original
            : t == QLatin1String("reviewed")                    ? TranslationState::Reviewed
                                                                : TranslationState::Machine;
        if (state != TranslationState::Original && texts->integer(3) < revisions.value(texts->text(0)))
            state = TranslationState::Outdated;
        r.matrix[texts->text(0)][texts->text(1)] = state;
    }
    return r;
}

QJsonObject PackReport::toJson() const
{
    QJsonObject o;
    QJsonObject m;
    for (auto it = meta.cbegin(); it != meta.cend(); ++it)
        m.insert(it.key(), it.value());
    o.insert(QStringLiteral("meta"), m);
    QJsonObject counts;
    for (auto it = tableCounts.cbegin(); it != tableCounts.cend(); ++it)
        counts.insert(it.key(), it.value());
    o.insert(QStringLiteral("counts"), counts);
    QJsonObject byLang;
    for (auto it = countsByLanguage.cbegin(); it != countsByLanguage.cend(); ++it) {
        QJsonObject l;
        for (auto jt = it.value().cbegin(); jt != it.value().cend(); ++jt)
            l.insert(jt.key(), jt.value());
        byLang.insert(it.key(), l);
    }
    o.insert(QStringLiteral("counts_by_language"), byLang);
    o.insert(QStringLiteral("languages"), QJsonArray::fromStringList(languages));
    QJsonObject mx;
    for (auto it = matrix.cbegin(); it != matrix.cend(); ++it) {
        QJsonObject row;
        for (auto jt = it.value().cbegin(); jt != it.value().cend(); ++jt)
            row.insert(jt.key(), toString(jt.value()));
        mx.insert(it.key(), row);
    }
    o.insert(QStringLiteral("translations"), mx);
    return o;
}

PackDiff PackInspector::diff(const QString &oldPack, const QString &newPack)
{
    PackDiff d;
    sql::Database a, b;
    if (!openPack(a, oldPack, d.error) || !openPack(b, newPack, d.error))
        return d;
    for (const QString &table : recordTables()) {
        const auto before = rowHashes(a, table);
        const auto after = rowHashes(b, table);
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (!before.contains(it.key()))
                d.added[table].append(it.key());
            else if (before.value(it.key()) != it.value())
                d.changed[table].append(it.key());
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!after.contains(it.key()))
                d.removed[table].append(it.key());
        }
    }
    return d;
}

QJsonObject PackDiff::toJson() const
{
    auto section = [](const QMap<QString, QStringList> &m) {
        QJsonObject o;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            o.insert(it.key(), QJsonArray::fromStringList(it.value()));
        return o;
    };
    return { { QStringLiteral("added"), section(added) },
             { QStringLiteral("changed"), section(changed) },
             { QStringLiteral("removed"), section(removed) } };
}

} // namespace kotona::pack
