// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contentstore.h"
#include "services/openstatus.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace kotona {

// Services of a municipality (and national ones) with their open status at a
// given moment, computed in Europe/Helsinki time. Roles: serviceId, name, kind,
// address, phone, web, openingHours, languages, topics, openState
// (unknown|open|closesSoon|closed), statusText ("Open now, closes at 16:00").
class ServiceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        KindRole,
        AddressRole,
        PhoneRole,
        WebRole,
        OpeningHoursRole,
        LanguagesRole,
        TopicsRole,
        OpenStateRole,
        StatusTextRole
    };

    explicit ServiceModel(ContentStore *store, QObject *parent = nullptr);
    void load(const QString &municipality, const QStringList &langs);
    // Recomputes the open status for `moment` (call it every minute).
    void setMoment(const QDateTime &moment);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    void computeStatus();

    ContentStore *m_store;
    QList<ServiceRecord> m_services;
    QList<OpenStatus> m_status;
    QDateTime m_moment = QDateTime::currentDateTime();
};

} // namespace kotona
