// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/analyzer.h"

#include <array>
#include <cstring>
#include <libstemmer.h>
#include <libvoikko/voikko.h>
#include <map>
#include <string>
#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <vector>

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

// Word-break classes (UAX #29 as ICU's root rules apply them) of the code points
// that the fast scanner handles; kComplex sends the whole text to ICU.
enum WordBreak : std::uint8_t {
    kOther, // spaces, punctuation, symbols, line ends: never part of a word
    kLetter, // ALetter
    kNumeric,
    kMidLetter, // joins letters: "l·l"
    kMidNum, // joins digits: "1,5"
    kMidNumLet, // joins either: "e.g.", "don't", "3.14" (MidNumLet and Single_Quote)
    kIgnore, // Extend, Format, ZWJ: part of whatever precedes them
    kExtendNumLet, // "_": joins letters, digits and itself
    kComplex, // anything else: other scripts, emoji, Hebrew, Katakana, invalid UTF-8
};

// The scanner covers U+0000-U+07FF (Latin, Greek, Cyrillic, Armenian, Arabic...),
// U+1E00-U+1FFF (Latin and Greek extended) and U+2000-U+206F (punctuation).
constexpr UChar32 kScannedEnd = 0x2070;

WordBreak wordBreakOf(UChar32 c)
{
    if (c >= 0x0800 && c < 0x1E00)
        return kComplex;
    if (c == ':')
        return kOther; // UAX #29 keeps "title:kela" together; for search they are two words
    if (c == '@')
        return kLetter; // ICU's root rules add it to ALetter, for e-mail addresses
    if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC))
        return kComplex; // emoji sequences have rules of their own
    switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_ALETTER:
        // Scripts written without spaces are split with ICU's dictionaries.
        return u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT ? kComplex : kLetter;
    case U_WB_NUMERIC:
        return kNumeric;
    case U_WB_MIDLETTER:
        return kMidLetter;
    case U_WB_MIDNUM:
        return kMidNum;
    case U_WB_MIDNUMLET:
    case U_WB_SINGLE_QUOTE: // like MidNumLet except after Hebrew letters, which are kComplex
        return kMidNumLet;
    case U_WB_EXTEND:
    case U_WB_FORMAT:
    case U_WB_ZWJ:
        return kIgnore;
    case U_WB_CR: // marks after a line end do not attach to it, but they are not words either
    case U_WB_LF:
    case U_WB_NEWLINE:
    case U_WB_OTHER:
    case U_WB_WSEGSPACE:
    case U_WB_DOUBLE_QUOTE: // special only between Hebrew letters
        return kOther;
    case U_WB_EXTENDNUMLET:
        return kExtendNumLet;
    default: // Hebrew_Letter, Katakana, Regional_Indicator...
        return kComplex;
    }
}

const std::array<std::uint8_t, kScannedEnd> &wordBreakTable()
{
    static const auto table = [] {
        std::array<std::uint8_t, kScannedEnd> t {};
        for (UChar32 c = 0; c < kScannedEnd; ++c)
            t[std::size_t(c)] = wordBreakOf(c);
        return t;
    }();
    return table;
}

