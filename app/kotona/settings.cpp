// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include "session/userstore.h"

namespace kotona {

Settings::Settings(UserStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

void Settings::reload()
{
    const auto get = [this](const char *key, const QVariant &fallback) {
        return m_store->isOpen() ? m_store->setting(QString::fromLatin1(key), fallback) : fallback;
    };
    m_firstRunDone = get("first_run_done", false).toBool();
    m_contentLanguage = get("content_language", QString()).toString();
    m_secondLanguage = get("second_language", QString()).toString();
    m_municipality = get("municipality", QString()).toString();
    m_textScale = std::clamp(get("text_scale", 1.0).toDouble(), kMinTextScale, kMaxTextScale);
    m_highContrast = get("high_contrast", false).toBool();
    m_darkTheme = get("dark_theme", false).toBool();
    m_reducedMotion = get("reduced_motion", false).toBool();
    emit changed();
    emit languagesChanged();
    emit municipalityChanged();
}

void Settings::save(const char *key, const QVariant &value)
{
    if (m_store->isOpen())
        m_store->setSetting(QString::fromLatin1(key), value);
}

void Settings::setFirstRunDone(bool done)
{
    if (done == m_firstRunDone)
        return;
    m_firstRunDone = done;
    save("first_run_done", done);
    emit changed();
}

void Settings::setContentLanguage(const QString &code)
{
    if (code == m_contentLanguage)
        return;
    m_contentLanguage = code;
    if (m_secondLanguage == code)
        m_secondLanguage.clear();
    save("content_language", code);
    save("second_language", m_secondLanguage);
    emit languagesChanged();
}

void Settings::setSecondLanguage(const QString &code)
{
    const QString second = code == m_contentLanguage ? QString() : code;
    if (second == m_secondLanguage)
        return;
    m_secondLanguage = second;
    save("second_language", second);
    emit languagesChanged();
}

void Settings::setMunicipality(const QString &id)
{
    if (id == m_municipality)
        return;
    m_municipality = id;
    save("municipality", id);
    emit municipalityChanged();
}

void Settings::setTextScale(qreal scale)
{
    // Steps of 10 %, as the settings page offers them.
    scale = std::round(std::clamp(scale, kMinTextScale, kMaxTextScale) * 10.0) / 10.0;
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    save("text_scale", scale);
    emit changed();
}

void Settings::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    save("high_contrast", on);
    emit changed();
}

void Settings::setDarkTheme(bool on)
{
    if (on == m_darkTheme)
        return;
    m_darkTheme = on;
    save("dark_theme", on);
    emit changed();
}

void Settings::setReducedMotion(bool on)
{
    if (on == m_reducedMotion)
        return;
    m_reducedMotion = on;
    save("reduced_motion", on);
    emit changed();
}

QStringList Settings::readerLanguages() const
{
    QStringList out;
    for (const QString &l : { m_contentLanguage, m_secondLanguage }) {
        if (!l.isEmpty() && !out.contains(l))
            out.append(l);
    }
    return out;
}

} // namespace kotona
