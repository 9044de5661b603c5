// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/transliteration.h"

#include <QString>

#include <array>
#include <cstring>

namespace kotona::text {

namespace {

struct CyrillicLetter {
    char16_t letter;
    const char *finnish; // as Finnish and Scandinavian texts write names: Kela, Migri
    const char *english; // as English texts transliterate
    const char *ukrainian; // differs for г and и only
};

// Lower-case letters only: the word is already case-folded (and ё folded to е).
constexpr std::array<CyrillicLetter, 37> kCyrillic { {
    { u'а', "a", "a", "a" },          { u'б', "b", "b", "b" },
    { u'в', "v", "v", "v" },          { u'г', "g", "g", "h" },
    { u'ґ', "g", "g", "g" },          { u'д', "d", "d", "d" },
    { u'е', "e", "e", "e" },          { u'є', "je", "ye", "je" },
    { u'ё', "jo", "yo", "jo" },       { u'ж', "zh", "zh", "zh" },
    { u'з', "z", "z", "z" },          { u'и', "i", "i", "y" },
    { u'і', "i", "i", "i" },          { u'ї', "ji", "yi", "ji" },
    { u'й', "j", "y", "j" },          { u'к', "k", "k", "k" },
    { u'л', "l", "l", "l" },          { u'м', "m", "m", "m" },
    { u'н', "n", "n", "n" },          { u'о', "o", "o", "o" },
    { u'п', "p", "p", "p" },          { u'р', "r", "r", "r" },
    { u'с', "s", "s", "s" },          { u'т', "t", "t", "t" },
    { u'у', "u", "u", "u" },          { u'ф', "f", "f", "f" },
    { u'х', "h", "kh", "h" },         { u'ц', "ts", "ts", "ts" },
    { u'ч', "ch", "ch", "ch" },       { u'ш', "sh", "sh", "sh" },
    { u'щ', "shch", "shch", "shch" }, { u'ъ', "", "", "" },
    { u'ы', "y", "y", "y" },          { u'ь', "", "", "" },
    { u'э', "e", "e", "e" },          { u'ю', "ju", "yu", "ju" },
    { u'я', "ja", "ya", "ja" },
} };

const CyrillicLetter *cyrillic(QChar c)
{
    for (const auto &l : kCyrillic) {
        if (l.letter == c.unicode())
            return &l;
    }
    return nullptr;
}

bool isLatinVowel(char c)
{
    return std::strchr("aeiouy", c) != nullptr;
}

} // namespace

QList<QByteArray> cyrillicToLatin(const QByteArray &normal)
{
    const QString word = QString::fromUtf8(normal);
    QByteArray spelling[3];
    bool anyCyrillic = false;
    for (const QChar c : word) {
        if (c.isDigit() && c.unicode() < 0x80) {
            for (auto &s : spelling)
                s += char(c.unicode());
            continue;
        }
        const CyrillicLetter *l = cyrillic(c);
        if (!l)
            return {};
        anyCyrillic = true;
        spelling[0] += l->finnish;
        spelling[1] += l->english;
        spelling[2] += l->ukrainian;
    }
    QList<QByteArray> out;
    if (!anyCyrillic)
        return out;
    for (const auto &s : spelling) {
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    }
    return out;
}

QByteArray latinToCyrillic(const QByteArray &normal, const QByteArray &lang)
{
    const bool uk = lang == "uk";
    if (!uk && lang != "ru")
        return {};
    struct Rule {
        const char *latin;
        const char *ru, *uk;
    };
    // Longest first: the first rule whose Latin letters start here wins.
    static constexpr Rule kRules[] = {
        { "shch", "щ", "щ" }, { "sch", "щ", "щ" }, { "zh", "ж", "ж" }, { "kh", "х", "х" },  { "ch", "ч", "ч" },
        { "sh", "ш", "ш" },   { "ts", "ц", "ц" },  { "ya", "я", "я" }, { "yu", "ю", "ю" },  { "yo", "е", "йо" },
        { "ye", "е", "є" },   { "yi", "ый", "ї" }, { "ja", "я", "я" }, { "ju", "ю", "ю" },  { "a", "а", "а" },
        { "b", "б", "б" },    { "v", "в", "в" },   { "w", "в", "в" },  { "g", "г", "г" },   { "d", "д", "д" },
        { "e", "е", "е" },    { "z", "з", "з" },   { "i", "и", "і" },  { "j", "й", "й" },   { "k", "к", "к" },
        { "q", "к", "к" },    { "c", "ц", "ц" },   { "l", "л", "л" },  { "m", "м", "м" },   { "n", "н", "н" },
        { "o", "о", "о" },    { "p", "п", "п" },   { "r", "р", "р" },  { "s", "с", "с" },   { "t", "т", "т" },
        { "u", "у", "у" },    { "f", "ф", "ф" },   { "h", "х", "г" },  { "x", "кс", "кс" },
    };
    QByteArray out;
    bool anyLetter = false;
    for (qsizetype i = 0; i < normal.size();) {
        const char c = normal.at(i);
        if (c >= '0' && c <= '9') {
            out += c;
            ++i;
            continue;
        }
        if (c < 'a' || c > 'z')
            return {};
        anyLetter = true;
        // y after a vowel is the й of "detskiy", "novyy"; elsewhere ы (ru) or и (uk).
        if (c == 'y' && (i + 1 >= normal.size() || !isLatinVowel(normal.at(i + 1)) || normal.at(i + 1) == 'y')) {
            out += (i > 0 && isLatinVowel(normal.at(i - 1))) ? "й" : (uk ? "и" : "ы");
            ++i;
            continue;
        }
        bool matched = false;
        for (const Rule &r : kRules) {
            const qsizetype n = qsizetype(std::strlen(r.latin));
            if (normal.mid(i, n) == r.latin) {
                out += uk ? r.uk : r.ru;
                i += n;
                matched = true;
                break;
            }
        }
        if (!matched)
            return {};
    }
    return anyLetter ? out : QByteArray();
}

} // namespace kotona::text
