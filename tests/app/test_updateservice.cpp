// SPDX-License-Identifier: GPL-3.0-or-later
// UpdateService, the app's side of signed updates: real repositories made with
// sync::publish in temporary folders, the real AppContext and Library behind it.
#include "appcontext.h"
#include "content/contentstore.h"
#include "library.h"
#include "repofixture.h"
#include "updateservice.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotona;

namespace {

// A data folder whose installed pack is the client pack of `repo` (release 1, with
// its trust anchor in meta.root), and the app started on it.
struct App {
    QTemporaryDir data;
    AppContext context;

    App(const QString &installedPack, const QString &bundledPack)
    {
        REQUIRE(QFile::copy(installedPack, data.filePath(QStringLiteral("pack.sqlite"))));
        REQUIRE(context.start(data.path(), bundledPack, QStringLiteral("en")));
        REQUIRE(context.notice().isEmpty());
    }
    QString pack() const { return data.filePath(QStringLiteral("pack.sqlite")); }
    UpdateService &updates() { return *context.updates(); }

    // Runs one check to its end; true when it updated the pack.
    bool check()
    {
        QSignalSpy finished(context.updates(), &UpdateService::checkFinished);
        REQUIRE(updates().checkNow());
        REQUIRE(updates().busy());
        REQUIRE(finished.wait(60000));
        REQUIRE_FALSE(updates().busy());
        UNSCOPED_INFO("status after the check: " << updates().status().toStdString());
        return finished.at(0).at(0).toBool();
    }
};

QStringList summaryOf(const QVariant &entry)
{
    return entry.toMap().value(QStringLiteral("summary")).toStringList();
}

} // namespace

TEST_CASE("Check now brings the pack to the newest release from a folder, and the Library shows the new guide")
{
    test::Repo repo;
    repo.publishAll();
    App app(repo.client, repo.r1.path);
    UpdateService &updates = app.updates();
    REQUIRE(updates.configured());
    CHECK(updates.history().isEmpty());
    CHECK_FALSE(updates.lastCheck().isValid());
    CHECK_FALSE(app.context.content().guideIds().contains(QStringLiteral("health/dental")));

    // A USB stick that is not plugged in comes first and is skipped silently.
    REQUIRE(updates.addSource(repo.dir.filePath(QStringLiteral("usb-stick-not-plugged-in"))));
    REQUIRE(updates.addSource(repo.repo));
    REQUIRE(updates.sources().size() == 2);

    QSignalSpy replaced(app.context.library(), &Library::packReplaced);
    REQUIRE(app.check());
    CHECK(updates.status() == QStringLiteral("The guides were updated."));
    CHECK(updates.lastCheck().isValid());
    CHECK(updates.bytesReceived() > 0);
    CHECK(updates.retryDelay() == 0);
    CHECK(test::stateOf(app.pack()).seq == 3);

    const QVariantList history = updates.history();
    REQUIRE(history.size() == 1);
    const QVariantMap entry = history.at(0).toMap();
    CHECK(entry.value(QStringLiteral("fromSeq")).toLongLong() == 1);
    CHECK(entry.value(QStringLiteral("toSeq")).toLongLong() == 3);
    CHECK(entry.value(QStringLiteral("date")).toDateTime().isValid());
    INFO(summaryOf(entry).join(QLatin1Char('|')).toStdString());
    CHECK(summaryOf(entry).contains(QStringLiteral("New guides: Dental care")));

    // The Library reopened the pack: the new guide is there and the reader is told.
    CHECK(replaced.count() == 1);
    CHECK(app.context.content().guideIds().contains(QStringLiteral("health/dental")));
    CHECK(app.context.library()->contentUpdated());

    // A second check finds nothing new and adds nothing to the history.
    CHECK_FALSE(app.check());
    CHECK(updates.status() == QStringLiteral("The guides are up to date."));
    CHECK(updates.history().size() == 1);
}

TEST_CASE("Sources, the last check and the history are kept in the user data across restarts")
{
    test::Repo repo;
    repo.publishAll();
    QTemporaryDir data;
    REQUIRE(QFile::copy(repo.client, data.filePath(QStringLiteral("pack.sqlite"))));
    {
        AppContext context;
        REQUIRE(context.start(data.path(), repo.r1.path, QStringLiteral("en")));
        REQUIRE(context.updates()->addSource(repo.repo));
        QSignalSpy finished(context.updates(), &UpdateService::checkFinished);
        REQUIRE(context.updates()->checkNow());
        REQUIRE(finished.wait(60000));
    }
    AppContext context;
    REQUIRE(context.start(data.path(), repo.r1.path, QStringLiteral("en")));
    CHECK(context.updates()->sources() == QStringList { repo.repo });
    CHECK(context.updates()->lastCheck().isValid());
    REQUIRE(context.updates()->history().size() == 1);
    CHECK(summaryOf(context.updates()->history().at(0)).contains(QStringLiteral("New guides: Dental care")));
    context.updates()->removeSource(0);
    CHECK(context.updates()->sources().isEmpty());
}

