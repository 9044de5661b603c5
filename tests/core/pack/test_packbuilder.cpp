// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/packschema.h"
#include "content/sqlite.h"
#include "contentfixture.h"
#include "pack/packbuilder.h"
#include "pack/packinspector.h"

#include <QCryptographicHash>
#include <catch2/catch.hpp>

using namespace kotona;
using namespace kotona::pack;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

BuildResult buildFixture(const ContentFixture &f, const QString &out)
{
    Problems problems;
    const auto content = ContentSource::load(f.path(), problems, QDate(2026, 11, 23));
    REQUIRE(problems.isEmpty());
    auto result = PackBuilder::build(content, out);
    INFO(result.error.toStdString());
    CHECK(result.error.isEmpty());
    return result;
}

} // namespace

TEST_CASE("building the same content twice gives the same bytes and digest")
{
    ContentFixture f;
    QTemporaryDir out;
    const auto a = buildFixture(f, out.filePath("a.sqlite"));
    const auto b = buildFixture(f, out.filePath("b.sqlite"));
    REQUIRE(a.ok);
    REQUIRE(b.ok);
    CHECK(a.contentDigest.size() == 64);
    CHECK(a.contentDigest == b.contentDigest);
    CHECK(fileHash(out.filePath("a.sqlite")) == fileHash(out.filePath("b.sqlite")));
    CHECK(a.sections == 6);
    CHECK_FALSE(QFile::exists(out.filePath("a.sqlite.building")));
}

TEST_CASE("the pack holds the schema version, meta and records with stable ids")
{
    ContentFixture f;
    QTemporaryDir out;
    const QString path = out.filePath("p.sqlite");
    const auto r = buildFixture(f, path);
    REQUIRE(r.ok);
    sql::Database db;
    REQUIRE(db.open(path, sql::Database::Mode::ReadOnly));
    CHECK(db.userVersion() == kSchemaVersion);
    sql::Statement *meta = db.prepare("SELECT value FROM meta WHERE id = ?");
    meta->bind(1, QStringLiteral("pack_id"));
    REQUIRE(meta->next());
    CHECK(meta->text(0) == "test.pack");
    sql::Statement *s = db.prepare("SELECT id, heading FROM sections WHERE text_id = ? ORDER BY ord");
    s->bind(1, QStringLiteral("health/care:en:standard"));
    REQUIRE(s->next());
    CHECK(s->text(0) == "health/care:en:standard#health-centre");
    CHECK(contentDigest(db) == r.contentDigest);
}

TEST_CASE("a change of content changes the digest; the diff names the records")
{
    ContentFixture f;
    QTemporaryDir out;
    const auto before = buildFixture(f, out.filePath("old.sqlite"));
    f.write("guides/health/care/en.md",
            ContentFixture::guide("health/care", "original", "Getting care",
                                  "## Health centre\n\nBook a time.\n\n## New part\n\nMore.\n")
                .replace("revision: 1", "revision: 2"));
    const auto after = buildFixture(f, out.filePath("new.sqlite"));
    REQUIRE(before.ok);
    REQUIRE(after.ok);
    CHECK(before.contentDigest != after.contentDigest);

    const auto d = PackInspector::diff(out.filePath("old.sqlite"), out.filePath("new.sqlite"));
    REQUIRE(d.error.isEmpty());
    CHECK(d.added.value("sections").contains("health/care:en:standard#new-part"));
    CHECK(d.removed.value("sections").contains("health/care:en:standard#emergencies"));
    CHECK(d.changed.value("sections").contains("health/care:en:standard#health-centre"));
    CHECK(d.changed.value("guides") == QStringList { "health/care" });

    SECTION("the Finnish translation made from revision 1 is now outdated")
    {
        const auto report = PackInspector::inspect(out.filePath("new.sqlite"));
        CHECK(report.matrix.value("health/care").value("fi") == TranslationState::Outdated);
        CHECK(report.matrix.value("health/care").value("en") == TranslationState::Original);
        CHECK(report.matrix.value("health/care").value("ar") == TranslationState::Missing);
        CHECK(report.tableCounts.value("guides") == 2);
        CHECK(report.countsByLanguage.value("guide_texts").value("fi") == 1);
    }
}

TEST_CASE("invalid content is refused and no pack file is left behind")
{
    ContentFixture f;
    f.write("guides/health/care/en.md", "no front matter\n");
    QTemporaryDir out;
    Problems problems;
    const auto r = PackBuilder::buildFromDirectory(f.path(), out.filePath("p.sqlite"), problems);
    CHECK_FALSE(r.ok);
    CHECK_FALSE(problems.isEmpty());
    CHECK_FALSE(QFile::exists(out.filePath("p.sqlite")));
    CHECK_FALSE(QFile::exists(out.filePath("p.sqlite.building")));
}

