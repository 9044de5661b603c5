// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/contentstore.h"

#include "content/packschema.h"
#include "search/fts5tokenizer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace kotona {

namespace {

QStringList jsonList(const QString &json)
{
    QStringList out;
    for (const auto &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toString());
    return out;
}

// Picks the first language of `order` present in `available` (a lang -> row map).
template<typename Map> QString firstAvailable(const QStringList &order, const Map &available)
{
    for (const QString &l : order) {
        if (available.contains(l))
            return l;
    }
    return {};
}

} // namespace

PackOpenError ContentStore::open(const QString &path)
{
    close();
    if (!QFileInfo::exists(path))
        return { PackOpenError::Code::Missing,
                 QCoreApplication::translate("kotona::ContentStore", "The content pack %1 is missing.").arg(path) };
    if (!m_db.open(path, sql::Database::Mode::ReadOnly) || !search::registerTokenizer(m_db.handle()))
        return { PackOpenError::Code::NotAPack,
                 QCoreApplication::translate("kotona::ContentStore",
                                             "The content pack is damaged and cannot be read.") };
    const int version = m_db.userVersion();
    if (version > pack::kSchemaVersion) {
        m_db.close();
        return { PackOpenError::Code::TooNew,
                 QCoreApplication::translate(
                     "kotona::ContentStore",
                     "The content pack is newer than this version of Kotona. Update Kotona to read it.") };
    }
    if (version < pack::kOldestReadableSchemaVersion) {
        m_db.close();
        return { PackOpenError::Code::TooOld,
                 QCoreApplication::translate("kotona::ContentStore",
                                             "The content pack is from an older version of Kotona.") };
    }
    m_info = {};
    sql::Statement *s = m_db.prepare(QStringLiteral("SELECT id, value FROM meta"));
    if (!s) {
        m_db.close();
        return { PackOpenError::Code::NotAPack,
                 QCoreApplication::translate("kotona::ContentStore",
                                             "The content pack is damaged and cannot be read.") };
    }
    while (s->next()) {
        const QString key = s->text(0);
        if (key == QLatin1String("pack_id"))
            m_info.packId = s->text(1);
        else if (key == QLatin1String("seq"))
            m_info.seq = s->text(1).toLongLong();
        else if (key == QLatin1String("schema_version"))
            m_info.schemaVersion = s->text(1).toInt();
        else if (key == QLatin1String("built_at"))
            m_info.builtAt = s->text(1);
        else if (key == QLatin1String("content_digest"))
            m_info.contentDigest = s->text(1);
        else if (key == QLatin1String("fallback"))
            m_info.fallback = jsonList(s->text(1));
    }
    if (m_info.packId.isEmpty()) {
        m_db.close();
        return { PackOpenError::Code::NotAPack,
                 QCoreApplication::translate("kotona::ContentStore",
                                             "The content pack is damaged and cannot be read.") };
    }
    return {};
}

void ContentStore::close()
{
    m_searcher.reset();
    m_db.close();
    m_info = {};
}

QStringList ContentStore::languageOrder(const QStringList &langs) const
{
    QStringList order;
    for (const QString &l : langs + m_info.fallback) {
        if (!l.isEmpty() && !order.contains(l))
            order.append(l);
    }
    return order;
}

QList<Topic> ContentStore::topics(const QStringList &langs)
{
    QList<Topic> out;
    const QStringList order = languageOrder(langs);
    sql::Statement *s = m_db.prepare(QStringLiteral(
        "SELECT t.id, t.icon, x.lang, x.title, x.summary FROM topics t JOIN topic_texts x ON x.topic_id = t.id "
        "ORDER BY t.sort_order"));
    QMap<QString, QMap<QString, QPair<QString, QString>>> texts;
    QList<QPair<QString, QString>> ids;
    while (s && s->next()) {
        if (ids.isEmpty() || ids.last().first != s->text(0))
            ids.append({ s->text(0), s->text(1) });
        texts[s->text(0)].insert(s->text(2), { s->text(3), s->text(4) });
    }
    for (const auto &[id, icon] : ids) {
        const auto &byLang = texts[id];
        QString lang = firstAvailable(order, byLang);
        if (lang.isEmpty())
            lang = byLang.firstKey();
        out.append(Topic { id, icon, byLang[lang].first, byLang[lang].second });
    }
    return out;
}

