// SPDX-License-Identifier: GPL-3.0-or-later
#include "../content/builtpack.h"
#include "content/packschema.h"
#include "content/sqlite.h"
#include "search/fts5tokenizer.h"
#include "search/searchindex.h"
#include "sync/applier.h"
#include "sync/batch.h"
#include "sync/snapshot.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace kotona;

namespace {

// A pack opened read-write with the tokenizer, as the updater opens it.
struct OpenPack {
    sql::Database db;
    explicit OpenPack(const QString &path, sql::Database::Mode mode = sql::Database::Mode::ReadWrite)
    {
        REQUIRE(db.open(path, mode));
        REQUIRE(search::registerTokenizer(db.handle()));
    }
    QString digest() { return pack::contentDigest(db); }
    QString meta(const char *key) { return sync::metaValue(db, QString::fromLatin1(key)); }
    QStringList searchIds(const QString &word)
    {
        QStringList ids;
        sql::Statement *s = db.prepare(QStringLiteral(
            "SELECT s.id FROM search JOIN sections s ON s.rowid = search.rowid WHERE search MATCH ?1 ORDER BY s.id"));
        REQUIRE(s);
        s->bind(1, QStringLiteral("\"%1\"").arg(word));
        while (s->next())
            ids << s->text(0);
        return ids;
    }
    bool indexIntact()
    {
        return db.exec(QStringLiteral("INSERT INTO search (search, rank) VALUES ('integrity-check', 1)"));
    }
};

// The batch from pack `a` to pack `b`, as publish makes it, through its bytes.
sync::Batch batchBetween(const QString &a, const QString &b, qint64 baseSeq = 1, qint64 targetSeq = 2)
{
    OpenPack from(a, sql::Database::Mode::ReadOnly), to(b, sql::Database::Mode::ReadOnly);
    sync::Batch batch;
    QString error;
    REQUIRE(sync::diffPacks(from.db, to.db, &batch.ops, &error));
    batch.header = { to.meta("pack_id"), baseSeq, targetSeq, pack::kSchemaVersion, to.digest(), qint64(batch.ops.size()) };
    sync::Batch decoded;
    QByteArray unpacked;
    REQUIRE_FALSE(sync::decompress(sync::compress(sync::encodeBatch(batch)), 1 << 30, &unpacked));
    REQUIRE_FALSE(sync::decodeBatch(unpacked, &decoded));
    REQUIRE(decoded.ops.size() == batch.ops.size());
    return decoded;
}

void changeCare(ContentFixture &c)
{
    // Changed section text, a new section, a removed guide, a changed title.
    c.write("guides/health/care/en.md",
            ContentFixture::guide("health/care", "original", "Getting medical care",
                                  "## Health centre\n\nBook a time at the health centre by phone.\n\n"
                                  "## Emergencies\n\nCall 112. Ask [Kela](glossary:kela).\n\n"
                                  "## Pharmacies\n\nPharmacists give advice on medicines.\n"));
    c.remove("guides/housing/rent/en.md");
    QDir(c.path() + QStringLiteral("/guides/housing/rent")).removeRecursively();
    c.write("guides/health/care/fi.md",
            ContentFixture::guide("health/care", "machine", "Hoitoon hakeutuminen",
                                  "## Terveysasema\n\nVaraa aika terveysasemalta.\n\n## Hätätilanteet\n\nSoita 112.\n\n"
                                  "## Apteekit\n\nApteekista saa neuvoja lääkkeistä.\n"));
}

} // namespace

TEST_CASE("a batch turns the old pack into exactly the new one, search index included")
{
    BuiltPack oldPack;
    BuiltPack newPack(changeCare);
    const sync::Batch batch = batchBetween(oldPack.path, newPack.path);
    CHECK(batch.ops.size() > 3);

    OpenPack installed(oldPack.path);
    CHECK(installed.searchIds(QStringLiteral("pharmacists")).isEmpty());
    const sync::ApplyResult r = sync::applyBatch(installed.db, batch);
    INFO(r.error.detail.toStdString());
    REQUIRE_FALSE(r.error);
    CHECK(r.records == qint64(batch.ops.size()));
    CHECK(r.changedGuides.contains(QStringLiteral("health/care")));
    CHECK(r.changedGuides.contains(QStringLiteral("housing/rent")));

    OpenPack fresh(newPack.path, sql::Database::Mode::ReadOnly);
    CHECK(installed.digest() == fresh.digest());
    CHECK(installed.meta("seq") == QStringLiteral("2"));
    CHECK(installed.meta("content_digest") == fresh.digest());
    // The index follows: new words are found, removed ones are gone, and FTS5 agrees.
    CHECK(installed.searchIds(QStringLiteral("pharmacists")) == fresh.searchIds(QStringLiteral("pharmacists")));
    CHECK(installed.searchIds(QStringLiteral("deposit")).isEmpty());
    CHECK(installed.searchIds(QStringLiteral("medical")) == fresh.searchIds(QStringLiteral("medical")));
    CHECK_FALSE(installed.searchIds(QStringLiteral("medical")).isEmpty());
    CHECK(installed.indexIntact());
}

