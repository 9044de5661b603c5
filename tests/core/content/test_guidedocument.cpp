// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtpack.h"
#include "content/contentstore.h"
#include "content/guidedocument.h"
#include "content/guiderenderer.h"
#include "content/servicefiltermodel.h"
#include "content/sqlite.h"
#include "session/userstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace kotona;

TEST_CASE("section Markdown becomes Qt rich text with typed links")
{
    const QString html
        = renderSectionHtml("Ask [Kela](glossary:kela) or read [rent](guide:housing/rent).\n\n"
                            "| Who | Where |\n|---|---|\n| You | Here |\n\n- one\n- two\n\n<script>alert(1)</script>\n",
                            RenderStyle { "#111111", "#222222", "#333333" });
    CHECK(html.contains("<a href=\"glossary:kela\" style=\"color:#222222; text-decoration: underline\">Kela</a>"));
    CHECK(html.contains("<a href=\"guide:housing/rent\" style=\"color:#111111\">rent</a>"));
    CHECK(html.contains("<table border=\"1\""));
    CHECK(html.contains("<li>one</li>"));
    // Raw HTML in a source is text, never markup.
    CHECK_FALSE(html.contains("<script>"));
    CHECK(html.contains("&lt;script&gt;"));
}

TEST_CASE("grouped numbers stay left to right in right-to-left text")
{
    RenderStyle rtl;
    rtl.rightToLeft = true;
    const QString html
        = renderSectionHtml(QString::fromUtf8("اتصل بـ 09 2525 0111 أو 112 [09 2525](https://a.fi/09)"), rtl);
    CHECK(html.contains(QString::fromUtf8("\u202A09 2525 0111\u202C")));
    CHECK(html.contains(QStringLiteral(" 112 "))); // a single number needs nothing
    UNSCOPED_INFO(html.toStdString());
    // Tags are left alone; the link's text is text.
    CHECK(html.contains(QString::fromUtf8("href=\"https://a.fi/09\" style=\"color:#1d4f91\">\u202A09 2525\u202C</a>")));
    CHECK_FALSE(renderSectionHtml(QStringLiteral("Call 09 2525 0111")).contains(QChar(0x202A)));
}

TEST_CASE("images from the pack go through the pack image provider")
{
    CHECK(renderSectionHtml("![A map](media:abc123)").contains("src=\"image://pack/abc123\""));
}

TEST_CASE("a guide document shows the reader's language and says how it was translated")
{
    BuiltPack p;
    ContentStore store;
    REQUIRE(store.open(p.path).ok());
    UserStore user;
    REQUIRE(user.open(":memory:").ok);

    GuideDocument doc(&store, &user);
    QAbstractItemModelTester tester(&doc, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&doc, &GuideDocument::loaded);

    doc.load("health/care", { "fi" }, "standard", {});
    CHECK(loaded.count() == 1);
    REQUIRE(doc.found());
    CHECK(doc.title() == "Hoitoon hakeutuminen");
    CHECK(doc.lang() == "fi");
    CHECK_FALSE(doc.isFallback());
    CHECK(doc.state() == "machine");
    CHECK(doc.originalLang() == "en");
    CHECK(doc.languages() == QStringList { "fi", "en" });
    CHECK(doc.reviewedOn() == QDate(2026, 1, 15));
    CHECK(doc.sources() == QStringList { "https://www.infofinland.fi/" });
    REQUIRE(doc.rowCount() == 2);
    CHECK(doc.index(0).data(GuideDocument::HeadingRole).toString() == "Terveysasema");
    // The page draws the heading; the HTML holds only the text under it.
    const QString html = doc.index(0).data(GuideDocument::HtmlRole).toString();
    CHECK(html.contains("Mene terveysasemalle."));
    CHECK_FALSE(html.contains("Terveysasema<"));
    CHECK(doc.indexOfAnchor(doc.index(1).data(GuideDocument::AnchorRole).toString()) == 1);
    CHECK(doc.indexOfAnchor("nowhere") == -1);
    // The topic's checklist comes with the guide; the visit is in the history.
    CHECK(doc.checklistIds() == QStringList { "first-weeks" });
    REQUIRE(user.history().size() == 1);
    CHECK(user.history().first().guideId == "health/care");
}

TEST_CASE("a guide not in the reader's language falls back and names the languages it has")
{
    BuiltPack p;
    ContentStore store;
    REQUIRE(store.open(p.path).ok());
    GuideDocument doc(&store, nullptr);
    doc.load("health/care", { "ar" }, "standard", {});
    REQUIRE(doc.found());
    CHECK(doc.requestedLang() == "ar");
    CHECK(doc.lang() == "en");
    CHECK(doc.isFallback());
    CHECK(doc.state() == "original");
    CHECK_FALSE(doc.rightToLeft());
    CHECK(doc.relatedGuides().size() == 1);
    CHECK(doc.relatedGuides().first().toMap().value("guideId") == "housing/rent");

    doc.load("health/nowhere", { "en" }, "standard", {});
    CHECK_FALSE(doc.found());
    CHECK(doc.rowCount() == 0);
    CHECK(doc.title().isEmpty());
}

