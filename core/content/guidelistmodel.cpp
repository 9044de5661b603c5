// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/guidelistmodel.h"

namespace kotona {

QString toString(TextState state)
{
    switch (state) {
    case TextState::Original:
        return QStringLiteral("original");
    case TextState::Reviewed:
        return QStringLiteral("reviewed");
    case TextState::Machine:
        return QStringLiteral("machine");
    case TextState::Outdated:
        return QStringLiteral("outdated");
    }
    return {};
}

GuideListModel::GuideListModel(ContentStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{ }

void GuideListModel::load(const QString &topic, const QString &municipality, const QStringList &langs)
{
    beginResetModel();
    m_guides = m_store && m_store->isOpen() ? m_store->guides(topic, municipality, langs) : QList<GuideSummary>();
    endResetModel();
}

int GuideListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_guides.size());
}

QVariant GuideListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GuideSummary &g = m_guides.at(index.row());
    switch (role) {
    case IdRole:
        return g.id;
    case Qt::DisplayRole:
    case TitleRole:
        return g.title;
    case SummaryRole:
        return g.summary;
    case LangRole:
        return g.lang;
    case IsFallbackRole:
        return g.isFallback;
    case StateRole:
        return toString(g.state);
    case LanguagesRole:
        return g.languages;
    case MunicipalityRole:
        return g.municipality;
    default:
        return {};
    }
}

QHash<int, QByteArray> GuideListModel::roleNames() const
{
    return { { IdRole, "guideId" },
             { TitleRole, "title" },
             { SummaryRole, "summary" },
             { LangRole, "lang" },
             { IsFallbackRole, "isFallback" },
             { StateRole, "state" },
             { LanguagesRole, "languages" },
             { MunicipalityRole, "municipality" } };
}

} // namespace kotona
