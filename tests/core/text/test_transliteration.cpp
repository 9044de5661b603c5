// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/transliteration.h"

#include <catch2/catch.hpp>

using namespace kotona::text;

TEST_CASE("Finnish service names typed in Cyrillic get their Latin spelling first")
{
    CHECK(cyrillicToLatin("кела").value(0) == "kela");
    CHECK(cyrillicToLatin("мигри").value(0) == "migri");
    CHECK(cyrillicToLatin("мігрі").value(0) == "migri");
    CHECK(cyrillicToLatin("двв").value(0) == "dvv");
    CHECK(cyrillicToLatin("вааса").value(0) == "vaasa");
    CHECK(cyrillicToLatin("омакела").value(0) == "omakela");
}

TEST_CASE("a Cyrillic word has Finnish, English and Ukrainian spellings, without duplicates")
{
    const auto helsinki = cyrillicToLatin("гельсінкі");
    CHECK(helsinki.contains("helsinki")); // Ukrainian г is h
    CHECK(helsinki.contains("gelsinki"));
    CHECK(cyrillicToLatin("яхти") == QList<QByteArray> { "jahti", "yakhti", "jahty" });
    CHECK(cyrillicToLatin("кела").size() == 1);
    CHECK(cyrillicToLatin("112").isEmpty());
}

TEST_CASE("words that are not all Cyrillic are not transliterated to Latin")
{
    CHECK(cyrillicToLatin("kela").isEmpty());
    CHECK(cyrillicToLatin("келаkela").isEmpty());
    CHECK(cyrillicToLatin("").isEmpty());
    CHECK(cyrillicToLatin("كيلا").isEmpty());
}

TEST_CASE("Russian typed in Latin letters gets its Cyrillic spelling")
{
    CHECK(latinToCyrillic("posobie", "ru") == "пособие");
    CHECK(latinToCyrillic("na", "ru") == "на");
    CHECK(latinToCyrillic("rebenka", "ru") == "ребенка");
    CHECK(latinToCyrillic("novyy", "ru") == "новый");
    CHECK(latinToCyrillic("tsentr", "ru") == "центр");
    CHECK(latinToCyrillic("shchuka", "ru") == "щука");
    CHECK(latinToCyrillic("zhurnal", "ru") == "журнал");
    CHECK(latinToCyrillic("yabloko", "ru") == "яблоко");
    CHECK(latinToCyrillic("vy", "ru") == "вы");
}

TEST_CASE("Ukrainian typed in Latin letters uses і, и and г")
{
    CHECK(latinToCyrillic("dopomoha", "uk") == "допомога");
    CHECK(latinToCyrillic("dytyna", "uk") == "дитина");
    CHECK(latinToCyrillic("yevro", "uk") == "євро");
}

TEST_CASE("only Latin words for Russian or Ukrainian readers get a Cyrillic spelling")
{
    CHECK(latinToCyrillic("posobie", "fi").isEmpty());
    CHECK(latinToCyrillic("posobie", "").isEmpty());
    CHECK(latinToCyrillic("päivä", "ru").isEmpty());
    CHECK(latinToCyrillic("пособие", "ru").isEmpty());
    CHECK(latinToCyrillic("2025", "ru").isEmpty());
    CHECK(latinToCyrillic("", "uk").isEmpty());
}