TEST_CASE("bookmarking a guide is saved in the user database at once")
{
    BuiltPack p;
    ContentStore store;
    REQUIRE(store.open(p.path).ok());
    QTemporaryDir dir;
    const QString userPath = dir.filePath("user.sqlite");
    {
        UserStore user;
        REQUIRE(user.open(userPath).ok);
        GuideDocument doc(&store, &user);
        doc.load("housing/rent", { "en" }, "standard", {});
        QSignalSpy changed(&doc, &GuideDocument::bookmarkedChanged);
        CHECK_FALSE(doc.bookmarked());
        doc.setBookmarked(true);
        CHECK(doc.bookmarked());
        CHECK(changed.count() == 1);
        doc.setBookmarked(true); // no change, no signal
        CHECK(changed.count() == 1);
    }
    UserStore again;
    REQUIRE(again.open(userPath).ok);
    CHECK(again.isBookmarked("housing/rent"));
    GuideDocument doc(&store, &again);
    doc.load("housing/rent", { "en" }, "standard", {});
    CHECK(doc.bookmarked());
    doc.setBookmarked(false);
    CHECK_FALSE(again.isBookmarked("housing/rent"));
}

TEST_CASE("the services directory filters by topic, language, ids and open now")
{
    BuiltPack p;
    ContentStore store;
    REQUIRE(store.open(p.path).ok());
    ServiceFilterModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.load("turku", { "en" });
    // Tuesday 10:00 in Helsinki: the office is open.
    model.setMoment(QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone("Europe/Helsinki")));
    REQUIRE(model.count() == 1);
    CHECK(model.index(0, 0).data(ServiceModel::NameRole).toString() == "Office");

    QSignalSpy changed(&model, &ServiceFilterModel::filtersChanged);
    model.setTopic("health");
    CHECK(model.count() == 0);
    model.setTopic("housing");
    CHECK(model.count() == 1);
    model.setSpokenLanguage("ar");
    CHECK(model.count() == 0);
    model.setSpokenLanguage("fi");
    CHECK(model.count() == 1);
    model.setOpenNowOnly(true);
    CHECK(model.count() == 1);
    // Sunday: closed, so "open now" hides it.
    model.setMoment(QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone("Europe/Helsinki")));
    CHECK(model.count() == 0);
    model.setOpenNowOnly(false);
    model.setIds({ "turku/other" });
    CHECK(model.count() == 0);
    model.setIds({ "turku/office" });
    CHECK(model.count() == 1);
    CHECK(changed.count() == 9); // 8 filter changes and the new moment
}

TEST_CASE("media are read from the pack by their sha256")
{
    BuiltPack p;
    {
        sql::Database db;
        REQUIRE(db.open(p.path, sql::Database::Mode::ReadWrite));
        sql::Statement *s = db.prepare(QStringLiteral("INSERT INTO media (id, mime, bytes) VALUES (?, ?, ?)"));
        REQUIRE(s);
        s->bind(1, QStringLiteral("abc"))
            .bind(2, QStringLiteral("image/png"))
            .bind(3, QVariant(QByteArray("\x89PNG", 4)));
        REQUIRE(s->exec());
    }
    ContentStore store;
    REQUIRE(store.open(p.path).ok());
    const auto media = store.media("abc");
    CHECK(media.mime == "image/png");
    CHECK(media.bytes == QByteArray("\x89PNG", 4));
    CHECK(store.media("nothing").bytes.isEmpty());
}

TEST_CASE("the store lists languages, municipalities, glossary entries and links")
{
    BuiltPack p;
    ContentStore store;
    REQUIRE(store.open(p.path).ok());
    const auto languages = store.languages();
    REQUIRE(languages.size() == 3);
    CHECK(languages.at(2).code == "ar");
    CHECK(languages.at(2).nativeName == QString::fromUtf8("العربية"));
    CHECK(languages.at(2).rightToLeft);
    const auto municipalities = store.municipalities({ "fi" });
    REQUIRE(municipalities.size() == 1);
    CHECK(municipalities.first().name == "Turku");
    const auto kela = store.glossaryEntry("kela", { "fi" });
    REQUIRE(kela);
    CHECK(kela->explanation == QString::fromUtf8("Kansaneläkelaitos."));
    CHECK(store.glossaryEntry("kela", { "ar" })->lang == "en");
    CHECK_FALSE(store.glossaryEntry("nothing", { "en" }));
    CHECK(store.linksOf("health/care", "guide") == QStringList { "housing/rent" });
    CHECK(store.linksOf("health/care", "glossary") == QStringList { "kela" });
    CHECK(store.checklistIdsOfTopic("health") == QStringList { "first-weeks" });
    CHECK(store.checklistIdsOfTopic("work").isEmpty());
}

TEST_CASE("the easy-to-read variant has its own title and translation state")
{
    BuiltPack p([](ContentFixture &content) {
        content.write("guides/health/care/en.easy.md",
                      ContentFixture::guide("health/care", "original", "Care made easy", "## Help\n\nCall 112.\n"));
        content.write("guides/health/care/fi.easy.md",
                      ContentFixture::guide("health/care", "machine", "Apua helposti", "## Apu\n\nSoita 112.\n"));
    });
    ContentStore store;
    REQUIRE(store.open(p.path).ok());
    const auto easy = store.guide("health/care", { "fi" }, "easy");
    REQUIRE(easy);
    CHECK(easy->variant == "easy");
    CHECK(easy->hasEasyVariant);
    CHECK(easy->summary.title == "Apua helposti");
    CHECK(easy->summary.state == TextState::Machine);
    const auto easyEn = store.guide("health/care", { "en" }, "easy");
    CHECK(easyEn->summary.title == "Care made easy");
    CHECK(easyEn->summary.state == TextState::Original);
    CHECK(store.guide("health/care", { "fi" })->summary.title == "Hoitoon hakeutuminen");
}
