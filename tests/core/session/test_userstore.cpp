// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/sqlite.h"
#include "session/userstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace kotona;

TEST_CASE("user data survives closing and reopening the database")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("user.sqlite");
    {
        UserStore store;
        REQUIRE(store.open(path).ok);
        CHECK(store.setSetting("ui_language", "ar"));
        CHECK(store.addBookmark("arrival/kela", "ar"));
        CHECK(store.setChecked("first-weeks", "register", true));
        CHECK(store.recordVisit("arrival/kela", "ar", "what-is-kela"));
    }
    UserStore store;
    REQUIRE(store.open(path).ok);
    CHECK(store.setting("ui_language").toString() == "ar");
    CHECK(store.setting("missing", "fallback").toString() == "fallback");
    CHECK(store.isBookmarked("arrival/kela"));
    REQUIRE(store.bookmarks().size() == 1);
    CHECK(store.bookmarks().at(0).lang == "ar");
    CHECK(store.checkedItems("first-weeks") == QSet<QString> { "register" });
    REQUIRE(store.history().size() == 1);
    CHECK(store.history().at(0).anchor == "what-is-kela");

    CHECK(store.removeBookmark("arrival/kela"));
    CHECK_FALSE(store.isBookmarked("arrival/kela"));
    CHECK(store.setChecked("first-weeks", "register", false));
    CHECK(store.checkedItems("first-weeks").isEmpty());
}

TEST_CASE("a user database of schema version 1 from tests/data opens with its data")
{
    QTemporaryDir dir;
    const QString copy = dir.filePath("user.sqlite");
    REQUIRE(QFile::copy(KOTONA_TEST_DATA_DIR "/user-v1.sqlite", copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    UserStore store;
    REQUIRE(store.open(copy).ok);
    CHECK(store.isBookmarked("arrival/kela"));
    CHECK(store.setting("ui_language").toString() == "fi");
}

TEST_CASE("a user database from a newer Kotona is refused and left unchanged")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("user.sqlite");
    {
        sql::Database db;
        REQUIRE(db.open(path, sql::Database::Mode::Create));
        REQUIRE(db.exec("CREATE TABLE future (x)"));
        REQUIRE(db.setUserVersion(UserStore::kSchemaVersion + 1));
    }
    UserStore store;
    const auto r = store.open(path);
    CHECK_FALSE(r.ok);
    CHECK(r.tooNew);
    CHECK(r.message.contains("newer"));
    sql::Database db;
    REQUIRE(db.open(path, sql::Database::Mode::ReadOnly));
    CHECK(db.userVersion() == UserStore::kSchemaVersion + 1);
}

TEST_CASE("a guest session keeps user data in memory only")
{
    UserStore store;
    REQUIRE(store.open(":memory:").ok);
    CHECK(store.addBookmark("health/getting-care", "en"));
    CHECK(store.isBookmarked("health/getting-care"));
}
