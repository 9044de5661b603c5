// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QVariantList>
#include <QVariantMap>

namespace kotona {

class ContentStore;
class UserStore;
class Settings;
class UiLanguage;

// What the pages read: the pack and the reader's own data, in the reader's
// languages. Exposed to QML as the singleton `Library` of `Kotona.App`. Functions
// that return models hand them to QML (JavaScript ownership), one per page, so
// pages in the back history keep their own state.
class Library : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool packOpen READ packOpen NOTIFY packChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(bool canRestorePack READ canRestorePack NOTIFY packChanged)
    Q_PROPERTY(bool userDataSaved READ userDataSaved NOTIFY userDataChanged)
    Q_PROPERTY(bool contentUpdated READ contentUpdated NOTIFY packChanged)
    Q_PROPERTY(QVariantList languages READ languages NOTIFY packChanged)
    Q_PROPERTY(QVariantList municipalities READ municipalities NOTIFY packChanged)
    Q_PROPERTY(QVariantList checklists READ checklists NOTIFY packChanged)
    Q_PROPERTY(QVariantList bookmarks READ bookmarks NOTIFY userDataChanged)
    Q_PROPERTY(QVariantList recent READ recent NOTIFY userDataChanged)
public:
    struct Paths {
        QString pack, bundledPack, userData;
    };

    Library(ContentStore *content, UserStore *user, Settings *settings, UiLanguage *language,
            QObject *parent = nullptr);

    // The reader's language order: the chosen content languages, else the UI's.
    [[nodiscard]] QStringList readerLanguages() const;

    // Opens the user data, then (after the caller set the UI language from it)
    // installs when needed and opens the pack. Problems end up in notice(), in
    // the UI language; the app works on with what it has.
    void startUserData(const Paths &paths);
    void startPack();

    [[nodiscard]] bool packOpen() const;
    [[nodiscard]] QString notice() const { return m_notice; }
    [[nodiscard]] bool canRestorePack() const;
    [[nodiscard]] bool userDataSaved() const { return m_userDataSaved; }
    [[nodiscard]] bool contentUpdated() const { return m_contentUpdated; }
    [[nodiscard]] QVariantList languages() const;
    [[nodiscard]] QVariantList municipalities() const;
    [[nodiscard]] QVariantList checklists() const;
    [[nodiscard]] QVariantList bookmarks() const;
    [[nodiscard]] QVariantList recent() const;

    // The guides of a topic for the reader's municipality (GuideListModel).
    Q_INVOKABLE QObject *guideList(const QString &topic);
    // A guide ready to read (GuideDocument). options: variant ("standard"|"easy"),
    // lang (show exactly this language), linkColor, glossaryColor, borderColor.
    Q_INVOKABLE QObject *openGuide(const QString &guideId, const QVariantMap &options = {});
    // The services directory (ServiceFilterModel) for the reader's municipality.
    Q_INVOKABLE QObject *services();
    // Every glossary term in the reader's language (GlossaryModel).
    Q_INVOKABLE QObject *glossary();
    // One checklist with the reader's ticks (ChecklistModel).
    Q_INVOKABLE QObject *checklist(const QString &checklistId);
    // {termId, term, explanation, lang, finnish, swedish}; empty for an unknown id.
    Q_INVOKABLE QVariantMap glossaryTerm(const QString &termId);
    // {id, title, summary, icon} of a topic in the reader's language.
    Q_INVOKABLE QVariantMap topic(const QString &topicId);
    // A language's own name ("suomi", "العربية"); the code when unknown.
    Q_INVOKABLE QString languageName(const QString &code) const;
    Q_INVOKABLE bool isRightToLeft(const QString &code) const;

    // The reader has seen the "content was updated" notice.
    Q_INVOKABLE void acknowledgeUpdate();
    // Puts the starter pack that came with the app back in place (the current
    // file is kept beside it) and opens it.
    Q_INVOKABLE bool restorePack();
    // Opens the installed pack again after an update changed or replaced it; the
    // "content was updated" notice shows when its content differs from what the
    // reader last saw. False when it cannot be opened (see notice()).
    bool reloadPack();
    // Lets another connection commit to the pack file: ends the reads the open
    // pack left pending. Call while an update runs.
    void releasePackLocks();
    // Starts a new, empty user database after the old one could not be read; the
    // old file is kept as user.sqlite.broken-<time>.
    Q_INVOKABLE bool resetUserData();
    Q_INVOKABLE void dismissNotice();

signals:
    void packChanged();
    void noticeChanged();
    void userDataChanged();
    // The pack file was replaced (search must reopen it).
    void packReplaced();

private:
    void openPack(QStringList &notices);
    void openUserData(QStringList &notices);
    void setNotice(const QStringList &notices);
    void checkForUpdate();

    ContentStore *m_content;
    UserStore *m_user;
    Settings *m_settings;
    UiLanguage *m_language;
    Paths m_paths;
    QStringList m_startNotices;
    QString m_notice;
    bool m_userDataSaved = false;
    bool m_contentUpdated = false;
};

} // namespace kotona
