// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searcher.h"

#include "search/fts5tokenizer.h"
#include "text/analyzer.h"
#include "text/transliteration.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace kotona::search {

namespace {

constexpr int kMaxTerms = 12;
constexpr int kMaxTermBytes = 64;
constexpr int kMaxQueryChars = 512;
constexpr int kFewHits = 3;
// A word is split into two indexed words ("taxcard" -> "tax card") only within
// these lengths, in letters: each split costs two vocabulary lookups.
constexpr int kMinSplitLetters = 5;
constexpr int kMaxSplitLetters = 24;
// What a hit of the broad stage (stems, folded forms, synonyms) is worth against an
// exact hit of the same score, when both compete.
constexpr double kBroadWeight = 0.8;

// An FTS5 string literal: any text in double quotes, quotes doubled.
QString literal(const QByteArray &utf8)
{
    QString s = QString::fromUtf8(utf8);
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString stripMarkers(QString s)
{
    static const QRegularExpression marker(QStringLiteral("\x1f[a-z]{2,3}\x1f"));
    return s.remove(marker);
}

} // namespace

struct Searcher::Plan {
    struct Term {
        QByteArray normal;
        QSet<QByteArray> alternatives; // exact forms, \x01stems, \x02folds
        bool prefix = false;
    };
    QList<Term> terms;
    QStringList phrases; // normalised by the tokenizer at query time
    QStringList synonyms; // FTS5 terms: glossary names of the same concept in other languages
    bool hasFallbackForms = false; // split or transliterated forms of words the index lacks
    bool empty() const { return terms.isEmpty() && phrases.isEmpty(); }

