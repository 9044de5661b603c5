// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/contentstore.h"
#include "contentfixture.h"
#include "pack/packbuilder.h"
#include "search/fts5tokenizer.h"
#include "search/searcher.h"
#include "search/searchmodel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace kotona;
using namespace kotona::search;

namespace {

struct SearchPack {
    ContentFixture content;
    QTemporaryDir dir;
    ContentStore store;

    SearchPack()
    {
        content.write("guides/health/care/fi.md",
                      ContentFixture::guide("health/care", "machine", "Hoitoon hakeutuminen",
                                            "## Terveyskeskus\n\nMene terveyskeskukseen, kun olet sairas.\n\n"
                                            "## Päivystys\n\nPäivystys on auki aina. Soita 112.\n"));
        content.write("guides/housing/rent/ar.md",
                      ContentFixture::guide("housing/rent", "machine", "الإيجار",
                                            "## الوديعة\n\nادفع الوديعة إلى المالك. اسأل كيلا (Kela).\n"));
        content.write(
            "guides/housing/rent/en.md",
            ContentFixture::guide("housing/rent", "original", "Renting",
                                  "Intro text.\n\n## Deposit\n\nPay a deposit to the landlord.\n\n"
                                  "## Housing allowance\n\nKela pays housing allowance to people with low income.\n"));
        content.write("glossary/residence-permit.yaml",
                      "id: residence-permit\nterms:\n"
                      "  en: {term: residence permit, explanation: A permission to live in Finland.}\n"
                      "  fi: {term: oleskelulupa, explanation: Lupa asua Suomessa.}\n"
                      "  ar: {term: \"تصريح الإقامة\", explanation: إذن بالعيش في فنلندا.}\n");
        content.write(
            "guides/health/permit/fi.md",
            ContentFixture::guide("health/permit", "original", "Luvat", "## Lupa\n\nHae oleskelulupaa ajoissa.\n"));
        pack::Problems problems;
        const auto source = pack::ContentSource::load(content.path(), problems, QDate(2026, 11, 23));
        for (const auto &p : problems)
            UNSCOPED_INFO(p.toString().toStdString());
        REQUIRE(problems.isEmpty());
        const auto built = pack::PackBuilder::build(source, dir.filePath("p.sqlite"));
        INFO(built.error.toStdString());
        REQUIRE(built.ok);
        REQUIRE(store.open(dir.filePath("p.sqlite")).ok());
    }

    SearchResult find(const QString &q, const QString &lang = "en", bool typing = false)
    {
        SearchRequest r;
        r.query = q;
        r.langs = { lang };
        r.typeAhead = typing;
        return store.search(r);
    }
};

// A pack built from a valid content folder, open for searching.
struct BuiltSearch {
    QTemporaryDir dir;
    ContentStore store;

    explicit BuiltSearch(const ContentFixture &content)
    {
        pack::Problems problems;
        const auto source = pack::ContentSource::load(content.path(), problems, QDate(2026, 11, 23));
        for (const auto &p : problems)
            UNSCOPED_INFO(p.toString().toStdString());
        REQUIRE(problems.isEmpty());
        const auto built = pack::PackBuilder::build(source, dir.filePath("p.sqlite"));
        INFO(built.error.toStdString());
        REQUIRE(built.ok);
        REQUIRE(store.open(dir.filePath("p.sqlite")).ok());
    }

    SearchResult find(const QString &q, const QString &lang, const QString &municipality = {})
    {
        SearchRequest r;
        r.query = q;
        r.langs = { lang };
        r.municipality = municipality;
        r.typeAhead = false;
        return store.search(r);
    }
};

QStringList guideIdsOf(const SearchResult &r)
{
    QStringList out;
    for (const auto &h : r.hits)
        out << h.guideId;
    return out;
}

QStringList guidesOf(const SearchResult &r)
{
    QStringList out;
    for (const auto &h : r.hits)
        out << h.guideId + '#' + h.anchor;
    return out;
}

} // namespace

TEST_CASE("an inflected Finnish word finds the base form and the other inflections")
{
    SearchPack p;
    const auto r = p.find("terveyskeskus", "fi");
    REQUIRE_FALSE(r.hits.isEmpty());
    CHECK(r.hits.first().guideId == "health/care");
    CHECK(r.hits.first().lang == "fi");
    CHECK(p.find(QString::fromUtf8("päivystykseen"), "fi").hits.first().anchor == QString::fromUtf8("päivystys"));
}

