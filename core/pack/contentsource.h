// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack/markdown.h"
#include "pack/problem.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kotona::pack {

// The content of a data/ folder (data/README.md), read into memory and checked.
// Loading never stops at the first problem: every problem of every file is
// collected, so an editor fixes them all in one round.

using LocalizedText = QMap<QString, QString>; // language code -> text

struct LanguageSource {
    QString code, nativeName, englishName, direction;
};

struct TopicSource {
    QString id, icon;
    LocalizedText title, summary;
};

struct MunicipalitySource {
    QString id;
    LocalizedText name;
};

struct GuideTextSource {
    QString file; // relative path, for messages
    QString lang;
    QString variant; // "standard" | "easy"
    QString title, summary, translation, translatedFromLang, municipality;
    QDate reviewedOn;
    int revision = 0; // originals
    int translatedFromRevision = 0; // translations
    QStringList sources, services, glossary;
    QString body;
    ParsedMarkdown parsed;
    int bodyLine = 1;
};

struct GuideSource {
    QString id, topic, municipality, originalLang, webUrl;
    int revision = 0;
    QList<GuideTextSource> texts; // sorted by (lang, variant)
};

struct GlossaryTermSource {
    QString id;
    QStringList related;
    QMap<QString, QPair<QString, QString>> entries; // lang -> (term, explanation)
    // lang -> other words people use for the term (colloquial words, abbreviations,
    // old names), each different from the term; only for languages with a term.
    QMap<QString, QStringList> also;
};

struct ServiceSource {
    QString id, municipality, kind, address, phone, web, openingHours;
    LocalizedText name;
    double latitude = 0, longitude = 0;
    bool hasCoordinates = false;
    QStringList languages, topics, sources;
    QDate reviewedOn;
};

struct ChecklistItemSource {
    QString key, text;
};

struct ChecklistTextSource {
    QString lang, title, translation;
    QList<ChecklistItemSource> items;
};

struct ChecklistSource {
    QString id, topic;
    QList<ChecklistTextSource> texts;
};

struct ContentSource {
    QString packId;
    QStringList fallback;
    QList<LanguageSource> languages;
    QList<TopicSource> topics;
    QList<MunicipalitySource> municipalities;
    QList<GuideSource> guides; // sorted by id
    QList<GlossaryTermSource> glossary; // sorted by id
    QList<ServiceSource> services; // sorted by id
    QList<ChecklistSource> checklists; // sorted by id
    QMap<QString, QString> workshops; // id -> plan as JSON
    QDate newestReview; // the latest reviewed_on of any record

    // Reads everything under `dataDir`. `today` is the date "in the future" is judged against.
    [[nodiscard]] static ContentSource load(const QString &dataDir, Problems &problems,
                                            QDate today = QDate::currentDate());
};

} // namespace kotona::pack
