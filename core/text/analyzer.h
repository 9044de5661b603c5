// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <functional>
#include <memory>

namespace kotona::text {

// Turns text into search terms. Words are found with ICU's word boundaries;
// each word is normalised (NFKC, case folding, Arabic and Persian letter forms,
// tashkeel, tatweel, ZWNJ, Cyrillic ё), and can be reduced to a stem in a given
// language (Voikko base forms for Finnish, Snowball for the others it knows) or
// folded (diacritics removed: "päivystys" -> "paivystys").
//
// Not thread-safe: use one Analyzer per thread (SQLite creates one per FTS table
// and connection). Stems are memoised, so repeated words cost a hash lookup.
class Analyzer
{
public:
    // A word of the input: byte offsets into the UTF-8 text, and its normal form.
    using WordSink = std::function<bool(const QByteArray &normal, int start, int end)>;

    Analyzer();
    ~Analyzer();
    Analyzer(const Analyzer &) = delete;
    Analyzer &operator=(const Analyzer &) = delete;

    // Calls `sink` for every word of `utf8` in order; stops when it returns false.
    void words(const char *utf8, int size, const WordSink &sink);

    // The normal form of one word (as words() gives it).
    [[nodiscard]] QByteArray normalize(const QByteArray &utf8Word);
    // The stem of a normal form in `lang`, or an empty array when the language has
    // no stemmer or the stem equals the word.
    [[nodiscard]] QByteArray stem(const QByteArray &normal, const QByteArray &lang);
    // The normal form without diacritics, or empty when it has none.
    [[nodiscard]] QByteArray fold(const QByteArray &normal);

    // True when `lang` has a stemmer here.
    [[nodiscard]] static bool canStem(const QByteArray &lang);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kotona::text
