// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/fts5tokenizer.h"

#include "text/analyzer.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <vector>

namespace kotona::search {

namespace {

// What a word of a document is indexed as, in one string: its normal form (empty
// when the word is not a term), then kStemMarker + stem (unless there is no stemmer
// or the stem is the word), then kFoldMarker + folded form (when it has diacritics).
// Words never hold control characters, so the markers split the string.
struct Forms {
    std::string_view normal, stem, folded;

    explicit Forms(std::string_view tokens)
    {
        const std::size_t stemAt = std::min(tokens.find(kStemMarker), tokens.size());
        const std::size_t foldedAt = std::min(tokens.find(kFoldMarker), tokens.size());
        normal = tokens.substr(0, std::min(stemAt, foldedAt));
        stem = tokens.substr(stemAt, foldedAt - std::min(stemAt, foldedAt));
        folded = tokens.substr(foldedAt);
    }
};

struct Tokenizer {
    text::Analyzer analyzer;
    // Most words repeat: their forms are memoised per document language ("" for
    // queries and unmarked text), by the word as it is written.
    std::vector<std::pair<QByteArray, std::unique_ptr<text::WordCache>>> forms;

    text::WordCache &formsIn(const QByteArray &lang)
    {
        for (auto &[l, cache] : forms) {
            if (l == lang)
                return *cache;
        }
        return *forms.emplace_back(lang, std::make_unique<text::WordCache>()).second;
    }

    Forms formsOf(text::WordCache &cache, std::string_view word, const QByteArray &lang)
    {
        if (const auto tokens = cache.find(word))
            return Forms(*tokens);
        std::string tokens;
        const QByteArray normal = analyzer.normalize(QByteArray(word.data(), qsizetype(word.size())));
        if (!normal.isEmpty()) {
            tokens = normal.toStdString();
            const QByteArray stem = lang.isEmpty() ? QByteArray() : analyzer.stem(normal, lang);
            if (!stem.isEmpty())
                tokens += kStemMarker + stem.toStdString();
            const QByteArray folded = analyzer.fold(normal);
            if (!folded.isEmpty())
                tokens += kFoldMarker + folded.toStdString();
        }
        return Forms(cache.insert(word, tokens));
    }
};

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api;
}

int create(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(new (std::nothrow) Tokenizer);
    return *out ? SQLITE_OK : SQLITE_NOMEM;
}

void destroy(Fts5Tokenizer *t)
{
    delete reinterpret_cast<Tokenizer *>(t);
}

int tokenize(Fts5Tokenizer *t, void *ctx, int flags, const char *text, int size,
             int (*token)(void *, int, const char *, int, int, int))
{
    auto *self = reinterpret_cast<Tokenizer *>(t);
    if (size <= 0)
        return SQLITE_OK;
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    if (query && (text[0] == kStemMarker || text[0] == kFoldMarker))
        return token(ctx, 0, text, size, 0, size);

    // The document's language from its marker; queries have none.
    QByteArray lang;
    int offset = 0;
    if (size > 2 && text[0] == kLanguageMarker) {
        const char *end
            = static_cast<const char *>(std::memchr(text + 1, kLanguageMarker, size_t(std::min(size - 1, 8))));
        if (end) {
            lang = QByteArray(text + 1, int(end - text - 1));
            offset = int(end - text) + 1;
        }
    }
    text::WordCache &cache = self->formsIn(lang);
    int rc = SQLITE_OK;
    self->analyzer.spans(text + offset, size - offset, [&](int start, int end) {
        start += offset;
        end += offset;
        const auto [normal, stem, folded]
            = self->formsOf(cache, std::string_view(text + start, std::size_t(end - start)), lang);
        if (normal.empty())
            return true;
        rc = token(ctx, 0, normal.data(), int(normal.size()), start, end);
        if (rc == SQLITE_OK && !query && !stem.empty())
            rc = token(ctx, FTS5_TOKEN_COLOCATED, stem.data(), int(stem.size()), start, end);
        if (rc == SQLITE_OK && !query && !folded.empty())
            rc = token(ctx, FTS5_TOKEN_COLOCATED, folded.data(), int(folded.size()), start, end);
        return rc == SQLITE_OK;
    });
    return rc;
}

} // namespace

bool registerTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api)
        return false;
    fts5_tokenizer tokenizer { create, destroy, tokenize };
    return api->xCreateTokenizer(api, "kotona", nullptr, &tokenizer, nullptr) == SQLITE_OK;
}

} // namespace kotona::search
