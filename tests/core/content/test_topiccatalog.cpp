// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/topiccatalog.h"

#include <QSet>
#include <catch2/catch.hpp>

using kotona::TopicCatalog;

TEST_CASE("the topic catalogue holds the nine topics of the topic map, in order")
{
    const auto topics = TopicCatalog::topics();
    QStringList ids;
    for (const auto &t : topics)
        ids << t.id;
    CHECK(ids
          == QStringList { "arrival", "health", "housing", "work", "education", "family", "society", "safety",
                           "leisure" });
}

TEST_CASE("every topic has a title, a summary and an icon")
{
    for (const auto &t : TopicCatalog::topics()) {
        INFO(t.id.toStdString());
        CHECK_FALSE(t.title.isEmpty());
        CHECK_FALSE(t.summary.isEmpty());
        CHECK(t.icon == t.id);
    }
}

TEST_CASE("only topic map ids are known topics")
{
    CHECK(TopicCatalog::isKnownTopic("health"));
    CHECK(TopicCatalog::isKnownTopic("leisure"));
    CHECK_FALSE(TopicCatalog::isKnownTopic("Health"));
    CHECK_FALSE(TopicCatalog::isKnownTopic(""));
    CHECK_FALSE(TopicCatalog::isKnownTopic("sports"));
}
