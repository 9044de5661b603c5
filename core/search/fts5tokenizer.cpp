// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/fts5tokenizer.h"

#include "text/analyzer.h"

#include <cstring>
#include <sqlite3.h>

namespace kotona::search {

namespace {

struct Tokenizer {
    text::Analyzer analyzer;
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
    int rc = SQLITE_OK;
    self->analyzer.words(text + offset, size - offset, [&](const QByteArray &normal, int start, int end) {
        start += offset;
        end += offset;
        rc = token(ctx, 0, normal.constData(), int(normal.size()), start, end);
        if (rc != SQLITE_OK || query)
            return rc == SQLITE_OK;
        if (!lang.isEmpty()) {
            const QByteArray stem = self->analyzer.stem(normal, lang);
            if (!stem.isEmpty()) {
                const QByteArray marked = kStemMarker + stem;
                rc = token(ctx, FTS5_TOKEN_COLOCATED, marked.constData(), int(marked.size()), start, end);
            }
        }
        const QByteArray folded = self->analyzer.fold(normal);
        if (rc == SQLITE_OK && !folded.isEmpty()) {
            const QByteArray marked = kFoldMarker + folded;
            rc = token(ctx, FTS5_TOKEN_COLOCATED, marked.constData(), int(marked.size()), start, end);
        }
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
