// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"

#include "content/packinstaller.h"
#include "content/topicmodel.h"
#include "search/searchmodel.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QQmlEngine>

namespace kotona {

AppContext::AppContext(QObject *parent)
    : QObject(parent)
    , m_topics(new TopicModel(this))
    , m_language(new UiLanguage(this))
{
    connect(m_language, &UiLanguage::changed, this, &AppContext::onLanguageChanged);
}

QString AppContext::bundledPackPath()
{
    const QString installed
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/kotona/starter-pack.sqlite"));
    if (QFileInfo::exists(installed))
        return QDir::cleanPath(installed);
    return QStringLiteral(KOTONA_BUILD_STARTER_PACK);
}

void AppContext::start(const QString &dataDir, const QString &bundledPack)
{
    QDir().mkpath(dataDir);
    QStringList notices;
    const QString packPath = QDir(dataDir).filePath(QStringLiteral("pack.sqlite"));
    const auto installed = PackInstaller::prepare(bundledPack, packPath);
    if (!installed.message.isEmpty())
        notices.append(installed.message);
    if (installed.ok) {
        const auto opened = m_content.open(packPath);
        if (!opened.ok())
            notices.append(opened.message);
    }
    const auto user = m_user.open(QDir(dataDir).filePath(QStringLiteral("user.sqlite")));
    if (!user.ok) {
        notices.append(user.message);
        // Keep working with a session that is not saved rather than not at all.
        (void)m_user.open(QStringLiteral(":memory:"));
    }
    m_notice = notices.join(QLatin1Char('\n'));
    m_search = new search::SearchModel(packPath, this);
    onLanguageChanged();
}

void AppContext::onLanguageChanged()
{
    if (m_content.isOpen())
        m_topics->setTopics(m_content.topics({ m_language->code() }));
    else
        m_topics->retranslate();
    if (m_search)
        m_search->setLanguages({ m_language->code() });
    if (m_user.isOpen() && !m_language->code().isEmpty())
        m_user.setSetting(QStringLiteral("ui_language"), m_language->code());
}

void AppContext::registerForQml()
{
    const char *uri = "Kotona.App";
    qmlRegisterSingletonInstance(uri, 1, 0, "Topics", m_topics);
    qmlRegisterSingletonInstance(uri, 1, 0, "Language", m_language);
    if (m_search)
        qmlRegisterSingletonInstance(uri, 1, 0, "Search", m_search);
}

void AppContext::attachEngine(QQmlEngine *engine)
{
    m_language->setEngine(engine);
}

} // namespace kotona
