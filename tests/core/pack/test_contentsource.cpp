// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentfixture.h"
#include "pack/contentsource.h"

#include <catch2/catch.hpp>

using kotona::pack::ContentSource;
using kotona::pack::Problems;

namespace {

const QDate kToday(2026, 11, 23);

QStringList problemsOf(const ContentFixture &fixture)
{
    Problems problems;
    (void)ContentSource::load(fixture.path(), problems, kToday);
    QStringList out;
    for (const auto &p : problems)
        out << p.toString();
    return out;
}

bool anyContains(const QStringList &list, const QString &text)
{
    for (const QString &s : list) {
        if (s.contains(text))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("the repository's own content folder is valid")
{
    Problems problems;
    const auto content = ContentSource::load(QStringLiteral(KOTONA_SOURCE_DIR "/data"), problems);
    for (const auto &p : problems)
        UNSCOPED_INFO(p.toString().toStdString());
    CHECK(problems.isEmpty());
    CHECK(content.guides.size() >= 10);
    CHECK(content.languages.size() >= 9);
}

TEST_CASE("a valid content folder loads with its guides, texts, sections and links")
{
    ContentFixture fixture;
    Problems problems;
    const auto c = ContentSource::load(fixture.path(), problems, kToday);
    REQUIRE(problems.isEmpty());
    REQUIRE(c.guides.size() == 2);
    const auto &care = c.guides.at(0);
    CHECK(care.id == "health/care");
    CHECK(care.originalLang == "en");
    CHECK(care.revision == 1);
    REQUIRE(care.texts.size() == 2);
    CHECK(care.texts.at(0).parsed.sections.size() == 2);
    CHECK(c.guides.at(1).texts.at(0).parsed.sections.at(0).anchor == "intro");
    CHECK(c.packId == "test.pack");
}

TEST_CASE("every problem of every file is reported in one run, each with file and line")
{
    ContentFixture f;
    f.write("guides/health/bom/en.md",
            "\xEF\xBB\xBF" + ContentFixture::guide("health/bom", "original", "T", "## A\n\nx\n"));
    f.write("guides/health/crlf/en.md",
            ContentFixture::guide("health/crlf", "original", "T", "## A\n\nx\n").replace("\n", "\r\n"));
    f.write("guides/health/latin1/en.md", ContentFixture::guide("health/latin1", "original", "T", "## A\n\nk\xe4\n"));
    f.write("guides/health/nofront/en.md", "## No front matter\n");
    f.write("guides/health/badyaml/en.md", "---\nid: health/badyaml\ntitle: [unclosed\n---\n\n## A\n");
    f.write("guides/sports/x/en.md", ContentFixture::guide("sports/x", "original", "T", "## A\n\nx\n"));
    f.write("guides/health/wrongid/en.md", ContentFixture::guide("health/other", "original", "T", "## A\n\nx\n"));
    f.write("guides/health/orphan/fi.md", ContentFixture::guide("health/orphan", "machine", "T", "## A\n\nx\n"));
    f.write("guides/health/links/en.md",
            ContentFixture::guide("health/links", "original", "T",
                                  "## A\n\nSee [this](guide:health/nowhere).\n\nAnd [that](glossary:nothing).\n"));
    f.write("guides/health/future/en.md",
            ContentFixture::guide("health/future", "original", "T", "## A\n\nx\n").replace("2026-01-15", "2027-01-01"));
    f.write("guides/health/nosources/en.md",
            ContentFixture::guide("health/nosources", "original", "T", "## A\n\nx\n")
                .replace("sources:\n  - https://www.infofinland.fi/\n", ""));
    f.write("guides/health/town/en.md",
            ContentFixture::guide("health/town", "original", "T", "## A\n\nx\n", "municipality: atlantis\n"));
    f.write("guides/health/big/en.md", QByteArray(300 * 1024, 'a'));

    const QStringList problems = problemsOf(f);
    INFO(problems.join('\n').toStdString());
    CHECK_FALSE(anyContains(problems, "guide folder without any"));
    CHECK(anyContains(problems, "guides/health/bom/en.md:1: starts with a byte order mark"));
    CHECK(anyContains(problems, "guides/health/crlf/en.md:1: has Windows line endings"));
    CHECK(anyContains(problems, "guides/health/latin1/en.md:14: is not valid UTF-8"));
    CHECK(anyContains(problems, "guides/health/nofront/en.md:1: must begin with front matter"));
    CHECK(anyContains(problems, "guides/health/badyaml/en.md:4: malformed YAML"));
    CHECK(anyContains(problems, "guides/sports: unknown topic \"sports\""));
    CHECK(anyContains(problems, "guides/health/wrongid/en.md:2: id \"health/other\" does not match its folder"));
    CHECK(anyContains(problems, "guides/health/orphan/fi.md: a translation without its original"));
    CHECK(anyContains(problems, "guides/health/links/en.md:14: link to a guide that does not exist: health/nowhere"));
    CHECK(anyContains(problems, "guides/health/links/en.md:16: link to a glossary that does not exist: nothing"));
    CHECK(anyContains(problems, "guides/health/future/en.md:5: reviewed_on 2027-01-01 is in the future"));
    CHECK(anyContains(problems, "guides/health/nosources/en.md:2: missing sources"));
    CHECK(anyContains(problems, "unknown municipality \"atlantis\""));
    CHECK(anyContains(problems, "guides/health/big/en.md: is 300 KiB; the limit is 256 KiB"));
}

TEST_CASE("duplicate ids are refused")
{
    ContentFixture f;
    f.write("guides/health/care/en.easy.md", ContentFixture::guide("health/care", "original", "Easy", "## A\n\nx\n"));
    f.write("glossary/kela2.yaml", "id: kela\nterms:\n  en: {term: Kela, explanation: x}\n");
    f.write("languages.yaml",
            "languages:\n  - {code: en, native: English, english: English, direction: ltr}\n"
            "  - {code: en, native: English, english: English, direction: ltr}\n"
            "  - {code: fi, native: suomi, english: Finnish, direction: ltr}\n");
    const QStringList problems = problemsOf(f);
    INFO(problems.join('\n').toStdString());
    CHECK(anyContains(problems, "languages.yaml:3: duplicate language \"en\""));
    CHECK(anyContains(problems, "glossary/kela2.yaml:1: id \"kela\" must equal the file name"));
}

TEST_CASE("a translation that names the wrong original or a newer revision is refused")
{
    ContentFixture f;
    f.write("guides/health/care/fi.md",
            ContentFixture::guide("health/care", "machine", "T", "## A\n\nx\n").replace("en@1", "en@2"));
    CHECK(anyContains(problemsOf(f), "translated_from revision 2 is newer than the original's revision 1"));
    f.write("guides/health/care/fi.md",
            ContentFixture::guide("health/care", "machine", "T", "## A\n\nx\n").replace("en@1", "sv@1"));
    CHECK(anyContains(problemsOf(f), "translated_from names sv but the original is en.md"));
}

TEST_CASE("services with invalid opening hours, unknown topics or places outside Finland are refused")
{
    ContentFixture f;
    f.write("services/turku.yaml",
            "municipality: turku\nservices:\n"
            "  - id: turku/a\n    kind: health\n    name: {en: A}\n"
            "    opening_hours: \"Mo-Fr 9-16\"\n    topics: [sports]\n"
            "    coordinates: [48.85, 2.35]\n"
            "    sources: [https://www.turku.fi/]\n    reviewed_on: 2026-01-15\n"
            "  - id: turku/a\n    kind: health\n    name: {en: B}\n"
            "    sources: [https://www.turku.fi/]\n    reviewed_on: 2026-01-15\n");
    f.write("services/atlantis.yaml", "municipality: atlantis\nservices: []\n");
    const QStringList problems = problemsOf(f);
    INFO(problems.join('\n').toStdString());
    CHECK(
        anyContains(problems, "services/turku.yaml:6: invalid opening_hours: expected a time like 09:00 at column 7"));
    CHECK(anyContains(problems, "services/turku.yaml:8: coordinates of \"turku/a\" are not in Finland"));
    CHECK(anyContains(problems, "services/turku.yaml:11: duplicate service id \"turku/a\""));
    CHECK(anyContains(problems, "service \"turku/a\": unknown topic \"sports\""));
    CHECK(anyContains(problems, "services/atlantis.yaml:1: unknown municipality \"atlantis\""));
}

TEST_CASE("workshop plans must point at guide sections and checklists that exist, with matching minutes")
{
    ContentFixture f;
    f.write("workshops/good/plan.yaml",
            "id: good\ntitle: {en: Health}\nduration_minutes: 30\nitems:\n"
            "  - kind: welcome\n    minutes: 10\n"
            "  - kind: section\n    guide: health/care\n    section: emergencies\n    minutes: 20\n");
    {
        Problems problems;
        const auto c = ContentSource::load(f.path(), problems, kToday);
        for (const auto &p : problems)
            UNSCOPED_INFO(p.toString().toStdString());
        CHECK(problems.isEmpty());
        CHECK(c.workshops.contains("good"));
    }
    f.write("workshops/bad/plan.yaml",
            "id: bad\ntitle: {en: Bad}\nduration_minutes: 60\nitems:\n"
            "  - kind: section\n    guide: health/nowhere\n    section: x\n    minutes: 10\n"
            "  - kind: section\n    guide: health/care\n    section: no-such-heading\n    minutes: 10\n"
            "  - kind: checklist\n    checklist: nothing\n    minutes: 10\n"
            "  - kind: dance\n    minutes: 5\n"
            "  - kind: break\n    minutes: soon\n");
    Problems problems;
    (void)ContentSource::load(f.path(), problems, kToday);
    QStringList messages;
    for (const auto &p : problems)
        messages.append(p.toString());
    const QString all = messages.join('\n');
    UNSCOPED_INFO(all.toStdString());
    CHECK(all.contains("workshops/bad/plan.yaml:5: guide \"health/nowhere\" does not exist"));
    CHECK(all.contains("workshops/bad/plan.yaml:9: guide \"health/care\" has no section \"no-such-heading\""));
    CHECK(all.contains("checklist \"nothing\" does not exist"));
    CHECK(all.contains("unknown item kind \"dance\""));
    CHECK(all.contains("whole number above 0"));
    CHECK(all.contains("the items add up to 30 minutes, not 60"));
}

TEST_CASE("a glossary term's other words load per language, trimmed and in their order")
{
    ContentFixture f;
    f.write("glossary/kela.yaml",
            "id: kela\nterms:\n"
            "  en: {term: Kela, explanation: The Social Insurance Institution.}\n"
            "  fi: {term: Kela, explanation: Kansaneläkelaitos.}\n"
            "also: {fi: [\" Kansaneläkelaitos \", kelan toimisto], en: [social insurance]}\n");
    Problems problems;
    const auto content = ContentSource::load(f.path(), problems, kToday);
    REQUIRE(problems.isEmpty());
    REQUIRE(content.glossary.size() == 1);
    const auto &also = content.glossary.first().also;
    CHECK(also.value("fi") == QStringList { "Kansaneläkelaitos", "kelan toimisto" });
    CHECK(also.value("en") == QStringList { "social insurance" });
    CHECK_FALSE(also.contains("ar"));
}

TEST_CASE("other words of a glossary term are refused unless a list per language that has a term, without repeats")
{
    ContentFixture f;
    f.write("glossary/kela.yaml",
            "id: kela\nterms:\n"
            "  en: {term: Kela, explanation: The Social Insurance Institution.}\n"
            "  fi: {term: Kela, explanation: Kansaneläkelaitos.}\n"
            "also:\n"
            "  ar: [كيلا]\n"
            "  en: social insurance\n"
            "  fi: [kela, sossu, Sossu, \"\"]\n");
    f.write("glossary/flat.yaml",
            "id: flat\nterms:\n  en: {term: flat, explanation: A home in a block.}\nalso: [apartment]\n");
    const QStringList problems = problemsOf(f);
    INFO(problems.join('\n').toStdString());
    CHECK(anyContains(problems, "glossary/kela.yaml:6: \"also\" has words in \"ar\", which has no term"));
    CHECK(anyContains(problems, "glossary/kela.yaml:7: \"also\" in \"en\" must be a list of words"));
    CHECK(anyContains(problems, "glossary/kela.yaml:8: \"also\" in \"fi\" repeats the term \"kela\""));
    CHECK(anyContains(problems, "glossary/kela.yaml:8: \"also\" in \"fi\" has \"Sossu\" twice"));
    CHECK(anyContains(problems, "glossary/kela.yaml:8: \"also\" in \"fi\": each word must be text of 1 to 60"));
    CHECK(anyContains(problems, "glossary/flat.yaml:4: \"also\" must be a map of language: [words]"));
}
