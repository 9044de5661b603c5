// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/userstore.h"

#include <QCoreApplication>

namespace kotona {

namespace {

// Migration N creates version N from N-1. Never edit a released step: add one.
constexpr const char *kMigrations[] = {
    // 1: the first schema.
    R"SQL(
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE bookmarks (guide_id TEXT PRIMARY KEY, lang TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE checklist_progress (checklist_id TEXT NOT NULL, item_key TEXT NOT NULL, done_at TEXT NOT NULL,
  PRIMARY KEY (checklist_id, item_key));
CREATE TABLE history (id INTEGER PRIMARY KEY, guide_id TEXT NOT NULL, lang TEXT NOT NULL, anchor TEXT NOT NULL,
  opened_at TEXT NOT NULL);
CREATE INDEX history_opened ON history (opened_at);
)SQL",
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

UserStore::OpenResult UserStore::open(const QString &path)
{
    if (!m_db.open(path, sql::Database::Mode::Create))
        return { false, false,
                 QCoreApplication::translate("kotona::UserStore", "Your saved data could not be opened: %1")
                     .arg(m_db.lastError()) };
    const int version = m_db.userVersion();
    if (version < 0) {
        m_db.close();
        return { false, false, QCoreApplication::translate("kotona::UserStore", "Your saved data is damaged.") };
    }
    if (version > kSchemaVersion) {
        m_db.close();
        return {
            false, true,
            QCoreApplication::translate(
                "kotona::UserStore",
                "Your saved data comes from a newer version of Kotona. Update Kotona to use it; it was not changed.")
        };
    }
    m_db.exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON"));
    if (version < kSchemaVersion && !migrate(version)) {
        const QString why = m_db.lastError();
        m_db.close();
        return {
            false, false,
            QCoreApplication::translate("kotona::UserStore", "Your saved data could not be upgraded: %1").arg(why)
        };
    }
    return { true, false, {} };
}

bool UserStore::migrate(int from)
{
    sql::Transaction tx(m_db, true);
    for (int v = from + 1; v <= kSchemaVersion; ++v) {
        if (!m_db.exec(QString::fromUtf8(kMigrations[v - 1])))
            return false;
    }
    return m_db.setUserVersion(kSchemaVersion) && tx.commit();
}

QVariant UserStore::setting(const QString &key, const QVariant &fallback)
{
    sql::Statement *s = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!s)
        return fallback;
    s->bind(1, key);
    return s->next() ? QVariant(s->text(0)) : fallback;
}

bool UserStore::setSetting(const QString &key, const QVariant &value)
{
    sql::Statement *s = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    return s && s->bind(1, key).bind(2, value.toString()).exec();
}

bool UserStore::addBookmark(const QString &guideId, const QString &lang)
{
    sql::Statement *s
        = m_db.prepare(QStringLiteral("INSERT INTO bookmarks (guide_id, lang, created_at) VALUES (?, ?, ?) "
                                      "ON CONFLICT (guide_id) DO UPDATE SET lang = excluded.lang"));
    return s && s->bind(1, guideId).bind(2, lang).bind(3, now()).exec();
}

bool UserStore::removeBookmark(const QString &guideId)
{
    sql::Statement *s = m_db.prepare(QStringLiteral("DELETE FROM bookmarks WHERE guide_id = ?"));
    return s && s->bind(1, guideId).exec();
}

bool UserStore::isBookmarked(const QString &guideId)
{
    sql::Statement *s = m_db.prepare(QStringLiteral("SELECT 1 FROM bookmarks WHERE guide_id = ?"));
    return s && s->bind(1, guideId).next();
}

QList<Bookmark> UserStore::bookmarks()
{
    QList<Bookmark> out;
    sql::Statement *s
        = m_db.prepare(QStringLiteral("SELECT guide_id, lang, created_at FROM bookmarks ORDER BY created_at DESC"));
    while (s && s->next())
        out.append({ s->text(0), s->text(1), QDateTime::fromString(s->text(2), Qt::ISODateWithMs) });
    return out;
}

bool UserStore::setChecked(const QString &checklistId, const QString &itemKey, bool done)
{
    sql::Statement *s = done
        ? m_db.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO checklist_progress (checklist_id, item_key, done_at) VALUES (?, ?, ?)"))
        : m_db.prepare(QStringLiteral("DELETE FROM checklist_progress WHERE checklist_id = ? AND item_key = ?"));
    if (!s)
        return false;
    s->bind(1, checklistId).bind(2, itemKey);
    if (done)
        s->bind(3, now());
    return s->exec();
}

QSet<QString> UserStore::checkedItems(const QString &checklistId)
{
    QSet<QString> out;
    sql::Statement *s = m_db.prepare(QStringLiteral("SELECT item_key FROM checklist_progress WHERE checklist_id = ?"));
    if (!s)
        return out;
    s->bind(1, checklistId);
    while (s->next())
        out.insert(s->text(0));
    return out;
}

bool UserStore::recordVisit(const QString &guideId, const QString &lang, const QString &anchor)
{
    sql::Statement *s
        = m_db.prepare(QStringLiteral("INSERT INTO history (guide_id, lang, anchor, opened_at) VALUES (?, ?, ?, ?)"));
    return s && s->bind(1, guideId).bind(2, lang).bind(3, anchor).bind(4, now()).exec();
}

QList<HistoryEntry> UserStore::history(int limit)
{
    QList<HistoryEntry> out;
    sql::Statement *s = m_db.prepare(QStringLiteral(
        "SELECT guide_id, lang, anchor, opened_at FROM history ORDER BY opened_at DESC, id DESC LIMIT ?"));
    if (!s)
        return out;
    s->bind(1, qint64(limit));
    while (s->next())
        out.append({ s->text(0), s->text(1), s->text(2), QDateTime::fromString(s->text(3), Qt::ISODateWithMs) });
    return out;
}

} // namespace kotona
