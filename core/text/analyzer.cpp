// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/analyzer.h"

#include <cstring>
#include <libstemmer.h>
#include <libvoikko/voikko.h>
#include <map>
#include <string>
#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

namespace kotona::text {

namespace {

const char *snowballName(const QByteArray &lang)
{
    static const std::map<std::string, const char *> names = {
        { "fi", "finnish" },    { "sv", "swedish" },    { "en", "english" },    { "ru", "russian" },
        { "ar", "arabic" },     { "de", "german" },     { "fr", "french" },     { "es", "spanish" },
        { "tr", "turkish" },    { "da", "danish" },     { "nb", "norwegian" },  { "no", "norwegian" },
        { "nl", "dutch" },      { "it", "italian" },    { "pt", "portuguese" }, { "hu", "hungarian" },
        { "lt", "lithuanian" }, { "el", "greek" },      { "ro", "romanian" },   { "ne", "nepali" },
        { "hi", "hindi" },      { "id", "indonesian" }, { "ga", "irish" },      { "sr", "serbian" },
        { "ta", "tamil" },      { "hy", "armenian" },   { "eu", "basque" },     { "ca", "catalan" },
        { "yi", "yiddish" },
    };
    const auto it = names.find(lang.toStdString());
    return it == names.end() ? nullptr : it->second;
}

// Letter forms that searchers type interchangeably, applied after NFKC casefold.
UChar32 unifyLetter(UChar32 c)
{
    switch (c) {
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0622: // آ
    case 0x0671: // ٱ
        return 0x0627; // ا
    case 0x0649: // ى alef maksura
    case 0x064A: // ي Arabic yeh
        return 0x06CC; // ی Persian yeh: one form for both languages
    case 0x0643: // ك Arabic kaf
        return 0x06A9; // ک Persian keheh
    case 0x0629: // ة teh marbuta
        return 0x0647; // ه
    case 0x0451: // ё
        return 0x0435; // е
    default:
        return c;
    }
}

bool isDropped(UChar32 c)
{
    return (c >= 0x064B && c <= 0x065F) // tashkeel
        || c == 0x0670 // superscript alef
        || c == 0x0640 // tatweel
        || c == 0x200C || c == 0x200D // ZWNJ, ZWJ
        || c == 0x00AD; // soft hyphen
}

} // namespace

struct Analyzer::Private {
    const icu::Normalizer2 *nfkcCasefold = nullptr;
    const icu::Normalizer2 *nfd = nullptr;
    std::unique_ptr<icu::BreakIterator> words;
    std::map<std::string, sb_stemmer *> stemmers;
    VoikkoHandle *voikko = nullptr;
    bool voikkoTried = false;
    QHash<QByteArray, QHash<QByteArray, QByteArray>> stemCache; // lang -> word -> stem
    QHash<QByteArray, QByteArray> foldCache;

    ~Private()
    {
        for (auto &s : stemmers)
            sb_stemmer_delete(s.second);
        if (voikko)
            voikkoTerminate(voikko);
    }

    sb_stemmer *stemmer(const QByteArray &lang)
    {
        const std::string key = lang.toStdString();
        auto it = stemmers.find(key);
        if (it != stemmers.end())
            return it->second;
        const char *name = snowballName(lang);
        sb_stemmer *s = name ? sb_stemmer_new(name, "UTF_8") : nullptr;
        stemmers.emplace(key, s);
        return s;
    }

    VoikkoHandle *finnish()
    {
        if (!voikkoTried) {
            voikkoTried = true;
            const char *error = nullptr;
            voikko = voikkoInit(&error, "fi", 0);
        }
        return voikko;
    }

    // Voikko's base form of a Finnish word, lower case; empty when unknown.
    QByteArray finnishBaseForm(const QByteArray &word)
    {
        VoikkoHandle *v = finnish();
        if (!v)
            return {};
        voikko_mor_analysis **analyses = voikkoAnalyzeWordCstr(v, word.constData());
        QByteArray base;
        for (int i = 0; analyses && analyses[i] && base.isEmpty(); ++i) {
            char *b = voikko_mor_analysis_value_cstr(analyses[i], "BASEFORM");
            if (b)
                base = QByteArray(b);
            voikko_free_mor_analysis_value_cstr(b);
        }
        if (analyses)
            voikko_free_mor_analysis(analyses);
        return base.toLower();
    }
};

Analyzer::Analyzer()
    : d(std::make_unique<Private>())
{
    UErrorCode status = U_ZERO_ERROR;
    d->nfkcCasefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    d->nfd = icu::Normalizer2::getNFDInstance(status);
    d->words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status))
        d->words.reset();
}

