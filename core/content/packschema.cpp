// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/packschema.h"

#include <QCryptographicHash>

#include <sqlite3.h>

namespace kotona::pack {

namespace {

// Version 1. A guide text's Markdown lives in its sections, in order (ord). Ids: guide "health/getting-care"; guide
// text "health/getting-care:fi:standard"; section "<text id>#<anchor>"; links "<guide id>>" + target.
constexpr const char *kSchemaV1 = R"SQL(
CREATE TABLE meta (id TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE languages (id TEXT PRIMARY KEY, native_name TEXT NOT NULL, english_name TEXT NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('ltr','rtl')), sort_order INTEGER NOT NULL);
CREATE TABLE topics (id TEXT PRIMARY KEY, icon TEXT NOT NULL, sort_order INTEGER NOT NULL);
CREATE TABLE topic_texts (id TEXT PRIMARY KEY, topic_id TEXT NOT NULL, lang TEXT NOT NULL,
  title TEXT NOT NULL, summary TEXT NOT NULL);
CREATE TABLE municipalities (id TEXT PRIMARY KEY, sort_order INTEGER NOT NULL);
CREATE TABLE municipality_names (id TEXT PRIMARY KEY, municipality_id TEXT NOT NULL, lang TEXT NOT NULL,
  name TEXT NOT NULL);
CREATE TABLE guides (id TEXT PRIMARY KEY, topic_id TEXT NOT NULL, municipality_id TEXT,
  original_lang TEXT NOT NULL, revision INTEGER NOT NULL, web_url TEXT);
CREATE INDEX guides_topic ON guides (topic_id, municipality_id);
CREATE TABLE guide_texts (id TEXT PRIMARY KEY, guide_id TEXT NOT NULL, lang TEXT NOT NULL,
  variant TEXT NOT NULL CHECK (variant IN ('standard','easy')), title TEXT NOT NULL, summary TEXT NOT NULL,
  reviewed_on TEXT NOT NULL, translation TEXT NOT NULL CHECK (translation IN ('original','reviewed','machine')),
  translated_from_lang TEXT, translated_from_revision INTEGER, sources TEXT NOT NULL);
CREATE INDEX guide_texts_guide ON guide_texts (guide_id, lang, variant);
CREATE TABLE sections (id TEXT PRIMARY KEY, text_id TEXT NOT NULL, guide_id TEXT NOT NULL, lang TEXT NOT NULL,
  variant TEXT NOT NULL, ord INTEGER NOT NULL, anchor TEXT NOT NULL, heading TEXT NOT NULL,
  level INTEGER NOT NULL, body TEXT NOT NULL, plain TEXT NOT NULL);
CREATE INDEX sections_text ON sections (text_id, ord);
CREATE TABLE guide_links (id TEXT PRIMARY KEY, guide_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('guide','glossary','service')), target TEXT NOT NULL);
CREATE INDEX guide_links_guide ON guide_links (guide_id, kind);
CREATE TABLE services (id TEXT PRIMARY KEY, municipality_id TEXT NOT NULL, kind TEXT NOT NULL, address TEXT,
  latitude REAL, longitude REAL, phone TEXT, web TEXT, languages TEXT NOT NULL, opening_hours TEXT,
  topics TEXT NOT NULL, reviewed_on TEXT NOT NULL, sources TEXT NOT NULL);
CREATE TABLE service_names (id TEXT PRIMARY KEY, service_id TEXT NOT NULL, lang TEXT NOT NULL, name TEXT NOT NULL);
CREATE TABLE glossary_terms (id TEXT PRIMARY KEY, related TEXT NOT NULL);
CREATE TABLE glossary_entries (id TEXT PRIMARY KEY, term_id TEXT NOT NULL, lang TEXT NOT NULL,
  term TEXT NOT NULL, explanation TEXT NOT NULL);
CREATE INDEX glossary_entries_term ON glossary_entries (term_id, lang);
CREATE TABLE checklists (id TEXT PRIMARY KEY, topic_id TEXT);
CREATE TABLE checklist_texts (id TEXT PRIMARY KEY, checklist_id TEXT NOT NULL, lang TEXT NOT NULL,
  title TEXT NOT NULL, translation TEXT NOT NULL);
CREATE TABLE checklist_items (id TEXT PRIMARY KEY, checklist_id TEXT NOT NULL, lang TEXT NOT NULL,
  ord INTEGER NOT NULL, item_key TEXT NOT NULL, text TEXT NOT NULL);
CREATE TABLE workshops (id TEXT PRIMARY KEY, plan TEXT NOT NULL);
CREATE TABLE media (id TEXT PRIMARY KEY, mime TEXT NOT NULL, bytes BLOB NOT NULL);
)SQL";

