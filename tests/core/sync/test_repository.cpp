// SPDX-License-Identifier: GPL-3.0-or-later
#include "repofixture.h"
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

using namespace kotona::test;


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
