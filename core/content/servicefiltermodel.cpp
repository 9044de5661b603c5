// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/servicefiltermodel.h"

namespace kotona {

ServiceFilterModel::ServiceFilterModel(ContentStore *store, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_services(new ServiceModel(store, this))
{
    setSourceModel(m_services);
    connect(this, &QAbstractItemModel::rowsInserted, this, &ServiceFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &ServiceFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &ServiceFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &ServiceFilterModel::countChanged);
    m_tick.setSingleShot(true);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_services->setMoment(QDateTime::currentDateTime());
        if (m_openNow)
            refilter();
        scheduleTick();
    });
    scheduleTick();
}

void ServiceFilterModel::load(const QString &municipality, const QStringList &langs)
{
    m_services->load(municipality, langs);
}

void ServiceFilterModel::scheduleTick()
{
    if (m_pinned)
        return;
    // Wake up just after the next full minute, when an opening hour may change.
    const QTime now = QTime::currentTime();
    m_tick.start((60 - now.second()) * 1000 - now.msec() + 50);
}

void ServiceFilterModel::setMoment(const QDateTime &moment)
{
    m_pinned = true;
    m_tick.stop();
    m_services->setMoment(moment);
    refilter();
}

void ServiceFilterModel::setTopic(const QString &topic)
{
    if (topic == m_topic)
        return;
    m_topic = topic;
    refilter();
}

void ServiceFilterModel::setSpokenLanguage(const QString &lang)
{
    if (lang == m_language)
        return;
    m_language = lang;
    refilter();
}

void ServiceFilterModel::setOpenNowOnly(bool on)
{
    if (on == m_openNow)
        return;
    m_openNow = on;
    refilter();
}

void ServiceFilterModel::setIds(const QStringList &ids)
{
    if (ids == m_ids)
        return;
    m_ids = ids;
    refilter();
}

void ServiceFilterModel::refilter()
{
    invalidateFilter();
    emit filtersChanged();
    emit countChanged();
}

bool ServiceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = m_services->index(sourceRow, 0, sourceParent);
    if (!m_ids.isEmpty() && !m_ids.contains(i.data(ServiceModel::IdRole).toString()))
        return false;
    if (!m_topic.isEmpty() && !i.data(ServiceModel::TopicsRole).toStringList().contains(m_topic))
        return false;
    if (!m_language.isEmpty() && !i.data(ServiceModel::LanguagesRole).toStringList().contains(m_language))
        return false;
    if (m_openNow) {
        const QString state = i.data(ServiceModel::OpenStateRole).toString();
        if (state != QLatin1String("open") && state != QLatin1String("closesSoon"))
            return false;
    }
    return true;
}

} // namespace kotona
