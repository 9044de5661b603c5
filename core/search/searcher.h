// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/sqlite.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace kotona::text {
class Analyzer;
}

namespace kotona::search {

struct SearchHit {
    QString guideId, textId, anchor, lang;
    QString title, heading;
    QString snippet; // matched words between kHighlightStart and kHighlightEnd
    double score = 0; // higher is better
    int moreInGuide = 0; // other matching sections of the same guide
};

struct SearchRequest {
    QString query;
    QStringList langs; // the reader's languages, first is preferred
    // The reader's municipality: its guides rank above national ones, and guides of
    // other municipalities below them. Empty: the reader has none, and national
    // guides rank above municipal ones unless the query names the place.
    QString municipality;
    int limit = 10;
    bool typeAhead = true; // treat the last word as a prefix while the user types
    bool bestPerGuide = true;
};

struct SearchResult {
    QList<SearchHit> hits;
    QStringList didYouMean; // closest words when nothing matched
    bool usedTypoTolerance = false;
};

inline const QString kHighlightStart = QStringLiteral("\u2063[");
inline const QString kHighlightEnd = QStringLiteral("]\u2063");

// Ranked search over a pack's index. Any text is a valid query: FTS5 syntax typed
// by the user is treated as words, never as operators or SQL. Not thread-safe:
// give each thread its own Searcher and read connection.
//
// Besides stems, folded forms and typo corrections, a query word finds:
// - the glossary concept it names, in any language, through the terms and the
//   extra words (colloquial words, abbreviations) of the pack's glossary;
// - when the index has no such word: its split form ("taxcard" -> "tax card") and
//   its Latin spelling when typed in Cyrillic ("кела" -> "kela"), if the index has
//   them; and for a Russian or Ukrainian reader, a Latin-typed word's Cyrillic
//   spelling ("posobie" -> "пособие").
// A query that names a municipality ("turku", "vasa") ranks that place's guides as
// if the reader lived there.
class Searcher
{
public:
    // `db` must stay open; the tokenizer must be registered on it.
    explicit Searcher(sql::Database &db);
    ~Searcher();

    [[nodiscard]] SearchResult search(const SearchRequest &request);

private:
    struct Plan;
    struct Found; // a hit with what found it
    [[nodiscard]] Plan plan(const SearchRequest &request);
    // The best sections for one FTS5 match expression, without snippets.
    [[nodiscard]] QList<Found> run(const QString &match, const SearchRequest &request);
    // Snippets for the hits that are shown, in as few index lookups as it takes.
    void addSnippets(QList<Found> &found);
    [[nodiscard]] QStringList closeWords(const QByteArray &word, int maxDistance, int limit);
    // The commonest indexed words that start with `prefix`.
    [[nodiscard]] QStringList completions(const QByteArray &prefix, int limit);
    // Glossary terms are concepts named in many languages: a query that names one
    // also finds texts that use its name in another language.
    void loadGlossary();
    void addSynonyms(Plan &plan);
    // Split and transliterated forms of words that the index does not have.
    void addFallbackForms(Plan &plan, const QString &lang);
    // The municipality the query names, or empty.
    [[nodiscard]] QString namedMunicipality(const Plan &plan);
    // How many indexed rows hold `term` (an exact, stem or folded form).
    [[nodiscard]] qint64 documentsWith(const QByteArray &term);

    struct GlossaryName {
        QString conceptId;
        QByteArray lang;
        QList<QByteArray> words; // normal forms
    };

    sql::Database &m_db;
    std::unique_ptr<text::Analyzer> m_analyzer;
    QList<GlossaryName> m_glossary;
    QList<GlossaryName> m_places; // municipality names: conceptId is the municipality
    bool m_glossaryLoaded = false;
};

// Edit distance (insert, delete, substitute, swap of neighbours) between two words,
// counted in code points; stops early and returns max + 1 past `max`.
[[nodiscard]] int editDistance(const QString &a, const QString &b, int max);

} // namespace kotona::search
