// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/sqlite.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>

namespace kotona {

struct Bookmark {
    QString guideId, lang;
    QDateTime created;
};

struct HistoryEntry {
    QString guideId, lang, anchor;
    QDateTime opened;
};

// The reader's own data (user.sqlite): settings, bookmarks, checklist progress and
// reading history. It refers to content by stable ids only, so pack updates never
// touch it. `:memory:` keeps everything in memory (guest sessions).
class UserStore
{
public:
    static constexpr int kSchemaVersion = 1;

    struct OpenResult {
        bool ok = false;
        bool tooNew = false;
        QString message; // translated, for the user
    };

    // Opens or creates the database and migrates it to kSchemaVersion. A database
    // from a newer Kotona is refused and left untouched.
    [[nodiscard]] OpenResult open(const QString &path);
    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }

    [[nodiscard]] QVariant setting(const QString &key, const QVariant &fallback = {});
    bool setSetting(const QString &key, const QVariant &value);

    bool addBookmark(const QString &guideId, const QString &lang);
    bool removeBookmark(const QString &guideId);
    [[nodiscard]] bool isBookmarked(const QString &guideId);
    [[nodiscard]] QList<Bookmark> bookmarks();

    bool setChecked(const QString &checklistId, const QString &itemKey, bool done);
    [[nodiscard]] QSet<QString> checkedItems(const QString &checklistId);

    bool recordVisit(const QString &guideId, const QString &lang, const QString &anchor = {});
    [[nodiscard]] QList<HistoryEntry> history(int limit = 20);

private:
    [[nodiscard]] bool migrate(int from);

    sql::Database m_db;
};

} // namespace kotona