Analyzer::~Analyzer() = default;

bool Analyzer::canStem(const QByteArray &lang)
{
    return snowballName(lang) != nullptr;
}

QByteArray Analyzer::normalize(const QByteArray &utf8Word)
{
    // Fast path: most words of fi, sv and en are plain ASCII, where NFKC casefold
    // is just lower case.
    bool ascii = true;
    for (const char c : utf8Word) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return utf8Word.toLower();
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString in
        = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8Word.constData(), int32_t(utf8Word.size())));
    icu::UnicodeString folded = d->nfkcCasefold->normalize(in, status);
    if (U_FAILURE(status))
        return utf8Word.toLower();
    icu::UnicodeString out;
    for (int32_t i = 0; i < folded.length();) {
        const UChar32 c = folded.char32At(i);
        i += U16_LENGTH(c);
        if (!isDropped(c))
            out.append(unifyLetter(c));
    }
    std::string utf8;
    out.toUTF8String(utf8);
    return QByteArray::fromStdString(utf8);
}

QByteArray Analyzer::fold(const QByteArray &normal)
{
    for (qsizetype i = 0;; ++i) {
        if (i == normal.size())
            return {}; // ASCII has no diacritics
        if (static_cast<unsigned char>(normal.at(i)) >= 0x80)
            break;
    }
    auto cached = d->foldCache.constFind(normal);
    if (cached != d->foldCache.constEnd())
        return *cached;
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString decomposed = d->nfd->normalize(
        icu::UnicodeString::fromUTF8(icu::StringPiece(normal.constData(), int32_t(normal.size()))), status);
    icu::UnicodeString out;
    bool changed = false;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        // Combining marks of Latin and Cyrillic letters go; Arabic marks are handled in normalize().
        if (u_charType(c) == U_NON_SPACING_MARK && c < 0x0590)
            changed = true;
        else
            out.append(c);
    }
    QByteArray result;
    if (changed) {
        std::string utf8;
        out.toUTF8String(utf8);
        result = QByteArray::fromStdString(utf8);
    }
    if (d->foldCache.size() > 200000)
        d->foldCache.clear();
    d->foldCache.insert(normal, result);
    return result;
}

QByteArray Analyzer::stem(const QByteArray &normal, const QByteArray &lang)
{
    QHash<QByteArray, QByteArray> &cache = d->stemCache[lang];
    auto cached = cache.constFind(normal);
    if (cached != cache.constEnd())
        return *cached;
    QByteArray result;
    if (lang == "fi")
        result = d->finnishBaseForm(normal);
    if (result.isEmpty()) {
        if (sb_stemmer *s = d->stemmer(lang)) {
            const sb_symbol *stemmed
                = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol *>(normal.constData()), int(normal.size()));
            if (stemmed)
                result = QByteArray(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(s));
        }
    }
    if (result == normal)
        result.clear();
    if (cache.size() > 200000)
        cache.clear();
    cache.insert(normal, result);
    return result;
}

void Analyzer::words(const char *utf8, int size, const WordSink &sink)
{
    if (!d->words || size <= 0)
        return;
    UErrorCode status = U_ZERO_ERROR;
    UText *text = utext_openUTF8(nullptr, utf8, size, &status);
    if (U_FAILURE(status))
        return;
    d->words->setText(text, status);
    if (U_FAILURE(status)) {
        utext_close(text);
        return;
    }
    int32_t start = d->words->first();
    for (int32_t end = d->words->next(); end != icu::BreakIterator::DONE; start = end, end = d->words->next()) {
        if (d->words->getRuleStatus() == UBRK_WORD_NONE)
            continue; // spaces and punctuation
        // UAX #29 keeps "title:kela" and "c:a" together; for search they are two words.
        bool stop = false;
        for (int from = start; from < end && !stop;) {
            const char *colon = static_cast<const char *>(std::memchr(utf8 + from, ':', size_t(end - from)));
            const int to = colon ? int(colon - utf8) : end;
            if (to > from) {
                const QByteArray normal = normalize(QByteArray(utf8 + from, to - from));
                stop = !normal.isEmpty() && !sink(normal, from, to);
            }
            from = to + 1;
        }
        if (stop)
            break;
    }
    utext_close(text);
}

} // namespace kotona::text
