// SPDX-License-Identifier: GPL-3.0-or-later
#include "library.h"

#include "content/checklistmodel.h"
#include "content/contentstore.h"
#include "content/glossarymodel.h"
#include "content/guidedocument.h"
#include "content/guidelistmodel.h"
#include "content/packinstaller.h"
#include "content/servicefiltermodel.h"
#include "session/userstore.h"
#include "settings.h"
#include "text/languageinfo.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QQmlEngine>

namespace kotona {

namespace {

// Models go to QML, which deletes them when the page that asked is gone.
template<typename T> T *toQml(T *object)
{
    QQmlEngine::setObjectOwnership(object, QQmlEngine::JavaScriptOwnership);
    return object;
}

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace

Library::Library(ContentStore *content, UserStore *user, Settings *settings, UiLanguage *language, QObject *parent)
    : QObject(parent)
    , m_content(content)
    , m_user(user)
    , m_settings(settings)
    , m_language(language)
{
    connect(m_settings, &Settings::languagesChanged, this, &Library::packChanged);
    connect(m_settings, &Settings::languagesChanged, this, &Library::userDataChanged);
    // Without a chosen content language the guides follow the UI language.
    connect(m_language, &UiLanguage::changed, this, &Library::packChanged);
    connect(m_language, &UiLanguage::changed, this, &Library::userDataChanged);
}

void Library::startUserData(const Paths &paths)
{
    m_paths = paths;
    m_startNotices.clear();
    openUserData(m_startNotices);
    m_settings->reload();
}

void Library::startPack()
{
    QStringList notices;
    openPack(notices);
    checkForUpdate();
    setNotice(notices + m_startNotices);
    m_startNotices.clear();
    emit packChanged();
    emit userDataChanged();
}

void Library::openPack(QStringList &notices)
{
    const auto installed = PackInstaller::prepare(m_paths.bundledPack, m_paths.pack);
    if (!installed.message.isEmpty())
        notices.append(installed.message);
    if (installed.ok) {
        const auto opened = m_content->open(m_paths.pack);
        if (!opened.ok())
            notices.append(opened.message);
    }
}

void Library::openUserData(QStringList &notices)
{
    const auto opened = m_user->open(m_paths.userData);
    m_userDataSaved = opened.ok;
    if (!opened.ok) {
        notices.append(opened.message);
        // Keep working with a session that is not saved rather than not at all.
        (void)m_user->open(QStringLiteral(":memory:"));
    }
}

void Library::setNotice(const QStringList &notices)
{
    const QString notice = notices.join(QLatin1Char('\n'));
    if (notice == m_notice)
        return;
    m_notice = notice;
    emit noticeChanged();
}

void Library::dismissNotice()
{
    setNotice({});
}

void Library::checkForUpdate()
{
    // The digest of the pack the reader last saw; a new one means new content.
    const QString digest = m_content->isOpen() ? m_content->info().contentDigest : QString();
    const QString seen = m_user->setting(QStringLiteral("seen_pack_digest")).toString();
    m_contentUpdated = !seen.isEmpty() && !digest.isEmpty() && seen != digest;
    if (seen.isEmpty() && !digest.isEmpty())
        m_user->setSetting(QStringLiteral("seen_pack_digest"), digest);
}

void Library::acknowledgeUpdate()
{
    if (m_content->isOpen())
        m_user->setSetting(QStringLiteral("seen_pack_digest"), m_content->info().contentDigest);
    m_contentUpdated = false;
    emit packChanged();
}

bool Library::packOpen() const
{
    return m_content->isOpen();
}

bool Library::canRestorePack() const
{
    return !m_paths.bundledPack.isEmpty() && QFileInfo::exists(m_paths.bundledPack);
}

bool Library::reloadPack()
{
    m_content->close();
    QStringList notices;
    if (const auto opened = m_content->open(m_paths.pack); !opened.ok())
        notices.append(opened.message);
    checkForUpdate();
    if (!notices.isEmpty())
        setNotice(notices);
    emit packReplaced();
    emit packChanged();
    return m_content->isOpen();
}

void Library::releasePackLocks()
{
    if (m_content->isOpen())
        m_content->releaseLocks();
}

bool Library::restorePack()
{
    if (!canRestorePack())
        return false;
    m_content->close();
    if (QFileInfo::exists(m_paths.pack))
        QFile::rename(m_paths.pack, m_paths.pack + QStringLiteral(".replaced-") + stamp());
    QStringList notices;
    openPack(notices);
    setNotice(notices);
    emit packReplaced();
    emit packChanged();
    return m_content->isOpen();
}

bool Library::resetUserData()
{
    if (m_paths.userData.isEmpty())
        return false;
    // Whatever is there is kept, never deleted: someone may be able to repair it.
    if (QFileInfo::exists(m_paths.userData)
        && !QFile::rename(m_paths.userData, m_paths.userData + QStringLiteral(".broken-") + stamp()))
        return false;
    QStringList notices;
    openUserData(notices);
    m_settings->reload();
    setNotice(notices);
    emit userDataChanged();
    return m_userDataSaved;
}

QStringList Library::readerLanguages() const
{
    QStringList langs = m_settings->readerLanguages();
    if (langs.isEmpty() && !m_language->code().isEmpty())
        langs.append(m_language->code());
    return langs;
}

QVariantList Library::languages() const
{
    QVariantList out;
    if (!m_content->isOpen())
        return out;
    for (const auto &l : m_content->languages()) {
        out.append(QVariantMap { { QStringLiteral("code"), l.code },
                                 { QStringLiteral("nativeName"), l.nativeName },
                                 { QStringLiteral("englishName"), l.englishName },
                                 { QStringLiteral("rightToLeft"), l.rightToLeft } });
    }
    return out;
}

QVariantList Library::municipalities() const
{
    QVariantList out;
    if (!m_content->isOpen())
        return out;
    for (const auto &m : m_content->municipalities(readerLanguages()))
        out.append(QVariantMap { { QStringLiteral("id"), m.id }, { QStringLiteral("name"), m.name } });
    return out;
}

QVariantList Library::checklists() const
{
    QVariantList out;
    if (!m_content->isOpen())
        return out;
    const QStringList langs = readerLanguages();
    for (const QString &id : m_content->checklistIds()) {
        if (const auto c = m_content->checklist(id, langs)) {
            const QSet<QString> done = m_user->checkedItems(id);
            out.append(QVariantMap { { QStringLiteral("checklistId"), id },
                                     { QStringLiteral("title"), c->title },
                                     { QStringLiteral("count"), int(c->items.size()) },
                                     { QStringLiteral("doneCount"), int(done.size()) } });
        }
    }
    return out;
}

QVariantList Library::bookmarks() const
{
    QVariantList out;
    if (!m_content->isOpen())
        return out;
    const QStringList langs = readerLanguages();
    for (const auto &b : m_user->bookmarks()) {
        // A bookmark of a guide the pack no longer has stays saved but is not shown.
        if (const auto g = m_content->guideSummary(b.guideId, langs))
            out.append(QVariantMap { { QStringLiteral("guideId"), b.guideId },
                                     { QStringLiteral("title"), g->title },
                                     { QStringLiteral("summary"), g->summary },
                                     { QStringLiteral("lang"), g->lang } });
    }
    return out;
}

QVariantList Library::recent() const
{
    QVariantList out;
    if (!m_content->isOpen())
        return out;
    const QStringList langs = readerLanguages();
    QStringList seen;
    for (const auto &h : m_user->history(50)) {
        if (seen.contains(h.guideId))
            continue;
        seen.append(h.guideId);
        if (const auto g = m_content->guideSummary(h.guideId, langs))
            out.append(QVariantMap { { QStringLiteral("guideId"), h.guideId },
                                     { QStringLiteral("title"), g->title },
                                     { QStringLiteral("lang"), g->lang } });
        if (out.size() == 4)
            break;
    }
    return out;
}

QObject *Library::guideList(const QString &topic)
{
    auto *model = new GuideListModel(m_content);
    if (m_content->isOpen())
        model->load(topic, m_settings->municipality(), readerLanguages());
    return toQml(model);
}

QObject *Library::openGuide(const QString &guideId, const QVariantMap &options)
{
    auto *doc = new GuideDocument(m_content, m_user);
    RenderStyle style;
    if (options.contains(QStringLiteral("linkColor")))
        style.linkColor = options.value(QStringLiteral("linkColor")).toString();
    if (options.contains(QStringLiteral("glossaryColor")))
        style.glossaryColor = options.value(QStringLiteral("glossaryColor")).toString();
    if (options.contains(QStringLiteral("borderColor")))
        style.borderColor = options.value(QStringLiteral("borderColor")).toString();
    const QString lang = options.value(QStringLiteral("lang")).toString();
    const QString variant = options.value(QStringLiteral("variant"), QStringLiteral("standard")).toString();
    doc->load(guideId, lang.isEmpty() ? readerLanguages() : QStringList { lang }, variant, style);
    // The visit is in the history now: "continue reading" changes.
    emit userDataChanged();
    connect(doc, &GuideDocument::bookmarkedChanged, this, &Library::userDataChanged);
    return toQml(doc);
}

QObject *Library::services()
{
    auto *model = new ServiceFilterModel(m_content);
    if (m_content->isOpen())
        model->load(m_settings->municipality(), readerLanguages());
    return toQml(model);
}

QObject *Library::glossary()
{
    auto *model = new GlossaryModel(m_content);
    if (m_content->isOpen())
        model->load(readerLanguages());
    return toQml(model);
}

QObject *Library::checklist(const QString &checklistId)
{
    auto *model = new ChecklistModel(m_content, m_user);
    model->load(checklistId, readerLanguages());
    connect(model, &ChecklistModel::progressChanged, this, &Library::userDataChanged);
    return toQml(model);
}

QVariantMap Library::glossaryTerm(const QString &termId)
{
    if (!m_content->isOpen())
        return {};
    const auto entry = m_content->glossaryEntry(termId, readerLanguages());
    if (!entry)
        return {};
    const auto fi = m_content->glossaryEntry(termId, { QStringLiteral("fi") });
    const auto sv = m_content->glossaryEntry(termId, { QStringLiteral("sv") });
    return { { QStringLiteral("termId"), termId },
             { QStringLiteral("term"), entry->term },
             { QStringLiteral("explanation"), entry->explanation },
             { QStringLiteral("lang"), entry->lang },
             { QStringLiteral("finnish"), fi && fi->lang == QLatin1String("fi") ? fi->term : QString() },
             { QStringLiteral("swedish"), sv && sv->lang == QLatin1String("sv") ? sv->term : QString() } };
}

QVariantMap Library::topic(const QString &topicId)
{
    if (!m_content->isOpen())
        return {};
    for (const auto &t : m_content->topics(readerLanguages())) {
        if (t.id == topicId)
            return { { QStringLiteral("id"), t.id },
                     { QStringLiteral("title"), t.title },
                     { QStringLiteral("summary"), t.summary },
                     { QStringLiteral("icon"), t.icon } };
    }
    return {};
}

QString Library::languageName(const QString &code) const
{
    return text::nativeLanguageName(code);
}

bool Library::isRightToLeft(const QString &code) const
{
    return text::isRightToLeft(code);
}

} // namespace kotona
