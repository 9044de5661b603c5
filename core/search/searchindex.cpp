// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searchindex.h"

namespace kotona::search {

namespace {

// The body is the first column: FTS5 marks the column of every entry of the index
// that is not in the first one, and most words of a section are only in its text
// (a fifth of the index). bm25() weights and snippet() columns in searcher.cpp
// follow this order; everything else names the columns.
constexpr const char *kIndexSchema = R"SQL(
CREATE VIEW search_source AS
  SELECT s.rowid AS rowid,
         char(31) || s.lang || char(31) || t.title AS title,
         char(31) || s.lang || char(31) || s.heading AS heading,
         char(31) || s.lang || char(31) || t.summary AS summary,
         char(31) || s.lang || char(31) || s.plain AS body,
         s.lang AS lang
  FROM sections s JOIN guide_texts t ON t.id = s.text_id;
CREATE VIRTUAL TABLE search USING fts5(body, heading, title, summary, lang,
  content='search_source', content_rowid='rowid', tokenize='%1', detail='full');
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search, 'row');
)SQL";

constexpr const char *kTriggers = R"SQL(
CREATE TRIGGER sections_search_insert AFTER INSERT ON sections BEGIN
  INSERT INTO search (rowid, title, heading, summary, body, lang)
    SELECT rowid, title, heading, summary, body, lang FROM search_source WHERE rowid = new.rowid;
END;
CREATE TRIGGER sections_search_delete BEFORE DELETE ON sections BEGIN
  INSERT INTO search (search, rowid, title, heading, summary, body, lang)
    SELECT 'delete', rowid, title, heading, summary, body, lang FROM search_source WHERE rowid = old.rowid;
END;
CREATE TRIGGER sections_search_update_before BEFORE UPDATE ON sections BEGIN
  INSERT INTO search (search, rowid, title, heading, summary, body, lang)
    SELECT 'delete', rowid, title, heading, summary, body, lang FROM search_source WHERE rowid = old.rowid;
END;
CREATE TRIGGER sections_search_update_after AFTER UPDATE ON sections BEGIN
  INSERT INTO search (rowid, title, heading, summary, body, lang)
    SELECT rowid, title, heading, summary, body, lang FROM search_source WHERE rowid = new.rowid;
END;
)SQL";

} // namespace

bool createIndex(sql::Database &db, const QString &tokenize)
{
    return db.exec(QString::fromUtf8(kIndexSchema).arg(tokenize)) && db.exec(QString::fromUtf8(kTriggers));
}

bool hasIndex(sql::Database &db)
{
    sql::Statement *s = db.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'search'"));
    return s && s->next();
}

bool setIndexTriggers(sql::Database &db, bool on)
{
    if (on)
        return db.exec(QString::fromUtf8(kTriggers));
    return db.exec(QStringLiteral("DROP TRIGGER IF EXISTS sections_search_insert; "
                                  "DROP TRIGGER IF EXISTS sections_search_delete; "
                                  "DROP TRIGGER IF EXISTS sections_search_update_before; "
                                  "DROP TRIGGER IF EXISTS sections_search_update_after;"));
}

namespace {

// Runs `sql` (one rowid parameter) once per rowid.
bool forEachSection(sql::Database &db, const QString &sql, const QList<qint64> &rowids)
{
    sql::Statement *s = db.prepare(sql);
    if (!s)
        return false;
    for (qint64 rowid : rowids) {
        if (!s->bind(1, rowid).exec())
            return false;
        s->reset();
    }
    return true;
}

} // namespace

bool unindexSections(sql::Database &db, const QList<qint64> &rowids)
{
    return forEachSection(db,
                          QStringLiteral("INSERT INTO search (search, rowid, title, heading, summary, body, lang) "
                                         "SELECT 'delete', rowid, title, heading, summary, body, lang FROM search_source "
                                         "WHERE rowid = ?1"),
                          rowids);
}

bool indexSections(sql::Database &db, const QList<qint64> &rowids)
{
    return forEachSection(db,
                          QStringLiteral("INSERT INTO search (rowid, title, heading, summary, body, lang) "
                                         "SELECT rowid, title, heading, summary, body, lang FROM search_source WHERE rowid = ?1"),
                          rowids);
}

bool dropIndex(sql::Database &db)
{
    return setIndexTriggers(db, false)
        && db.exec(QStringLiteral("DROP TABLE IF EXISTS search_vocab; DROP TABLE IF EXISTS search; "
                                  "DROP VIEW IF EXISTS search_source;"));
}

bool rebuildIndex(sql::Database &db)
{
    // FTS5 gathers the terms of what it indexes in memory (1 MB by default) and
    // writes them out as a segment whenever that fills up; the segments are then
    // merged again and again. With room for the whole index of a large pack (60 MB
    // for 100,000 sections), one segment is written once. The size goes back to the
    // default afterwards for the small updates that the triggers make.
    return db.exec(QStringLiteral("INSERT INTO search (search, rank) VALUES ('hashsize', 67108864); "
                                  "INSERT INTO search (search) VALUES ('rebuild'); "
                                  "INSERT INTO search (search) VALUES ('optimize'); "
                                  "INSERT INTO search (search, rank) VALUES ('hashsize', 1048576);"));
}

} // namespace kotona::search
