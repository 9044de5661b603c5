// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtpack.h"
#include "content/checklistmodel.h"
#include "content/contentstore.h"
#include "content/glossarymodel.h"
#include "content/guidedocument.h"
#include "content/guidelistmodel.h"
#include "content/packschema.h"
#include "content/servicemodel.h"
#include "content/sqlite.h"
#include "contentfixture.h"
#include "pack/packbuilder.h"

#include <QAbstractItemModelTester>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace kotona;

TEST_CASE("a built pack opens read-only with its meta")
{
    BuiltPack p;
    ContentStore store;
    REQUIRE(store.open(p.path).ok());
    CHECK(store.info().packId == "test.pack");
    CHECK(store.info().seq == 1);
    CHECK(store.info().fallback == QStringList { "en", "fi" });
    CHECK(store.info().contentDigest.size() == 64);
}

TEST_CASE("a missing, damaged or too new pack is refused with a message")
{
    QTemporaryDir dir;
    ContentStore store;
    CHECK(store.open(dir.filePath("none.sqlite")).code == PackOpenError::Code::Missing);

    QFile junk(dir.filePath("junk.sqlite"));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    const auto damaged = store.open(junk.fileName());
    CHECK(damaged.code == PackOpenError::Code::NotAPack);
    CHECK_FALSE(damaged.message.isEmpty());

    BuiltPack p;
    {
        sql::Database db;
        REQUIRE(db.open(p.path, sql::Database::Mode::ReadWrite));
        REQUIRE(db.setUserVersion(pack::kSchemaVersion + 1));
    }
    const auto tooNew = store.open(p.path);
    CHECK(tooNew.code == PackOpenError::Code::TooNew);
    CHECK(tooNew.message.contains("newer"));
    CHECK_FALSE(store.isOpen());
}

TEST_CASE("the pack kept in tests/data from schema version 1 still opens")
{
    QTemporaryDir dir;
    const QString copy = dir.filePath("pack-v1.sqlite");
    REQUIRE(QFile::copy(KOTONA_TEST_DATA_DIR "/pack-v1.sqlite", copy));
    ContentStore store;
    REQUIRE(store.open(copy).ok());
    CHECK_FALSE(store.topics({ "en" }).isEmpty());
}

TEST_CASE("a guide missing in the reader's language falls back and says which languages it has")
{
    BuiltPack p;
    ContentStore store;
    REQUIRE(store.open(p.path).ok());

    GIVEN("a Somali reader: the guide exists in English and Finnish only")
    {
        const auto g = store.guide("health/care", { "so" });
        REQUIRE(g.has_value());
        CHECK(g->summary.lang == "en");
        CHECK(g->summary.isFallback);
        CHECK(g->summary.languages == QStringList { "fi", "en" });
        CHECK(g->summary.state == TextState::Original);
        CHECK(g->sections.size() == 2);
        CHECK(g->sections.at(0).anchor == "health-centre");
    }
    GIVEN("a Finnish reader: the machine translation is shown and labelled")
    {
        const auto g = store.guide("health/care", { "fi" });
        REQUIRE(g.has_value());
        CHECK(g->summary.lang == "fi");
        CHECK_FALSE(g->summary.isFallback);
        CHECK(g->summary.state == TextState::Machine);
        CHECK(g->summary.title == QString::fromUtf8("Hoitoon hakeutuminen"));
    }
    GIVEN("a reader who prefers Somali, then Finnish")
    {
        CHECK(store.guide("health/care", { "so", "fi" })->summary.lang == "fi");
    }
    CHECK_FALSE(store.guide("health/none", { "en" }).has_value());
}

TEST_CASE("topic guides list the reader's municipality first and hide other municipalities'")
{
    BuiltPack p;
    ContentStore store;
    REQUIRE(store.open(p.path).ok());
    const auto inTurku = store.guides("housing", "turku", { "en" });
    REQUIRE(inTurku.size() == 2);
    CHECK(inTurku.at(0).id == "housing/turku-rent");
    CHECK(inTurku.at(1).id == "housing/rent");
    const auto inVaasa = store.guides("housing", "vaasa", { "en" });
    REQUIRE(inVaasa.size() == 1);
    CHECK(inVaasa.at(0).id == "housing/rent");
}

