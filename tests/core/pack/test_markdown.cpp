// SPDX-License-Identifier: GPL-3.0-or-later
#include "pack/markdown.h"

#include <catch2/catch.hpp>

using namespace kotona::pack;

TEST_CASE("a guide body is split into one section per heading, with unique anchors")
{
    const auto parsed
        = parseMarkdown(QStringLiteral("Intro **text**.\n\n## Where to go?\n\nThe *health* centre.\n\n"
                                       "### Where to go?\n\n- one\n- two\n\n## Hätätilanne\n\nSoita 112.\n"));
    REQUIRE(parsed.sections.size() == 4);
    CHECK(parsed.sections[0].anchor == "intro");
    CHECK(parsed.sections[0].plain == "Intro text.");
    CHECK(parsed.sections[1].anchor == "where-to-go");
    CHECK(parsed.sections[1].heading == "Where to go?");
    CHECK(parsed.sections[1].level == 2);
    CHECK(parsed.sections[1].line == 3);
    CHECK(parsed.sections[1].plain == "The health centre.");
    CHECK(parsed.sections[2].anchor == "where-to-go-2");
    CHECK(parsed.sections[2].level == 3);
    CHECK(parsed.sections[3].anchor == QString::fromUtf8("hätätilanne"));
}

TEST_CASE("headings inside fenced code do not start sections")
{
    const auto parsed = parseMarkdown(QStringLiteral("## Real\n\n```\n## not a heading\n```\n"));
    REQUIRE(parsed.sections.size() == 1);
    CHECK(parsed.sections[0].markdown.contains("## not a heading"));
}

TEST_CASE("links to guides and glossary terms are found with their lines")
{
    const auto parsed
        = parseMarkdown(QStringLiteral("See [a](guide:health/care) and\n[b](glossary:kela), not [c](https://x.fi).\n"));
    REQUIRE(parsed.links.size() == 2);
    CHECK(parsed.links[0].kind == "guide");
    CHECK(parsed.links[0].target == "health/care");
    CHECK(parsed.links[0].line == 1);
    CHECK(parsed.links[1].kind == "glossary");
    CHECK(parsed.links[1].line == 2);
}

TEST_CASE("slugs keep letters of every script")
{
    CHECK(slugify(QStringLiteral("  Kela & you!  ")) == "kela-you");
    CHECK(slugify(QString::fromUtf8("الرعاية الصحية")) == QString::fromUtf8("الرعاية-الصحية"));
    CHECK(slugify(QStringLiteral("!!!")) == "section");
}