// Version 2: other words for glossary terms (colloquial words, abbreviations, old
// names) that search uses as synonyms; never shown as terms. Id "<term id>:<lang>:<word>".
constexpr const char *kSchemaV2 = R"SQL(
CREATE TABLE glossary_words (id TEXT PRIMARY KEY, term_id TEXT NOT NULL, lang TEXT NOT NULL, word TEXT NOT NULL);
CREATE INDEX glossary_words_term ON glossary_words (term_id, lang);
)SQL";

} // namespace

const QStringList &recordTables()
{
    static const QStringList tables = {
        QStringLiteral("checklist_items"),    QStringLiteral("checklist_texts"), QStringLiteral("checklists"),
        QStringLiteral("glossary_entries"),   QStringLiteral("glossary_terms"),  QStringLiteral("glossary_words"),
        QStringLiteral("guide_links"),        QStringLiteral("guide_texts"),     QStringLiteral("guides"),
        QStringLiteral("languages"),          QStringLiteral("media"),           QStringLiteral("municipalities"),
        QStringLiteral("municipality_names"), QStringLiteral("sections"),        QStringLiteral("service_names"),
        QStringLiteral("services"),           QStringLiteral("topic_texts"),     QStringLiteral("topics"),
        QStringLiteral("workshops"),
    };
    return tables;
}

bool createSchema(sql::Database &db)
{
    return db.exec(QString::fromUtf8(kSchemaV1)) && db.exec(QString::fromUtf8(kSchemaV2))
        && db.setUserVersion(kSchemaVersion);
}

bool migrate(sql::Database &db, QString *error)
{
    const int version = db.userVersion();
    if (version == kSchemaVersion)
        return true;
    if (version > kSchemaVersion) {
        if (error)
            *error = QStringLiteral("schema version %1 is newer than this app understands (%2)")
                         .arg(version)
                         .arg(kSchemaVersion);
        return false;
    }
    if (version < 1) {
        if (error)
            *error = QStringLiteral("unknown schema version %1").arg(version);
        return false;
    }
    // One step per version, tested from the fixture of the version before in tests/data/.
    sql::Transaction tx(db, true);
    bool ok = tx.ok();
    if (ok && version < 2)
        ok = db.exec(QString::fromUtf8(kSchemaV2));
    ok = ok && db.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE id = 'schema_version'").arg(kSchemaVersion))
        && db.setUserVersion(kSchemaVersion) && tx.commit();
    if (!ok && error)
        *error = db.lastError();
    return ok;
}

QString contentDigest(sql::Database &db)
{
    // Canonical form of a record: table, then each column in name order as
    // name, a type tag and the value, each length-prefixed. Integers and reals are
    // written as text so the digest does not depend on byte order.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto field = [&hash](QByteArrayView bytes) {
        const quint32 n = quint32(bytes.size());
        const char len[4] = { char(n >> 24), char(n >> 16), char(n >> 8), char(n) };
        hash.addData(QByteArrayView(len, 4));
        hash.addData(bytes);
    };
    // The SQLite C API directly: converting every value to a QVariant (and every text
    // to UTF-16) took as long as hashing it.
    for (const QString &table : recordTables()) {
        const QByteArray sql = QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table).toUtf8();
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db.handle(), sql.constData(), int(sql.size()), &s, nullptr) != SQLITE_OK) {
            sqlite3_finalize(s);
            return {};
        }
        const QByteArray tableName = table.toUtf8();
        QList<QPair<QByteArray, int>> columns;
        for (int i = 0; i < sqlite3_column_count(s); ++i)
            columns.append({ QByteArray(sqlite3_column_name(s, i)), i });
        std::sort(columns.begin(), columns.end());
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            field(tableName);
            for (const auto &[name, i] : std::as_const(columns)) {
                field(name);
                switch (sqlite3_column_type(s, i)) {
                case SQLITE_NULL:
                    field("n");
                    field({});
                    break;
                case SQLITE_INTEGER:
                    field("i");
                    field(QByteArray::number(sqlite3_column_int64(s, i)));
                    break;
                case SQLITE_FLOAT:
                    field("r");
                    field(QByteArray::number(sqlite3_column_double(s, i), 'g', 17));
                    break;
                case SQLITE_BLOB: {
                    const void *bytes = sqlite3_column_blob(s, i);
                    field("b");
                    field(QByteArrayView(static_cast<const char *>(bytes), bytes ? sqlite3_column_bytes(s, i) : 0));
                    break;
                }
                default: {
                    const unsigned char *text = sqlite3_column_text(s, i);
                    field("t");
                    field(QByteArrayView(reinterpret_cast<const char *>(text), text ? sqlite3_column_bytes(s, i) : 0));
                }
                }
            }
        }
        sqlite3_finalize(s);
        if (rc != SQLITE_DONE)
            return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace kotona::pack