TEST_CASE("a word typed without Finnish letters still finds them, ranked after exact matches")
{
    SearchPack p;
    const auto r = p.find("paivystys", "fi");
    REQUIRE_FALSE(r.hits.isEmpty());
    CHECK(r.hits.first().anchor == QString::fromUtf8("päivystys"));
}

TEST_CASE("type-ahead matches the word being typed as a prefix")
{
    SearchPack p;
    CHECK(guidesOf(p.find("depo", "en", true)).contains("housing/rent#deposit"));
    CHECK(p.find("depo", "en", false).hits.isEmpty());
    CHECK(guidesOf(p.find("housing allo", "en", true)).contains("housing/rent#housing-allowance"));
}

TEST_CASE("type-ahead snippets highlight the word that the prefix completes")
{
    SearchPack p;
    const auto r = p.find("depo", "en", true);
    REQUIRE_FALSE(r.hits.isEmpty());
    CHECK(r.hits.first().snippet.contains(kHighlightStart + "deposit" + kHighlightEnd));
    const auto fi = p.find(QString::fromUtf8("paivy"), "fi", true); // typed without Finnish letters
    REQUIRE_FALSE(fi.hits.isEmpty());
    CHECK(fi.hits.first().snippet.contains(kHighlightStart + QString::fromUtf8("Päivystys") + kHighlightEnd));
}

TEST_CASE("one best section per guide, with a count of the others; snippets highlight the words")
{
    SearchPack p;
    const auto r = p.find("kela", "en");
    REQUIRE(r.hits.size() == 2); // health/care links Kela in the fixture text; housing/rent says it
    for (const auto &h : r.hits)
        CHECK(h.snippet.contains(kHighlightStart + "Kela" + kHighlightEnd));
    QStringList guides;
    for (const auto &h : r.hits)
        guides << h.guideId;
    guides.removeDuplicates();
    CHECK(guides.size() == r.hits.size());
}

TEST_CASE("the reader's language ranks first")
{
    SearchPack p;
    const auto ar = p.find("Kela", "ar");
    REQUIRE_FALSE(ar.hits.isEmpty());
    CHECK(ar.hits.first().lang == "ar");
    CHECK(ar.hits.first().snippet.contains(QString::fromUtf8("الوديعة")));
}

TEST_CASE("phrases in quotes match words in that order")
{
    SearchPack p;
    CHECK(guidesOf(p.find("\"housing allowance\"")).contains("housing/rent#housing-allowance"));
    CHECK(p.find("\"allowance housing\"").hits.isEmpty());
}

TEST_CASE("a misspelt word is corrected when exact hits are few, and the correction is offered")
{
    SearchPack p;
    const auto r = p.find("alowance");
    CHECK(r.usedTypoTolerance);
    CHECK(r.didYouMean.contains("allowance"));
    CHECK(guidesOf(r).contains("housing/rent#housing-allowance"));
    const auto none = p.find("zzzzqqqq");
    CHECK(none.hits.isEmpty());
    CHECK(none.didYouMean.isEmpty());
}

TEST_CASE("anything typed is a query: never an SQL or FTS error, never a crash")
{
    SearchPack p;
    const QStringList inputs = {
        "",
        "   ",
        "!!!",
        "\"",
        "\"unbalanced",
        "NEAR(a b)",
        "a AND OR NOT b",
        "* ^ : - ( )",
        "title:kela",
        QString(10000, 'x'),
        QString::fromUtf8("كيلا Kela 112 mixed"),
        QString::fromUtf8("😀 kela"),
        QString(QChar(0xD800)) + "kela",
        "\"\"\"\"",
        "kela\"",
        "'; DROP TABLE sections; --",
    };
    for (const QString &q : inputs) {
        INFO(q.left(40).toStdString());
        const auto r = p.find(q, "en", true);
        CHECK(r.hits.size() <= 10);
    }
    CHECK(p.find("").hits.isEmpty());
    CHECK(p.find("   ").hits.isEmpty());
    CHECK(guidesOf(p.find("deposit:landlord")) == QStringList { "housing/rent#deposit" }); // words, not a column filter
    CHECK(p.store.isOpen());
}

TEST_CASE("edit distance counts a swap of neighbours as one edit")
{
    CHECK(editDistance("allowance", "allowence", 2) == 1);
    CHECK(editDistance("kela", "klea", 2) == 1);
    CHECK(editDistance("kela", "kela", 2) == 0);
    CHECK(editDistance("kela", "xxxxxxxx", 2) == 3);
    CHECK(editDistance(QString::fromUtf8("päivä"), QString::fromUtf8("paiva"), 2) == 2);
}

