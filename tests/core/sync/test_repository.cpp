// SPDX-License-Identifier: GPL-3.0-or-later
#include "../content/builtpack.h"
#include "content/packschema.h"
#include "content/sqlite.h"
#include "sync/applier.h"
#include "sync/minisign.h"
#include "sync/repository.h"
#include "sync/updater.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotona;

namespace {

sync::SecretKey newKey()
{
    auto k = sync::SecretKey::generate();
    REQUIRE(k);
    return std::move(k).value();
}

struct PackState {
    qint64 seq = -1;
    QString digest;
    QString integrity;
    friend bool operator==(const PackState &, const PackState &) = default;
};

PackState stateOf(const QString &path)
{
    PackState s;
    sql::Database db;
    if (!db.open(path, sql::Database::Mode::ReadOnly))
        return s;
    s.seq = sync::metaValue(db, QStringLiteral("seq")).toLongLong();
    s.digest = pack::contentDigest(db);
    if (sql::Statement *c = db.prepare(QStringLiteral("PRAGMA integrity_check")); c && c->next())
        s.integrity = c->text(0);
    return s;
}

void release2(ContentFixture &c)
{
    c.write("guides/health/care/en.md",
            ContentFixture::guide("health/care", "original", "Getting care",
                                  "## Health centre\n\nBook a time by phone.\n\n## Emergencies\n\nCall 112.\n"));
}

void release3(ContentFixture &c)
{
    release2(c);
    c.write("guides/health/dental/en.md",
            ContentFixture::guide("health/dental", "original", "Dental care", "## Dentist\n\nBook a dentist.\n"));
}

// A repository with releases 1, 2 and 3 of the fixture content, and a client pack at release 1.
struct Repo {
    QTemporaryDir dir;
    QString repo = dir.filePath(QStringLiteral("repo"));
    sync::SecretKey key = newKey();
    BuiltPack r1, r2 { release2 }, r3 { release3 };
    QString client = dir.filePath(QStringLiteral("client.sqlite"));
    sync::Root root1;
    QDateTime now = QDateTime::currentDateTimeUtc();

    Repo()
    {
        REQUIRE_FALSE(sync::publish(r1.path, repo, key).error);
        REQUIRE(QFile::copy(repo + QStringLiteral("/latest.json"), dir.filePath(QStringLiteral("latest1.json"))));
        REQUIRE(QFile::copy(repo + QStringLiteral("/latest.json.minisig"), dir.filePath(QStringLiteral("latest1.json.minisig"))));
        REQUIRE_FALSE(sync::newestRoot(repo, &root1));
        // The client starts from release 1, installed from the repository.
        sync::DirectorySource source(repo);
        REQUIRE_FALSE(sync::update(source, options()).error);
        REQUIRE(stateOf(client).seq == 1);
    }
    void publishAll()
    {
        REQUIRE_FALSE(sync::publish(r2.path, repo, key).error);
        REQUIRE_FALSE(sync::publish(r3.path, repo, key).error);
    }
    sync::UpdateOptions options()
    {
        sync::UpdateOptions o;
        o.packPath = client;
        o.trust = root1;
        o.now = now;
        return o;
    }
    sync::UpdateResult update()
    {
        sync::DirectorySource source(repo);
        return sync::update(source, options());
    }
};

} // namespace

TEST_CASE("a client several releases behind catches up with batches and ends with the content of a fresh build")
{
    Repo r;
    r.publishAll();
    const sync::UpdateResult u = r.update();
    INFO(u.error.detail.toStdString());
    REQUIRE_FALSE(u.error);
    CHECK_FALSE(u.viaSnapshot);
    CHECK(u.batchesApplied == 2);
    CHECK(u.fromSeq == 1);
    CHECK(u.toSeq == 3);
    CHECK(u.changedGuides.contains(QStringLiteral("health/dental")));
    const PackState after = stateOf(r.client);
    CHECK(after.seq == 3);
    CHECK(after.integrity == QStringLiteral("ok"));
    CHECK(after.digest == stateOf(r.r3.path).digest);
    // The manifest says what changed, per language, by title.
    CHECK(u.changes.value(QStringLiteral("en")).toObject().value(QStringLiteral("added")).toArray().contains(QStringLiteral("Dental care")));

    SECTION("and a second run finds nothing to do")
    {
        const sync::UpdateResult again = r.update();
        CHECK_FALSE(again.error);
        CHECK(again.upToDate);
    }
    SECTION("a new install takes the snapshot and gets the same content")
    {
        QFile::remove(r.client);
        const sync::UpdateResult fresh = r.update();
        REQUIRE_FALSE(fresh.error);
        CHECK(fresh.viaSnapshot);
        CHECK(stateOf(r.client).digest == after.digest);
    }
}

