// SPDX-License-Identifier: GPL-3.0-or-later
#include "pack/packbuilder.h"

#include "content/packschema.h"
#include "content/sqlite.h"
#include "search/fts5tokenizer.h"
#include "search/searchindex.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <fcntl.h>
#include <future>
#include <unistd.h>

namespace kotona::pack {

namespace {

QString json(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString builtAtFor(const ContentSource &content, const BuildOptions &options)
{
    if (!options.builtAt.isEmpty())
        return options.builtAt;
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok)
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).toString(Qt::ISODate);
    const QDate d = content.newestReview.isValid() ? content.newestReview : QDate(2026, 1, 1);
    return d.startOfDay(Qt::UTC).toString(Qt::ISODate);
}

// Inserts one record; every table's first column is its stable id.
class Writer
{
public:
    explicit Writer(sql::Database &db)
        : m_db(db)
    { }

    bool insert(const QString &table, const QVariantList &values)
    {
        QString placeholders;
        for (int i = 0; i < values.size(); ++i)
            placeholders += i ? QStringLiteral(",?") : QStringLiteral("?");
        sql::Statement *s = m_db.prepare(QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(table, placeholders));
        if (!s)
            return fail(m_db.lastError());
        for (int i = 0; i < values.size(); ++i)
            s->bind(i + 1, values.at(i));
        return s->exec()
            || fail(table + QStringLiteral(" ") + values.value(0).toString() + QStringLiteral(": ") + s->error());
    }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    bool fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
        return false;
    }

    sql::Database &m_db;
    QString m_error;
};

void writeContent(Writer &w, const ContentSource &c, qint64 &sections)
{
    int order = 0;
    for (const auto &l : c.languages)
        w.insert(QStringLiteral("languages"), { l.code, l.nativeName, l.englishName, l.direction, order++ });
    order = 0;
    for (const auto &t : c.topics) {
        w.insert(QStringLiteral("topics"), { t.id, t.icon, order++ });
        for (auto it = t.title.cbegin(); it != t.title.cend(); ++it)
            w.insert(QStringLiteral("topic_texts"),
                     { t.id + QLatin1Char(':') + it.key(), t.id, it.key(), it.value(),
                       t.summary.value(it.key(), QStringLiteral("")) });
    }
    order = 0;
    for (const auto &m : c.municipalities) {
        w.insert(QStringLiteral("municipalities"), { m.id, order++ });
        for (auto it = m.name.cbegin(); it != m.name.cend(); ++it)
            w.insert(QStringLiteral("municipality_names"),
                     { m.id + QLatin1Char(':') + it.key(), m.id, it.key(), it.value() });
    }
    for (const auto &g : c.guides) {
        w.insert(QStringLiteral("guides"),
                 { g.id, g.topic, g.municipality.isEmpty() ? QVariant() : QVariant(g.municipality), g.originalLang,
                   g.revision, g.webUrl.isEmpty() ? QVariant() : QVariant(g.webUrl) });
        QSet<QString> links;
        for (const auto &t : g.texts) {
            const QString textId = g.id + QLatin1Char(':') + t.lang + QLatin1Char(':') + t.variant;
            w.insert(QStringLiteral("guide_texts"),
                     { textId, g.id, t.lang, t.variant, t.title, t.summary, t.reviewedOn.toString(Qt::ISODate),
                       t.translation, t.translatedFromLang.isEmpty() ? QVariant() : QVariant(t.translatedFromLang),
                       t.translatedFromLang.isEmpty() ? QVariant() : QVariant(t.translatedFromRevision),
                       json(t.sources) });
            int ord = 0;
            for (const auto &s : t.parsed.sections) {
                w.insert(QStringLiteral("sections"),
                         { textId + QLatin1Char('#') + s.anchor, textId, g.id, t.lang, t.variant, ord++, s.anchor,
                           s.heading, s.level, s.markdown, s.plain });
                ++sections;
            }
            for (const auto &l : t.parsed.links)
                links.insert(l.kind + QLatin1Char(':') + l.target);
            for (const auto &s : t.services)
                links.insert(QStringLiteral("service:") + s);
            for (const auto &s : t.glossary)
                links.insert(QStringLiteral("glossary:") + s);
        }
        QStringList sorted = links.values();
        sorted.sort();
        for (const QString &l : sorted) {
            const QString kind = l.section(QLatin1Char(':'), 0, 0);
            const QString target = l.section(QLatin1Char(':'), 1);
            w.insert(QStringLiteral("guide_links"), { g.id + QLatin1Char('>') + l, g.id, kind, target });
        }
    }
    for (const auto &s : c.services) {
        w.insert(QStringLiteral("services"),
                 { s.id, s.municipality, s.kind, s.address, s.hasCoordinates ? QVariant(s.latitude) : QVariant(),
                   s.hasCoordinates ? QVariant(s.longitude) : QVariant(), s.phone, s.web, json(s.languages),
                   s.openingHours.isEmpty() ? QVariant() : QVariant(s.openingHours), json(s.topics),
                   s.reviewedOn.toString(Qt::ISODate), json(s.sources) });
        for (auto it = s.name.cbegin(); it != s.name.cend(); ++it)
            w.insert(QStringLiteral("service_names"),
                     { s.id + QLatin1Char(':') + it.key(), s.id, it.key(), it.value() });
    }
    for (const auto &g : c.glossary) {
        w.insert(QStringLiteral("glossary_terms"), { g.id, json(g.related) });
        for (auto it = g.entries.cbegin(); it != g.entries.cend(); ++it)
            w.insert(QStringLiteral("glossary_entries"),
                     { g.id + QLatin1Char(':') + it.key(), g.id, it.key(), it.value().first, it.value().second });
        for (auto it = g.also.cbegin(); it != g.also.cend(); ++it) {
            QStringList words = it.value();
            words.sort();
            for (const QString &word : std::as_const(words))
                w.insert(QStringLiteral("glossary_words"),
                         { g.id + QLatin1Char(':') + it.key() + QLatin1Char(':') + word, g.id, it.key(), word });
        }
    }
    for (const auto &cl : c.checklists) {
        w.insert(QStringLiteral("checklists"), { cl.id, cl.topic.isEmpty() ? QVariant() : QVariant(cl.topic) });
        for (const auto &t : cl.texts) {
            const QString textId = cl.id + QLatin1Char(':') + t.lang;
            w.insert(QStringLiteral("checklist_texts"), { textId, cl.id, t.lang, t.title, t.translation });
            int ord = 0;
            for (const auto &item : t.items)
                w.insert(QStringLiteral("checklist_items"),
                         { textId + QLatin1Char('#') + item.key, cl.id, t.lang, ord++, item.key, item.text });
        }
    }
    for (auto it = c.workshops.cbegin(); it != c.workshops.cend(); ++it)
        w.insert(QStringLiteral("workshops"), { it.key(), it.value() });
}

} // namespace

