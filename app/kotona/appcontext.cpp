// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"

#include "content/topicmodel.h"
#include "uilanguage.h"

#include <QQmlEngine>

namespace kotona {

AppContext::AppContext(QObject *parent)
    : QObject(parent)
    , m_topics(new TopicModel(this))
    , m_language(new UiLanguage(this))
{
    connect(m_language, &UiLanguage::changed, m_topics, &TopicModel::retranslate);
}

void AppContext::registerForQml()
{
    const char *uri = "Kotona.App";
    qmlRegisterSingletonInstance(uri, 1, 0, "Topics", m_topics);
    qmlRegisterSingletonInstance(uri, 1, 0, "Language", m_language);
}

void AppContext::attachEngine(QQmlEngine *engine)
{
    m_language->setEngine(engine);
}

} // namespace kotona