TEST_CASE("a build into a folder that cannot be written fails with a message and keeps the old pack")
{
    ContentFixture f;
    Problems problems;
    const auto content = ContentSource::load(f.path(), problems, QDate(2026, 11, 23));
    const auto r = PackBuilder::build(content, "/proc/kotona-no-such-dir/p.sqlite");
    CHECK_FALSE(r.ok);
    CHECK_FALSE(r.error.isEmpty());
}

TEST_CASE("inspect and diff refuse a file that is not a pack")
{
    QTemporaryDir dir;
    QFile junk(dir.filePath("junk.sqlite"));
    junk.open(QIODevice::WriteOnly);
    junk.write("this is not sqlite at all, just some text that is long enough to look like a header....");
    junk.close();
    CHECK_FALSE(PackInspector::inspect(junk.fileName()).error.isEmpty());
    CHECK_FALSE(PackInspector::diff(junk.fileName(), junk.fileName()).error.isEmpty());
}

TEST_CASE("a glossary term's other words are records of their own, in the digest")
{
    ContentFixture f;
    QTemporaryDir out;
    const auto before = buildFixture(f, out.filePath("before.sqlite"));
    f.write("glossary/kela.yaml",
            "id: kela\nrelated: []\nterms:\n"
            "  en: {term: Kela, explanation: The Social Insurance Institution.}\n"
            "  fi: {term: Kela, explanation: Kansaneläkelaitos.}\n"
            "also: {fi: [sossu, kansaneläkelaitos]}\n");
    const QString path = out.filePath("after.sqlite");
    const auto after = buildFixture(f, path);
    REQUIRE(before.ok);
    REQUIRE(after.ok);
    CHECK(before.contentDigest != after.contentDigest);
    sql::Database db;
    REQUIRE(db.open(path, sql::Database::Mode::ReadOnly));
    sql::Statement *s = db.prepare("SELECT id, term_id, lang, word FROM glossary_words ORDER BY id");
    REQUIRE(s);
    QStringList rows;
    while (s->next())
        rows << QStringList { s->text(0), s->text(1), s->text(2), s->text(3) }.join('|');
    CHECK(rows == QStringList { "kela:fi:kansaneläkelaitos|kela|fi|kansaneläkelaitos", "kela:fi:sossu|kela|fi|sossu" });
    // The glossary itself is unchanged: the other words are never shown as terms.
    sql::Statement *e = db.prepare("SELECT count(*) FROM glossary_entries");
    REQUIRE(e->next());
    CHECK(e->integer(0) == 2);
}

TEST_CASE("a pack of schema version 1 migrates to the current version and keeps its content")
{
    QTemporaryDir dir;
    const QString copy = dir.filePath("pack-v1.sqlite");
    REQUIRE(QFile::copy(KOTONA_TEST_DATA_DIR "/pack-v1.sqlite", copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    sql::Database db;
    REQUIRE(db.open(copy, sql::Database::Mode::ReadWrite));
    REQUIRE(db.userVersion() == 1);
    sql::Statement *stored = db.prepare("SELECT value FROM meta WHERE id = 'content_digest'");
    REQUIRE(stored->next());
    const QString digest = stored->text(0);
    REQUIRE(digest.size() == 64);

    QString error;
    CHECK(migrate(db, &error));
    CHECK(error.isEmpty());
    CHECK(db.userVersion() == kSchemaVersion);
    sql::Statement *words = db.prepare("SELECT count(*) FROM glossary_words");
    REQUIRE(words);
    REQUIRE(words->next());
    CHECK(words->integer(0) == 0);
    sql::Statement *meta = db.prepare("SELECT value FROM meta WHERE id = 'schema_version'");
    REQUIRE(meta->next());
    CHECK(meta->text(0) == QString::number(kSchemaVersion));
    CHECK(contentDigest(db) == digest); // no record changed
    CHECK(migrate(db, &error)); // already current: nothing to do
}

TEST_CASE("a pack of an unknown or newer schema version is not migrated and stays as it was")
{
    ContentFixture f;
    QTemporaryDir out;
    const QString path = out.filePath("p.sqlite");
    REQUIRE(buildFixture(f, path).ok);
    sql::Database db;
    REQUIRE(db.open(path, sql::Database::Mode::ReadWrite));
    REQUIRE(db.setUserVersion(kSchemaVersion + 1));
    QString error;
    CHECK_FALSE(migrate(db, &error));
    CHECK(error.contains("newer"));
    CHECK(db.userVersion() == kSchemaVersion + 1);
    REQUIRE(db.setUserVersion(0));
    CHECK_FALSE(migrate(db, &error));
    CHECK(error.contains("unknown schema version 0"));
}
