// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"

#include "content/topicmodel.h"
#include "library.h"
#include "packimageprovider.h"
#include "search/searchmodel.h"
#include "settings.h"
#include "uilanguage.h"
#include "updateservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QQmlEngine>

namespace kotona {

AppContext::AppContext(QObject *parent)
    : QObject(parent)
    , m_topics(new TopicModel(this))
    , m_language(new UiLanguage(this))
    , m_settings(new Settings(&m_user, this))
    , m_library(new Library(&m_content, &m_user, m_settings, m_language, this))
    , m_updates(new UpdateService(m_settings, m_library, m_language, this))
{
    connect(m_language, &UiLanguage::changed, this, [this] {
        // Remember the reader's UI language (not while the user data is not open yet).
        if (m_user.isOpen() && !m_language->code().isEmpty())
            m_user.setSetting(QStringLiteral("ui_language"), m_language->code());
        onLanguageChanged();
    });
    connect(m_settings, &Settings::languagesChanged, this, &AppContext::onLanguageChanged);
    connect(m_settings, &Settings::municipalityChanged, this, [this] {
        if (m_search)
            m_search->setMunicipality(m_settings->municipality());
    });
    connect(m_library, &Library::packReplaced, this, [this] {
        if (m_search)
            m_search->reopenPack();
        onLanguageChanged();
    });
}

QString AppContext::notice() const
{
    return m_library->notice();
}

QString AppContext::bundledPackPath()
{
    const QString installed
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/kotona/starter-pack.sqlite"));
    if (QFileInfo::exists(installed))
        return QDir::cleanPath(installed);
    return QStringLiteral(KOTONA_BUILD_STARTER_PACK);
}

bool AppContext::start(const QString &dataDir, const QString &bundledPack, const QString &language)
{
    QDir().mkpath(dataDir);
    const QDir dir(dataDir);
    const QString packPath = dir.filePath(QStringLiteral("pack.sqlite"));
    m_packPath = packPath;
    // A problem with the user data is told in the requested or the system's language.
    if (!m_language->setLanguage(language.isEmpty() ? UiLanguage::fromSystemLocale() : language))
        return false;
    m_library->startUserData({ packPath, bundledPack, dir.filePath(QStringLiteral("user.sqlite")) });
    if (language.isEmpty()) {
        const QString saved = m_user.setting(QStringLiteral("ui_language")).toString();
        if (!saved.isEmpty())
            (void)m_language->setLanguage(saved);
    }
    m_library->startPack();
    m_updates->start(packPath);
    m_search = new search::SearchModel(packPath, this);
    m_search->setMunicipality(m_settings->municipality());
    onLanguageChanged();
    return true;
}

QStringList AppContext::readerLanguages() const
{
    return m_library->readerLanguages();
}

void AppContext::onLanguageChanged()
{
    if (m_content.isOpen())
        m_topics->setTopics(m_content.topics(readerLanguages()));
    else
        m_topics->retranslate();
    if (m_search)
        m_search->setLanguages(readerLanguages());
}

void AppContext::registerForQml()
{
    const char *uri = "Kotona.App";
    qmlRegisterSingletonInstance(uri, 1, 0, "Topics", m_topics);
    qmlRegisterSingletonInstance(uri, 1, 0, "Language", m_language);
    qmlRegisterSingletonInstance(uri, 1, 0, "Settings", m_settings);
    qmlRegisterSingletonInstance(uri, 1, 0, "Library", m_library);
    qmlRegisterSingletonInstance(uri, 1, 0, "Updates", m_updates);
    if (m_search)
        qmlRegisterSingletonInstance(uri, 1, 0, "Search", m_search);
}

void AppContext::attachEngine(QQmlEngine *engine)
{
    m_language->setEngine(engine);
    if (!m_packPath.isEmpty() && !engine->imageProvider(QStringLiteral("pack")))
        engine->addImageProvider(QStringLiteral("pack"), new PackImageProvider(m_packPath));
}

} // namespace kotona
