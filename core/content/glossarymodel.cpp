// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/glossarymodel.h"

namespace kotona {

GlossaryModel::GlossaryModel(ContentStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{ }

void GlossaryModel::load(const QStringList &langs)
{
    beginResetModel();
    m_entries = m_store && m_store->isOpen() ? m_store->glossary(langs) : QList<GlossaryEntry>();
    endResetModel();
}

int GlossaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant GlossaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GlossaryEntry &e = m_entries.at(index.row());
    switch (role) {
    case IdRole:
        return e.termId;
    case Qt::DisplayRole:
    case TermRole:
        return e.term;
    case ExplanationRole:
        return e.explanation;
    case LangRole:
        return e.lang;
    default:
        return {};
    }
}

QHash<int, QByteArray> GlossaryModel::roleNames() const
{
    return { { IdRole, "termId" }, { TermRole, "term" }, { ExplanationRole, "explanation" }, { LangRole, "lang" } };
}

} // namespace kotona
