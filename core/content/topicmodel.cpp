// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/topicmodel.h"

#include "content/topiccatalog.h"

namespace kotona {

TopicModel::TopicModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_topics(TopicCatalog::topics())
{ }

int TopicModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_topics.size());
}

QVariant TopicModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Topic &t = m_topics.at(index.row());
    switch (role) {
    case IdRole:
        return t.id;
    case Qt::DisplayRole:
    case TitleRole:
        return t.title;
    case SummaryRole:
        return t.summary;
    case IconRole:
        return t.icon;
    default:
        return {};
    }
}

QHash<int, QByteArray> TopicModel::roleNames() const
{
    return { { IdRole, "topicId" }, { TitleRole, "title" }, { SummaryRole, "summary" }, { IconRole, "iconName" } };
}

void TopicModel::setTopics(QList<Topic> topics)
{
    beginResetModel();
    m_topics = std::move(topics);
    endResetModel();
}

void TopicModel::retranslate()
{
    const QList<Topic> fresh = TopicCatalog::topics();
    for (qsizetype row = 0; row < m_topics.size(); ++row) {
        for (const Topic &f : fresh) {
            if (f.id == m_topics[row].id) {
                m_topics[row].title = f.title;
                m_topics[row].summary = f.summary;
            }
        }
    }
    if (!m_topics.isEmpty())
        emit dataChanged(index(0), index(int(m_topics.size()) - 1), { TitleRole, SummaryRole, Qt::DisplayRole });
}

} // namespace kotona
