// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the tst_*.qml files with the real composition root registered, as in the app.
#include "appcontext.h"
#include "uilanguage.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Kotona_UiPlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        if (!m_registered) {
            m_context.start(m_dataDir.path(), kotona::AppContext::bundledPackPath(), QStringLiteral("en"));
            m_context.registerForQml();
            m_registered = true;
        }
        m_context.attachEngine(engine);
    }

private:
    QTemporaryDir m_dataDir;
    kotona::AppContext m_context;
    bool m_registered = false;
};

QUICK_TEST_MAIN_WITH_SETUP(kotona_qml, Setup)

#include "main.moc"
