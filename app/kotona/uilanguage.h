// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>
#include <QVariantList>

#include <memory>

class QQmlEngine;

namespace kotona {

// The language of the user interface. Loads the compiled translations
// (:/i18n/kotona_<code>.qm plus Qt's own), mirrors the layout for right-to-left
// languages and retranslates every qsTr() binding without a restart.
class UiLanguage : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString nativeName READ nativeName NOTIFY changed)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY changed)
    Q_PROPERTY(QVariantList available READ available CONSTANT)
public:
    explicit UiLanguage(QObject *parent = nullptr);
    ~UiLanguage() override;

    // Languages the UI is translated into, in the order the chooser lists them.
    [[nodiscard]] static QStringList supported();
    // The first supported language among the system's preferred UI languages, else "en".
    [[nodiscard]] static QString fromSystemLocale();

    [[nodiscard]] QString code() const { return m_code; }
    [[nodiscard]] QString nativeName() const;
    [[nodiscard]] bool rightToLeft() const;
    // [{code, nativeName}] for every supported language.
    [[nodiscard]] QVariantList available() const;

    // The engine whose bindings are re-evaluated when the language changes.
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    // Switches the UI language; false (and nothing changes) for an unsupported code.
    Q_INVOKABLE bool setLanguage(const QString &code);

signals:
    void changed();

private:
    QString m_code;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QQmlEngine *m_engine = nullptr;
};

} // namespace kotona
