// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/sqlite.h"
#include "content/topic.h"
#include "search/searcher.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kotona {

// Facts about the open pack, from its meta table.
struct PackInfo {
    QString packId;
    qint64 seq = 0;
    int schemaVersion = 0;
    QString builtAt;
    QString contentDigest;
    QStringList fallback; // the pack's own language order after the reader's
};

// Why a pack could not be opened. The message is for the user, translated.
struct PackOpenError {
    enum class Code { None, Missing, NotAPack, TooNew, TooOld } code = Code::None;
    QString message;
    [[nodiscard]] bool ok() const { return code == Code::None; }
};

// How a text came to be in its language.
enum class TextState { Original, Reviewed, Machine, Outdated };

// A guide as a list shows it, in the language chosen by the fallback order.
struct GuideSummary {
    QString id, topic, municipality;
    QString lang; // language of title and summary
    bool isFallback = false; // not in the reader's first language
    QString title, summary;
    TextState state = TextState::Original;
    QStringList languages; // every language the guide exists in (standard variant)
};

struct GuideSection {
    QString anchor, heading, markdown;
    int level = 0;
};

// One guide text ready to read.
struct GuideText {
    GuideSummary summary;
    QString variant; // "standard" | "easy"
    bool hasEasyVariant = false;
    QString reviewedOn;
    QString originalLang;
    QStringList sources;
    QList<GuideSection> sections;
};

struct GlossaryEntry {
    QString termId, lang, term, explanation;
};

struct ServiceRecord {
    QString id, municipality, kind, name, address, phone, web, openingHours;
    QStringList languages, topics;
    double latitude = 0, longitude = 0;
};

// A language the pack holds, for language choosers.
struct PackLanguage {
    QString code, nativeName, englishName;
    bool rightToLeft = false;
};

struct Municipality {
    QString id, name;
};

struct ChecklistItem {
    QString key, text;
};

struct Checklist {
    QString id, lang, title, topic;
    bool isFallback = false;
    QList<ChecklistItem> items;
};

// Read-only access to a content pack. Every query takes the reader's language
// order (e.g. {"so", "en"}); the pack's own fallback order follows it, so there
// is always something to show. Not thread-safe: one store per thread.
class ContentStore
{
public:
    [[nodiscard]] PackOpenError open(const QString &path);
    void close();
    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }
    // Ends any read left open by a query, so that an update can commit to the pack
    // file (see sql::Database::resetStatements()).
    void releaseLocks() { m_db.resetStatements(); }
    [[nodiscard]] const PackInfo &info() const { return m_info; }

    [[nodiscard]] QList<Topic> topics(const QStringList &langs);
    [[nodiscard]] QList<GuideSummary> guides(const QString &topic, const QString &municipality,
                                             const QStringList &langs);
    [[nodiscard]] std::optional<GuideText> guide(const QString &guideId, const QStringList &langs,
                                                 const QString &variant = QStringLiteral("standard"));
    [[nodiscard]] QStringList languagesOf(const QString &guideId);
    // Title, summary and translation state of one guide, without its sections.
    [[nodiscard]] std::optional<GuideSummary> guideSummary(const QString &guideId, const QStringList &langs)
    {
        return summaryOf(guideId, languageOrder(langs));
    }
    [[nodiscard]] QList<GlossaryEntry> glossary(const QStringList &langs);
    // One glossary term in the first language of `langs` the pack has.
    [[nodiscard]] std::optional<GlossaryEntry> glossaryEntry(const QString &termId, const QStringList &langs);
    // Languages in the pack's order (the order of data/languages.yaml).
    [[nodiscard]] QList<PackLanguage> languages();
    // Municipalities with their names in the first available language of `langs`.
    [[nodiscard]] QList<Municipality> municipalities(const QStringList &langs);
    // Targets a guide links to: kind is "guide", "glossary" or "service".
    [[nodiscard]] QStringList linksOf(const QString &guideId, const QString &kind);
    [[nodiscard]] QList<ServiceRecord> services(const QString &municipality, const QStringList &langs);
    [[nodiscard]] std::optional<Checklist> checklist(const QString &id, const QStringList &langs);
    // Ranked full-text search (see search/searcher.h); the reader's languages are
    // completed with the pack's fallback order.
    [[nodiscard]] search::SearchResult search(search::SearchRequest request);
    [[nodiscard]] QStringList checklistIds();
    // An image or sound stored in the pack by its sha256 (hex): its bytes and
    // MIME type; empty bytes when the pack has no such media.
    struct Media {
        QByteArray bytes;
        QString mime;
    };
    [[nodiscard]] Media media(const QString &sha256);
    // Every guide id, sorted.
    [[nodiscard]] QStringList guideIds();
    // Checklists filed under a topic.
    [[nodiscard]] QStringList checklistIdsOfTopic(const QString &topic);

    // The reader's order followed by the pack's fallback, without repeats.
    [[nodiscard]] QStringList languageOrder(const QStringList &langs) const;

private:
    std::optional<GuideSummary> summaryOf(const QString &guideId, const QStringList &order);

    sql::Database m_db;
    PackInfo m_info;
    std::unique_ptr<search::Searcher> m_searcher;
};

} // namespace kotona
