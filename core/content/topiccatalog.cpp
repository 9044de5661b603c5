// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/topiccatalog.h"

#include <QCoreApplication>

#include <array>

namespace kotona {

namespace {

struct TopicSource {
    const char *id;
    const char *icon;
    const char *title;
    const char *summary;
};

// Order follows the path of a newcomer's first months.
constexpr std::array kTopics = {
    TopicSource { "arrival", "arrival", QT_TRANSLATE_NOOP("kotona::TopicCatalog", "First steps"),
                  QT_TRANSLATE_NOOP("kotona::TopicCatalog", "Address, identity code, residence permit, bank, Kela") },
    TopicSource { "health", "health", QT_TRANSLATE_NOOP("kotona::TopicCatalog", "Health"),
                  QT_TRANSLATE_NOOP("kotona::TopicCatalog", "Health centres, emergencies, mental health, clinics") },
    TopicSource { "housing", "housing", QT_TRANSLATE_NOOP("kotona::TopicCatalog", "Housing"),
                  QT_TRANSLATE_NOOP("kotona::TopicCatalog", "Finding a home, rent, housing allowance, house rules") },
    TopicSource { "work", "work", QT_TRANSLATE_NOOP("kotona::TopicCatalog", "Work"),
                  QT_TRANSLATE_NOOP("kotona::TopicCatalog", "Job search, contracts, pay, taxes, your rights") },
    TopicSource { "education", "education", QT_TRANSLATE_NOOP("kotona::TopicCatalog", "Education"),
                  QT_TRANSLATE_NOOP("kotona::TopicCatalog", "Language courses, schools, degrees, day care") },
    TopicSource { "family", "family", QT_TRANSLATE_NOOP("kotona::TopicCatalog", "Family"),
                  QT_TRANSLATE_NOOP("kotona::TopicCatalog", "Children, family benefits, marriage, safety at home") },
    TopicSource { "society", "society", QT_TRANSLATE_NOOP("kotona::TopicCatalog", "Society"),
                  QT_TRANSLATE_NOOP("kotona::TopicCatalog", "Rights and duties, voting, equality, associations") },
    TopicSource { "safety", "safety", QT_TRANSLATE_NOOP("kotona::TopicCatalog", "Safety"),
                  QT_TRANSLATE_NOOP("kotona::TopicCatalog", "Emergency numbers, police, fire safety, scams") },
    TopicSource { "leisure", "leisure", QT_TRANSLATE_NOOP("kotona::TopicCatalog", "Free time"),
                  QT_TRANSLATE_NOOP("kotona::TopicCatalog", "Libraries, sport, culture, meeting people") },
};

} // namespace

QList<Topic> TopicCatalog::topics()
{
    QList<Topic> result;
    result.reserve(qsizetype(kTopics.size()));
    for (const auto &t : kTopics) {
        result.append(Topic { QString::fromLatin1(t.id), QString::fromLatin1(t.icon),
                              QCoreApplication::translate("kotona::TopicCatalog", t.title),
                              QCoreApplication::translate("kotona::TopicCatalog", t.summary) });
    }
    return result;
}

bool TopicCatalog::isKnownTopic(const QString &id)
{
    for (const auto &t : kTopics) {
        if (id == QLatin1String(t.id))
            return true;
    }
    return false;
}

} // namespace kotona
