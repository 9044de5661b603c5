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
    return db.exec(QString::fromUtf8(kIndexSchema).arg(tokenize));
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