QStringList ContentStore::languagesOf(const QString &guideId)
{
    QStringList out;
    sql::Statement *s
        = m_db.prepare(QStringLiteral("SELECT t.lang FROM guide_texts t JOIN languages l ON l.id = t.lang "
                                      "WHERE t.guide_id = ? AND t.variant = 'standard' ORDER BY l.sort_order"));
    if (!s)
        return out;
    s->bind(1, guideId);
    while (s->next())
        out.append(s->text(0));
    return out;
}

std::optional<GuideSummary> ContentStore::summaryOf(const QString &guideId, const QStringList &order)
{
    sql::Statement *s = m_db.prepare(QStringLiteral(
        "SELECT g.topic_id, g.municipality_id, g.original_lang, g.revision, t.lang, t.title, t.summary, "
        "t.translation, t.translated_from_revision FROM guides g JOIN guide_texts t ON t.guide_id = g.id "
        "WHERE g.id = ? AND t.variant = 'standard'"));
    if (!s)
        return std::nullopt;
    s->bind(1, guideId);
    struct Row {
        QString title, summary, translation;
        qint64 fromRevision;
    };
    QMap<QString, Row> rows;
    GuideSummary g;
    g.id = guideId;
    QString original;
    qint64 revision = 0;
    while (s->next()) {
        g.topic = s->text(0);
        g.municipality = s->text(1);
        original = s->text(2);
        revision = s->integer(3);
        rows.insert(s->text(4), { s->text(5), s->text(6), s->text(7), s->integer(8) });
    }
    if (rows.isEmpty())
        return std::nullopt;
    g.lang = firstAvailable(order, rows);
    if (g.lang.isEmpty())
        g.lang = rows.contains(original) ? original : rows.firstKey();
    g.isFallback = order.isEmpty() || g.lang != order.first();
    const Row &r = rows[g.lang];
    g.title = r.title;
    g.summary = r.summary;
    g.state = r.translation == QLatin1String("original") ? TextState::Original
        : r.fromRevision < revision                      ? TextState::Outdated
        : r.translation == QLatin1String("reviewed")     ? TextState::Reviewed
                                                         : TextState::Machine;
    g.languages = languagesOf(guideId);
    return g;
}

QList<GuideSummary> ContentStore::guides(const QString &topic, const QString &municipality, const QStringList &langs)
{
    QList<GuideSummary> out;
    const QStringList order = languageOrder(langs);
    // Municipal guides of the reader's municipality first, then national ones.
    sql::Statement *s = m_db.prepare(QStringLiteral(
        "SELECT id FROM guides WHERE topic_id = ?1 AND (municipality_id IS NULL OR municipality_id = ?2) "
        "ORDER BY municipality_id IS NULL, id"));
    if (!s)
        return out;
    s->bind(1, topic).bind(2, municipality);
    QStringList ids;
    while (s->next())
        ids.append(s->text(0));
    for (const QString &id : ids) {
        if (auto g = summaryOf(id, order))
            out.append(*g);
    }
    return out;
}

std::optional<GuideText> ContentStore::guide(const QString &guideId, const QStringList &langs, const QString &variant)
{
    const QStringList order = languageOrder(langs);
    auto summary = summaryOf(guideId, order);
    if (!summary)
        return std::nullopt;
    GuideText t;
    t.summary = *summary;
    sql::Statement *v = m_db.prepare(QStringLiteral(
        "SELECT t.variant, t.reviewed_on, t.sources, t.title, t.summary, t.translation, t.translated_from_revision, "
        "g.revision FROM guide_texts t JOIN guides g ON g.id = t.guide_id WHERE t.guide_id = ? AND t.lang = ?"));
    v->bind(1, guideId).bind(2, summary->lang);
    struct Variant {
        QString reviewedOn, sources, title, summary, translation;
        qint64 fromRevision = 0, revision = 0;
    };
    QMap<QString, Variant> variants;
    while (v->next())
        variants.insert(v->text(0),
                        { v->text(1), v->text(2), v->text(3), v->text(4), v->text(5), v->integer(6), v->integer(7) });
    t.hasEasyVariant = variants.contains(QStringLiteral("easy"));
    t.variant = variants.contains(variant) ? variant : QStringLiteral("standard");
    const Variant &chosen = variants[t.variant];
    t.reviewedOn = chosen.reviewedOn;
    t.sources = jsonList(chosen.sources);
    if (t.variant != QLatin1String("standard")) {
        // The easy-to-read text has its own title, summary and translation state.
        t.summary.title = chosen.title;
        t.summary.summary = chosen.summary;
        t.summary.state = chosen.translation == QLatin1String("original") ? TextState::Original
            : chosen.fromRevision < chosen.revision                       ? TextState::Outdated
            : chosen.translation == QLatin1String("reviewed")             ? TextState::Reviewed
                                                                          : TextState::Machine;
    }

    sql::Statement *o = m_db.prepare(QStringLiteral("SELECT original_lang FROM guides WHERE id = ?"));
    o->bind(1, guideId);
    if (o->next())
        t.originalLang = o->text(0);

    sql::Statement *s = m_db.prepare(
        QStringLiteral("SELECT anchor, heading, level, body FROM sections WHERE text_id = ? ORDER BY ord"));
    s->bind(1, guideId + QLatin1Char(':') + summary->lang + QLatin1Char(':') + t.variant);
    while (s->next())
        t.sections.append({ s->text(0), s->text(1), s->text(3), int(s->integer(2)) });
    return t;
}