TEST_CASE("the guide list model passes the model tester and exposes fallbacks")
{
    BuiltPack p;
    ContentStore store;
    REQUIRE(store.open(p.path).ok());
    GuideListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.load("health", "", { "ar" });
    REQUIRE(model.rowCount() == 1);
    const QModelIndex i = model.index(0);
    CHECK(i.data(GuideListModel::IdRole).toString() == "health/care");
    CHECK(i.data(GuideListModel::LangRole).toString() == "en");
    CHECK(i.data(GuideListModel::IsFallbackRole).toBool());
    CHECK(i.data(GuideListModel::StateRole).toString() == "original");
    CHECK(i.data(GuideListModel::LanguagesRole).toStringList() == QStringList { "fi", "en" });
}

TEST_CASE("the section, glossary and topic queries give the reader's language")
{
    BuiltPack p;
    ContentStore store;
    REQUIRE(store.open(p.path).ok());

    // A guide's sections (the reader's model of them is GuideDocument).
    GuideDocument sections(&store, nullptr);
    QAbstractItemModelTester t1(&sections, QAbstractItemModelTester::FailureReportingMode::Fatal);
    sections.load("housing/rent", { "en" }, "standard", {});
    REQUIRE(sections.rowCount() == 2);
    CHECK(sections.index(0).data(GuideDocument::AnchorRole).toString() == "intro");
    CHECK(sections.index(1).data(GuideDocument::HeadingRole).toString() == "Deposit");
    CHECK(sections.index(1).data(GuideDocument::HtmlRole).toString().contains("Pay a deposit."));

    GlossaryModel glossary(&store);
    QAbstractItemModelTester t2(&glossary, QAbstractItemModelTester::FailureReportingMode::Fatal);
    glossary.load({ "fi" });
    REQUIRE(glossary.rowCount() == 1);
    CHECK(glossary.index(0).data(GlossaryModel::ExplanationRole).toString() == QString::fromUtf8("Kansaneläkelaitos."));

    const auto topics = store.topics({ "fi" });
    REQUIRE(topics.size() == 2);
    CHECK(topics.at(0).title == "Terveys");
    CHECK(store.topics({ "ar" }).at(0).title == "Health");
}

TEST_CASE("services tell whether they are open, in Helsinki time")
{
    BuiltPack p;
    ContentStore store;
    REQUIRE(store.open(p.path).ok());
    ServiceModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QTimeZone helsinki("Europe/Helsinki");
    model.setMoment(QDateTime(QDate(2026, 11, 24), QTime(10, 0), helsinki)); // a Tuesday
    model.load("turku", { "en" });
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0).data(ServiceModel::NameRole).toString() == "Office");
    CHECK(model.index(0).data(ServiceModel::OpenStateRole).toString() == "open");
    CHECK(model.index(0).data(ServiceModel::StatusTextRole).toString().contains("16:00"));

    model.setMoment(QDateTime(QDate(2026, 12, 6), QTime(10, 0), helsinki)); // Independence Day
    CHECK(model.index(0).data(ServiceModel::OpenStateRole).toString() == "closed");
    CHECK(model.index(0).data(ServiceModel::StatusTextRole).toString().contains("09:00"));

    model.load("vaasa", { "en" });
    CHECK(model.rowCount() == 0);
}

TEST_CASE("checklist items carry the reader's ticks, which are saved by stable key")
{
    BuiltPack p;
    ContentStore store;
    REQUIRE(store.open(p.path).ok());
    CHECK(store.checklistIds() == QStringList { "first-weeks" });
    UserStore user;
    REQUIRE(user.open(":memory:").ok);

    ChecklistModel model(&store, &user);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.load("first-weeks", { "fi" });
    REQUIRE(model.rowCount() == 2);
    CHECK(model.checklist()->title == QString::fromUtf8("Ensimmäiset viikot"));
    CHECK(model.index(0).data(ChecklistModel::KeyRole).toString() == "register");
    CHECK(model.index(1).data(ChecklistModel::KeyRole).toString() == "2");
    CHECK_FALSE(model.index(0).data(ChecklistModel::DoneRole).toBool());

    CHECK(model.setData(model.index(0), true, ChecklistModel::DoneRole));
    CHECK(user.checkedItems("first-weeks") == QSet<QString> { "register" });

    GIVEN("the same checklist read in English")
    {
        model.load("first-weeks", { "en" });
        CHECK(model.index(0).data(ChecklistModel::TextRole).toString() == "Register your address");
        CHECK(model.index(0).data(ChecklistModel::DoneRole).toBool());
        CHECK(model.index(0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    }
    CHECK_FALSE(model.setDone(5, true));
}
