// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/languageinfo.h"

#include <catch2/catch.hpp>

using namespace kotona::text;

TEST_CASE("languages are named in their own language and script")
{
    CHECK(nativeLanguageName("fi") == QString::fromUtf8("Suomi"));
    CHECK(nativeLanguageName("sv") == QString::fromUtf8("Svenska"));
    CHECK(nativeLanguageName("en") == QString::fromUtf8("English"));
    CHECK(nativeLanguageName("ar") == QString::fromUtf8("العربية"));
    CHECK(nativeLanguageName("uk") == QString::fromUtf8("Українська"));
    CHECK(nativeLanguageName("ru") == QString::fromUtf8("Русский"));
    CHECK(nativeLanguageName("so") == QString::fromUtf8("Soomaali"));
    CHECK(nativeLanguageName("fa") == QString::fromUtf8("فارسی"));
    CHECK(nativeLanguageName("et") == QString::fromUtf8("Eesti"));
}

TEST_CASE("an unknown language code is shown as the code itself")
{
    CHECK(nativeLanguageName("zz") == "zz");
    CHECK(nativeLanguageName("") == "");
}

TEST_CASE("Arabic and Persian are written right to left, the others left to right")
{
    CHECK(isRightToLeft("ar"));
    CHECK(isRightToLeft("fa"));
    CHECK_FALSE(isRightToLeft("fi"));
    CHECK_FALSE(isRightToLeft("so"));
    CHECK_FALSE(isRightToLeft("uk"));
}