QList<GlossaryEntry> ContentStore::glossary(const QStringList &langs)
{
    QList<GlossaryEntry> out;
    const QStringList order = languageOrder(langs);
    sql::Statement *s = m_db.prepare(
        QStringLiteral("SELECT term_id, lang, term, explanation FROM glossary_entries ORDER BY term_id"));
    QMap<QString, QMap<QString, GlossaryEntry>> byTerm;
    while (s && s->next())
        byTerm[s->text(0)].insert(s->text(1), { s->text(0), s->text(1), s->text(2), s->text(3) });
    for (const auto &entries : std::as_const(byTerm)) {
        QString lang = firstAvailable(order, entries);
        out.append(entries.value(lang.isEmpty() ? entries.firstKey() : lang));
    }
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.term, b.term) < 0; });
    return out;
}

std::optional<GlossaryEntry> ContentStore::glossaryEntry(const QString &termId, const QStringList &langs)
{
    sql::Statement *s
        = m_db.prepare(QStringLiteral("SELECT lang, term, explanation FROM glossary_entries WHERE term_id = ?"));
    if (!s)
        return std::nullopt;
    s->bind(1, termId);
    QMap<QString, GlossaryEntry> entries;
    while (s->next())
        entries.insert(s->text(0), { termId, s->text(0), s->text(1), s->text(2) });
    if (entries.isEmpty())
        return std::nullopt;
    const QString lang = firstAvailable(languageOrder(langs), entries);
    return entries.value(lang.isEmpty() ? entries.firstKey() : lang);
}

QList<PackLanguage> ContentStore::languages()
{
    QList<PackLanguage> out;
    sql::Statement *s = m_db.prepare(
        QStringLiteral("SELECT id, native_name, english_name, direction FROM languages ORDER BY sort_order"));
    while (s && s->next())
        out.append({ s->text(0), s->text(1), s->text(2), s->text(3) == QLatin1String("rtl") });
    return out;
}

QList<Municipality> ContentStore::municipalities(const QStringList &langs)
{
    QList<Municipality> out;
    const QStringList order = languageOrder(langs);
    sql::Statement *s
        = m_db.prepare(QStringLiteral("SELECT m.id, n.lang, n.name FROM municipalities m JOIN municipality_names n "
                                      "ON n.municipality_id = m.id ORDER BY m.sort_order, m.id"));
    QMap<QString, QString> names;
    QString current;
    const auto flush = [&] {
        if (current.isEmpty())
            return;
        const QString lang = firstAvailable(order, names);
        out.append({ current, names.value(lang.isEmpty() ? names.firstKey() : lang) });
        names.clear();
    };
    while (s && s->next()) {
        if (s->text(0) != current) {
            flush();
            current = s->text(0);
        }
        names.insert(s->text(1), s->text(2));
    }
    flush();
    return out;
}

QStringList ContentStore::linksOf(const QString &guideId, const QString &kind)
{
    QStringList out;
    sql::Statement *s
        = m_db.prepare(QStringLiteral("SELECT target FROM guide_links WHERE guide_id = ? AND kind = ? ORDER BY id"));
    if (!s)
        return out;
    s->bind(1, guideId).bind(2, kind);
    while (s->next())
        out.append(s->text(0));
    return out;
}