TEST_CASE("A pack without a trust anchor is not updated, and the status says updates are not set up")
{
    test::Repo repo;
    repo.publishAll();
    // The built pack (like the bundled starter pack) has no meta.root.
    App app(repo.r1.path, repo.r1.path);
    UpdateService &updates = app.updates();
    CHECK_FALSE(updates.configured());
    CHECK(updates.status().contains(QStringLiteral("not set up")));
    REQUIRE(updates.addSource(repo.repo));
    CHECK_FALSE(updates.checkNow());
    CHECK_FALSE(updates.busy());
    CHECK(updates.history().isEmpty());
}

TEST_CASE("A repository that fails verification leaves the pack as it was and tells why, without retrying")
{
    test::Repo repo;
    repo.publishAll();
    // Someone changed latest.json after it was signed.
    QFile latest(repo.repo + QStringLiteral("/latest.json"));
    REQUIRE(latest.open(QIODevice::ReadWrite));
    QByteArray bytes = latest.readAll();
    const qsizetype at = bytes.indexOf("\"seq\"");
    REQUIRE(at >= 0);
    bytes.insert(at, ' ');
    REQUIRE(latest.seek(0));
    REQUIRE(latest.write(bytes) == bytes.size());
    latest.close();

    App app(repo.client, repo.r1.path);
    REQUIRE(app.updates().addSource(repo.repo));
    const test::PackState before = test::stateOf(app.pack());
    CHECK_FALSE(app.check());
    CHECK(test::stateOf(app.pack()) == before);
    CHECK(app.updates().history().isEmpty());
    INFO(app.updates().status().toStdString());
    CHECK_FALSE(app.updates().status().isEmpty());
    CHECK(app.updates().status() != QStringLiteral("The guides are up to date."));
    CHECK(app.updates().retryDelay() == 0);
}

TEST_CASE("An unreachable server is a soft error retried after 5 minutes, then 10")
{
    test::Repo repo;
    repo.publishAll();
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    App app(repo.client, repo.r1.path);
    REQUIRE(app.updates().addSource(QStringLiteral("http://127.0.0.1:%1/repo").arg(port)));
    const test::PackState before = test::stateOf(app.pack());
    CHECK_FALSE(app.check());
    CHECK(test::stateOf(app.pack()) == before);
    INFO(app.updates().status().toStdString());
    CHECK_FALSE(app.updates().status().isEmpty());
    CHECK(app.updates().retryDelay() == UpdateService::kFirstRetryMs);
    CHECK_FALSE(app.check());
    CHECK(app.updates().retryDelay() == 2 * UpdateService::kFirstRetryMs);
}

TEST_CASE("Sources must be web addresses or folders, each listed once")
{
    test::Repo repo;
    App app(repo.client, repo.r1.path);
    UpdateService &updates = app.updates();
    CHECK_FALSE(updates.addSource(QStringLiteral("")));
    CHECK_FALSE(updates.addSource(QStringLiteral("not a source")));
    CHECK_FALSE(updates.addSource(QStringLiteral("ftp://example.org/repo")));
    CHECK(updates.addSource(QStringLiteral("https://example.org/kotona")));
    CHECK_FALSE(updates.addSource(QStringLiteral("https://example.org/kotona")));
    CHECK(updates.addSource(QStringLiteral("/media/usb/kotona")));
    CHECK(updates.sources()
          == QStringList { QStringLiteral("https://example.org/kotona"), QStringLiteral("/media/usb/kotona") });
}

TEST_CASE("The what-changed summary is in the reader's language, else English")
{
    const QJsonObject changes {
        { QStringLiteral("en"),
          QJsonObject { { QStringLiteral("added"), QJsonArray { QStringLiteral("Dental care") } },
                        { QStringLiteral("updated"),
                          QJsonArray { QStringLiteral("Getting care"), QStringLiteral("Kela") } } } },
        { QStringLiteral("fi"),
          QJsonObject { { QStringLiteral("removed"), QJsonArray { QStringLiteral("Hammashoito") } } } },
    };
    CHECK(UpdateService::summaryLines(changes, { QStringLiteral("fi") }, QStringLiteral("en"))
          == QStringList { QStringLiteral("Removed guides: Hammashoito") });
    CHECK(UpdateService::summaryLines(changes, { QStringLiteral("so") }, QStringLiteral("en"))
          == QStringList { QStringLiteral("New guides: Dental care"),
                           QStringLiteral("Updated guides: Getting care and Kela") });
}

