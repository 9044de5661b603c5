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

namespace {

QList<QPair<int, int>> spansOf(Analyzer &a, const QByteArray &utf8)
{
    QList<QPair<int, int>> out;
    a.spans(utf8.constData(), int(utf8.size()), [&](int start, int end) {
        out.append({ start, end });
        return true;
    });
    return out;
}

} // namespace

TEST_CASE("the fast word scanner finds the same words as ICU")
{
    Analyzer fast, icu;
    icu.setSegmentation(Analyzer::Segmentation::Icu);
    const QStringList samples = {
        "Call 112, then KELA! Don't panic.",
        "e.g. 3.14 and 1,000,000 or 1.5.2026; l·l a.b.c www.kela.fi info@kela.fi",
        "title:kela c:a 1:2 a::b x:y.z",
        "it's ‘quoted’ and “double” — dash – dash… ellipsis",
        "Päivystys on auki. Työ ja yö. Bostäderna är på Åland.",
        "Москва́ Ёлка, ещё; Україна: їжак, ґанок. Ελλάδα ΑΘΗΝΑ",
        "الإيجار ادفع الوديعة إلى المالك. کیلا ١٢٣٫٤٥ ١٬٠٠٠ أَسْرة كـــتاب "
        "می‌خواهم",
        "Tiếng Việt có dấu: người, đường, Nguyễn",
        "soft\u00ADhyphen zero\u200Bwidth word\u2060joiner a\u0301b\u0308c \u0301start\n\u0301after",
        // Beyond the scanner: ICU for the whole text, with the same results.
        "日本語のテキスト and English",
        "ภาษาไทย mixed",
        "emoji 😀 kela 🇫🇮 ©2026",
        "snake_case_word",
        "עברית \"ציטוט\" ו'גרש",
        "नमस्ते दुनिया",
        "narrow\u202Fno-break space",
    };
    for (const QString &s : samples) {
        INFO(s.toStdString());
        CHECK(spansOf(fast, s.toUtf8()) == spansOf(icu, s.toUtf8()));
    }
    // Random mixes of the characters that have rules of their own.
    const QList<char32_t> alphabet
        = { 'a',   'Z',   '7',   ' ',    '.',    ',',   ';',    ':',    '\'',    '"',    '_',    '-',   '\n',  '@',
            0xE4,  0x301, 0xAD,  0x200C, 0x200D, 0xB7,  0x2019, 0x2024, 0x2027,  0x627,  0x64B,  0x640, 0x661, 0x66B,
            0x66C, 0x60C, 0x43F, 0x451,  0x3C9,  0x387, 0x5D0,  0x30A2, 0x1F600, 0x202F, 0x2060, 0x1EA1 };
    std::uint32_t seed = 20261123;
    auto next = [&seed](std::uint32_t n) {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) % n;
    };
    for (int i = 0; i < 20000; ++i) {
        std::u32string s;
        const std::uint32_t length = 1 + next(10);
        for (std::uint32_t k = 0; k < length; ++k)
            s += alphabet.at(qsizetype(next(std::uint32_t(alphabet.size()))));
        const QByteArray utf8 = QString::fromStdU32String(s).toUtf8();
        INFO(utf8.toHex(' ').toStdString());
        REQUIRE(spansOf(fast, utf8) == spansOf(icu, utf8));
    }
}

TEST_CASE("the word cache stays within its bound and keeps the words in use")
{
    kotona::text::WordCache cache(4);
    for (int i = 0; i < 100; ++i) {
        cache.insert(std::to_string(i), "v" + std::to_string(i));
        REQUIRE(cache.find("0")); // used all along: moved to the newer generation each time it is dropped
    }
    CHECK(*cache.find("0") == "v0");
    CHECK(*cache.find("99") == "v99");
    CHECK_FALSE(cache.find("50"));
    CHECK_FALSE(cache.find("100"));
    // Empty values and words of every length, in a table that grows.
    kotona::text::WordCache big;
    for (int i = 0; i < 5000; ++i)
        big.insert(std::string(std::size_t(i % 40), char('a' + i % 26)) + std::to_string(i),
                   i % 3 ? std::to_string(i) : "");
    for (int i = 0; i < 5000; ++i) {
        const auto v = big.find(std::string(std::size_t(i % 40), char('a' + i % 26)) + std::to_string(i));
        REQUIRE(v);
        CHECK(*v == (i % 3 ? std::to_string(i) : ""));
    }
    CHECK_FALSE(big.find(""));
}