TEST_CASE("a glossary word in one language finds texts that use the concept's word in another")
{
    SearchPack p;
    // health/permit exists in Finnish only; the query is in Arabic or English.
    const auto ar = p.find(QString::fromUtf8("تصريح الإقامة"), "ar");
    CHECK(guidesOf(ar).contains("health/permit#lupa"));
    const auto en = p.find("residence permits", "en");
    CHECK(guidesOf(en).contains("health/permit#lupa"));
    // Explanations are not synonyms.
    CHECK_FALSE(guidesOf(p.find("permission to live", "en")).contains("health/permit#lupa"));
}

TEST_CASE("the search model answers on its worker thread and keeps only the newest query's results")
{
    SearchPack p;
    SearchModel model(p.dir.filePath("p.sqlite"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy results(&model, &SearchModel::resultsChanged);
    model.setLanguages({ "en" });

    // Typed quickly: only the last query's answer may show.
    model.setQuery("d");
    model.setQuery("de");
    model.setQuery("depo");
    CHECK(model.busy());
    REQUIRE(results.wait(5000));
    while (model.busy())
        REQUIRE(results.wait(5000));
    REQUIRE(model.rowCount() >= 1);
    CHECK(model.index(0).data(SearchModel::AnchorRole).toString() == "deposit");
    CHECK(model.index(0).data(SearchModel::SnippetHtmlRole).toString().contains("<b>"));
    CHECK(model.property("count").toInt() == model.rowCount());

    model.setQuery("   ");
    CHECK_FALSE(model.busy());
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the index of a built pack agrees with its sections and no temporary file is left")
{
    SearchPack p;
    const QStringList left = QDir(p.dir.path()).entryList({ "*.building", "*.scratch" });
    CHECK(left.isEmpty());
    const QString copy = p.dir.filePath("copy.sqlite"); // the store has the pack open
    REQUIRE(QFile::copy(p.dir.filePath("p.sqlite"), copy));
    sql::Database db;
    REQUIRE(db.open(copy, sql::Database::Mode::ReadWrite));
    REQUIRE(registerTokenizer(db.handle()));
    // With rank 1, FTS5 also checks the index against the text of the view.
    const bool ok = db.exec("INSERT INTO search (search, rank) VALUES ('integrity-check', 1)");
    INFO(db.lastError().toStdString());
    CHECK(ok);
    // The triggers keep it so, as a batch of changes would.
    REQUIRE(db.exec("UPDATE sections SET plain = 'Kela maksaa asumistukea.' WHERE anchor = 'terveyskeskus'; "
                    "DELETE FROM sections WHERE anchor = 'deposit';"));
    CHECK(db.exec("INSERT INTO search (search, rank) VALUES ('integrity-check', 1)"));
    sql::Statement *s = db.prepare("SELECT count(*) FROM search WHERE search MATCH ?1");
    REQUIRE(s);
    s->bind(1, QStringLiteral("\"%1asumistuki\"").arg(QLatin1Char(kStemMarker))); // the stem of asumistukea
    REQUIRE(s->next());
    CHECK(s->integer(0) == 1);
}

TEST_CASE("a colloquial word listed with a glossary term finds the texts that use the term, ranked on score")
{
    ContentFixture content;
    content.write("languages.yaml",
                  "languages:\n"
                  "  - {code: fi, native: suomi, english: Finnish, direction: ltr}\n"
                  "  - {code: en, native: English, english: English, direction: ltr}\n"
                  "  - {code: ar, native: العربية, english: Arabic, direction: rtl}\n"
                  "  - {code: sv, native: svenska, english: Swedish, direction: ltr}\n");
    content.write("glossary/early-childhood-education.yaml",
                  "id: early-childhood-education\nterms:\n"
                  "  en: {term: early childhood education, explanation: Care and education before school.}\n"
                  "  sv: {term: småbarnspedagogik, explanation: Vård och fostran före skolan.}\n"
                  "also: {sv: [dagis]}\n");
    content.write("guides/housing/rent/sv.md",
                  ContentFixture::guide("housing/rent", "machine", "Hyra",
                                        "## Hyresvärden\n\nHyresvärden bor nära ett dagis och en park, och "
                                        "bostaden har tre rum, ett kök och en balkong mot gården.\n"));
    content.write("guides/health/care/sv.md",
                  ContentFixture::guide("health/care", "machine", "Småbarnspedagogik",
                                        "## Ansökan\n\nAnsök om en plats fyra månader innan.\n"));
    BuiltSearch p(content);
    const auto r = p.find("dagis", "sv");
    // The guide about the concept first, though only the other one has the word.
    CHECK(guideIdsOf(r) == QStringList { "health/care", "housing/rent" });
    // The word finds the concept in English too (the same concept, another language).
    CHECK(guideIdsOf(p.find("dagis", "en")).contains("health/care"));
    // A colloquial word is not a term of the glossary.
    for (const auto &entry : p.store.glossary({ "sv" }))
        CHECK_FALSE(entry.term.contains("dagis"));
}

TEST_CASE("a pack of schema version 1, without other glossary words, still answers searches")
{
    QTemporaryDir dir;
    const QString copy = dir.filePath("pack-v1.sqlite");
    REQUIRE(QFile::copy(KOTONA_TEST_DATA_DIR "/pack-v1.sqlite", copy));
    ContentStore store;
    REQUIRE(store.open(copy).ok());
    SearchRequest r;
    r.query = "kela";
    r.langs = { "en" };
    r.typeAhead = false;
    CHECK_FALSE(store.search(r).hits.isEmpty());
}

TEST_CASE("a name typed in Cyrillic finds the texts that write it in Latin letters")
{
    SearchPack p;
    // The English text says "Kela"; no text has "кела".
    const auto uk = p.find(QString::fromUtf8("кела"), "uk");
    CHECK(guideIdsOf(uk).contains("housing/rent"));
    CHECK(guideIdsOf(uk).contains("health/care"));
    const auto ru = p.find(QString::fromUtf8("Кела жильё"), "ru"); // one word known, one not
    CHECK_FALSE(ru.hits.isEmpty());
    // A Cyrillic word that transliterates to nothing indexed stays a miss.
    CHECK(p.find(QString::fromUtf8("шщъ"), "uk").hits.isEmpty());
}

TEST_CASE("Russian typed in Latin letters finds the Russian text for a Russian reader")
{
    ContentFixture content;
    content.write("languages.yaml",
                  "languages:\n"
                  "  - {code: fi, native: suomi, english: Finnish, direction: ltr}\n"
                  "  - {code: en, native: English, english: English, direction: ltr}\n"
                  "  - {code: ar, native: العربية, english: Arabic, direction: rtl}\n"
                  "  - {code: ru, native: русский, english: Russian, direction: ltr}\n");
    content.write("guides/housing/rent/ru.md",
                  ContentFixture::guide("housing/rent", "machine", "Аренда",
                                        "## Пособие\n\nKela платит пособие на ребенка каждый месяц.\n"));
    BuiltSearch p(content);
    CHECK(guidesOf(p.find("posobie na rebenka", "ru")).contains("housing/rent#пособие"));
    // For an English reader the same letters are English words: no match.
    CHECK(p.find("posobie na rebenka", "en").hits.isEmpty());
}

TEST_CASE("a joined word finds the text that writes it as two words")
{
    ContentFixture content;
    content.write("guides/housing/rent/en.md",
                  ContentFixture::guide("housing/rent", "original", "Renting",
                                        "## Tax card\n\nOrder a tax card before your first pay day.\n"));
    BuiltSearch p(content);
    CHECK(guidesOf(p.find("taxcard", "en")).contains("housing/rent#tax-card"));
    CHECK(guidesOf(p.find("taxcard order", "en")).contains("housing/rent#tax-card"));
    // A word that the index has is never split.
    CHECK(p.find("renting", "en").hits.size() == 1);
}

TEST_CASE("national guides rank above other places' guides unless the reader lives there or the query names it")
{
    ContentFixture content;
    const char *body = "## Deposit\n\nPay a deposit of two months' rent to the landlord.\n";
    content.write("guides/housing/rent/en.md", ContentFixture::guide("housing/rent", "original", "Renting", body));
    content.write("guides/housing/turku-rent/en.md",
                  ContentFixture::guide("housing/turku-rent", "original", "Renting", body, "municipality: turku\n"));
    BuiltSearch p(content);
    CHECK(guideIdsOf(p.find("deposit", "en")).value(0) == "housing/rent");
    CHECK(guideIdsOf(p.find("deposit", "en", "turku")).value(0) == "housing/turku-rent");
    CHECK(guideIdsOf(p.find("deposit", "en", "vaasa")).value(0) == "housing/rent");
    CHECK(guideIdsOf(p.find("deposit turku", "en")).value(0) == "housing/turku-rent");
    CHECK(guideIdsOf(p.find("deposit", "en")).size() == 2); // ranked lower, never hidden
}
