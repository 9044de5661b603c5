// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/sectionmodel.h"

namespace kotona {

SectionModel::SectionModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SectionModel::setGuide(const std::optional<GuideText> &guide)
{
    beginResetModel();
    m_guide = guide;
    endResetModel();
}

int SectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_guide ? 0 : int(m_guide->sections.size());
}

QVariant SectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GuideSection &s = m_guide->sections.at(index.row());
    switch (role) {
    case AnchorRole:
        return s.anchor;
    case Qt::DisplayRole:
    case HeadingRole:
        return s.heading;
    case LevelRole:
        return s.level;
    case MarkdownRole:
        return s.markdown;
    default:
        return {};
    }
}

QHash<int, QByteArray> SectionModel::roleNames() const
{
    return {
        { AnchorRole, "anchor" }, { HeadingRole, "heading" }, { LevelRole, "level" }, { MarkdownRole, "markdown" }
    };
}

} // namespace kotona