QList<ServiceRecord> ContentStore::services(const QString &municipality, const QStringList &langs)
{
    QList<ServiceRecord> out;
    const QStringList order = languageOrder(langs);
    sql::Statement *s = m_db.prepare(QStringLiteral(
        "SELECT id, municipality_id, kind, address, phone, web, opening_hours, languages, topics, latitude, longitude "
        "FROM services WHERE ?1 = '' OR municipality_id = ?1 OR municipality_id = 'national' ORDER BY id"));
    if (!s)
        return out;
    s->bind(1, municipality);
    while (s->next()) {
        out.append({ s->text(0), s->text(1), s->text(2), QString(), s->text(3), s->text(4), s->text(5), s->text(6),
                     jsonList(s->text(7)), jsonList(s->text(8)), s->real(9), s->real(10) });
    }
    sql::Statement *n = m_db.prepare(QStringLiteral("SELECT lang, name FROM service_names WHERE service_id = ?"));
    for (auto &service : out) {
        n->reset();
        n->bind(1, service.id);
        QMap<QString, QString> names;
        while (n->next())
            names.insert(n->text(0), n->text(1));
        const QString lang = firstAvailable(order, names);
        service.name = names.isEmpty() ? service.id : names.value(lang.isEmpty() ? names.firstKey() : lang);
    }
    return out;
}

search::SearchResult ContentStore::search(search::SearchRequest request)
{
    if (!m_db.isOpen())
        return {};
    if (!m_searcher)
        m_searcher = std::make_unique<search::Searcher>(m_db);
    request.langs = languageOrder(request.langs);
    return m_searcher->search(request);
}

ContentStore::Media ContentStore::media(const QString &sha256)
{
    sql::Statement *s = m_db.prepare(QStringLiteral("SELECT mime, bytes FROM media WHERE id = ?"));
    if (!s)
        return {};
    s->bind(1, sha256);
    if (!s->next())
        return {};
    return { s->blob(1), s->text(0) };
}

QStringList ContentStore::guideIds()
{
    QStringList out;
    for (sql::Statement *s = m_db.prepare(QStringLiteral("SELECT id FROM guides ORDER BY id")); s && s->next();)
        out.append(s->text(0));
    return out;
}

QStringList ContentStore::checklistIds()
{
    QStringList out;
    for (sql::Statement *s = m_db.prepare(QStringLiteral("SELECT id FROM checklists ORDER BY id")); s && s->next();)
        out.append(s->text(0));
    return out;
}

QStringList ContentStore::checklistIdsOfTopic(const QString &topic)
{
    QStringList out;
    sql::Statement *s = m_db.prepare(QStringLiteral("SELECT id FROM checklists WHERE topic_id = ? ORDER BY id"));
    if (!s)
        return out;
    s->bind(1, topic);
    while (s->next())
        out.append(s->text(0));
    return out;
}

std::optional<Checklist> ContentStore::checklist(const QString &id, const QStringList &langs)
{
    const QStringList order = languageOrder(langs);
    sql::Statement *t = m_db.prepare(QStringLiteral(
        "SELECT x.lang, x.title, c.topic_id FROM checklist_texts x JOIN checklists c ON c.id = x.checklist_id "
        "WHERE x.checklist_id = ?"));
    if (!t)
        return std::nullopt;
    t->bind(1, id);
    QMap<QString, QString> titles;
    Checklist c;
    c.id = id;
    while (t->next()) {
        titles.insert(t->text(0), t->text(1));
        c.topic = t->text(2);
    }
    if (titles.isEmpty())
        return std::nullopt;
    c.lang = firstAvailable(order, titles);
    if (c.lang.isEmpty())
        c.lang = titles.firstKey();
    c.isFallback = order.isEmpty() || c.lang != order.first();
    c.title = titles.value(c.lang);
    sql::Statement *i = m_db.prepare(
        QStringLiteral("SELECT item_key, text FROM checklist_items WHERE checklist_id = ? AND lang = ? ORDER BY ord"));
    i->bind(1, id).bind(2, c.lang);
    while (i->next())
        c.items.append({ i->text(0), i->text(1) });
    return c;
}

} // namespace kotona
