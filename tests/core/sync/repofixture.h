// SPDX-License-Identifier: GPL-3.0-or-later
// A signed repository with three releases of the fixture content and a client pack at
// release 1, for the repository, HTTP and crash tests.
#pragma once

#include "../content/builtpack.h"
#include "content/packschema.h"
#include "content/sqlite.h"
#include "sync/applier.h"
#include "sync/minisign.h"
#include "sync/repository.h"
#include "sync/updater.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace kotona::test {

using namespace kotona;


inline sync::SecretKey newKey()
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

inline PackState stateOf(const QString &path)
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

inline void release2(ContentFixture &c)
{
    c.write("guides/health/care/en.md",
            ContentFixture::guide("health/care", "original", "Getting care",
                                  "## Health centre\n\nBook a time by phone.\n\n## Emergencies\n\nCall 112.\n"));
}

inline void release3(ContentFixture &c)
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


} // namespace kotona::test