// The word-break class of the code point at `p` (before `end`), and its length in
// bytes. Code points outside the table and invalid UTF-8 are kComplex.
inline WordBreak nextClass(const std::uint8_t *table, const unsigned char *p, const unsigned char *end, int &length)
{
    const unsigned char b = p[0];
    if (b < 0x80) {
        length = 1;
        return WordBreak(table[b]);
    }
    if (b >= 0xC2 && b <= 0xDF) {
        if (end - p < 2 || (p[1] & 0xC0) != 0x80)
            return kComplex;
        length = 2;
        return WordBreak(table[((b & 0x1F) << 6) | (p[1] & 0x3F)]);
    }
    if ((b == 0xE1 || b == 0xE2) && end - p >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
        const UChar32 c = ((b & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        length = 3;
        return c < kScannedEnd ? WordBreak(table[c]) : kComplex;
    }
    return kComplex;
}

// Finds the words of `text` as ICU's root word rules do (UAX #29 rules 4 to 13b are
// all that apply to the code points of the table), split at colons. False, with
// `out` incomplete, when the text needs ICU. A test compares the two on tricky and
// random text: run it when ICU is upgraded.
bool scanWords(const char *text, int size, std::vector<std::pair<int, int>> &out)
{
    const std::uint8_t *table = wordBreakTable().data();
    const auto *begin = reinterpret_cast<const unsigned char *>(text);
    const auto *end = begin + size;
    int start = -1; // the segment being read, if any
    int stop = 0; // after its last letter, digit or "_" (and the marks that follow)
    bool word = false; // it has a letter or a digit
    int units = 0; // letters, digits and "_" in it
    WordBreak last = kOther; // the class of that letter, digit or "_"
    WordBreak mid = kOther; // a joiner read after it, waiting for what follows
    bool marked = false; // marks follow that letter, digit or "_"
    auto endSegment = [&] {
        // As ICU's rules have it: "__" is a word and "_" is not; nor is a segment that
        // ends in "_" and marks.
        if (start >= 0 && (word || units > 1) && !(last == kExtendNumLet && marked))
            out.emplace_back(start, stop);
        start = -1;
        word = false;
        units = 0;
        mid = kOther;
    };
    for (const unsigned char *p = begin; p < end;) {
        int length = 1;
        const WordBreak c = nextClass(table, p, end, length);
        const int at = int(p - begin);
        p += length;
        switch (c) {
        case kComplex:
            return false;
        case kIgnore:
            // Rule 4: marks and format characters belong to what precedes them.
            if (start >= 0 && mid == kOther) {
                stop = int(p - begin);
                marked = true;
            }
            break;
        case kLetter:
        case kNumeric:
        case kExtendNumLet:
            // Rules 5, 8, 9, 10, 13a, 13b: letters, digits and "_" next to each other
            // join; 6, 7, 11, 12: so do two letters or two digits with one joiner between.
            if (start >= 0 && mid != kOther
                && !((c == kLetter && last == kLetter && (mid == kMidLetter || mid == kMidNumLet))
                     || (c == kNumeric && last == kNumeric && (mid == kMidNum || mid == kMidNumLet))))
                endSegment();
            if (start < 0)
                start = at;
            stop = int(p - begin);
            word = word || c != kExtendNumLet;
            ++units;
            last = c;
            mid = kOther;
            marked = false;
            break;
        case kMidLetter:
        case kMidNum:
        case kMidNumLet:
            if (mid != kOther) // two joiners in a row end the segment
                endSegment();
            else if (start >= 0)
                mid = c;
            break;
        case kOther:
            endSegment();
            break;
        }
    }
    endSegment();
    return true;
}

// The words of `utf8` at ICU's word boundaries, split at colons.
void icuWords(icu::BreakIterator *words, const char *utf8, int size, std::vector<std::pair<int, int>> &out)
{
    if (!words)
        return;
    UErrorCode status = U_ZERO_ERROR;
    UText *text = utext_openUTF8(nullptr, utf8, size, &status);
    if (U_FAILURE(status))
        return;
    words->setText(text, status);
    if (U_FAILURE(status)) {
        utext_close(text);
        return;
    }
    int32_t start = words->first();
    for (int32_t end = words->next(); end != icu::BreakIterator::DONE; start = end, end = words->next()) {
        if (words->getRuleStatus() == UBRK_WORD_NONE)
            continue; // spaces and punctuation
        // UAX #29 keeps "title:kela" and "c:a" together; for search they are two words.
        for (int from = start; from < end;) {
            const char *colon = static_cast<const char *>(std::memchr(utf8 + from, ':', size_t(end - from)));
            const int to = colon ? int(colon - utf8) : end;
            if (to > from)
                out.emplace_back(from, to);
            from = to + 1;
        }
    }
    utext_close(text);
}

} // namespace

struct Analyzer::Private {
    const icu::Normalizer2 *nfkcCasefold = nullptr;
    const icu::Normalizer2 *nfd = nullptr;
    std::unique_ptr<icu::BreakIterator> words;
    std::map<std::string, sb_stemmer *> stemmers;
    VoikkoHandle *voikko = nullptr;
    bool voikkoTried = false;
    Analyzer::Segmentation segmentation = Analyzer::Segmentation::Auto;
    std::vector<std::pair<int, int>> spans; // words() and spans() reuse it
    WordCache normalCache; // word as written -> normal form
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

void Analyzer::setSegmentation(Segmentation s)
{
    d->segmentation = s;
}

void Analyzer::spans(const char *utf8, int size, const SpanSink &sink)
{
    if (size <= 0)
        return;
    // The spans are collected first: the scanner may find out late that the text
    // needs ICU. words() may call back into this Analyzer, so the list is swapped out.
    std::vector<std::pair<int, int>> found;
    found.swap(d->spans);
    found.clear();
    if (d->segmentation == Segmentation::Icu || !scanWords(utf8, size, found)) {
        found.clear();
        icuWords(d->words.get(), utf8, size, found);
    }
    for (const auto &[start, end] : found) {
        if (!sink(start, end))
            break;
    }
    found.swap(d->spans);
}

void Analyzer::words(const char *utf8, int size, const WordSink &sink)
{
    spans(utf8, size, [&](int start, int end) {
        const std::string_view word(utf8 + start, std::size_t(end - start));
        std::optional<std::string_view> normal = d->normalCache.find(word);
        if (!normal)
            normal
                = d->normalCache.insert(word, normalize(QByteArray(word.data(), qsizetype(word.size()))).toStdString());
        return normal->empty() || sink(QByteArray(normal->data(), qsizetype(normal->size())), start, end);
    });
}

} // namespace kotona::text
