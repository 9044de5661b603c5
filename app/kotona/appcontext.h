// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contentstore.h"
#include "session/userstore.h"

#include <QObject>

class QQmlEngine;

namespace kotona {

class Library;
class Settings;
class TopicModel;
class UiLanguage;
class UpdateService;
namespace search {
class SearchModel;
}

// The composition root: builds the core objects, wires them together and makes
// them visible to QML as singletons of the import `Kotona.App`
// (Topics, Language, Search, Settings, Library, Updates). The kotona executable and the QML tests both use it.
class AppContext : public QObject
{
    Q_OBJECT
public:
    explicit AppContext(QObject *parent = nullptr);

    // Opens the user data in `dataDir`, sets the UI language (`language` when
    // given, else the reader's saved choice, else the system's), then installs
    // the bundled pack when needed and opens it. Problems are reported in
    // notice(), in that language; the app runs anyway (with the built-in topic
    // list when no pack can be opened). False only for an unsupported `language`.
    bool start(const QString &dataDir, const QString &bundledPack, const QString &language = {});
    // The starter pack that came with the app: beside an installed binary
    // (../share/kotona) or in the build tree.
    [[nodiscard]] static QString bundledPackPath();

    // What went wrong at start, translated; empty when all is well.
    [[nodiscard]] QString notice() const;

    // Registers this context's objects with QML. Call once per process, before
    // the first QML file that imports Kotona.App is loaded.
    void registerForQml();
    // Lets language changes retranslate the engine's bindings and gives the
    // engine the pack's images (image://pack/<sha256>).
    void attachEngine(QQmlEngine *engine);

    [[nodiscard]] TopicModel *topics() const { return m_topics; }
    [[nodiscard]] UiLanguage *language() const { return m_language; }
    [[nodiscard]] search::SearchModel *search() const { return m_search; }
    [[nodiscard]] Settings *settings() const { return m_settings; }
    [[nodiscard]] Library *library() const { return m_library; }
    [[nodiscard]] UpdateService *updates() const { return m_updates; }
    [[nodiscard]] ContentStore &content() { return m_content; }
    [[nodiscard]] UserStore &user() { return m_user; }

private:
    void onLanguageChanged();
    [[nodiscard]] QStringList readerLanguages() const;

    ContentStore m_content;
    UserStore m_user;
    TopicModel *m_topics;
    UiLanguage *m_language;
    Settings *m_settings;
    Library *m_library;
    UpdateService *m_updates;
    search::SearchModel *m_search = nullptr;
    QString m_packPath;
};

} // namespace kotona
