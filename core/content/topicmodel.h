// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/topic.h"

#include <QAbstractListModel>

namespace kotona {

// A flat list model of topics for the home page's tiles. Roles: topicId, title,
// summary, iconName. Call retranslate() after the UI language changed.
class TopicModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, SummaryRole, IconRole };

    explicit TopicModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Replaces all topics (e.g. with those of a newly opened pack).
    void setTopics(QList<Topic> topics);
    // Reloads titles from the topic catalogue in the current UI language.
    void retranslate();

private:
    QList<Topic> m_topics;
};

} // namespace kotona
