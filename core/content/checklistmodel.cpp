// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/checklistmodel.h"

namespace kotona {

ChecklistModel::ChecklistModel(ContentStore *content, UserStore *user, QObject *parent)
    : QAbstractListModel(parent)
    , m_content(content)
    , m_user(user)
{ }

void ChecklistModel::load(const QString &checklistId, const QStringList &langs)
{
    beginResetModel();
    m_checklist = m_content && m_content->isOpen() ? m_content->checklist(checklistId, langs) : std::nullopt;
    m_done = m_user && m_user->isOpen() ? m_user->checkedItems(checklistId) : QSet<QString>();
    endResetModel();
    emit progressChanged();
}

int ChecklistModel::doneCount() const
{
    if (!m_checklist)
        return 0;
    return int(std::count_if(m_checklist->items.cbegin(), m_checklist->items.cend(),
                             [this](const ChecklistItem &i) { return m_done.contains(i.key); }));
}

bool ChecklistModel::setDone(int row, bool done)
{
    if (!m_checklist || row < 0 || row >= m_checklist->items.size() || !m_user)
        return false;
    const QString key = m_checklist->items.at(row).key;
    if (!m_user->setChecked(m_checklist->id, key, done))
        return false;
    if (done)
        m_done.insert(key);
    else
        m_done.remove(key);
    emit dataChanged(index(row), index(row), { DoneRole });
    emit progressChanged();
    return true;
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_checklist ? 0 : int(m_checklist->items.size());
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChecklistItem &item = m_checklist->items.at(index.row());
    switch (role) {
    case KeyRole:
        return item.key;
    case Qt::DisplayRole:
    case TextRole:
        return item.text;
    case Qt::CheckStateRole:
        return m_done.contains(item.key) ? Qt::Checked : Qt::Unchecked;
    case DoneRole:
        return m_done.contains(item.key);
    default:
        return {};
    }
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role == DoneRole)
        return setDone(index.row(), value.toBool());
    if (role == Qt::CheckStateRole)
        return setDone(index.row(), value.toInt() == Qt::Checked);
    return false;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ChecklistModel::roleNames() const
{
    return { { KeyRole, "itemKey" }, { TextRole, "text" }, { DoneRole, "done" } };
}

} // namespace kotona
