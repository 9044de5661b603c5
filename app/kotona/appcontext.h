// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QQmlEngine;

namespace kotona {

class TopicModel;
class UiLanguage;

// The composition root: builds the core objects, wires them together and makes
// them visible to QML as singletons of the import `Kotona.App`
// (Topics, Language). The kotona executable and the QML tests both use it.
class AppContext : public QObject
{
    Q_OBJECT
public:
    explicit AppContext(QObject *parent = nullptr);

    // Registers this context's objects with QML. Call once per process, before
    // the first QML file that imports Kotona.App is loaded.
    void registerForQml();
    // Lets language changes retranslate the engine's bindings.
    void attachEngine(QQmlEngine *engine);

    [[nodiscard]] TopicModel *topics() const { return m_topics; }
    [[nodiscard]] UiLanguage *language() const { return m_language; }

private:
    TopicModel *m_topics;
    UiLanguage *m_language;
};

} // namespace kotona
