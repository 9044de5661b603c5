// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QStringList>

namespace kotona {

class UserStore;

// The reader's choices, saved in the user database as they change: whether the
// first-run chooser is done, the language to read in and a second language, the
// municipality ("" = all of Finland), text size and display preferences, and the
// update sources with the last check and the history of updates. Exposed
// to QML as the singleton `Settings` of `Kotona.App`.
class Settings : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool firstRunDone READ firstRunDone WRITE setFirstRunDone NOTIFY changed)
    Q_PROPERTY(QString contentLanguage READ contentLanguage WRITE setContentLanguage NOTIFY languagesChanged)
    Q_PROPERTY(QString secondLanguage READ secondLanguage WRITE setSecondLanguage NOTIFY languagesChanged)
    Q_PROPERTY(QString municipality READ municipality WRITE setMunicipality NOTIFY municipalityChanged)
    Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY changed)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY changed)
    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY changed)
    Q_PROPERTY(bool reducedMotion READ reducedMotion WRITE setReducedMotion NOTIFY changed)
public:
    static constexpr qreal kMinTextScale = 1.0;
    static constexpr qreal kMaxTextScale = 2.0;

    explicit Settings(UserStore *store, QObject *parent = nullptr);

    // Reads every value from the store (after it was opened or reset).
    void reload();

    [[nodiscard]] bool firstRunDone() const { return m_firstRunDone; }
    void setFirstRunDone(bool done);
    [[nodiscard]] QString contentLanguage() const { return m_contentLanguage; }
    void setContentLanguage(const QString &code);
    [[nodiscard]] QString secondLanguage() const { return m_secondLanguage; }
    void setSecondLanguage(const QString &code);
    [[nodiscard]] QString municipality() const { return m_municipality; }
    void setMunicipality(const QString &id);
    [[nodiscard]] qreal textScale() const { return m_textScale; }
    void setTextScale(qreal scale);
    [[nodiscard]] bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);
    [[nodiscard]] bool darkTheme() const { return m_darkTheme; }
    void setDarkTheme(bool on);
    [[nodiscard]] bool reducedMotion() const { return m_reducedMotion; }
    void setReducedMotion(bool on);

    // Where updates come from (URLs or folders), in the order they are tried.
    [[nodiscard]] QStringList updateSources() const { return m_updateSources; }
    void setUpdateSources(const QStringList &sources);
    // When updates were last checked (invalid: never).
    [[nodiscard]] QDateTime lastUpdateCheck() const { return m_lastUpdateCheck; }
    void setLastUpdateCheck(const QDateTime &when);
    // The updates applied, oldest first, as UpdateService records them.
    [[nodiscard]] QJsonArray updateHistory() const { return m_updateHistory; }
    void setUpdateHistory(const QJsonArray &history);

    // The reader's language order: the content language, then the second one.
    [[nodiscard]] QStringList readerLanguages() const;

signals:
    void changed();
    void languagesChanged();
    void municipalityChanged();
    void updatesChanged();

private:
    void save(const char *key, const QVariant &value);

    UserStore *m_store;
    bool m_firstRunDone = false;
    QString m_contentLanguage, m_secondLanguage, m_municipality;
    qreal m_textScale = 1.0;
    bool m_highContrast = false, m_darkTheme = false, m_reducedMotion = false;
    QStringList m_updateSources;
    QDateTime m_lastUpdateCheck;
    QJsonArray m_updateHistory;
};

} // namespace kotona
