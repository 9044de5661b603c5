// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/contentstore.h"
#include "content/packinstaller.h"
#include "content/packschema.h"
#include "content/sqlite.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace kotona;

namespace {

const QString kBundled = QStringLiteral(KOTONA_TEST_DATA_DIR "/pack-v1.sqlite");

qint64 seqOf(const QString &path)
{
    ContentStore s;
    return s.open(path).ok() ? s.info().seq : -1;
}

void setSeq(const QString &path, qint64 seq)
{
    sql::Database db;
    REQUIRE(db.open(path, sql::Database::Mode::ReadWrite));
    REQUIRE(db.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE id = 'seq'").arg(seq)));
}

} // namespace

TEST_CASE("on first run the bundled pack is copied into the data folder")
{
    QTemporaryDir dir;
    const QString installed = dir.filePath("sub/pack.sqlite");
    const auto r = PackInstaller::prepare(kBundled, installed);
    CHECK(r.ok);
    CHECK_FALSE(r.restored);
    CHECK(r.message.isEmpty());
    CHECK(seqOf(installed) == 1);
    CHECK_FALSE(QFile::exists(installed + ".copying"));
}

TEST_CASE("a newer installed pack is kept; an older one is replaced by the app's newer pack")
{
    QTemporaryDir dir;
    const QString installed = dir.filePath("pack.sqlite");
    const QString bundled = dir.filePath("bundled.sqlite");
    REQUIRE(QFile::copy(kBundled, bundled));
    QFile::setPermissions(bundled, QFile::ReadOwner | QFile::WriteOwner);
    REQUIRE(PackInstaller::prepare(bundled, installed).ok);

    setSeq(installed, 5); // updated by sync since
    CHECK(PackInstaller::prepare(bundled, installed).ok);
    CHECK(seqOf(installed) == 5);

    setSeq(bundled, 9); // a new app version brings newer content
    CHECK(PackInstaller::prepare(bundled, installed).ok);
    CHECK(seqOf(installed) == 9);
}

TEST_CASE("a damaged or too new installed pack is moved aside and the bundled one restored")
{
    QTemporaryDir dir;
    const QString installed = dir.filePath("pack.sqlite");
    SECTION("damaged")
    {
        QFile f(installed);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x55'));
    }
    SECTION("too new")
    {
        REQUIRE(QFile::copy(kBundled, installed));
        QFile::setPermissions(installed, QFile::ReadOwner | QFile::WriteOwner);
        sql::Database db;
        REQUIRE(db.open(installed, sql::Database::Mode::ReadWrite));
        REQUIRE(db.setUserVersion(pack::kSchemaVersion + 1));
    }
    const auto r = PackInstaller::prepare(kBundled, installed);
    CHECK(r.ok);
    CHECK(r.restored);
    CHECK(r.message.contains("restored"));
    CHECK(seqOf(installed) == 1);
    CHECK(QDir(dir.path()).entryList({ "pack.sqlite.broken-*" }).size() == 1);
}

TEST_CASE("without a usable bundled pack the installed one is kept, or a clear error given")
{
    QTemporaryDir dir;
    const QString installed = dir.filePath("pack.sqlite");
    const auto none = PackInstaller::prepare(dir.filePath("missing.sqlite"), installed);
    CHECK_FALSE(none.ok);
    CHECK(none.message.contains("Reinstall"));

    REQUIRE(QFile::copy(kBundled, installed));
    CHECK(PackInstaller::prepare(dir.filePath("missing.sqlite"), installed).ok);
}