TEST_CASE("a batch that does not fit the installed pack is refused and the pack is unchanged")
{
    BuiltPack oldPack;
    BuiltPack newPack(changeCare);
    sync::Batch batch = batchBetween(oldPack.path, newPack.path);
    OpenPack installed(oldPack.path);
    const QString before = installed.digest();

    SECTION("another starting point")
    {
        batch.header.baseSeq = 5;
        batch.header.targetSeq = 6;
        CHECK(sync::applyBatch(installed.db, batch).error.code == sync::ErrorCode::BaseMismatch);
    }
    SECTION("an older release than the installed one (rollback)")
    {
        batch.header.baseSeq = 0;
        batch.header.targetSeq = 1;
        CHECK(sync::applyBatch(installed.db, batch).error.code == sync::ErrorCode::Rollback);
    }
    SECTION("another pack")
    {
        batch.header.packId = QStringLiteral("evil.pack");
        CHECK(sync::applyBatch(installed.db, batch).error.code == sync::ErrorCode::WrongPack);
    }
    SECTION("a newer schema")
    {
        batch.header.schemaVersion = pack::kSchemaVersion + 1;
        CHECK(sync::applyBatch(installed.db, batch).error.code == sync::ErrorCode::SchemaTooNew);
    }
    SECTION("a row with a missing column")
    {
        for (auto &op : batch.ops) {
            if (op.kind == sync::RecordOp::Kind::Upsert && op.table == QLatin1String("sections")) {
                op.row.remove(QStringLiteral("plain"));
                break;
            }
        }
        CHECK(sync::applyBatch(installed.db, batch).error.code == sync::ErrorCode::Malformed);
    }
    SECTION("a text where a number belongs")
    {
        for (auto &op : batch.ops) {
            if (op.kind == sync::RecordOp::Kind::Upsert && op.table == QLatin1String("sections")) {
                op.row.insert(QStringLiteral("ord"), QStringLiteral("first"));
                break;
            }
        }
        CHECK(sync::applyBatch(installed.db, batch).error.code == sync::ErrorCode::Malformed);
    }
    SECTION("content that differs from the promised digest is rolled back")
    {
        batch.header.contentDigest = QString(64, QLatin1Char('0'));
        CHECK(sync::applyBatch(installed.db, batch).error.code == sync::ErrorCode::DigestMismatch);
    }
    CHECK(installed.digest() == before);
    CHECK(installed.meta("seq") == QStringLiteral("1"));
    CHECK(installed.indexIntact());
    CHECK_FALSE(installed.searchIds(QStringLiteral("deposit")).isEmpty());
}

