// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/servicemodel.h"

#include <QSortFilterProxyModel>
#include <QTimer>

namespace kotona {

// The services directory as the reader filters it: by topic, by a language spoken
// there, only those open now, or only the given ids (a guide's related services).
// An empty filter lets everything through. It keeps the open status current by
// recomputing it at the start of every minute.
class ServiceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString topic READ topic WRITE setTopic NOTIFY filtersChanged)
    Q_PROPERTY(QString spokenLanguage READ spokenLanguage WRITE setSpokenLanguage NOTIFY filtersChanged)
    Q_PROPERTY(bool openNowOnly READ openNowOnly WRITE setOpenNowOnly NOTIFY filtersChanged)
    Q_PROPERTY(QStringList ids READ ids WRITE setIds NOTIFY filtersChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    explicit ServiceFilterModel(ContentStore *store, QObject *parent = nullptr);

    void load(const QString &municipality, const QStringList &langs);
    [[nodiscard]] ServiceModel *services() const { return m_services; }

    [[nodiscard]] QString topic() const { return m_topic; }
    void setTopic(const QString &topic);
    [[nodiscard]] QString spokenLanguage() const { return m_language; }
    void setSpokenLanguage(const QString &lang);
    [[nodiscard]] bool openNowOnly() const { return m_openNow; }
    void setOpenNowOnly(bool on);
    [[nodiscard]] QStringList ids() const { return m_ids; }
    void setIds(const QStringList &ids);
    [[nodiscard]] int count() const { return rowCount(); }

    // Recomputes the open status for `moment` (tests pin the clock with it).
    void setMoment(const QDateTime &moment);

signals:
    void filtersChanged();
    void countChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();
    void scheduleTick();

    ServiceModel *m_services;
    QTimer m_tick;
    bool m_pinned = false;
    QString m_topic, m_language;
    bool m_openNow = false;
    QStringList m_ids;
};

} // namespace kotona
