// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/topic.h"

#include <QList>

namespace kotona {

// The topic map of docs/CONTENT.md, with titles and summaries translated into the
// current UI language (QCoreApplication::translate, context "kotona::TopicCatalog").
// It is what the app shows before a content pack names its own topics, and the
// list of topic ids that the pack validator accepts.
class TopicCatalog
{
public:
    // All topics in display order, translated with the installed translators.
    [[nodiscard]] static QList<Topic> topics();
    [[nodiscard]] static bool isKnownTopic(const QString &id);
};

} // namespace kotona