TEST_CASE("publishing the same content again only refreshes latest.json")
{
    Repo r;
    const sync::PublishResult p = sync::publish(r.r1.path, r.repo, r.key);
    REQUIRE_FALSE(p.error);
    CHECK(p.unchanged);
    CHECK(p.seq == 1);
}

TEST_CASE("a damaged file anywhere in the repository is refused and the pack stays as it was")
{
    Repo r;
    r.publishAll();
    const PackState before = stateOf(r.client);
    QStringList files;
    QDirIterator it(r.repo, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    REQUIRE(files.size() >= 10);
    // What this client needs (latest.json, manifest 3 and the two batches) is always
    // checked; damage elsewhere may go unnoticed only because it is never read.
    QStringList needed = { r.repo + QStringLiteral("/latest.json"), r.repo + QStringLiteral("/") + sync::manifestPath(3) };
    {
        QFile m(needed.last());
        REQUIRE(m.open(QIODevice::ReadOnly));
        sync::Manifest manifest;
        REQUIRE_FALSE(sync::parseManifest(m.readAll(), &manifest));
        for (const auto &b : manifest.batches)
            needed << r.repo + QStringLiteral("/") + sync::blobPath(b.blob.sha256);
    }
    int refusedCount = 0;
    for (const QString &file : std::as_const(files)) {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        f.close();
        const QList<QByteArray> variants = {
            QByteArray(original).replace(0, 1, QByteArray(1, char(original.at(0) ^ 0x01))),
            QByteArray(original).replace(original.size() / 2, 1, QByteArray(1, char(original.at(original.size() / 2) ^ 0x40))),
            original.first(original.size() / 2),
            original + QByteArray(100, 'x'),
        };
        for (const QByteArray &damaged : variants) {
            REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(damaged);
            f.close();
            const sync::UpdateResult u = r.update();
            REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(original);
            f.close();
            INFO(file.toStdString());
            const PackState now = stateOf(r.client);
            CHECK(now.integrity == QStringLiteral("ok"));
            if (needed.contains(file))
                CHECK(u.error);
            if (u.error) {
                ++refusedCount;
                CHECK(now == before);
            } else {
                // Only damage that changes nothing the client uses may pass (e.g. the
                // untrusted comment of a signature, a batch the client does not need).
                CHECK(now.digest == stateOf(r.r3.path).digest);
                REQUIRE(sync::update(*std::make_unique<sync::DirectorySource>(r.repo), r.options()).upToDate);
                // Back to release 1 for the next try.
                QFile::remove(r.client);
                REQUIRE(QFile::copy(r.r1.path, r.client));
                QFile::setPermissions(r.client, QFile::ReadOwner | QFile::WriteOwner);
                sql::Database db;
                REQUIRE(db.open(r.client, sql::Database::Mode::ReadWrite));
                REQUIRE(db.exec(QStringLiteral("UPDATE meta SET value = '1' WHERE id = 'seq'")));
            }
        }
    }
    CHECK(refusedCount >= needed.size() * 4);
}

TEST_CASE("a replayed old latest.json is refused as a rollback")
{
    Repo r;
    r.publishAll();
    REQUIRE_FALSE(r.update().error);
    QFile::remove(r.repo + QStringLiteral("/latest.json"));
    QFile::remove(r.repo + QStringLiteral("/latest.json.minisig"));
    REQUIRE(QFile::copy(r.dir.filePath(QStringLiteral("latest1.json")), r.repo + QStringLiteral("/latest.json")));
    REQUIRE(QFile::copy(r.dir.filePath(QStringLiteral("latest1.json.minisig")), r.repo + QStringLiteral("/latest.json.minisig")));
    const sync::UpdateResult u = r.update();
    CHECK(u.error.code == sync::ErrorCode::Rollback);
    CHECK(sync::isHard(u.error.code));
    CHECK(stateOf(r.client).seq == 3);
}

TEST_CASE("expired metadata and a clock five years off are soft errors that change nothing")
{
    Repo r;
    r.publishAll();
    const PackState before = stateOf(r.client);
    SECTION("five years ahead: everything looks expired")
    {
        r.now = r.now.addYears(5);
        const sync::UpdateResult u = r.update();
        CHECK(u.error.code == sync::ErrorCode::Expired);
        CHECK_FALSE(sync::isHard(u.error.code));
    }
    SECTION("five years behind: the release comes from the future")
    {
        r.now = r.now.addYears(-5);
        const sync::UpdateResult u = r.update();
        CHECK(u.error.code == sync::ErrorCode::ClockOff);
        CHECK_FALSE(sync::isHard(u.error.code));
    }
    CHECK(stateOf(r.client) == before);
}

TEST_CASE("root rotation 1 to 2 to 3 is followed, and a key that was retired is refused")
{
    Repo r;
    sync::SecretKey key2 = newKey(), key3 = newKey();
    REQUIRE_FALSE(sync::publish(r.r2.path, r.repo, r.key).error);
    REQUIRE_FALSE(sync::rotateRoot(r.repo, r.key, key2));
    REQUIRE_FALSE(sync::rotateRoot(r.repo, key2, key3));
    sync::Root newest;
    REQUIRE_FALSE(sync::newestRoot(r.repo, &newest));
    CHECK(newest.version == 3);

    SECTION("the old key can no longer publish")
    {
        CHECK(sync::publish(r.r3.path, r.repo, r.key).error.code == sync::ErrorCode::UnknownKey);
    }
    SECTION("a client that trusts root 1 follows the chain and accepts releases signed with key 3")
    {
        REQUIRE_FALSE(sync::publish(r.r3.path, r.repo, key3).error);
        const sync::UpdateResult u = r.update();
        INFO(u.error.detail.toStdString());
        REQUIRE_FALSE(u.error);
        CHECK(u.toSeq == 3);
        CHECK(sync::packRoot(r.client)->version == 3);
    }
    SECTION("latest.json signed with retired key 1 is refused")
    {
        // An attacker holding key 1 re-signs latest.json after the rotation.
        QFile f(r.repo + QStringLiteral("/latest.json"));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray latest = f.readAll();
        auto sig = sync::sign(r.key, latest, "forged");
        REQUIRE(sig);
        QFile s(r.repo + QStringLiteral("/latest.json.minisig"));
        REQUIRE(s.open(QIODevice::WriteOnly | QIODevice::Truncate));
        s.write(sig.value());
        s.close();
        CHECK(r.update().error.code == sync::ErrorCode::UnknownKey);
        CHECK(stateOf(r.client).seq == 1);
    }
    SECTION("a root that is not signed by its predecessor breaks the chain")
    {
        QFile::remove(r.repo + QStringLiteral("/root/2.root.json.minisig"));
        const sync::UpdateResult u = r.update();
        CHECK(u.error.code == sync::ErrorCode::BadSignature);
        CHECK(stateOf(r.client).seq == 1);
    }
}

TEST_CASE("a repository of another pack or with another key is refused")
{
    Repo r;
    r.publishAll();
    SECTION("a root the client does not trust")
    {
        QTemporaryDir other;
        sync::SecretKey stranger = newKey();
        BuiltPack p(release3);
        REQUIRE_FALSE(sync::publish(p.path, other.path(), stranger).error);
        sync::DirectorySource source(other.path());
        CHECK(sync::update(source, r.options()).error.code == sync::ErrorCode::UnknownKey);
    }
    CHECK(stateOf(r.client).seq == 1);
}