    // All words (AND), or any of them (OR) when `any`; `broad` adds stems,
    // folded forms and glossary synonyms.
    QString match(bool broad, bool any = false) const
    {
        QStringList parts;
        for (const auto &t : terms) {
            QStringList alts;
            const QString star = t.prefix ? QStringLiteral("*") : QString();
            alts << literal(t.normal) + star;
            if (broad) {
                QList<QByteArray> sorted(t.alternatives.cbegin(), t.alternatives.cend());
                std::sort(sorted.begin(), sorted.end());
                for (const QByteArray &a : sorted)
                    alts << literal(a) + (a.startsWith(kFoldMarker) ? star : QString());
            }
            parts << (alts.size() == 1 ? alts.first()
                                       : QLatin1Char('(') + alts.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
        }
        for (const QString &p : phrases)
            parts << literal(p.toUtf8());
        const QString all = parts.join(any ? QStringLiteral(" OR ") : QStringLiteral(" AND "));
        if (!broad || synonyms.isEmpty())
            return all;
        QStringList either { QLatin1Char('(') + all + QLatin1Char(')') };
        either << synonyms;
        return either.join(QStringLiteral(" OR "));
    }
};

Searcher::Searcher(sql::Database &db)
    : m_db(db)
    , m_analyzer(std::make_unique<text::Analyzer>())
{ }

Searcher::~Searcher() = default;

Searcher::Plan Searcher::plan(const SearchRequest &request)
{
    Plan p;
    QString q = request.query.left(kMaxQueryChars);
    // Quoted phrases, when the quotes balance; an odd quote is just a character.
    if (q.count(QLatin1Char('"')) >= 2) {
        static const QRegularExpression phrase(QStringLiteral("\"([^\"]*)\""));
        auto it = phrase.globalMatch(q);
        while (it.hasNext()) {
            const QString text = it.next().captured(1).trimmed();
            bool hasWord = false;
            const QByteArray utf8 = text.toUtf8();
            m_analyzer->words(utf8.constData(), int(utf8.size()), [&](const QByteArray &, int, int) {
                hasWord = true;
                return false;
            });
            if (hasWord)
                p.phrases << text;
        }
        q.remove(phrase);
    }
    const QByteArray utf8 = q.toUtf8();
    const bool typing = request.typeAhead && !q.isEmpty() && !q.back().isSpace();
    QList<QPair<QByteArray, int>> words; // normal form, end offset
    m_analyzer->words(utf8.constData(), int(utf8.size()), [&](const QByteArray &normal, int, int end) {
        if (normal.size() <= kMaxTermBytes)
            words.append({ normal, end });
        return words.size() < kMaxTerms;
    });
    QStringList stemLangs = request.langs.mid(0, 2);
    if (!stemLangs.contains(QStringLiteral("fi")))
        stemLangs << QStringLiteral("fi"); // broken Finnish is the most common second language
    for (int i = 0; i < words.size(); ++i) {
        Plan::Term t;
        t.normal = words[i].first;
        // Prefix only for the word being typed, and only from its second character.
        t.prefix = typing && i == words.size() - 1 && words[i].second == utf8.size()
            && QString::fromUtf8(t.normal).size() >= 2;
        for (const QString &lang : stemLangs) {
            const QByteArray stem = m_analyzer->stem(t.normal, lang.toLatin1());
            t.alternatives.insert(kStemMarker + (stem.isEmpty() ? t.normal : stem));
            if (!stem.isEmpty())
                t.alternatives.insert(stem);
        }
        const QByteArray folded = m_analyzer->fold(t.normal);
        t.alternatives.insert(kFoldMarker + (folded.isEmpty() ? t.normal : folded));
        p.terms.append(t);
    }
    addFallbackForms(p, request.langs.value(0));
    addSynonyms(p);
    return p;
}

qint64 Searcher::documentsWith(const QByteArray &term)
{
    sql::Statement *s = m_db.prepare(QStringLiteral("SELECT doc FROM search_vocab WHERE term = ?1"));
    if (!s)
        return 0;
    s->bind(1, QString::fromUtf8(term));
    return s->next() ? s->integer(0) : 0;
}

void Searcher::addFallbackForms(Plan &p, const QString &lang)
{
    const QByteArray readerLang = lang.toLatin1();
    for (auto &t : p.terms) {
        if (t.prefix)
            continue; // still being typed: its completions are what it finds
        // A Latin-typed word for a Russian or Ukrainian reader: also its Cyrillic
        // spelling, whether or not the Latin one is indexed ("na" is Somali too).
        const QByteArray cyrillic = text::latinToCyrillic(t.normal, readerLang);
        if (!cyrillic.isEmpty() && documentsWith(cyrillic) > 0) {
            t.alternatives.insert(cyrillic);
            const QByteArray stem = m_analyzer->stem(cyrillic, readerLang);
            t.alternatives.insert(kStemMarker + (stem.isEmpty() ? cyrillic : stem));
            p.hasFallbackForms = true;
        }
        bool known = documentsWith(t.normal) > 0;
        for (auto it = t.alternatives.cbegin(); it != t.alternatives.cend() && !known; ++it)
            known = documentsWith(*it) > 0;
        if (known)
            continue;
        // Names of Finnish services typed in Cyrillic: "кела", "мигри", "двв".
        for (const QByteArray &latin : text::cyrillicToLatin(t.normal)) {
            if (documentsWith(latin) > 0) {
                t.alternatives.insert(latin);
                p.hasFallbackForms = true;
                break;
            }
        }
        // Joined words: "taxcard", "daycare" for texts that write "tax card", "day
        // care" or "day-care". The split whose rarer half is most common wins.
        const QString word = QString::fromUtf8(t.normal);
        if (word.size() < kMinSplitLetters || word.size() > kMaxSplitLetters)
            continue;
        qint64 best = 0;
        QByteArray split;
        for (qsizetype at = 1; at + 2 <= word.size(); ++at) {
            if (word.at(at).isLowSurrogate() || !word.at(at - 1).isLetter() || !word.at(at).isLetter())
                continue;
            const QByteArray left = word.left(at).toUtf8(), right = word.mid(at).toUtf8();
            const qint64 l = documentsWith(left);
            if (l <= best)
                continue;
            const qint64 both = std::min(l, documentsWith(right));
            if (both > best) {
                best = both;
                split = left + ' ' + right;
            }
        }
        if (!split.isEmpty()) {
            t.alternatives.insert(split);
            p.hasFallbackForms = true;
        }
    }
}

void Searcher::loadGlossary()
{
    m_glossaryLoaded = true;
    sql::Statement *s = m_db.prepare(QStringLiteral("SELECT term_id, lang, term FROM glossary_entries ORDER BY id"));
    while (s && s->next()) {
        const QString conceptId = s->text(0);
        const QByteArray lang = s->text(1).toLatin1();
        // "كيلا (Kela)": the words outside and inside brackets are each a name of the concept.
        static const QRegularExpression brackets(QStringLiteral("[()]"));
        for (const QString &variant : s->text(2).split(brackets, Qt::SkipEmptyParts)) {
            GlossaryName name { conceptId, lang, {} };
            const QByteArray utf8 = variant.toUtf8();
            m_analyzer->words(utf8.constData(), int(utf8.size()), [&](const QByteArray &w, int, int) {
                name.words.append(w);
                return true;
            });
            if (!name.words.isEmpty())
                m_glossary.append(name);
        }
    }
    // Rows of (id, lang, name) as names of that id, each name as its words.
    auto load = [&](const QString &sql, QList<GlossaryName> &into) {
        sql::Statement *rows = m_db.prepare(sql);
        while (rows && rows->next()) {
            GlossaryName name { rows->text(0), rows->text(1).toLatin1(), {} };
            const QByteArray utf8 = rows->text(2).toUtf8();
            m_analyzer->words(utf8.constData(), int(utf8.size()), [&](const QByteArray &w, int, int) {
                name.words.append(w);
                return true;
            });
            if (!name.words.isEmpty())
                into.append(name);
        }
    };
    // Other words for the same concepts (colloquial words, abbreviations); packs of
    // schema version 1 have no such table, and so none.
    load(QStringLiteral("SELECT term_id, lang, word FROM glossary_words ORDER BY id"), m_glossary);
    load(QStringLiteral("SELECT municipality_id, lang, name FROM municipality_names ORDER BY id"), m_places);
}

namespace {

// The concepts whose names (a run of words) occur in the query's terms. A query word
// names a word when the forms agree, or the stems in the name's language do, or
// one of the word's alternatives (a split or transliterated form) is that word.
template<typename Term, typename Names, typename StemFn>
QSet<QString> namedConcepts(const QList<Term> &terms, const Names &names, StemFn stemOf)
{
    auto same = [&](const Term &t, const QByteArray &word, const QByteArray &lang) {
        if (t.normal == word || t.alternatives.contains(word))
            return true;
        const QByteArray stem = stemOf(word, lang);
        return t.alternatives.contains(kStemMarker + (stem.isEmpty() ? word : stem));
    };
    QSet<QString> concepts;
    for (const auto &name : names) {
        for (qsizetype start = 0; start + name.words.size() <= terms.size(); ++start) {
            bool all = true;
            for (qsizetype k = 0; k < name.words.size() && all; ++k)
                all = same(terms[start + k], name.words[k], name.lang);
            if (all)
                concepts.insert(name.conceptId);
        }
    }
    return concepts;
}

} // namespace

QString Searcher::namedMunicipality(const Plan &p)
{
    if (!m_glossaryLoaded)
        loadGlossary();
    const QSet<QString> places = namedConcepts(
        p.terms, m_places, [&](const QByteArray &w, const QByteArray &lang) { return m_analyzer->stem(w, lang); });
    return places.size() == 1 ? *places.cbegin() : QString();
}

void Searcher::addSynonyms(Plan &p)
{
    if (!m_glossaryLoaded)
        loadGlossary();
    if (p.terms.isEmpty() || m_glossary.isEmpty())
        return;
    const QSet<QString> concepts = namedConcepts(
        p.terms, m_glossary, [&](const QByteArray &w, const QByteArray &lang) { return m_analyzer->stem(w, lang); });
    QSet<QString> added;
    for (const auto &name : std::as_const(m_glossary)) {
        if (!concepts.contains(name.conceptId))
            continue;
        QStringList forms;
        if (name.words.size() == 1) {
            // One word: its inflections too, through the stem of its own language.
            const QByteArray stem = m_analyzer->stem(name.words.first(), name.lang);
            forms << literal(name.words.first()) << literal(kStemMarker + (stem.isEmpty() ? name.words.first() : stem));
        } else {
            forms << literal(name.words.join(' '));
        }
        for (const QString &f : forms) {
            if (!added.contains(f)) {
                added.insert(f);
                p.synonyms << f;
            }
        }
    }
}

struct Searcher::Found {
    SearchHit hit;
    qint64 rowid = 0;
    QString match;
};

QList<Searcher::Found> Searcher::run(const QString &match, const SearchRequest &request)
{
    QList<Found> found;
    // Rank inside the index first (cheap), then join only the best candidates.
    // bm25 is negative: smaller is better. title > heading > summary > body (the
    // index's columns are body, heading, title, summary, lang: see searchindex.cpp);
    // the reader's language and municipality scale it up, and the guides of other
    // municipalities (of every one when the reader has none) down, below national
    // guides that match as well.
    sql::Statement *s = m_db.prepare(QStringLiteral(
        "WITH ranked AS (SELECT rowid, bm25(search, 1.0, 6.0, 10.0, 3.0, 0.0) AS r FROM search "
        "  WHERE search MATCH ?1 ORDER BY r LIMIT ?4) "
        "SELECT ranked.rowid, s.guide_id, s.text_id, s.anchor, s.lang, t.title, s.heading, "
        "  ranked.r * (CASE WHEN s.lang = ?2 THEN 2.0 ELSE 1.0 END) "
        "    * (CASE WHEN g.municipality_id IS NULL THEN 1.0 WHEN g.municipality_id = ?3 THEN 1.5 ELSE 0.6 END) "
        "    * (CASE WHEN s.variant = 'standard' THEN 1.0 ELSE 0.9 END) AS score "
        "FROM ranked JOIN sections s ON s.rowid = ranked.rowid JOIN guide_texts t ON t.id = s.text_id "
        "JOIN guides g ON g.id = s.guide_id ORDER BY score"));
    if (!s)
        return found;
    s->bind(1, match)
        .bind(2, request.langs.value(0))
        .bind(3, request.municipality)
        .bind(4, qint64(std::max(50, request.limit * 10)));
    QHash<QString, int> byGuide;
    while (s->next()) {
        const QString guide = s->text(1);
        if (request.bestPerGuide && byGuide.contains(guide)) {
            ++found[byGuide[guide]].hit.moreInGuide;
            continue;
        }
        if (found.size() >= request.limit)
            continue; // still counting "more in this guide" for the hits we keep
        byGuide.insert(guide, int(found.size()));
        found.append(
            { SearchHit { guide, s->text(2), s->text(3), s->text(4), s->text(5), s->text(6), {}, -s->real(7), 0 },
              s->integer(0), match });
    }
    return found;
}

void Searcher::addSnippets(QList<Found> &found)
{
    // One lookup per hit finds its row at once, unless the match has a prefix: FTS5
    // then gathers every word with that prefix at each lookup, and one pass over all
    // the matching rows costs less ("+rowid" keeps FTS5 from looking up each one).
    static const QString kByRow = QStringLiteral("SELECT rowid, snippet(search, 0, ?2, ?3, '…', 14) FROM search "
                                                 "WHERE search MATCH ?1 AND rowid = ?4");
    static const QString kByScan
        = QStringLiteral("SELECT rowid, snippet(search, 0, ?2, ?3, '…', 14) FROM search "
                         "WHERE search MATCH ?1 AND +rowid IN (SELECT value FROM json_each(?4))");
    QSet<QString> done;
    for (qsizetype k = 0; k < found.size(); ++k) {
        const QString match = found.at(k).match;
        if (done.contains(match))
            continue;
        done.insert(match);
        QHash<qint64, qsizetype> rows; // rowid -> index in found
        for (qsizetype i = k; i < found.size(); ++i) {
            if (found.at(i).match == match)
                rows.insert(found.at(i).rowid, i);
        }
        auto fetch = [&](sql::Statement *snip, const QVariant &rowOrRows) {
            if (!snip)
                return;
            snip->bind(1, match).bind(2, kHighlightStart).bind(3, kHighlightEnd).bind(4, rowOrRows);
            while (snip->next())
                found[rows.value(snip->integer(0))].hit.snippet = stripMarkers(snip->text(1));
        };
        if (match.contains(QLatin1String("\"*")) && rows.size() > 1) {
            QStringList ids;
            for (auto it = rows.cbegin(); it != rows.cend(); ++it)
                ids << QString::number(it.key());
            fetch(m_db.prepare(kByScan), QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']'));
        } else {
            for (auto it = rows.cbegin(); it != rows.cend(); ++it)
                fetch(m_db.prepare(kByRow), it.key());
        }
    }
}

SearchResult Searcher::search(const SearchRequest &asked)
{
    SearchResult result;
    Plan p = plan(asked);
    if (p.empty())
        return result;
    // "kela office in turku": rank as a reader in Turku would see it.
    SearchRequest request = asked;
    if (request.municipality.isEmpty())
        request.municipality = namedMunicipality(p);

    QList<Found> found;
    // Adds what `more` found in guides not found yet, up to the limit.
    auto merge = [&](const QList<Found> &more) {
        QSet<QString> seen;
        for (const auto &f : std::as_const(found))
            seen.insert(f.hit.guideId);
        bool added = false;
        for (const auto &f : more) {
            if (found.size() >= request.limit)
                break;
            if (!seen.contains(f.hit.guideId)) {
                seen.insert(f.hit.guideId);
                found.append(f);
                added = true;
            }
        }
        return added;
    };
    // Adds what `more` found at `weight` times its score: a guide found by both keeps
    // its better hit, and the best `limit` guides stay, by score.
    auto blend = [&](const QList<Found> &more, double weight) {
        QHash<QString, qsizetype> at;
        for (qsizetype i = 0; i < found.size(); ++i)
            at.insert(found.at(i).hit.guideId, i);
        for (Found f : more) {
            f.hit.score *= weight;
            const auto it = at.constFind(f.hit.guideId);
            if (it == at.cend()) {
                at.insert(f.hit.guideId, found.size());
                found.append(f);
            } else if (f.hit.score > found.at(*it).hit.score) {
                found[*it] = f;
            }
        }
        std::stable_sort(found.begin(), found.end(),
                         [](const Found &a, const Found &b) { return a.hit.score > b.hit.score; });
        if (found.size() > request.limit)
            found.resize(request.limit);
    };
    auto finish = [&] {
        addSnippets(found);
        for (const auto &f : std::as_const(found))
            result.hits.append(f.hit);
        return result;
    };

    // Exact forms in the reader's language first, then stems, folded forms and
    // glossary synonyms, then every language: each stage only adds guides.
    const QString lang = request.langs.value(0);
    const QString inLang = lang.isEmpty() ? QString() : QStringLiteral(" AND lang : ") + literal(lang.toUtf8());
    const QString exact = p.match(false);
    const QString broad = p.match(true);
    // The first letters of a word being typed: a prefix of two or three letters
    // matches most of the index, so it is completed to the commonest words that
    // start with it, looked up in the index's vocabulary.
    const bool shortPrefix = p.terms.size() == 1 && p.phrases.isEmpty() && p.terms.first().prefix
        && QString::fromUtf8(p.terms.first().normal).size() < 4;
    if (shortPrefix) {
        const QStringList words = completions(p.terms.first().normal, 12);
        if (words.isEmpty())
            return result;
        QStringList alts;
        for (const QString &w : words)
            alts << literal(w.toUtf8());
        const QString any = QLatin1Char('(') + alts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        found = run(any + inLang, request);
        if (found.size() < request.limit && !inLang.isEmpty())
            merge(run(any, request));
        return finish();
    }
    found = run(QLatin1Char('(') + exact + QLatin1Char(')') + inLang, request);
    // A query that names a glossary concept, or has words that the index only knows
    // in another form, is answered as well by the texts that use the concept's own
    // name: the broad stage in the reader's language then competes on score
    // (discounted) instead of coming after every exact hit.
    const bool broadCompetes = !p.synonyms.isEmpty() || p.hasFallbackForms;
    if (!inLang.isEmpty() && (found.size() < request.limit || broadCompetes)) {
        const QList<Found> more = run(QLatin1Char('(') + broad + QLatin1Char(')') + inLang, request);
        if (broadCompetes)
            blend(more, kBroadWeight);
        else
            merge(more);
    }
    if (found.size() < request.limit)
        merge(run(broad, request));
    // Natural questions ("how long is the trial period") rarely have every word in
    // one section: then the sections with most of the rarest words rank first.
    if (found.size() < kFewHits && p.terms.size() + p.phrases.size() > 1) {
        const QString any = p.match(true, true);
        if (!inLang.isEmpty())
            merge(run(QLatin1Char('(') + any + QLatin1Char(')') + inLang, request));
        merge(run(any, request));
    }
    if (found.size() >= kFewHits)
        return finish();

    // Few hits: allow typos in words of four letters or more.
    bool changed = false;
    for (auto &t : p.terms) {
        const int letters = int(QString::fromUtf8(t.normal).size());
        if (letters < 4)
            continue;
        const QStringList close = closeWords(t.normal, letters >= 8 ? 2 : 1, 8);
        for (const QString &w : close) {
            t.alternatives.insert(w.toUtf8());
            if (!result.didYouMean.contains(w))
                result.didYouMean << w;
        }
        changed = changed || !close.isEmpty();
    }
    if (changed)
        result.usedTypoTolerance = merge(run(p.match(true), request));
    if (!found.isEmpty() && !result.usedTypoTolerance)
        result.didYouMean.clear();
    return finish();
}

QStringList Searcher::completions(const QByteArray &prefix, int limit)
{
    QString end = QString::fromUtf8(prefix);
    end.append(QChar(0xFFFF));
    sql::Statement *s = m_db.prepare(
        QStringLiteral("SELECT term FROM search_vocab WHERE term >= ?1 AND term < ?2 ORDER BY doc DESC LIMIT ?3"));
    QStringList out;
    if (!s)
        return out;
    s->bind(1, QString::fromUtf8(prefix)).bind(2, end).bind(3, qint64(limit));
    while (s->next())
        out << s->text(0);
    return out;
}

QStringList Searcher::closeWords(const QByteArray &word, int maxDistance, int limit)
{
    const QString w = QString::fromUtf8(word);
    QList<QPair<int, QPair<qint64, QString>>> found; // distance, -count, term
    // Words sharing the first letter: typos rarely hit the first letter, and it
    // keeps the scan to one slice of the vocabulary.
    const QString first = w.left(1);
    QString next = first;
    next[0] = QChar(first.at(0).unicode() + 1);
    sql::Statement *s
        = m_db.prepare(QStringLiteral("SELECT term, cnt FROM search_vocab WHERE term >= ?1 AND term < ?2"));
    if (!s)
        return {};
    s->bind(1, first).bind(2, next);
    while (s->next()) {
        const QString term = s->text(0);
        if (term == w || std::abs(term.size() - w.size()) > maxDistance)
            continue;
        const int d = editDistance(w, term, maxDistance);
        if (d <= maxDistance)
            found.append({ d, { -s->integer(1), term } });
    }
    std::sort(found.begin(), found.end());
    QStringList out;
    for (const auto &f : found) {
        if (out.size() >= limit)
            break;
        out << f.second.second;
    }
    return out;
}

int editDistance(const QString &a, const QString &b, int max)
{
    const QList<uint> x = a.toUcs4();
    const QList<uint> y = b.toUcs4();
    const qsizetype n = x.size(), m = y.size();
    if (std::abs(n - m) > max)
        return max + 1;
    // Optimal string alignment distance, rows of m + 1.
    QList<int> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = x[i - 1] == y[j - 1] ? 0 : 1;
            cur[j] = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost });
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > max)
            return max + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

} // namespace kotona::search
