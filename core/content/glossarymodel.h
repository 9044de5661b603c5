// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contentstore.h"

#include <QAbstractListModel>

namespace kotona {

// Glossary terms in the reader's language (or the nearest fallback), sorted by
// term. Roles: termId, term, explanation, lang.
class GlossaryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, TermRole, ExplanationRole, LangRole };

    explicit GlossaryModel(ContentStore *store, QObject *parent = nullptr);
    void load(const QStringList &langs);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    ContentStore *m_store;
    QList<GlossaryEntry> m_entries;
};

} // namespace kotona
