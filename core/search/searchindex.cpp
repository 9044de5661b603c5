// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searchindex.h"

namespace kotona::search {

namespace {

constexpr const char *kIndexSchema = R"SQL(
CREATE VIEW search_source AS
  SELECT s.rowid AS rowid,
         char(31) || s.lang || char(31) || t.title AS title,
         char(31) || s.lang || char(31) || s.heading AS heading,
         char(31) || s.lang || char(31) || t.summary AS summary,
         char(31) || s.lang || char(31) || s.plain AS body,
         s.lang AS lang
  FROM sections s JOIN guide_texts t ON t.id = s.text_id;
CREATE VIRTUAL TABLE search USING fts5(title, heading, summary, body, lang,
  content='search_source', content_rowid='rowid', tokenize='kotona', detail='full');
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

bool createIndex(sql::Database &db)
{
    return db.exec(QString::fromUtf8(kIndexSchema));
}

bool rebuildIndex(sql::Database &db)
{
    return db.exec(QStringLiteral("INSERT INTO search (search) VALUES ('rebuild'); "
                                  "INSERT INTO search (search) VALUES ('optimize');"));
}

} // namespace kotona::search
