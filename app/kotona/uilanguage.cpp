// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include "text/languageinfo.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlEngine>

namespace kotona {

UiLanguage::UiLanguage(QObject *parent)
    : QObject(parent)
{ }

UiLanguage::~UiLanguage()
{
    if (!QCoreApplication::instance())
        return; // the application and its translator list are gone already
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QStringList UiLanguage::supported()
{
    // The pack's languages, in the order of data/languages.yaml. A string not yet
    // translated shows in English (lrelease leaves unfinished ones out).
    return { QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en"),
             QStringLiteral("ar"), QStringLiteral("uk"), QStringLiteral("ru"),
             QStringLiteral("so"), QStringLiteral("fa"), QStringLiteral("et") };
}

QString UiLanguage::fromSystemLocale()
{
    const QStringList langs = supported();
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString base = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (langs.contains(base))
            return base;
    }
    return QStringLiteral("en");
}

QString UiLanguage::nativeName() const
{
    return text::nativeLanguageName(m_code);
}

bool UiLanguage::rightToLeft() const
{
    return text::isRightToLeft(m_code);
}

QVariantList UiLanguage::available() const
{
    QVariantList list;
    for (const QString &code : supported()) {
        list.append(QVariantMap { { QStringLiteral("code"), code },
                                  { QStringLiteral("nativeName"), text::nativeLanguageName(code) } });
    }
    return list;
}

bool UiLanguage::setLanguage(const QString &code)
{
    if (!supported().contains(code))
        return false;
    if (code == m_code)
        return true;

    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());

    auto app = std::make_unique<QTranslator>();
    // English is the source language: an empty translation is fine there.
    if (app->load(QStringLiteral(":/i18n/kotona_%1.qm").arg(code)))
        QCoreApplication::installTranslator(app.get());
    m_appTranslator = std::move(app);

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(code), QStringLiteral("qt"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
    m_qtTranslator = std::move(qt);

    m_code = code;
    QLocale::setDefault(QLocale(code));
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    emit changed();
    if (m_engine)
        m_engine->retranslate();
    return true;
}

} // namespace kotona
