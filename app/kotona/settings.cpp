// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include "session/userstore.h"

#include <QJsonDocument>

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
    const auto json = [&get](const char *key) {
        return QJsonDocument::fromJson(get(key, QString()).toString().toUtf8()).array();
    };
    m_updateSources.clear();
    for (const auto &v : json("update_sources"))
        m_updateSources.append(v.toString());
    m_lastUpdateCheck = QDateTime::fromString(get("last_update_check", QString()).toString(), Qt::ISODate);
    m_updateHistory = json("update_history");
    emit changed();
    emit languagesChanged();
    emit municipalityChanged();
    emit updatesChanged();
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

void Settings::setUpdateSources(const QStringList &sources)
{
    if (sources == m_updateSources)
        return;
    m_updateSources = sources;
    save("update_sources",
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(sources)).toJson(QJsonDocument::Compact)));
    emit updatesChanged();
}

void Settings::setLastUpdateCheck(const QDateTime &when)
{
    m_lastUpdateCheck = when;
    save("last_update_check", when.toUTC().toString(Qt::ISODate));
    emit updatesChanged();
}

void Settings::setUpdateHistory(const QJsonArray &history)
{
    m_updateHistory = history;
    save("update_history", QString::fromUtf8(QJsonDocument(history).toJson(QJsonDocument::Compact)));
    emit updatesChanged();
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