bool syncToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

BuildResult PackBuilder::build(const ContentSource &content, const QString &out, const BuildOptions &options)
{
    BuildResult result;
    // The pack is written into a scratch file, copied compactly (VACUUM INTO) to
    // `<out>.building`, and that is renamed over `out` when complete.
    const QString scratch = out + QStringLiteral(".scratch");
    const QString tmp = out + QStringLiteral(".building");
    auto removeTemporaries = [&] {
        QFile::remove(scratch);
        QFile::remove(tmp);
    };
    removeTemporaries();
    {
        sql::Database db;
        auto fail = [&](const QString &why) {
            result.error = why;
            db.close();
            removeTemporaries();
            return result;
        };
        if (!db.open(scratch, sql::Database::Mode::Create))
            return fail(db.lastError());
        // Nothing to journal or sync in a file that is thrown away on failure. Pages
        // of 16 KB (the pack keeps them): sections hold a few KB of text each, and
        // the pack is an eighth smaller and builds faster than with 4 KB pages.
        db.exec(QStringLiteral("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=16384;"));
        if (!createSchema(db))
            return fail(db.lastError());
        if (!search::registerTokenizer(db.handle()))
            return fail(QStringLiteral("the search tokenizer could not be registered"));
        Writer w(db);
        {
            sql::Transaction tx(db);
            writeContent(w, content, result.sections);
            if (w.failed() || !tx.commit())
                return fail(w.failed() ? w.error() : db.lastError());
        }

        // The search index is derived: built once after all the sections are in,
        // while a second thread and connection compute the digest of the records.
        // Until it commits, this connection must then keep its changes in memory
        // (cache_spill=OFF): writing to the file needs an exclusive lock, which the
        // reader holds off.
        std::future<QString> digest = std::async(std::launch::async, [scratch] {
            sql::Database reader;
            if (!reader.open(scratch, sql::Database::Mode::ReadOnly))
                return QString();
            reader.exec(QStringLiteral("PRAGMA mmap_size=1073741824"));
            return contentDigest(reader);
        });
        db.exec(QStringLiteral("PRAGMA cache_spill=OFF"));
        sql::Transaction tx(db);
        const bool indexed = search::createIndex(db) && search::rebuildIndex(db);
        const QString indexError = db.lastError();
        result.contentDigest = digest.get();
        if (!indexed)
            return fail(indexError);
        if (result.contentDigest.isEmpty())
            return fail(QStringLiteral("could not compute the content digest"));
        const QVariantList meta[] = {
            { QStringLiteral("pack_id"), content.packId },
            { QStringLiteral("seq"), QString::number(options.seq) },
            { QStringLiteral("schema_version"), QString::number(kSchemaVersion) },
            { QStringLiteral("built_at"), builtAtFor(content, options) },
            { QStringLiteral("content_digest"), result.contentDigest },
            { QStringLiteral("fallback"), json(content.fallback) },
        };
        for (const auto &m : meta)
            w.insert(QStringLiteral("meta"), m);
        if (w.failed() || !tx.commit())
            return fail(w.failed() ? w.error() : db.lastError());
        // A compact file with the same bytes for the same content, written straight
        // to its own file (an in-place VACUUM would copy everything twice).
        sql::Statement *vacuum = db.prepare(QStringLiteral("VACUUM INTO ?1"));
        if (!vacuum || !vacuum->bind(1, tmp).exec())
            return fail(vacuum ? vacuum->error() : db.lastError());
    }
    QFile::remove(scratch);
    if (!syncToDisk(tmp) || std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(out).constData()) != 0) {
        result.error = QStringLiteral("could not write %1").arg(out);
        QFile::remove(tmp);
        return result;
    }
    syncToDisk(QFileInfo(out).absolutePath());
    result.bytes = QFileInfo(out).size();
    result.ok = true;
    return result;
}

BuildResult PackBuilder::buildFromDirectory(const QString &dataDir, const QString &out, Problems &problems,
                                            const BuildOptions &options)
{
    const ContentSource content = ContentSource::load(dataDir, problems);
    if (!problems.isEmpty())
        return {};
    return build(content, out, options);
}

} // namespace kotona::pack
