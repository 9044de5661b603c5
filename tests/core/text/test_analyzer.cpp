// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/analyzer.h"

#include <catch2/catch.hpp>

using kotona::text::Analyzer;

namespace {

QList<QByteArray> wordsOf(Analyzer &a, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QList<QByteArray> out;
    a.words(utf8.constData(), int(utf8.size()), [&](const QByteArray &w, int start, int end) {
        REQUIRE(start >= 0);
        REQUIRE(end <= utf8.size());
        REQUIRE(start < end);
        out.append(w);
        return true;
    });
    return out;
}

QByteArray u8(const char *s)
{
    return QByteArray(s);
}

} // namespace

TEST_CASE("words are found at ICU word boundaries and case-folded")
{
    Analyzer a;
    CHECK(wordsOf(a, "Call 112, then KELA! Don't panic.")
          == QList<QByteArray> { "call", "112", "then", "kela", "don't", "panic" });
    CHECK(wordsOf(a, "title:kela c:a") == QList<QByteArray> { "title", "kela", "c", "a" });
    CHECK(wordsOf(a, "").isEmpty());
    CHECK(wordsOf(a, " !?. ... ").isEmpty());
    CHECK(wordsOf(a, QString::fromUtf8("😀 🏠")).isEmpty());
}

TEST_CASE("Finnish letters stay distinct; folding is a separate form")
{
    Analyzer a;
    CHECK(a.normalize(u8("PÄIVYSTYS")) == u8("päivystys"));
    CHECK(a.fold(u8("päivystys")) == u8("paivystys"));
    CHECK(a.fold(u8("kela")).isEmpty());
}

TEST_CASE("Arabic and Persian letter forms, tashkeel, tatweel and ZWNJ are unified")
{
    Analyzer a;
    // أَسْرة with tashkeel and hamza-alef -> اسره
    CHECK(a.normalize(u8("أَسْرة")) == a.normalize(u8("اسره")));
    CHECK(a.normalize(u8("كـــتاب")) == a.normalize(u8("کتاب"))); // tatweel, kaf forms
    CHECK(a.normalize(u8("مي")) == a.normalize(u8("می"))); // Arabic and Persian yeh
    CHECK(a.normalize(u8("می\u200Cخواهم")) == a.normalize(u8("میخواهم")));
}

TEST_CASE("Cyrillic yo is searched as ye")
{
    Analyzer a;
    CHECK(a.normalize(u8("Ёлка")) == a.normalize(u8("елка")));
}

TEST_CASE("stems depend on the language; Finnish uses Voikko base forms")
{
    Analyzer a;
    CHECK(a.stem(u8("terveyskeskukseen"), "fi") == u8("terveyskeskus"));
    CHECK(a.stem(u8("asumistukea"), "fi") == u8("asumistuki"));
    CHECK(a.stem(u8("allowances"), "en") == u8("allow"));
    CHECK_FALSE(a.stem(u8("bostäderna"), "sv").isEmpty());
    CHECK(a.stem(u8("bostäderna"), "sv") == a.stem(u8("bostäder"), "sv"));
    CHECK(a.stem(u8("kela"), "so").isEmpty()); // no Somali stemmer: the word itself is used
    CHECK(Analyzer::canStem("ru"));
    CHECK_FALSE(Analyzer::canStem("so"));
}

TEST_CASE("broken input never crashes the analyzer")
{
    Analyzer a;
    const QByteArray broken("\xff\xfe\xed\xa0\x80 kela \xc3", 12); // invalid bytes, a lone surrogate
    int count = 0;
    a.words(broken.constData(), int(broken.size()), [&](const QByteArray &, int, int) {
        ++count;
        return true;
    });
    CHECK(count >= 1);
    const QByteArray huge(200000, 'a');
    a.words(huge.constData(), int(huge.size()), [&](const QByteArray &w, int, int) {
        CHECK(w.size() == 200000);
        return true;
    });
}
