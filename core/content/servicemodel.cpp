// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/servicemodel.h"

namespace kotona {

ServiceModel::ServiceModel(ContentStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{ }

void ServiceModel::load(const QString &municipality, const QStringList &langs)
{
    beginResetModel();
    m_services = m_store && m_store->isOpen() ? m_store->services(municipality, langs) : QList<ServiceRecord>();
    computeStatus();
    endResetModel();
}

void ServiceModel::setMoment(const QDateTime &moment)
{
    m_moment = moment;
    computeStatus();
    if (!m_services.isEmpty())
        emit dataChanged(index(0), index(int(m_services.size()) - 1), { OpenStateRole, StatusTextRole });
}

void ServiceModel::computeStatus()
{
    m_status.clear();
    for (const auto &s : std::as_const(m_services)) {
        const auto parsed = OpeningHours::parse(s.openingHours);
        m_status.append(parsed.ok() ? OpenStatus::compute(parsed.value(), m_moment) : OpenStatus {});
    }
}

int ServiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

QVariant ServiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceRecord &s = m_services.at(index.row());
    const OpenStatus &st = m_status.at(index.row());
    switch (role) {
    case IdRole:
        return s.id;
    case Qt::DisplayRole:
    case NameRole:
        return s.name;
    case KindRole:
        return s.kind;
    case AddressRole:
        return s.address;
    case PhoneRole:
        return s.phone;
    case WebRole:
        return s.web;
    case OpeningHoursRole:
        return s.openingHours;
    case LanguagesRole:
        return s.languages;
    case TopicsRole:
        return s.topics;
    case OpenStateRole:
        switch (st.state) {
        case OpenStatus::State::Open:
            return QStringLiteral("open");
        case OpenStatus::State::ClosesSoon:
            return QStringLiteral("closesSoon");
        case OpenStatus::State::Closed:
            return QStringLiteral("closed");
        case OpenStatus::State::Unknown:
            return QStringLiteral("unknown");
        }
        return {};
    case StatusTextRole:
        return describe(st);
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceModel::roleNames() const
{
    return { { IdRole, "serviceId" },
             { NameRole, "name" },
             { KindRole, "kind" },
             { AddressRole, "address" },
             { PhoneRole, "phone" },
             { WebRole, "web" },
             { OpeningHoursRole, "openingHours" },
             { LanguagesRole, "languages" },
             { TopicsRole, "topics" },
             { OpenStateRole, "openState" },
             { StatusTextRole, "statusText" } };
}

} // namespace kotona