TEST_CASE("damaged batch bytes are refused before anything is applied")
{
    BuiltPack oldPack;
    BuiltPack newPack(changeCare);
    OpenPack from(oldPack.path, sql::Database::Mode::ReadOnly), to(newPack.path, sql::Database::Mode::ReadOnly);
    sync::Batch batch;
    QString error;
    REQUIRE(sync::diffPacks(from.db, to.db, &batch.ops, &error));
    batch.header = { to.meta("pack_id"), 1, 2, pack::kSchemaVersion, to.digest(), qint64(batch.ops.size()) };
    const QByteArray ndjson = sync::encodeBatch(batch);
    const QByteArray zstd = sync::compress(ndjson);

    sync::Batch out;
    QByteArray raw;
    SECTION("truncated NDJSON at every line end and in the middle of lines")
    {
        for (qsizetype cut = 0; cut < ndjson.size() - 1; cut += 7)
            CHECK(sync::decodeBatch(QByteArrayView(ndjson).first(cut), &out).code == sync::ErrorCode::Malformed);
    }
    SECTION("truncated or bit-flipped zstd")
    {
        for (qsizetype cut = 0; cut < zstd.size(); cut += 3)
            CHECK(sync::decompress(QByteArrayView(zstd).first(cut), 1 << 30, &raw));
        for (qsizetype at = 0; at < zstd.size(); ++at) {
            QByteArray flipped = zstd;
            flipped[at] = char(flipped[at] ^ 0x10);
            // A flip is caught by zstd (format or checksum) or the parser, or it is in a
            // header bit that changes nothing: never a different batch. (The manifest's
            // sha256 of the whole file catches every flip before this, in any case.)
            const bool caughtOrHarmless = bool(sync::decompress(flipped, 1 << 30, &raw))
                || bool(sync::decodeBatch(raw, &out)) || raw == ndjson;
            CHECK(caughtOrHarmless);
        }
    }
    SECTION("more data than allowed stops early")
    {
        const QByteArray bomb = sync::compress(QByteArray(50 << 20, 'a'));
        CHECK(bomb.size() < 100'000);
        CHECK(sync::decompress(bomb, 1 << 20, &raw).code == sync::ErrorCode::TooLarge);
    }
    SECTION("records beyond the announced count, unknown tables and operations")
    {
        QByteArray extra = ndjson;
        extra.insert(extra.lastIndexOf("{\"op\":\"end\""), "{\"op\":\"delete\",\"table\":\"sections\",\"id\":\"x\"}\n");
        CHECK(sync::decodeBatch(extra, &out).code == sync::ErrorCode::Malformed);
        QByteArray table = ndjson;
        table.replace("\"table\":\"sections\"", "\"table\":\"sqlite_schema\"");
        CHECK(sync::decodeBatch(table, &out).code == sync::ErrorCode::Malformed);
        QByteArray op = ndjson;
        op.replace("\"op\":\"upsert\"", "\"op\":\"drop\"");
        CHECK(sync::decodeBatch(op, &out).code == sync::ErrorCode::Malformed);
        QByteArray meta = ndjson;
        meta.insert(meta.indexOf('\n') + 1, "{\"op\":\"meta\",\"key\":\"seq\",\"value\":\"99\"}\n");
        CHECK(sync::decodeBatch(meta, &out).code == sync::ErrorCode::Malformed);
    }
    REQUIRE_FALSE(sync::decodeBatch(ndjson, &out));
}

TEST_CASE("a snapshot has no search index, and installing it gives the same content with a working index")
{
    BuiltPack built(changeCare);
    QByteArray zstd;
    REQUIRE_FALSE(sync::makeSnapshot(built.path, &zstd));
    CHECK(zstd.size() < QFileInfo(built.path).size() / 2);

    OpenPack source(built.path, sql::Database::Mode::ReadOnly);
    const QString digest = source.digest();
    const QString target = built.dir.filePath("installed.sqlite");
    const sync::SnapshotExpectation expect { source.meta("pack_id"), source.meta("seq").toLongLong(), digest };

    SECTION("installed where there was no pack")
    {
        REQUIRE_FALSE(sync::installSnapshot(zstd, target, expect));
    }
    SECTION("installed over an older pack, atomically")
    {
        BuiltPack older;
        REQUIRE(QFile::copy(older.path, target));
        REQUIRE_FALSE(sync::installSnapshot(zstd, target, expect));
    }
    OpenPack installed(target);
    CHECK(installed.digest() == digest);
    CHECK(installed.searchIds(QStringLiteral("pharmacists")) == source.searchIds(QStringLiteral("pharmacists")));
    CHECK(installed.indexIntact());
    CHECK_FALSE(QFile::exists(target + QStringLiteral(".incoming")));
}

TEST_CASE("a snapshot that does not match its manifest leaves the installed pack alone")
{
    BuiltPack built(changeCare);
    BuiltPack older;
    QByteArray zstd;
    REQUIRE_FALSE(sync::makeSnapshot(built.path, &zstd));
    OpenPack source(built.path, sql::Database::Mode::ReadOnly);
    const QString target = older.path;
    const QString before = OpenPack(target, sql::Database::Mode::ReadOnly).digest();
    sync::SnapshotExpectation expect { source.meta("pack_id"), source.meta("seq").toLongLong(), source.digest() };

    SECTION("another digest")
    {
        expect.contentDigest = QString(64, QLatin1Char('f'));
        CHECK(sync::installSnapshot(zstd, target, expect).code == sync::ErrorCode::DigestMismatch);
    }
    SECTION("another pack")
    {
        expect.packId = QStringLiteral("other");
        CHECK(sync::installSnapshot(zstd, target, expect).code == sync::ErrorCode::WrongPack);
    }
    SECTION("not a database at all")
    {
        CHECK(sync::installSnapshot(sync::compress("<html>Please log in</html>"), target, expect).code
              == sync::ErrorCode::Malformed);
    }
    SECTION("too large once decompressed")
    {
        expect.maxUncompressed = 1000;
        CHECK(sync::installSnapshot(zstd, target, expect).code == sync::ErrorCode::TooLarge);
    }
    CHECK(OpenPack(target, sql::Database::Mode::ReadOnly).digest() == before);
    CHECK_FALSE(QFile::exists(target + QStringLiteral(".incoming")));
}
