// SPDX-License-Identifier: GPL-3.0-or-later
// Updates over HTTP from a real server on 127.0.0.1 that misbehaves on purpose.
#include "repofixture.h"
#include "sync/repositoryserver.h"

#include <QFile>

using namespace kotona;
using namespace kotona::test;

namespace {

struct Served {
    Repo r;
    sync::RepositoryServer server { r.repo };
    QString cache = r.dir.filePath(QStringLiteral("cache"));

    Served()
    {
        r.publishAll();
        REQUIRE(server.start());
    }
    sync::UpdateResult update(qint64 *received = nullptr)
    {
        sync::HttpSource source(server.url(), cache, 5000);
        sync::UpdateResult u = sync::update(source, r.options());
        if (received)
            *received = source.bytesReceived();
        return u;
    }
    void newInstall() { QFile::remove(r.client); }
};

} // namespace

TEST_CASE("over HTTP a client catches up and gets the content of a fresh build")
{
    Served s;
    const sync::UpdateResult u = s.update();
    INFO(u.error.detail.toStdString());
    REQUIRE_FALSE(u.error);
    CHECK(u.toSeq == 3);
    CHECK(stateOf(s.r.client).digest == stateOf(s.r.r3.path).digest);
}

TEST_CASE("a download cut off mid-transfer resumes where it stopped and re-fetches nothing")
{
    Served s;
    s.newInstall(); // the snapshot: the biggest file
    qint64 whole = 0;
    {
        // What a complete download costs, measured with an empty cache.
        Served reference;
        reference.newInstall();
        REQUIRE_FALSE(reference.update(&whole).error);
    }
    sync::RepositoryServer::Faults drop;
    drop.dropAfterBytes = 4000;
    s.server.setFaults(drop);
    const sync::UpdateResult cut = s.update();
    CHECK(cut.error.code == sync::ErrorCode::Network);
    CHECK_FALSE(sync::isHard(cut.error.code));
    CHECK_FALSE(QFile::exists(s.r.client));

    SECTION("the server honours Range")
    {
        s.server.setFaults({});
        qint64 received = 0;
        const sync::UpdateResult u = s.update(&received);
        REQUIRE_FALSE(u.error);
        CHECK(received == whole - 4000);
    }
    SECTION("the server ignores Range: the whole file again, still correct")
    {
        sync::RepositoryServer::Faults ignore;
        ignore.ignoreRange = true;
        s.server.setFaults(ignore);
        qint64 received = 0;
        REQUIRE_FALSE(s.update(&received).error);
        CHECK(received == whole);
    }
    SECTION("the file changed on the server (another ETag): started over, still correct")
    {
        sync::RepositoryServer::Faults changed;
        changed.changedEtag = "\"something-else\"";
        s.server.setFaults(changed);
        REQUIRE_FALSE(s.update().error);
    }
    SECTION("416: the partial file is dropped and the next try starts over")
    {
        sync::RepositoryServer::Faults refuse;
        refuse.always416 = true;
        s.server.setFaults(refuse);
        CHECK(s.update().error.code == sync::ErrorCode::Network);
        s.server.setFaults({});
        REQUIRE_FALSE(s.update().error);
    }
    CHECK(stateOf(s.r.client).digest == stateOf(s.r.r3.path).digest);
}

TEST_CASE("a captive portal, endless data, a changed blob or no server at all change nothing")
{
    Served s;
    const PackState before = stateOf(s.r.client);
    SECTION("an HTML login page instead of the files")
    {
        sync::RepositoryServer::Faults portal;
        portal.captivePortal = true;
        s.server.setFaults(portal);
        const sync::UpdateResult u = s.update();
        CHECK(u.error.code == sync::ErrorCode::CaptivePortal);
        CHECK_FALSE(sync::isHard(u.error.code));
    }
    SECTION("data that never ends")
    {
        sync::RepositoryServer::Faults endless;
        endless.endless = true;
        s.server.setFaults(endless);
        CHECK(s.update().error.code == sync::ErrorCode::TooLarge);
    }
    SECTION("a blob whose bytes changed under the same name")
    {
        sync::Manifest m;
        QFile mf(s.r.repo + QStringLiteral("/") + sync::manifestPath(3));
        REQUIRE(mf.open(QIODevice::ReadOnly));
        REQUIRE_FALSE(sync::parseManifest(mf.readAll(), &m));
        QFile blob(s.r.repo + QStringLiteral("/") + sync::blobPath(m.batches.last().blob.sha256));
        REQUIRE(blob.open(QIODevice::ReadWrite));
        QByteArray bytes = blob.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
        blob.seek(0);
        blob.write(bytes);
        blob.close();
        const sync::UpdateResult u = s.update();
        CHECK(u.error.code == sync::ErrorCode::HashMismatch);
        CHECK(sync::isHard(u.error.code));
    }
    SECTION("the server is gone")
    {
        const QUrl url = s.server.url();
        s.server.close();
        sync::HttpSource source(url, s.cache, 2000);
        const sync::UpdateResult u = sync::update(source, s.r.options());
        CHECK(u.error.code == sync::ErrorCode::Network);
    }
    CHECK(stateOf(s.r.client) == before);
}
